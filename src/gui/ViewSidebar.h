#pragma once

#include "core/session/Desk.h"
#include "gui/SavedViews.h"

#include <QObject>

class QListWidget;

namespace PayDesk {

struct ViewCounts;

// The sidebar: the desk's four views with their counts (marked "?" or "stale" when they cannot be
// trusted), then the user's saved views, which can be removed from a context menu.
class ViewSidebar : public QObject
{
    Q_OBJECT
public:
    static constexpr int FixedViews = 4; // Needs capture, All orders, Refunds & reversals, Expired holds

    ViewSidebar(QListWidget* list, const QString& profileId, QObject* parent = nullptr);

    void setCounts(const ViewCounts& counts);
    // Selects fixed view ROW without announcing it (and remembers it as the profile's last view).
    void select(int row);
    // The fixed view the profile had open last (QSettings "ui/lastView/PROFILE"), else Needs capture.
    int lastView() const;
    // The view's name without its count.
    QString title(int row) const;
    // Saves the view, lists it and selects it.
    void add(const SavedView& view);

signals:
    void viewChosen(int row);
    void savedViewChosen(const SavedView& view);

private:
    void reload();
    void showContextMenu(const QPoint& pos);

    QListWidget* m_list;
    SavedViews m_saved;
    QString m_lastViewKey;
    std::optional<ViewCounts> m_counts; // the last shown, shown again in another language
};

} // namespace PayDesk
