#include "gui/ProfileMenu.h"

#include "core/session/Workplace.h"
#include "gui/LanguageChange.h"

#include <QActionGroup>
#include <QComboBox>

#include <utility>

namespace PayDesk {

namespace {
const QString SandboxId = QStringLiteral("sandbox");
}

ProfileMenu::ProfileMenu(Workplace* workplace, QString activeId, QWidget* parent)
    : QMenu(parent)
    , m_workplace(workplace)
    , m_activeId(std::move(activeId))
    , m_group(new QActionGroup(this))
    , m_combo(new QComboBox(parent))
{
    setObjectName(QStringLiteral("profileMenu"));
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { choose(m_combo->itemData(index).toString(), m_combo->itemText(index)); });
    retranslate();
    LanguageChange::follow(this, this, [this] { retranslate(); });
}

void ProfileMenu::retranslate()
{
    setTitle(tr("P&rofile"));
    m_combo->setAccessibleName(tr("Gateway profile"));
    m_combo->setToolTip(tr("The gateway profile whose orders are shown; choose another to switch"));
    refresh(); // the sandbox's name
}

void ProfileMenu::refresh()
{
    clear();
    m_combo->clear();
    QList<QPair<QString, QString>> entries; // id, name
    for (const Profile& p : m_workplace->profiles())
        entries.append({isActive(p) ? m_activeId : p.id, p.name});
    entries.append({SandboxId, tr("Sandbox (demo orders)")});
    for (const auto& [id, name] : entries) {
        QAction* action = addAction(name);
        action->setCheckable(true);
        action->setData(id);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = id, name = name] { choose(id, name); });
        m_combo->addItem(name, id);
    }
    markActive();
}

void ProfileMenu::markActive()
{
    for (QAction* action : actions())
        action->setChecked(action->data().toString() == m_activeId);
    m_combo->setCurrentIndex(m_combo->findData(m_activeId));
}

// A team profile's desk goes by its gateway account (TeamSetup::accountOf), not by the profile's id.
bool ProfileMenu::isActive(const Profile& profile) const
{
    return profile.id == m_activeId
           || (m_workplace->team().databaseOf(profile) && TeamSetup::accountOf(profile) == m_activeId);
}

void ProfileMenu::noteMoved(const QString& name)
{
    const std::optional<Profile> moved = m_workplace->profile(name);
    if (moved && (moved->id == m_activeId || TeamSetup::accountOf(*moved) == m_activeId))
        m_moved = name;
}

void ProfileMenu::reopenMoved()
{
    if (!m_moved.isEmpty())
        emit profileChosen(std::exchange(m_moved, QString()));
}

void ProfileMenu::choose(QString id, QString name)
{
    markActive(); // until the other is open: its window then replaces this one
    if (id == m_activeId)
        return;
    if (id == SandboxId)
        emit sandboxChosen();
    else
        emit profileChosen(name);
}

} // namespace PayDesk
