#include "core/gateway/assist/AssistClient.h"

#include "core/gateway/GatewayTransport.h"
#include "core/gateway/JobPromise.h"
#include "core/gateway/OrderListFeed.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAssist, "paydesk.assist", QtInfoMsg)

namespace PayDesk {

namespace {
// A read that Assist answers with "missing object" is proof that there is no such order.
GatewayError withMissingObject(GatewayError error)
{
    error.noSuchOrder = AssistWire::isMissingObject(error);
    return error;
}
} // namespace

AssistClient::AssistClient(AssistSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_wire(m_settings.baseUrl, m_settings.merchantId, m_settings.holdDays, m_settings.language)
    , m_transport(new GatewayTransport(lcAssist, this))
{
    m_transport->setExtraCa(m_settings.extraCa);
    m_transport->setTimeouts({m_settings.timeoutMs, m_settings.timeoutMs});
}

void AssistClient::setCredentialSource(GatewayCredentialSource source)
{
    m_transport->setCredentialSource(std::move(source));
}

void AssistClient::call(const QString& service, const FormEncoder::Fields& fields, QObject* context, Handler handler,
                        RequestKind kind)
{
    const AssistWire wire = m_wire;
    m_transport->send<QList<Order>>(
        m_wire.request(service, fields, kind), context,
        [wire](const QByteArray& body, const GatewayCredentials& credentials, GatewayError* error) {
            return wire.decode(body, credentials, error);
        },
        std::move(handler));
}

OrderJob* AssistClient::fetchOrder(const QString& billnumber)
{
    const JobPromise<OrderJob> promise(this);
    const QString bill = AssistParser::plainBillnumber(billnumber);
    call(QStringLiteral("orderresult"), {{QStringLiteral("Billnumber"), bill}}, promise.job(),
         [promise, bill](const QList<Order>& orders, const GatewayError& error) {
             if (error.isError())
                 return promise.fail(withMissingObject(error));
             for (const Order& o : orders) {
                 if (o.orderId == bill)
                     return promise.complete(o);
             }
             GatewayError missing =
                 GatewayError::gateway(QStringLiteral("10/143"), AssistParser::tr("no such object: Billnumber"));
             missing.noSuchOrder = true;
             promise.fail(missing);
         });
    return promise.job();
}

OrderJob* AssistClient::fetchOrderByNumber(const QString& orderNumber)
{
    const JobPromise<OrderJob> promise(this);
    call(QStringLiteral("orderresult"), {{QStringLiteral("Ordernumber"), orderNumber}}, promise.job(),
         [promise](const QList<Order>& orders, const GatewayError& error) {
             if (error.isError())
                 return promise.fail(withMissingObject(error));
             if (orders.isEmpty()) {
                 GatewayError missing =
                     GatewayError::gateway(QStringLiteral("10/201"), AssistParser::tr("no such object: order"));
                 missing.noSuchOrder = true;
                 return promise.fail(missing);
             }
             // One order number, several attempts: the one that got paid, else the latest.
             for (const Order& o : orders) {
                 if (o.status != OrderStatus::Declined && o.status != OrderStatus::Created)
                     return promise.complete(o);
             }
             promise.complete(orders.last());
         });
    return promise.job();
}

OrderListJob* AssistClient::listOrders(const QDateTime& from, const QDateTime& to)
{
    OrderListFeed feed(this);
    // resultbydate answers for at most one day: walk the period a day at a time.
    feed.setPagesTotal(int(qMax<qint64>(1, (from.secsTo(to) + 86399) / 86400)));
    requestWindow(feed, from.toUTC(), to.toUTC());
    return feed.job();
}

void AssistClient::requestWindow(OrderListFeed feed, QDateTime from, QDateTime to)
{
    const QDateTime end = qMin(from.addSecs(86400 - 60), to);
    FormEncoder::Fields fields;
    const auto put = [&fields](const char* prefix, const QDateTime& t) {
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Year"), QString::number(t.date().year())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Month"), QString::number(t.date().month())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Day"), QString::number(t.date().day())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Hour"), QString::number(t.time().hour())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Min"), QString::number(t.time().minute())});
    };
    put("Start", from);
    put("End", end);
    call(QStringLiteral("resultbydate"), fields, feed.job(),
         [this, feed, end, to](const QList<Order>& orders, const GatewayError& error) mutable {
             if (error.isError())
                 return feed.finish(error);
             feed.deliver(orders);
             if (feed.isCancelled())
                 return feed.finish(GatewayError::of(GatewayError::Kind::Cancelled));
             if (end >= to)
                 return feed.finish();
             requestWindow(feed, end.addSecs(60), to);
         });
}

RegisterJob* AssistClient::registerOrder(const RegisterRequest& r)
{
    // An Assist payment starts on its payment page; the billnumber exists once the customer pays.
    const JobPromise<RegisterJob> promise(this);
    if (!r.cart.isEmpty()) {
        // Assist's receipt lines go with the charge (chequeitems), not with the payment page.
        promise.failLater(GatewayError::of(GatewayError::Kind::Validation,
                                           tr("Assist takes no cart with a new payment; register it without one.")));
        return promise.job();
    }
    FormEncoder::Fields query{{QStringLiteral("Merchant_ID"), m_settings.merchantId},
                              {QStringLiteral("OrderNumber"), r.orderNumber},
                              {QStringLiteral("OrderAmount"), r.amount.toDecimalString()},
                              {QStringLiteral("OrderCurrency"), r.amount.currency().code()},
                              {QStringLiteral("Delay"), r.preAuth ? QStringLiteral("1") : QStringLiteral("0")}};
    if (!r.description.isEmpty())
        query.append({QStringLiteral("OrderComment"), r.description});
    if (!r.email.isEmpty())
        query.append({QStringLiteral("Email"), r.email});
    query.append({QStringLiteral("URL_RETURN_OK"), r.returnUrl});
    query.append({QStringLiteral("URL_RETURN_NO"), r.failUrl.isEmpty() ? r.returnUrl : r.failUrl});
    // The same encoding as a form body: QUrlQuery would leave a '+' (a+b@x.ru) to be read as a space.
    QUrl url = m_settings.baseUrl.resolved(QUrl(QStringLiteral("pay/order.cfm")));
    url.setQuery(QString::fromLatin1(FormEncoder::encode(query)), QUrl::StrictMode);
    const Registration registration{QString(), url.toString(QUrl::FullyEncoded)};
    promise.completeLater(registration);
    return promise.job();
}

OperationJob* AssistClient::operation(OperationKind kind, const QString& service, const QString& billnumber,
                                      const FormEncoder::Fields& fields)
{
    const JobPromise<OperationJob> promise(this);
    const QString bill = AssistParser::plainBillnumber(billnumber);
    FormEncoder::Fields all{{QStringLiteral("Billnumber"), bill}};
    all.append(fields);
    call(
        service, all, promise.job(),
        [this, promise, kind, bill](const QList<Order>& orders, const GatewayError& error) {
            OperationResult result = OperationResult::failed(kind, error);
            if (error.isError()) {
                result.error.notCapturable = kind == OperationKind::Capture && AssistWire::isNotCapturable(error);
            } else {
                const bool ok =
                    !orders.isEmpty()
                    && orders.first().raw.value(QStringLiteral("responsecode")).toString() == QLatin1String("AS000");
                result.outcome = ok ? OperationResult::Outcome::Done : OperationResult::Outcome::Refused;
                if (!ok)
                    result.error = GatewayError::gateway(
                        orders.isEmpty() ? QString()
                                         : orders.first().raw.value(QStringLiteral("responsecode")).toString(),
                        orders.isEmpty() ? QString() : orders.first().actionCodeText);
            }
            if (result.outcome == OperationResult::Outcome::Unknown)
                return promise.complete(result);
            // The answer is about this operation; the order's state comes from reading it back.
            OrderJob* back = fetchOrder(bill);
            connect(back, &OrderJob::finished, promise.job(), [promise, back, result]() mutable {
                if (back->succeeded()) {
                    result.order = back->order();
                    result.orderKnown = true;
                } else if (result.outcome == OperationResult::Outcome::Done) {
                    result.outcome = OperationResult::Outcome::Unknown;
                    result.error = back->error();
                    result.error.outcomeUnknown = true;
                }
                promise.complete(result);
            });
        },
        RequestKind::MoneyOperation);
    return promise.job();
}

OperationJob* AssistClient::capture(const QString& billnumber, const Money& amount)
{
    // Amount and Currency together, always: an omitted amount means "all" on Assist too.
    return operation(
        OperationKind::Capture, QStringLiteral("charge"), billnumber,
        {{QStringLiteral("Amount"), amount.toDecimalString()}, {QStringLiteral("Currency"), amount.currency().code()}});
}

OperationJob* AssistClient::reverse(const QString& billnumber)
{
    return operation(OperationKind::Reverse, QStringLiteral("cancel"), billnumber, {});
}

OperationJob* AssistClient::refund(const QString& billnumber, const Money& amount)
{
    return operation(
        OperationKind::Refund, QStringLiteral("cancel"), billnumber,
        {{QStringLiteral("Amount"), amount.toDecimalString()}, {QStringLiteral("Currency"), amount.currency().code()}});
}

OperationJob* AssistClient::payWithBinding(const QString&, const QString&, const QString&)
{
    const JobPromise<OperationJob> promise(this);
    OperationResult result;
    result.kind = OperationKind::PayByBinding;
    result.refusedBeforeSending = true;
    result.error =
        GatewayError::of(GatewayError::Kind::Config, AssistParser::tr("Assist has no payments by binding in PayDesk."));
    promise.completeLater(result);
    return promise.job();
}

BindingListJob* AssistClient::bindings(const QString&)
{
    const JobPromise<BindingListJob> promise(this);
    promise.completeLater(QList<Binding>());
    return promise.job();
}

ReceiptListJob* AssistClient::receipts(const QString&)
{
    const JobPromise<ReceiptListJob> promise(this);
    promise.completeLater(QList<Receipt>());
    return promise.job();
}

} // namespace PayDesk
