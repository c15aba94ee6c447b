#include "cli/OrderJson.h"
#include "cli/CliText.h"
#include "cli/JsonField.h"
#include "core/time/Clock.h"

#include "core/model/TimeLeft.h"

#include <QJsonArray>

namespace PayDesk::Cli {

namespace {
QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QJsonObject orderJson(const Order& o)
{
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject json({field("orderId", o.orderId), field("orderNumber", o.orderNumber),
                      field("status", OrderStatusText::key(o.status)), field("currency", o.amount.currency().code()),
                      field("deadline", when(o.deadline)), field("created", when(o.created)),
                      field("authorized", when(o.authorized)), field("maskedPan", orNull(o.card.maskedPan)),
                      field("description", o.description), field("email", o.email),
                      field("paymentWay", PaymentWays::key(o.paymentWay)), field("clientId", o.clientId),
                      field("bindingId", o.bindingId)});
    addFields(&json,
              {field("amount", o.amount.toDecimalString()), field("approvedAmount", o.approved.toDecimalString()),
               field("capturedAmount", o.captured.toDecimalString()),
               field("refundedAmount", o.refunded.toDecimalString()),
               field("capturableAmount", o.capturable().toDecimalString()),
               field("refundableAmount", o.refundable().toDecimalString())});
    addFields(&json, {field("gatewayStatus", o.gatewayStatus), field("gatewayState", o.gatewayState),
                      field("actionCode", o.actionCode), field("actionCodeText", o.actionCodeText)});
    return json;
}

QJsonObject operationJson(const QString& orderId, const OperationResult& r)
{
    QString message = r.error.isError() ? r.error.userMessage() : QString();
    if (!r.error.gatewayMessage.isEmpty() && r.error.kind == GatewayError::Kind::Gateway)
        message = r.error.gatewayMessage;
    return QJsonObject({field("orderId", orderId), field("operation", OperationResult::kindKey(r.kind)),
                        field("result", OperationResult::outcomeKey(r.outcome)),
                        field("gatewayCode", orNull(r.error.gatewayCode)), field("message", message),
                        field("refusedBeforeSending", r.refusedBeforeSending),
                        field("settledFromStatus", r.settledFromStatus),
                        field("order", r.orderKnown ? QJsonValue(orderJson(r.order)) : QJsonValue())});
}

QJsonObject profileJson(const Profile& p)
{
    return QJsonObject({field("name", p.name), field("id", p.id), field("gateway", GatewayKinds::key(p.gateway)),
                        field("url", p.url), field("user", p.user), field("tokenMode", p.tokenMode),
                        field("holdDays", p.holdDays), field("caFile", p.caFile),
                        field("merchantLogin", p.merchantLogin), field("merchantId", p.merchantId)});
}

QJsonObject journalEntryJson(const JournalEntry& e)
{
    const auto utc = [](const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    return QJsonObject(
        {field("id", e.id), field("orderId", e.orderId), field("orderNumber", e.orderNumber),
         field("operation", OperationResult::kindKey(e.kind)), field("amount", e.amount.toDecimalString()),
         field("currency", e.amount.currency().code()), field("state", JournalEntry::stateKey(e.state)),
         field("resolvedBy", e.resolvedBy), field("operator", e.operatorName), field("desk", e.host),
         field("batch", e.batch), field("gatewayCode", e.gatewayCode), field("message", e.message),
         field("created", utc(e.created)), field("sent", utc(e.sent)), field("finished", utc(e.finished))});
}

namespace {
QJsonObject bindingJson(const Binding& b)
{
    return QJsonObject{field("bindingId", b.bindingId), field("maskedPan", b.maskedPan), field("expiry", b.expiry),
                       field("paymentSystem", b.paymentSystem)};
}

QString bindingLine(const Binding& b)
{
    return QStringLiteral("%1  %2  %3  %4").arg(b.bindingId, b.maskedPan, b.expiry, b.paymentSystem);
}

QJsonObject receiptJson(const Receipt& r)
{
    return QJsonObject{field("uuid", r.uuid), field("status", r.status), field("statusText", r.statusText),
                       field("amount", r.amount), field("fiscalDocumentNumber", r.fiscalNumber)};
}

QString receiptLine(const Receipt& r)
{
    return QStringLiteral("%1  %2 (%3)  %4  FD %5")
        .arg(r.uuid)
        .arg(r.status)
        .arg(r.statusText, r.amount, r.fiscalNumber);
}
} // namespace

const ListFormat<Binding> BindingList{"bindings", bindingJson, bindingLine, "No bindings."};
const ListFormat<Receipt> ReceiptList{"receipts", receiptJson, receiptLine, "No receipts."};

QString timeLeft(const QDateTime& deadline, const QDateTime& now)
{
    const QString text = TimeLeft::format(deadline, now);
    return now.secsTo(deadline) <= 0 ? text : text + CliText::tr(" left");
}

QString amountText(const Money& amount)
{
    return amount.toDisplayString(QLocale::c());
}

QString orderText(const Order& o)
{
    QStringList lines;
    const auto line = [&lines](const QString& key, const QString& value) {
        if (!value.isEmpty())
            lines.append(key.leftJustified(qMax(12, int(key.size()) + 1)) + value); // longer in Russian
    };
    line(CliText::tr("Order", "status line"), o.orderNumber + QStringLiteral("  (") + o.orderId + QLatin1Char(')'));
    QString status = OrderStatusText::key(o.status);
    if (o.deadline.isValid())
        status += CliText::tr(" - capture by %1 (%2)")
                      .arg(o.deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                           timeLeft(o.deadline, Clock::nowUtc()));
    line(CliText::tr("Status", "status line"), status);
    line(CliText::tr("Amount", "status line"), amountText(o.amount));
    line(CliText::tr("Held", "status line"), o.approved.isZero() ? QString() : amountText(o.approved));
    line(CliText::tr("Captured", "status line"), o.captured.isZero() ? QString() : amountText(o.captured));
    line(CliText::tr("Refunded", "status line"), o.refunded.isZero() ? QString() : amountText(o.refunded));
    if (!o.card.maskedPan.isEmpty())
        line(CliText::tr("Card", "status line"),
             QStringList{o.card.maskedPan, o.card.paymentSystem, o.card.holder}.join(QLatin1Char(' ')).trimmed());
    line(CliText::tr("Paid by"), PaymentWays::display(o.paymentWay));
    line(CliText::tr("E-mail", "status line"), o.email);
    line(CliText::tr("Description", "status line"), o.description);
    line(CliText::tr("Binding", "status line"), o.bindingId);
    line(CliText::tr("Gateway", "status line"),
         CliText::tr("orderStatus %1, actionCode %2%3")
             .arg(o.gatewayStatus)
             .arg(o.actionCode)
             .arg(o.actionCodeText.isEmpty() ? QString() : QStringLiteral(" (") + o.actionCodeText + QLatin1Char(')')));
    line(CliText::tr("Created", "status line"),
         o.created.isValid() ? o.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace PayDesk::Cli
