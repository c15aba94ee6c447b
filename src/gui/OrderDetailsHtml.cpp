#include "gui/OrderDetailsHtml.h"

#include "gui/UrgencyColors.h"

#include "core/i18n/UiLanguage.h"
#include "core/model/CartText.h"
#include "core/model/GatewayCodeText.h"
#include "core/model/TimeLeft.h"

#include "gui/itemmodels/OrderListModel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace PayDesk {

QString OrderDetailsHtml::badgeColor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Held:
        return QStringLiteral("#b26a00");
    case OrderStatus::Captured:
        return QStringLiteral("#2e7d32");
    case OrderStatus::PartlyRefunded:
    case OrderStatus::Refunded:
        return QStringLiteral("#6a1b9a");
    case OrderStatus::Reversed:
    case OrderStatus::Declined:
        return QStringLiteral("#c62828");
    case OrderStatus::Created:
    case OrderStatus::Pending:
    case OrderStatus::Unknown:
        return QStringLiteral("#546e7a");
    }
    return QStringLiteral("#546e7a");
}

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

OrderDetailsHtml::OrderDetailsHtml(const Order& order, const QDateTime& now)
    : m_order(order)
    , m_now(now)
    , m_locale(UiLanguage::locale())
{ }

QString OrderDetailsHtml::render(const Order& o, const QList<JournalEntry>& journal, const QDateTime& now,
                                 const QList<Receipt>& receipts)
{
    OrderDetailsHtml page(o, now);
    page.addHeader();
    page.addAmounts();
    page.addCard();
    page.addCustomer();
    page.addGateway();
    for (const auto& p : o.merchantParams)
        page.row(p.first, p.second);
    page.section(tr("Merchant parameters"));
    page.addCart();
    page.addReceipts(receipts);
    page.addTimeline(journal);
    return page.m_html;
}

QString OrderDetailsHtml::when(const QDateTime& t) const
{
    return t.isValid() ? m_locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString OrderDetailsHtml::money(const Money& amount) const
{
    return amount.isZero() ? QString() : amount.toDisplayString(m_locale);
}

void OrderDetailsHtml::row(const QString& key, const QString& value)
{
    if (!value.isEmpty())
        m_rows.append(QStringLiteral("<tr><td style='color:gray; padding-right:12px'>%1</td><td>%2</td></tr>")
                          .arg(esc(key), esc(value)));
}

void OrderDetailsHtml::section(const QString& title)
{
    if (!m_rows.isEmpty())
        m_html += QStringLiteral("<h3>%1</h3><table>%2</table>").arg(esc(title), m_rows.join(QString()));
    m_rows.clear();
}

// The amount the status speaks of: what was captured once captured, else the order's amount.
Money OrderDetailsHtml::headlineAmount() const
{
    const bool captured = m_order.status == OrderStatus::Captured || m_order.status == OrderStatus::PartlyRefunded
                          || m_order.status == OrderStatus::Refunded;
    return captured && !m_order.captured.isZero() ? m_order.captured : m_order.amount;
}

void OrderDetailsHtml::addHeader()
{
    const Order& o = m_order;
    m_html += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(esc(tr("Order %1").arg(o.orderNumber)));
    m_html += QStringLiteral("<p><span style='background:%1; color:white; padding:2px 6px;'>&nbsp;%2&nbsp;</span>"
                             "&nbsp; <b style='font-size:large'>%3</b>")
                  .arg(badgeColor(o.status), esc(OrderStatusText::display(o.status)),
                       esc(headlineAmount().toDisplayString(m_locale)));
    if (o.testMode)
        m_html += QStringLiteral(" &nbsp;<i>%1</i>").arg(esc(tr("test payment")));
    m_html += QStringLiteral("</p>");
    if (o.status != OrderStatus::Held || !o.deadline.isValid())
        return;
    const DeadlinePolicy::Urgency urgency = DeadlinePolicy::urgency(o.deadline, m_now);
    const bool urgent = urgency == DeadlinePolicy::Urgency::Due || urgency == DeadlinePolicy::Urgency::Expired;
    const QString line =
        urgency == DeadlinePolicy::Urgency::Expired
            ? tr("The hold expired on %1 (%2)").arg(when(o.deadline), TimeLeft::ago(o.deadline, m_now))
            : tr("Capture before %1 (%2 left)").arg(when(o.deadline), OrderListModel::timeLeft(o.deadline, m_now));
    m_html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                  .arg((urgent ? UrgencyColors::due() : UrgencyColors::soon()).name(), esc(line));
}

// Every amount with its date: what was held, captured, released by a partial capture, reversed and refunded.
void OrderDetailsHtml::addAmounts()
{
    const Order& o = m_order;
    dated(o.status == OrderStatus::Held ? tr("Held") : tr("Was held"), o.approved, o.authorized);
    dated(tr("Captured"), o.captured, o.capturedAt);
    if (!o.captured.isZero() && o.approved.minor() > o.captured.minor())
        dated(tr("Released"), Money(o.approved.minor() - o.captured.minor(), o.approved.currency()), o.capturedAt);
    if (o.status == OrderStatus::Reversed)
        dated(tr("Reversed"), o.approved, o.reversedAt);
    dated(tr("Refunded"), o.refunded, o.refundedAt);
    row(tr("Still capturable"), money(o.capturable()));
    row(tr("Refundable"), money(o.refundable()));
    section(tr("Money"));
}

void OrderDetailsHtml::dated(const QString& key, const Money& amount, const QDateTime& at)
{
    if (amount.isZero())
        return;
    row(key, at.isValid() ? tr("%1 on %2").arg(amount.toDisplayString(m_locale), when(at)) : money(amount));
}

void OrderDetailsHtml::addCard()
{
    const CardInfo& card = m_order.card;
    row(tr("Card"), card.maskedPan);
    row(tr("Holder"), card.holder);
    row(tr("Payment system"), card.paymentSystem);
    row(tr("Expiry"),
        card.expiry.size() == 6 ? card.expiry.right(2) + QLatin1Char('/') + card.expiry.left(4) : card.expiry);
    row(tr("Approval code"), card.approvalCode);
    row(tr("Paid with"), PaymentWays::display(m_order.paymentWay));
    section(tr("Card"));
}

void OrderDetailsHtml::addCustomer()
{
    row(tr("E-mail"), m_order.email);
    row(tr("Phone"), m_order.phone);
    row(tr("IP address"), m_order.ip);
    row(tr("Client id"), m_order.clientId);
    row(tr("Binding"), m_order.bindingId);
    section(tr("Customer"));
}

void OrderDetailsHtml::addGateway()
{
    const Order& o = m_order;
    row(tr("Gateway id"), o.orderId);
    row(tr("Gateway status"), o.gatewayState.isEmpty()
                                  ? QString::number(o.gatewayStatus)
                                  : QStringLiteral("%1 (%2)").arg(o.gatewayStatus).arg(o.gatewayState));
    QString action = o.actionCodeText.isEmpty() ? QString::number(o.actionCode)
                                                : QStringLiteral("%1: %2").arg(o.actionCode).arg(o.actionCodeText);
    const QString beside =
        o.gateway == GatewayKind::Assist
            ? QString()
            : GatewayCodeText::actionCodeBeside(o.actionCode, o.actionCodeText, UiLanguage::current());
    if (!beside.isEmpty())
        action += QStringLiteral(" (%1)").arg(beside);
    row(tr("Action code"), action);
    row(tr("Description"), o.description);
    row(tr("Created"), when(o.created));
    row(tr("Authorised"), when(o.authorized));
    section(tr("Gateway"));
}

void OrderDetailsHtml::addCart()
{
    if (m_order.cart.isEmpty())
        return;
    m_html += QStringLiteral("<h3>%1</h3><table cellpadding='2'><tr><th align='left'>%2</th><th>%3</th><th>%4</th>"
                             "<th>%5</th></tr>")
                  .arg(esc(tr("Cart")), esc(tr("Item")), esc(tr("Qty")), esc(tr("Sum")), esc(tr("Tax")));
    for (const CartItem& item : m_order.cart.items) {
        const QString quantity = QStringLiteral("%1 %2").arg(m_locale.toString(item.quantity.thousandths() / 1000.0),
                                                             CartText::measureName(item.measure));
        m_html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                      .arg(esc(item.name), esc(quantity), esc(item.amount.toDisplayString(m_locale)),
                           esc(CartText::vatName(item.vat)));
    }
    m_html += QStringLiteral("</table>");
}

void OrderDetailsHtml::addReceipts(const QList<Receipt>& receipts)
{
    if (receipts.isEmpty()) {
        if (!m_order.cart.isEmpty())
            m_html += QStringLiteral("<p style='color:gray'>%1</p>")
                          .arg(esc(tr("Fiscal receipts: use Refresh order to ask the gateway.")));
        return;
    }
    m_html += QStringLiteral("<h3>%1</h3><table cellpadding='2'>").arg(esc(tr("Fiscal receipts")));
    for (const Receipt& r : receipts)
        m_html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                      .arg(esc(r.statusText.isEmpty() ? QString::number(r.status) : r.statusText), esc(r.amount),
                           esc(r.fiscalNumber.isEmpty() ? QString() : tr("FD %1").arg(r.fiscalNumber)));
    m_html += QStringLiteral("</table>");
}

// The journal's entries and the gateway's own dates, sorted by time; a step the journal records is not
// repeated from the gateway's dates.
void OrderDetailsHtml::addTimeline(const QList<JournalEntry>& journal)
{
    QList<std::pair<QDateTime, QString>> events;
    QSet<int> recorded; // kinds the journal has as done
    for (const JournalEntry& e : journal) {
        if (e.state == JournalEntry::State::Done)
            recorded.insert(int(e.kind));
        events.append({e.finished.isValid() ? e.finished : e.created, journalLine(e)});
    }
    const Order& o = m_order;
    const auto gateway = [&](OperationKind kind, const QDateTime& at, const QString& text) {
        if (at.isValid() && !recorded.contains(int(kind)))
            events.append({at, text});
    };
    gateway(OperationKind::Register, o.created, tr("registered"));
    if (o.authorized.isValid())
        events.append({o.authorized, tr("paid by the customer")});
    gateway(OperationKind::Capture, o.capturedAt, tr("captured %1").arg(money(o.captured)));
    gateway(OperationKind::Reverse, o.reversedAt, tr("reversed: the hold was released"));
    gateway(OperationKind::Refund, o.refundedAt, tr("refunded %1").arg(money(o.refunded)));
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QString timeline;
    QSet<QString> seen;
    for (const auto& [at, text] : events) {
        const QString line = QStringLiteral("<li>%1 — %2</li>").arg(esc(when(at)), text);
        if (!seen.contains(line))
            timeline += line;
        seen.insert(line);
    }
    if (!timeline.isEmpty())
        m_html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(esc(tr("Timeline")), timeline);
}

// "captured 30,000.00 RUB (by anna, in the app)", "capture of 30,000.00 RUB not done: … (by anna, …)".
QString OrderDetailsHtml::journalLine(const JournalEntry& e) const
{
    const QString amount = e.amount.toDisplayString(m_locale);
    QString what;
    switch (e.state) {
    case JournalEntry::State::Done:
        what = esc(doneText(e.kind, amount));
        break;
    case JournalEntry::State::Refused:
        what = esc(tr("%1 of %2 not done").arg(OperationResult::displayKind(e.kind), amount))
               + (e.message.isEmpty() ? QString() : QStringLiteral(": ") + esc(e.message));
        break;
    case JournalEntry::State::Intent:
    case JournalEntry::State::Sent:
    case JournalEntry::State::Unknown:
        what =
            esc(tr("%1 of %2: %3")
                    .arg(OperationResult::displayKind(e.kind), amount, JournalEntry::displayState(e.state).toLower()));
        break;
    }
    const QString where = e.displayOrigin();
    // The desk it was made on, when the journal knows it (the team's audit trail).
    const QString by = e.host.isEmpty() ? e.operatorName : tr("%1 at desk %2").arg(e.operatorName, e.host);
    const QString who = where.isEmpty() ? tr("by %1").arg(by) : tr("by %1, %2").arg(by, where);
    return QStringLiteral("<b>%1</b> <span style='color:gray'>(%2)</span>").arg(what, esc(who));
}

QString OrderDetailsHtml::doneText(OperationKind kind, const QString& amount)
{
    switch (kind) {
    case OperationKind::Capture:
        return tr("captured %1").arg(amount);
    case OperationKind::Reverse:
        return tr("reversed %1: the hold was released").arg(amount);
    case OperationKind::Refund:
        return tr("refunded %1").arg(amount);
    case OperationKind::PayByBinding:
        return tr("paid %1 with a saved card").arg(amount);
    case OperationKind::CloseReceipt:
        return tr("closing receipt issued for %1").arg(amount);
    case OperationKind::Register:
        break;
    }
    return tr("registered for %1").arg(amount);
}

} // namespace PayDesk
