#include "gui/OrderDetailsHtml.h"

#include "gui/UrgencyColors.h"

#include "core/gateway/rbs/RbsTaxTypes.h"

#include "gui/itemmodels/OrderListModel.h"

#include <QJsonArray>
#include <QLocale>

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

QString OrderDetailsHtml::render(const Order& o, const QList<JournalEntry>& journal, const QDateTime& now,
                                 const QList<Receipt>& receipts)
{
    const QLocale locale;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const auto when = [&locale](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    QString html;
    html += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(esc(tr("Order %1").arg(o.orderNumber)));
    html +=
        QStringLiteral("<p><span style='background:%1; color:white; padding:2px 6px;'>&nbsp;%2&nbsp;</span>&nbsp; <b "
                       "style='font-size:large'>%3</b>")
            .arg(badgeColor(o.status), esc(OrderStatusText::display(o.status)), esc(o.amount.toDisplayString(locale)));
    if (o.testMode)
        html += QStringLiteral(" &nbsp;<i>%1</i>").arg(esc(tr("test payment")));
    html += QStringLiteral("</p>");
    if (o.status == OrderStatus::Held && o.deadline.isValid()) {
        const DeadlinePolicy::Urgency urgency = DeadlinePolicy::urgency(o.deadline, now);
        const bool urgent = urgency == DeadlinePolicy::Urgency::Due || urgency == DeadlinePolicy::Urgency::Expired;
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg((urgent ? UrgencyColors::due() : UrgencyColors::soon()).name(),
                         esc(tr("Capture before %1 (%2 left)")
                                 .arg(when(o.deadline), OrderListModel::timeLeft(o.deadline, now))));
    }
    QStringList rows;
    const auto row = [&rows, &esc](const QString& key, const QString& value) {
        if (!value.isEmpty())
            rows.append(QStringLiteral("<tr><td style='color:gray; padding-right:12px'>%1</td><td>%2</td></tr>")
                            .arg(esc(key), esc(value)));
    };
    const auto section = [&html, &rows, &esc](const QString& title) {
        if (!rows.isEmpty())
            html += QStringLiteral("<h3>%1</h3><table>%2</table>").arg(esc(title), rows.join(QString()));
        rows.clear();
    };
    row(tr("Held"), o.approved.isZero() ? QString() : o.approved.toDisplayString(locale));
    row(tr("Captured"), o.captured.isZero() ? QString() : o.captured.toDisplayString(locale));
    row(tr("Refunded"), o.refunded.isZero() ? QString() : o.refunded.toDisplayString(locale));
    row(tr("Still capturable"), o.capturable().isZero() ? QString() : o.capturable().toDisplayString(locale));
    row(tr("Refundable"), o.refundable().isZero() ? QString() : o.refundable().toDisplayString(locale));
    section(tr("Money"));
    row(tr("Card"), o.card.maskedPan);
    row(tr("Holder"), o.card.holder);
    row(tr("Payment system"), o.card.paymentSystem);
    row(tr("Expiry"),
        o.card.expiry.size() == 6 ? o.card.expiry.right(2) + QLatin1Char('/') + o.card.expiry.left(4) : o.card.expiry);
    row(tr("Approval code"), o.card.approvalCode);
    row(tr("Paid with"), o.paymentWay);
    section(tr("Card"));
    row(tr("E-mail"), o.email);
    row(tr("Phone"), o.phone);
    row(tr("IP address"), o.ip);
    row(tr("Client id"), o.clientId);
    row(tr("Binding"), o.bindingId);
    section(tr("Customer"));
    row(tr("Gateway id"), o.orderId);
    row(tr("Gateway status"), o.gatewayState.isEmpty()
                                  ? QString::number(o.gatewayStatus)
                                  : QStringLiteral("%1 (%2)").arg(o.gatewayStatus).arg(o.gatewayState));
    row(tr("Action code"), o.actionCodeText.isEmpty()
                               ? QString::number(o.actionCode)
                               : QStringLiteral("%1: %2").arg(o.actionCode).arg(o.actionCodeText));
    row(tr("Description"), o.description);
    row(tr("Created"), when(o.created));
    row(tr("Authorised"), when(o.authorized));
    section(tr("Gateway"));
    for (const auto& p : o.merchantParams)
        row(p.first, p.second);
    section(tr("Merchant parameters"));
    const QJsonArray items =
        o.cart.value(QStringLiteral("cartItems")).toObject().value(QStringLiteral("items")).toArray();
    if (!items.isEmpty()) {
        QString cart =
            QStringLiteral(
                "<h3>%1</h3><table cellpadding='2'><tr><th align='left'>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Cart")), esc(tr("Item")), esc(tr("Qty")), esc(tr("Sum")), esc(tr("Tax")));
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const Money sum(qint64(item.value(QStringLiteral("itemAmount")).toDouble()), o.amount.currency());
            cart += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                        .arg(esc(item.value(QStringLiteral("name")).toString()),
                             esc(item.value(QStringLiteral("quantity"))
                                     .toObject()
                                     .value(QStringLiteral("value"))
                                     .toVariant()
                                     .toString()),
                             esc(sum.toDisplayString(locale)),
                             esc(RbsTaxTypes::name(item.value(QStringLiteral("tax"))
                                                       .toObject()
                                                       .value(QStringLiteral("taxType"))
                                                       .toVariant()
                                                       .toInt())));
        }
        html += cart + QStringLiteral("</table>");
    }
    if (!receipts.isEmpty()) {
        QString list = QStringLiteral("<h3>%1</h3><table cellpadding='2'>").arg(esc(tr("Fiscal receipts")));
        for (const Receipt& r : receipts)
            list += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(r.statusText.isEmpty() ? QString::number(r.status) : r.statusText), esc(r.amount),
                             esc(r.fiscalNumber.isEmpty() ? QString() : tr("FD %1").arg(r.fiscalNumber)));
        html += list + QStringLiteral("</table>");
    } else if (!o.cart.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(esc(tr("Fiscal receipts: use Refresh order to ask the gateway.")));
    }
    QString timeline;
    if (o.created.isValid())
        timeline += QStringLiteral("<li>%1 — %2</li>").arg(esc(when(o.created)), esc(tr("registered")));
    if (o.authorized.isValid())
        timeline += QStringLiteral("<li>%1 — %2</li>").arg(esc(when(o.authorized)), esc(tr("paid by the customer")));
    for (const JournalEntry& e : journal) {
        timeline +=
            QStringLiteral("<li>%1 — %2 %3 %4: <b>%5</b>%6</li>")
                .arg(esc(when(e.created)), esc(e.operatorName), esc(OperationResult::displayKind(e.kind)),
                     esc(e.amount.toDisplayString(locale)), esc(JournalEntry::displayState(e.state)),
                     e.message.isEmpty() ? QString() : QStringLiteral(" (") + esc(e.message) + QLatin1Char(')'));
    }
    if (!timeline.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(esc(tr("Timeline")), timeline);
    return html;
}

} // namespace PayDesk
