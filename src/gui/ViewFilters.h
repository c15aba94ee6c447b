#pragma once

#include "core/store/OrderQuery.h"
#include "gui/DeadlineRange.h"
#include "gui/SavedViews.h"

#include <QHash>
#include <QObject>

namespace PayDesk {

class FilterForm;

// Each view's own filters: what the filter row says is kept per view, so that a search typed in All
// orders never hides rows of Needs capture; plus the deadline range picked on the chart.
class ViewFilters : public QObject
{
    Q_OBJECT
public:
    ViewFilters(FilterForm* form, QObject* parent);

    // Keeps the form's state for the view shown so far and shows KEY's: its own from the last
    // visit, else INITIAL (a saved view's definition), else no filter at all.
    void switchTo(const QString& key, const SavedView* initial = nullptr);
    void setDeadlineRange(const DeadlineRange& range);
    const DeadlineRange& deadlineRange() const { return m_range; }
    // Adds what the view's filters say to the view's own filter.
    void applyTo(OrderFilter* filter, bool statusChoice) const;
    // Whether anything filters the view beyond what the view itself is.
    bool isFiltering() const;
    // The view's filters back to none; emits changed().
    void clear();

signals:
    void changed();

private:
    FilterForm* m_form;
    SavedView m_none; // the form as it starts: nothing filters
    QString m_key;
    DeadlineRange m_range;
    QHash<QString, QPair<SavedView, DeadlineRange>> m_kept;
};

} // namespace PayDesk
