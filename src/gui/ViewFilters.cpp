#include "gui/ViewFilters.h"

#include "gui/FilterForm.h"

namespace PayDesk {

namespace {
// Whether two states of the form filter alike (dates count only when the period is "Dates…", which
// the unfiltered state never is).
bool sameFilters(const SavedView& a, const SavedView& b)
{
    return a.text.trimmed() == b.text.trimmed() && a.status == b.status && a.period == b.period
           && a.minAmount.trimmed() == b.minAmount.trimmed() && a.maxAmount.trimmed() == b.maxAmount.trimmed();
}
} // namespace

ViewFilters::ViewFilters(FilterForm* form, QObject* parent)
    : QObject(parent)
    , m_form(form)
    , m_none(form->capture({}))
{
    connect(m_form, &FilterForm::changed, this, &ViewFilters::changed);
}

void ViewFilters::switchTo(const QString& key, const SavedView* initial)
{
    if (!m_key.isEmpty())
        m_kept.insert(m_key, {m_form->capture({}), m_range});
    m_key = key;
    const auto kept = m_kept.constFind(key);
    if (initial) {
        m_form->restore(*initial);
        m_range = {};
    } else if (kept != m_kept.constEnd()) {
        m_form->restore(kept->first);
        m_range = kept->second;
    } else {
        m_form->restore(m_none);
        m_range = {};
    }
}

void ViewFilters::setDeadlineRange(const DeadlineRange& range)
{
    m_range = range;
    emit changed();
}

void ViewFilters::applyTo(OrderFilter* filter, bool statusChoice) const
{
    m_form->applyTo(filter, statusChoice);
    if (m_range.isSet()) {
        filter->deadlineFrom = m_range.from;
        filter->deadlineTo = m_range.to;
    }
}

bool ViewFilters::isFiltering() const
{
    return m_range.isSet() || !sameFilters(m_form->capture({}), m_none);
}

void ViewFilters::clear()
{
    m_form->restore(m_none);
    m_range = {};
    emit changed();
}

} // namespace PayDesk
