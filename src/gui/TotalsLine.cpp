#include "gui/TotalsLine.h"

#include "core/i18n/UiLanguage.h"
#include "core/money/MoneyTotals.h"
#include "core/session/Desk.h"

#include "gui/LanguageChange.h"
#include "gui/itemmodels/OrderListModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace PayDesk {

TotalsLine::TotalsLine(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_selectDue(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("totalsLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_selectDue->setObjectName(QStringLiteral("selectDueButton"));
    retranslate();
    LanguageChange::follow(this, this, [this] {
        retranslate();
        showTotals();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_selectDue);
    connect(m_selectDue, &QPushButton::clicked, this, &TotalsLine::selectDueRequested);
}

void TotalsLine::retranslate()
{
    m_selectDue->setText(tr("Select all due in 24 h"));
    m_selectDue->setToolTip(tr("Selects every hold that expires within 24 hours, for Capture selected"));
}

Money TotalsLine::valueOf(const OrderSummary& o, TotalOf what)
{
    switch (what) {
    case TotalOf::Held:
        return o.status == OrderStatus::Held ? o.capturable() : Money(0, o.amount.currency());
    case TotalOf::Refunded:
        return o.refunded;
    case TotalOf::Amount:
        break;
    }
    return o.amount;
}

void TotalsLine::follow(QItemSelectionModel* selection, const OrderListModel* model)
{
    m_selection = selection;
    m_model = model;
    connect(selection, &QItemSelectionModel::selectionChanged, this, &TotalsLine::showTotals);
    connect(model, &QAbstractItemModel::modelReset, this, &TotalsLine::showTotals);
}

void TotalsLine::showView(const Desk* desk, DeskView view, const OrderFilter& filter, int rows)
{
    m_what = view == DeskView::NeedsCapture ? TotalOf::Held
             : view == DeskView::Refunds    ? TotalOf::Refunded
                                            : TotalOf::Amount;
    // Holds are summed from their own small index; other views read every row they sum, which on a
    // big cache would stall each view switch for seconds: those are summed once a filter narrows them.
    m_tooMany = m_what != TotalOf::Held && rows > MaxSummedRows ? rows : 0;
    m_view = m_tooMany ? QList<Money>() : desk->totals(filter, m_what);
    showTotals();
}

void TotalsLine::showTotals()
{
    const QLocale locale = UiLanguage::locale();
    MoneyTotals all;
    for (const Money& m : std::as_const(m_view))
        all.add(m);
    const QString none = tr("nothing");
    const QString sums = m_tooMany       ? tr("not summed over %n orders (filter to see it)", nullptr, m_tooMany)
                         : all.isEmpty() ? none
                                         : all.toDisplayString(locale);
    QString text = m_what == TotalOf::Held       ? tr("Held: %1").arg(sums)
                   : m_what == TotalOf::Refunded ? tr("Refunded: %1").arg(sums)
                                                 : tr("Total: %1").arg(sums);
    const QModelIndexList rows = m_selection ? m_selection->selectedRows() : QModelIndexList();
    if (!rows.isEmpty()) {
        MoneyTotals picked;
        for (const QModelIndex& index : rows) {
            const Money value = valueOf(m_model->summaryAt(index.row()), m_what);
            if (!value.isZero())
                picked.add(value);
        }
        text += tr(" — selected %1: %2").arg(rows.size()).arg(picked.isEmpty() ? none : picked.toDisplayString(locale));
    }
    m_label->setText(text);
}

void TotalsLine::setSelectDueVisible(bool visible)
{
    m_selectDue->setVisible(visible);
}

QString TotalsLine::text() const
{
    return m_label->text();
}

} // namespace PayDesk
