#include "cli/OrderJson.h"
#include "core/time/Clock.h"

#include "core/model/TimeLeft.h"

#include <QJsonArray>

namespace PayDesk::Cli {

QJsonObject orderJson(const Order& o)
{
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("orderId"), o.orderId},
            {QStringLiteral("orderNumber"), o.orderNumber},
            {QStringLiteral("status"), OrderStatusText::key(o.status)},
            {QStringLiteral("amount"), o.amount.toDecimalString()},
            {QStringLiteral("approvedAmount"), o.approved.toDecimalString()},
            {QStringLiteral("capturedAmount"), o.captured.toDecimalString()},
            {QStringLiteral("refundedAmount"), o.refunded.toDecimalString()},
            {QStringLiteral("capturableAmount"), o.capturable().toDecimalString()},
            {QStringLiteral("refundableAmount"), o.refundable().toDecimalString()},
            {QStringLiteral("currency"), o.amount.currency().code()},
            {QStringLiteral("deadline"), when(o.deadline)},
            {QStringLiteral("maskedPan"), o.card.maskedPan.isEmpty() ? QJsonValue() : QJsonValue(o.card.maskedPan)},
            {QStringLiteral("gatewayStatus"), o.gatewayStatus},
            {QStringLiteral("gatewayState"), o.gatewayState},
            {QStringLiteral("actionCode"), o.actionCode},
            {QStringLiteral("actionCodeText"), o.actionCodeText},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("email"), o.email},
            {QStringLiteral("paymentWay"), o.paymentWay},
            {QStringLiteral("clientId"), o.clientId},
            {QStringLiteral("bindingId"), o.bindingId},
            {QStringLiteral("created"), when(o.created)},
            {QStringLiteral("authorized"), when(o.authorized)}};
}

QJsonObject operationJson(const QString& orderId, const OperationResult& r)
{
    QString message = r.error.isError() ? r.error.userMessage() : QString();
    if (!r.error.gatewayMessage.isEmpty() && r.error.kind == GatewayError::Kind::Gateway)
        message = r.error.gatewayMessage;
    return {
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("operation"), OperationResult::kindKey(r.kind)},
        {QStringLiteral("result"), OperationResult::outcomeKey(r.outcome)},
        {QStringLiteral("gatewayCode"), r.error.gatewayCode.isEmpty() ? QJsonValue() : QJsonValue(r.error.gatewayCode)},
        {QStringLiteral("message"), message},
        {QStringLiteral("refusedBeforeSending"), r.refusedBeforeSending},
        {QStringLiteral("settledFromStatus"), r.settledFromStatus},
        {QStringLiteral("order"), r.orderKnown ? QJsonValue(orderJson(r.order)) : QJsonValue()}};
}

QJsonObject profileJson(const Profile& p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("id"), p.id},
            {QStringLiteral("gateway"), GatewayKinds::key(p.gateway)},
            {QStringLiteral("url"), p.url},
            {QStringLiteral("user"), p.user},
            {QStringLiteral("tokenMode"), p.tokenMode},
            {QStringLiteral("holdDays"), p.holdDays},
            {QStringLiteral("caFile"), p.caFile},
            {QStringLiteral("merchantLogin"), p.merchantLogin},
            {QStringLiteral("merchantId"), p.merchantId}};
}

QJsonObject journalEntryJson(const JournalEntry& e)
{
    const auto utc = [](const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("orderId"), e.orderId},
            {QStringLiteral("orderNumber"), e.orderNumber},
            {QStringLiteral("operation"), OperationResult::kindKey(e.kind)},
            {QStringLiteral("amount"), e.amount.toDecimalString()},
            {QStringLiteral("currency"), e.amount.currency().code()},
            {QStringLiteral("state"), JournalEntry::stateKey(e.state)},
            {QStringLiteral("resolvedBy"), e.resolvedBy},
            {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("batch"), e.batch},
            {QStringLiteral("gatewayCode"), e.gatewayCode},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("created"), utc(e.created)},
            {QStringLiteral("sent"), utc(e.sent)},
            {QStringLiteral("finished"), utc(e.finished)}};
}

QString timeLeft(const QDateTime& deadline, const QDateTime& now)
{
    const QString text = TimeLeft::format(deadline, now);
    return now.secsTo(deadline) <= 0 ? text : text + QStringLiteral(" left");
}

QString orderText(const Order& o)
{
    QStringList lines;
    const auto line = [&lines](const QString& key, const QString& value) {
        if (!value.isEmpty())
            lines.append(key.leftJustified(12) + value);
    };
    line(QStringLiteral("Order"), o.orderNumber + QStringLiteral("  (") + o.orderId + QLatin1Char(')'));
    QString status = OrderStatusText::key(o.status);
    if (o.deadline.isValid())
        status += QStringLiteral(" - capture by %1 (%2)")
                      .arg(o.deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                           timeLeft(o.deadline, Clock::nowUtc()));
    line(QStringLiteral("Status"), status);
    const QString currency = o.amount.currency().code();
    line(QStringLiteral("Amount"), o.amount.toDecimalString() + QLatin1Char(' ') + currency);
    line(QStringLiteral("Held"),
         o.approved.isZero() ? QString() : o.approved.toDecimalString() + QLatin1Char(' ') + currency);
    line(QStringLiteral("Captured"),
         o.captured.isZero() ? QString() : o.captured.toDecimalString() + QLatin1Char(' ') + currency);
    line(QStringLiteral("Refunded"),
         o.refunded.isZero() ? QString() : o.refunded.toDecimalString() + QLatin1Char(' ') + currency);
    if (!o.card.maskedPan.isEmpty())
        line(QStringLiteral("Card"),
             QStringList{o.card.maskedPan, o.card.paymentSystem, o.card.holder}.join(QLatin1Char(' ')).trimmed());
    line(QStringLiteral("Paid by"), o.paymentWay);
    line(QStringLiteral("E-mail"), o.email);
    line(QStringLiteral("Description"), o.description);
    line(QStringLiteral("Binding"), o.bindingId);
    line(QStringLiteral("Gateway"),
         QStringLiteral("orderStatus %1, actionCode %2%3")
             .arg(o.gatewayStatus)
             .arg(o.actionCode)
             .arg(o.actionCodeText.isEmpty() ? QString() : QStringLiteral(" (") + o.actionCodeText + QLatin1Char(')')));
    line(QStringLiteral("Created"),
         o.created.isValid() ? o.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace PayDesk::Cli
