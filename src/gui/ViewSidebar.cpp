#include "gui/ViewSidebar.h"

#include "core/session/Desk.h"
#include "gui/LanguageChange.h"
#include "gui/UrgencyColors.h"

#include <QListWidget>
#include <QMenu>
#include <QSettings>

namespace PayDesk {

ViewSidebar::ViewSidebar(QListWidget* list, const QString& profileId, QObject* parent)
    : QObject(parent)
    , m_list(list)
    , m_saved(profileId)
    , m_lastViewKey(QStringLiteral("ui/lastView/") + profileId)
{
    for (int row = 0; row < FixedViews; ++row)
        m_list->addItem(title(row));
    reload();
    LanguageChange::follow(m_list, this, [this] {
        if (m_counts)
            setCounts(*m_counts);
        else
            for (int row = 0; row < FixedViews; ++row)
                m_list->item(row)->setText(title(row));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= FixedViews)
            emit savedViewChosen(m_saved.at(row - FixedViews));
        else if (row >= 0)
            emit viewChosen(row); // shown through select(), which remembers it
    });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &ViewSidebar::showContextMenu);
}

void ViewSidebar::setCounts(const ViewCounts& c)
{
    m_counts = c;
    const auto figure = [&c](int n) {
        if (!c.trusted)
            return QStringLiteral("?");
        return c.stale ? tr("%1, stale", "a count from a cache whose sync failed or is old").arg(n)
                       : QString::number(n);
    };
    QListWidgetItem* needsCapture = m_list->item(int(DeskView::NeedsCapture));
    needsCapture->setText(c.trusted && c.due > 0
                              ? tr("Needs capture (%1 · %2 due in 24 h)").arg(figure(c.held)).arg(c.due)
                              : tr("Needs capture (%1)").arg(figure(c.held)));
    // No colour of its own when nothing is due: the palette's, whichever (light or dark) is in force now.
    needsCapture->setData(Qt::ForegroundRole, c.due > 0 ? QVariant(UrgencyColors::due()) : QVariant());
    m_list->item(int(DeskView::AllOrders))->setText(tr("All orders (%1)").arg(figure(c.all)));
    m_list->item(int(DeskView::Refunds))->setText(tr("Refunds & reversals (%1)").arg(figure(c.refunds)));
    m_list->item(int(DeskView::Expired))->setText(tr("Expired holds (%1)").arg(figure(c.expired)));
}

int ViewSidebar::lastView() const
{
    const int row = QSettings().value(m_lastViewKey, int(DeskView::NeedsCapture)).toInt();
    return row >= 0 && row < FixedViews ? row : int(DeskView::NeedsCapture);
}

void ViewSidebar::select(int row)
{
    if (row >= 0 && row < FixedViews)
        QSettings().setValue(m_lastViewKey, row);
    if (m_list->currentRow() == row)
        return;
    m_list->blockSignals(true);
    m_list->setCurrentRow(row);
    m_list->blockSignals(false);
}

QString ViewSidebar::title(int row) const
{
    const QString titles[FixedViews] = {tr("Needs capture"), tr("All orders"), tr("Refunds & reversals"),
                                        tr("Expired holds")};
    return row >= 0 && row < FixedViews ? titles[row] : QString();
}

void ViewSidebar::add(const SavedView& view)
{
    m_saved.add(view);
    reload();
    select(m_list->count() - 1);
}

void ViewSidebar::reload()
{
    while (m_list->count() > FixedViews)
        delete m_list->takeItem(FixedViews);
    for (const SavedView& v : m_saved.all())
        m_list->addItem(QStringLiteral("★ ") + v.name);
}

void ViewSidebar::showContextMenu(const QPoint& pos)
{
    const int row = m_list->indexAt(pos).row();
    if (row < FixedViews)
        return;
    QMenu menu;
    QAction* remove = menu.addAction(tr("&Remove this view"));
    if (menu.exec(m_list->viewport()->mapToGlobal(pos)) != remove)
        return;
    m_saved.remove(row - FixedViews);
    m_list->setCurrentRow(int(DeskView::AllOrders));
    reload();
}

} // namespace PayDesk
