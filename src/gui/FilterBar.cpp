#include "gui/FilterBar.h"

#include "gui/LanguageChange.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace PayDesk {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_label->setObjectName(QStringLiteral("filterBarLabel"));
    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    LanguageChange::follow(clear, this, [clear] { clear->setText(tr("Clear filters")); });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(clear);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    connect(clear, &QPushButton::clicked, this, &FilterBar::clearRequested);
    hide();
}

void FilterBar::showState(bool filtering, int shown, int all, const QString& what)
{
    setVisible(filtering);
    if (!filtering)
        return;
    const QString count = tr("Filtered: %1 of %2 shown").arg(shown).arg(all);
    m_label->setText(what.isEmpty() ? count : tr("%1 · %2").arg(count, what));
}

QString FilterBar::text() const
{
    return m_label->text();
}

} // namespace PayDesk
