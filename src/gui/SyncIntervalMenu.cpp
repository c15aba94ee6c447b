#include "gui/SyncIntervalMenu.h"

#include "core/session/AutoSync.h"
#include "gui/LanguageChange.h"
#include "gui/Prompts.h"

#include <QMenu>
#include <QSettings>

namespace PayDesk {

namespace {
constexpr int LongestMinutes = 24 * 60;

QString keyOf(const QString& profileId)
{
    return QStringLiteral("sync/%1/intervalMinutes").arg(profileId);
}
} // namespace

int SyncIntervalMenu::minutes(const QString& profileId)
{
    const int stored = QSettings().value(keyOf(profileId), AutoSync::DefaultIntervalSecs / 60).toInt();
    return qBound(1, stored, LongestMinutes);
}

void SyncIntervalMenu::setMinutes(const QString& profileId, int minutes)
{
    QSettings().setValue(keyOf(profileId), qBound(1, minutes, LongestMinutes));
}

void SyncIntervalMenu::install(QMenu* menu, QAction* before, AutoSync* autoSync, const QString& profileId)
{
    autoSync->setIntervalSecs(minutes(profileId) * 60);
    auto* action = new QAction(tr("Sync &Every…"), menu);
    LanguageChange::follow(menu, action, [action] { action->setText(tr("Sync &Every…")); });
    action->setObjectName(QStringLiteral("actionSyncInterval"));
    menu->insertAction(before, action);
    QObject::connect(action, &QAction::triggered, menu,
                     [menu, autoSync, profileId] { ask(menu->parentWidget(), autoSync, profileId); });
}

void SyncIntervalMenu::ask(QWidget* parent, AutoSync* autoSync, const QString& profileId)
{
    bool accepted = false;
    const QString answer =
        Prompts::textInput(parent, tr("Automatic sync"),
                           tr("Minutes between automatic syncs of this profile (1 to %1):").arg(LongestMinutes),
                           QString::number(minutes(profileId)), &accepted);
    bool number = false;
    const int chosen = answer.trimmed().toInt(&number);
    if (!accepted || !number || chosen < 1 || chosen > LongestMinutes)
        return;
    setMinutes(profileId, chosen);
    autoSync->setIntervalSecs(chosen * 60);
}

} // namespace PayDesk
