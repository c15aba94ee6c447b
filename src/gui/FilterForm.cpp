#include "gui/FilterForm.h"

#include "core/model/OrderStatus.h"
#include "core/money/Money.h"
#include "core/time/Clock.h"
#include "gui/LanguageChange.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTimer>

namespace PayDesk {

FilterForm::FilterForm(const Widgets& widgets, QObject* parent)
    : QObject(parent)
    , m_w(widgets)
    , m_delay(new QTimer(this))
{
    fillChoices();
    addPaymentWayChoice();
    // Typing waits a moment before querying: one query per pause, not per key.
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &FilterForm::changed);
    for (QLineEdit* edit : {m_w.search, m_w.minAmount, m_w.maxAmount})
        connect(edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_w.status, &QComboBox::currentIndexChanged, this, &FilterForm::changed);
    connect(m_w.period, &QComboBox::currentIndexChanged, this, [this] {
        updateDates();
        emit changed();
    });
    connect(m_w.from, &QDateEdit::dateChanged, this, &FilterForm::changed);
    connect(m_w.to, &QDateEdit::dateChanged, this, &FilterForm::changed);
    LanguageChange::follow(m_w.status, this, [this] { nameChoices(); });
}

void FilterForm::fillChoices()
{
    m_w.status->addItem({}, -1);
    for (OrderStatus s :
         {OrderStatus::Created, OrderStatus::Pending, OrderStatus::Held, OrderStatus::Captured,
          OrderStatus::PartlyRefunded, OrderStatus::Refunded, OrderStatus::Reversed, OrderStatus::Declined})
        m_w.status->addItem({}, int(s));
    for (int days : {0, 1, 7, 30, 365, -1})
        m_w.period->addItem({}, days);
    nameChoices();
    m_w.from->setDate(Clock::today().addDays(-30));
    m_w.to->setDate(Clock::today());
    updateDates();
}

// The choices' names in the UI language; the choice itself is kept when the language changes.
void FilterForm::nameChoices()
{
    for (int i = 0; i < m_w.status->count(); ++i) {
        const int status = m_w.status->itemData(i).toInt();
        m_w.status->setItemText(i, status < 0 ? tr("All statuses") : OrderStatusText::display(OrderStatus(status)));
    }
    const QMap<int, QString> periods{{0, tr("Any time")},      {1, tr("Today")},           {7, tr("Last 7 days")},
                                     {30, tr("Last 30 days")}, {365, tr("Last 365 days")}, {-1, tr("Dates…")}};
    for (int i = 0; i < m_w.period->count(); ++i)
        m_w.period->setItemText(i, periods.value(m_w.period->itemData(i).toInt()));
    for (QDateEdit* date : {m_w.from, m_w.to})
        date->setLocale(QLocale()); // the application's, which may have changed with the language
    if (m_way) {
        m_way->setAccessibleName(tr("Paid with"));
        m_way->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (int i = 0; i < m_way->count(); ++i) {
            const int way = m_way->itemData(i).toInt();
            m_way->setItemText(i, way < 0 ? tr("Any way of paying") : PaymentWays::display(PaymentWay(way)));
        }
    }
}

void FilterForm::addPaymentWayChoice()
{
    m_way = new QComboBox(m_w.status->parentWidget());
    m_way->setObjectName(QStringLiteral("paymentWayFilter"));
    m_way->setAccessibleName(tr("Paid with"));
    m_way->addItem(tr("Any way of paying"), -1);
    for (PaymentWay way : {PaymentWay::Card, PaymentWay::StoredCard, PaymentWay::MirPay, PaymentWay::ApplePay,
                           PaymentWay::GooglePay, PaymentWay::SamsungPay, PaymentWay::Sbp, PaymentWay::Other})
        m_way->addItem(PaymentWays::display(way), int(way));
    for (QBoxLayout* row : m_w.status->parentWidget()->findChildren<QBoxLayout*>()) {
        if (const int at = row->indexOf(m_w.status); at >= 0)
            row->insertWidget(at + 1, m_way);
    }
    connect(m_way, &QComboBox::currentIndexChanged, this, &FilterForm::changed);
}

void FilterForm::updateDates()
{
    const bool custom = m_w.period->currentData().toInt() < 0;
    m_w.from->setEnabled(custom);
    m_w.to->setEnabled(custom);
}

void FilterForm::applyTo(OrderFilter* f, bool statusChoice) const
{
    f->text = m_w.search->text();
    if (statusChoice && m_w.status->currentData().toInt() >= 0)
        f->statuses = {OrderStatus(m_w.status->currentData().toInt())};
    if (m_way->currentData().toInt() >= 0)
        f->paymentWays = {PaymentWay(m_way->currentData().toInt())};
    const int days = m_w.period->currentData().toInt();
    if (days > 0)
        f->createdFrom = Clock::today().addDays(1 - days).startOfDay();
    if (days < 0) {
        f->createdFrom = m_w.from->date().startOfDay();
        f->createdTo = m_w.to->date().endOfDay();
    }
    // The range compares minor units, read with two decimals as most currencies have; a half-typed or
    // ambiguous amount simply does not filter yet.
    const Currency twoDecimals = Currency::rub();
    if (const std::optional<Money> min = Money::parse(m_w.minAmount->text(), twoDecimals))
        f->minAmount = min->minor();
    if (const std::optional<Money> max = Money::parse(m_w.maxAmount->text(), twoDecimals))
        f->maxAmount = max->minor();
}

JournalFilter FilterForm::journalPeriod() const
{
    JournalFilter period;
    const int days = m_w.period->currentData().toInt();
    if (days > 0)
        period.from = Clock::today().addDays(1 - days).startOfDay();
    if (days < 0) {
        period.from = m_w.from->date().startOfDay();
        period.to = m_w.to->date().endOfDay();
    }
    return period;
}

SavedView FilterForm::capture(const QString& name) const
{
    return {
        name,           m_w.search->text(),    m_w.status->currentIndex(), m_w.period->currentIndex(), m_w.from->date(),
        m_w.to->date(), m_w.minAmount->text(), m_w.maxAmount->text()};
}

void FilterForm::restore(const SavedView& v)
{
    const QList<QObject*> inputs{m_w.search, m_w.status,    m_w.period,    m_w.from,
                                 m_w.to,     m_w.minAmount, m_w.maxAmount, m_way};
    for (QObject* w : inputs)
        w->blockSignals(true);
    m_way->setCurrentIndex(0); // saved views do not keep it
    m_w.search->setText(v.text);
    m_w.status->setCurrentIndex(v.status);
    m_w.period->setCurrentIndex(v.period);
    m_w.from->setDate(v.from);
    m_w.to->setDate(v.to);
    m_w.minAmount->setText(v.minAmount);
    m_w.maxAmount->setText(v.maxAmount);
    updateDates();
    for (QObject* w : inputs)
        w->blockSignals(false);
}

} // namespace PayDesk
