#include "core/gateway/rbs/RbsClient.h"

#include "core/gateway/GatewayTransport.h"
#include "core/gateway/JobPromise.h"
#include "core/gateway/OrderListFeed.h"
#include "core/gateway/rbs/RbsCart.h"
#include "core/gateway/rbs/RbsParser.h"
#include "core/gateway/rbs/RbsWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRbs, "paydesk.rbs", QtInfoMsg)

namespace PayDesk {

namespace {
constexpr int PageSize = 200; // the gateway's maximum
// A listing is planned from the first page's totalCount; a claim beyond this many pages (10 million orders in
// one sync window) is not believed, so a lying or broken gateway cannot send us into an endless listing.
constexpr qint64 MaxPlannedPages = 50'000;

QString moscowStamp(const QDateTime& utc)
{
    // getLastOrdersForMerchants takes zone-less yyyyMMddHHmmss in Moscow time.
    return utc.toTimeZone(QTimeZone(3 * 3600)).toString(QStringLiteral("yyyyMMddHHmmss"));
}
} // namespace

QUrl RbsSettings::normalizeBaseUrl(const QString& text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    QString path = url.path();
    if (path.isEmpty() || path == QLatin1String("/"))
        path = QStringLiteral("/payment/rest/");
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    return url;
}

// One listing's state: which page comes next, how many are in flight, the first error seen.
struct RbsClient::Listing
{
    OrderListFeed feed;
    FormEncoder::Fields query;
    int nextPage = 1;
    int inFlight = 0;
    GatewayError firstError = {};
};

RbsClient::RbsClient(RbsSettings settings, QObject* parent)
    : RbsClient(
        settings,
        std::make_shared<RbsWire>(RbsSettings::normalizeBaseUrl(settings.baseUrl.toString()), settings.language),
        parent)
{
    m_settings.baseUrl = RbsSettings::normalizeBaseUrl(m_settings.baseUrl.toString());
}

RbsClient::RbsClient(RbsSettings settings, std::shared_ptr<const RbsProtocol> protocol, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_wire(std::move(protocol))
    , m_transport(new GatewayTransport(lcRbs, this))
{
    m_transport->setExtraCa(m_settings.extraCa);
    m_transport->setTimeouts({m_settings.timeoutMs, m_settings.timeoutMs});
}

void RbsClient::setCredentialSource(GatewayCredentialSource source)
{
    m_transport->setCredentialSource(std::move(source));
}

void RbsClient::call(const QString& endpoint, const FormEncoder::Fields& fields, QObject* context,
                     AnswerHandler handler, RequestKind kind)
{
    m_transport->send<QJsonObject>(
        m_wire->request(endpoint, fields, kind), context,
        [wire = m_wire](const QByteArray& body, const GatewayCredentials& credentials, GatewayError* error) {
            return wire->decode(body, credentials, error);
        },
        std::move(handler));
}

OrderJob* RbsClient::fetch(const QString& key, const QString& value)
{
    const JobPromise<OrderJob> promise(this);
    const int holdDays = m_settings.holdDays;
    call(
        QStringLiteral("getOrderStatusExtended"), {{key, value}}, promise.job(),
        [promise, holdDays, gateway = kind()](const QJsonObject& answer, GatewayError error) {
            if (error.isError()) {
                error.noSuchOrder =
                    error.kind == GatewayError::Kind::Gateway && error.gatewayCode == QLatin1String("6");
                promise.fail(error);
                return;
            }
            if (!answer.contains(QStringLiteral("orderStatus")) && !answer.contains(QStringLiteral("OrderStatus"))) {
                promise.fail(GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("orderStatus is missing")));
                return;
            }
            Order order = RbsParser::parseOrder(answer, holdDays);
            order.gateway = gateway;
            if (!order.amountsArePlausible())
                promise.fail(GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("an amount out of range")));
            else
                promise.complete(order);
        });
    return promise.job();
}

GatewayError RbsClient::planPages(OrderListFeed& feed, const QJsonValue& totalCount)
{
    const qint64 total = totalCount.isUndefined() ? 0 : totalCount.toInteger(-1);
    if (total < 0 || total > MaxPlannedPages * PageSize) {
        GatewayError error =
            GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("totalCount %1").arg(total));
        error.gatewayMessage =
            tr("The gateway claims %1 orders in the period, more than PayDesk believes a listing can hold (%2); "
               "nothing more was requested.")
                .arg(totalCount.toVariant().toString())
                .arg(MaxPlannedPages * PageSize);
        return error;
    }
    feed.plan(int(total), int(qMax<qint64>(1, (total + PageSize - 1) / PageSize)));
    return {};
}

OrderJob* RbsClient::fetchOrder(const QString& orderId)
{
    return fetch(QStringLiteral("orderId"), orderId);
}

OrderJob* RbsClient::fetchOrderByNumber(const QString& orderNumber)
{
    return fetch(QStringLiteral("orderNumber"), orderNumber);
}

OrderListJob* RbsClient::listOrders(const QDateTime& from, const QDateTime& to)
{
    return list(from, to, QStringLiteral("CREATED,APPROVED,DEPOSITED,DECLINED,REVERSED,REFUNDED"));
}

// APPROVED is RBS's word for a hold that can still be captured (a partly captured hold is DEPOSITED).
OrderListJob* RbsClient::listHeldOrders(const QDateTime& from, const QDateTime& to)
{
    return list(from, to, QStringLiteral("APPROVED"));
}

OrderListJob* RbsClient::list(const QDateTime& from, const QDateTime& to, const QString& states)
{
    auto listing = std::make_shared<Listing>(Listing{OrderListFeed(this), {}});
    listing->query = {{QStringLiteral("size"), QString::number(PageSize)},
                      {QStringLiteral("from"), moscowStamp(from)},
                      {QStringLiteral("to"), moscowStamp(to)},
                      {QStringLiteral("transactionStates"), states},
                      {QStringLiteral("merchants"), m_settings.merchantLogin},
                      {QStringLiteral("searchByCreatedDate"), QStringLiteral("true")}};
    listing->feed.setPagesTotal(1);
    QPointer<RbsClient> self(this);
    // The job holds its listing through this, so a paused listing with nothing in flight lives on.
    listing->feed.onResume([self, listing] {
        if (self)
            self->pump(listing);
    });
    requestPage(listing, 0);
    return listing->feed.job();
}

void RbsClient::pump(const std::shared_ptr<Listing>& listing)
{
    OrderListFeed& feed = listing->feed;
    const bool stop = listing->firstError.isError() || feed.isCancelled();
    while (!stop && !feed.isPaused() && listing->nextPage < feed.pagesTotal()
           && listing->inFlight < m_settings.parallelPages)
        requestPage(listing, listing->nextPage++);
    if (listing->inFlight == 0 && (stop || listing->nextPage >= feed.pagesTotal())) {
        if (feed.isCancelled() && !listing->firstError.isError())
            feed.finish(GatewayError::of(GatewayError::Kind::Cancelled));
        else
            feed.finish(listing->firstError);
    }
}

void RbsClient::requestPage(const std::shared_ptr<Listing>& listing, int page)
{
    ++listing->inFlight;
    FormEncoder::Fields fields = listing->query;
    fields.append({QStringLiteral("page"), QString::number(page)});
    call(QStringLiteral("getLastOrdersForMerchants"), fields, listing->feed.job(),
         [this, listing, page](const QJsonObject& answer, GatewayError error) {
             --listing->inFlight;
             if (!error.isError())
                 error = takePage(listing->feed, answer, page);
             if (error.isError() && !listing->firstError.isError())
                 listing->firstError = error;
             pump(listing);
         });
}

GatewayError RbsClient::takePage(OrderListFeed& feed, const QJsonObject& answer, int page) const
{
    GatewayError error;
    const QJsonValue list = answer.value(QStringLiteral("orderStatuses"));
    if (!list.isArray() && answer.value(QStringLiteral("totalCount")).toInt() > 0)
        error = GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("orderStatuses is missing"));
    const QJsonArray rows = list.toArray();
    QList<Order> orders;
    orders.reserve(rows.size());
    for (const QJsonValue& row : rows) {
        orders.append(RbsParser::parseOrder(row.toObject(), m_settings.holdDays));
        orders.last().gateway = kind();
    }
    if (!error.isError()
        && std::any_of(orders.cbegin(), orders.cend(), [](const Order& o) { return !o.amountsArePlausible(); }))
        error = GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("an amount out of range"));
    if (!error.isError() && feed.pagesDone() == 0)
        error = planPages(feed, answer.value(QStringLiteral("totalCount")));
    if (!error.isError() && rows.size() < PageSize && page + 1 < feed.pagesTotal())
        feed.setPagesTotal(page + 1); // a short page is the last one, whatever totalCount said
    feed.deliver(orders);             // even a page found wanting is handed out: the error ends the listing after it
    return error;
}

RegisterJob* RbsClient::registerOrder(const RegisterRequest& r)
{
    const JobPromise<RegisterJob> promise(this);
    FormEncoder::Fields fields{{QStringLiteral("orderNumber"), r.orderNumber},
                               {QStringLiteral("amount"), QString::number(r.amount.minor())},
                               {QStringLiteral("currency"), QString::number(r.amount.currency().numeric())},
                               {QStringLiteral("returnUrl"), r.returnUrl}};
    const auto optional = [&fields](const char* name, const QString& value) {
        if (!value.isEmpty())
            fields.append({QString::fromLatin1(name), value});
    };
    optional("failUrl", r.failUrl);
    optional("description", r.description);
    optional("clientId", r.clientId);
    optional("email", r.email);
    optional("phone", r.phone);
    if (r.autoPayment)
        fields.append({QStringLiteral("features"), QStringLiteral("AUTO_PAYMENT")});
    if (!r.cart.isEmpty())
        fields.append({QStringLiteral("orderBundle"),
                       QString::fromUtf8(QJsonDocument(RbsCart::toBundle(r.cart)).toJson(QJsonDocument::Compact))});
    if (r.taxSystem >= 0)
        fields.append({QStringLiteral("taxSystem"), QString::number(r.taxSystem)});
    if (r.sessionTimeoutSecs > 0)
        fields.append({QStringLiteral("sessionTimeoutSecs"), QString::number(r.sessionTimeoutSecs)});
    if (!r.params.isEmpty()) {
        QJsonObject params;
        for (const auto& p : r.params)
            params.insert(p.first, p.second);
        fields.append(
            {QStringLiteral("jsonParams"), QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))});
    }
    if (!m_settings.merchantLogin.isEmpty())
        fields.append({QStringLiteral("merchantLogin"), m_settings.merchantLogin});
    call(
        r.preAuth ? QStringLiteral("registerPreAuth") : QStringLiteral("register"), fields, promise.job(),
        [promise](const QJsonObject& answer, const GatewayError& error) {
            if (error.isError()) {
                promise.fail(error);
                return;
            }
            const Registration reg{answer.value(QStringLiteral("orderId")).toString(),
                                   answer.value(QStringLiteral("formUrl")).toString()};
            if (reg.orderId.isEmpty() || reg.formUrl.isEmpty()) {
                GatewayError e =
                    GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("orderId or formUrl is missing"));
                e.outcomeUnknown = true;
                promise.fail(e);
                return;
            }
            promise.complete(reg);
        },
        RequestKind::MoneyOperation);
    return promise.job();
}

OperationJob* RbsClient::operation(OperationKind kind, const QString& endpoint, const QString& orderId,
                                   const FormEncoder::Fields& fields)
{
    const JobPromise<OperationJob> promise(this);
    promise.job()->setProperty("orderId", orderId);
    call(
        endpoint, fields, promise.job(),
        [this, promise, orderId, kind](const QJsonObject& answer, const GatewayError& error) {
            OperationResult result = OperationResult::failed(kind, error);
            if (error.isError()) {
                result.error.notCapturable = kind == OperationKind::Capture && RbsWire::isNotCapturable(error);
                if (result.outcome == OperationResult::Outcome::Unknown) {
                    promise.complete(result); // the line is broken: the caller resolves it by asking later
                    return;
                }
                readBack(promise, orderId, result);
                return;
            }
            if (kind == OperationKind::PayByBinding) {
                // errorCode 0 with a decline in `error` and processingErrorType is a live gateway habit.
                const QString processing = answer.value(QStringLiteral("processingErrorType")).toString();
                if (!processing.isEmpty()
                    || (!answer.contains(QStringLiteral("redirect")) && !answer.contains(QStringLiteral("acsUrl")))) {
                    QString text = answer.value(QStringLiteral("error")).toString();
                    if (text.isEmpty())
                        text = answer.value(QStringLiteral("errorMessage")).toString();
                    text.remove(QStringLiteral("<br>"));
                    result.error = GatewayError::gateway(processing.isEmpty() ? QStringLiteral("0") : processing, text);
                    result.outcome = OperationResult::Outcome::Refused;
                    readBack(promise, orderId, result);
                    return;
                }
            }
            if (kind == OperationKind::CloseReceipt && !answer.value(QStringLiteral("success")).toBool(true)) {
                result.error = GatewayError::gateway(QStringLiteral("success=false"),
                                                     answer.value(QStringLiteral("errorMessage")).toString());
                result.outcome = OperationResult::Outcome::Refused;
                readBack(promise, orderId, result);
                return;
            }
            result.outcome = OperationResult::Outcome::Done;
            readBack(promise, orderId, result);
        },
        RequestKind::MoneyOperation);
    return promise.job();
}

void RbsClient::readBack(const JobPromise<OperationJob>& promise, const QString& orderId, OperationResult result)
{
    OrderJob* status = fetchOrder(orderId);
    connect(status, &OrderJob::finished, promise.job(), [promise, status, result]() mutable {
        if (!status->succeeded()) {
            if (result.outcome == OperationResult::Outcome::Done) {
                // errorCode 0 is not proof: without the order's status the outcome is unknown.
                result.outcome = OperationResult::Outcome::Unknown;
                result.error = status->error();
                result.error.outcomeUnknown = true;
            }
            promise.complete(result);
            return;
        }
        result.order = status->order();
        result.orderKnown = true;
        if (result.outcome == OperationResult::Outcome::Done) {
            const Order& o = result.order;
            bool confirmed = true;
            switch (result.kind) {
            case OperationKind::Capture:
                confirmed = o.status == OrderStatus::Captured || o.status == OrderStatus::PartlyRefunded
                            || o.status == OrderStatus::Refunded;
                break;
            case OperationKind::Reverse:
                confirmed = o.status == OrderStatus::Reversed;
                break;
            case OperationKind::Refund:
                confirmed = o.status == OrderStatus::Refunded || o.status == OrderStatus::PartlyRefunded;
                break;
            case OperationKind::PayByBinding:
                confirmed = o.status == OrderStatus::Held || o.status == OrderStatus::Captured
                            || o.status == OrderStatus::Pending;
                break;
            case OperationKind::Register:
            case OperationKind::CloseReceipt: // the status does not show receipts: receipts() does
                break;                        // not an operation on an order: registerOrder() reads it
            }
            if (!confirmed) {
                result.outcome = OperationResult::Outcome::Unknown;
                result.error = GatewayError::of(
                    GatewayError::Kind::Malformed,
                    tr("The gateway accepted the request, but the order's status does not show it yet."));
                result.error.outcomeUnknown = true;
            }
        }
        promise.complete(result);
    });
}

OperationJob* RbsClient::capture(const QString& orderId, const Money& amount)
{
    return operation(
        OperationKind::Capture, QStringLiteral("deposit"), orderId,
        {{QStringLiteral("orderId"), orderId}, {QStringLiteral("amount"), QString::number(amount.minor())}});
}

OperationJob* RbsClient::reverse(const QString& orderId)
{
    return operation(OperationKind::Reverse, QStringLiteral("reverse"), orderId,
                     {{QStringLiteral("orderId"), orderId}});
}

OperationJob* RbsClient::refund(const QString& orderId, const Money& amount)
{
    return operation(
        OperationKind::Refund, QStringLiteral("refund"), orderId,
        {{QStringLiteral("orderId"), orderId}, {QStringLiteral("amount"), QString::number(amount.minor())}});
}

OperationJob* RbsClient::payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc)
{
    FormEncoder::Fields fields{{QStringLiteral("mdOrder"), orderId},
                               {QStringLiteral("bindingId"), bindingId},
                               {QStringLiteral("ip"), QStringLiteral("127.0.0.1")}};
    if (!cvc.isEmpty())
        fields.append({QStringLiteral("cvc"), cvc});
    return operation(OperationKind::PayByBinding, QStringLiteral("paymentOrderBinding"), orderId, fields);
}

OperationJob* RbsClient::closeReceipt(const QString& orderId, const Money& amount)
{
    // The amount is sent (ALFA-DOC marks it required) and no orderBundle: the gateway prints the order's cart.
    return operation(
        OperationKind::CloseReceipt, QStringLiteral("closeOfdReceipt"), orderId,
        {{QStringLiteral("mdOrder"), orderId}, {QStringLiteral("amount"), QString::number(amount.minor())}});
}

BindingListJob* RbsClient::bindings(const QString& clientId)
{
    const JobPromise<BindingListJob> promise(this);
    call(QStringLiteral("getBindings"), {{QStringLiteral("clientId"), clientId}}, promise.job(),
         [promise](const QJsonObject& answer, const GatewayError& error) {
             // errorCode 2 "information not found" is an empty list, not a failure.
             if (error.isError()
                 && !(error.kind == GatewayError::Kind::Gateway && error.gatewayCode == QLatin1String("2"))) {
                 promise.fail(error);
                 return;
             }
             QList<Binding> list;
             for (const QJsonValue& v : answer.value(QStringLiteral("bindings")).toArray()) {
                 const QJsonObject b = v.toObject();
                 list.append({b.value(QStringLiteral("bindingId")).toString(),
                              b.value(QStringLiteral("maskedPan")).toString(),
                              b.value(QStringLiteral("expiryDate")).toVariant().toString(),
                              b.value(QStringLiteral("paymentSystem")).toString(),
                              b.value(QStringLiteral("clientId")).toString()});
             }
             promise.complete(list);
         });
    return promise.job();
}

ReceiptListJob* RbsClient::receipts(const QString& orderId)
{
    const JobPromise<ReceiptListJob> promise(this);
    call(QStringLiteral("getReceiptStatus"), {{QStringLiteral("orderId"), orderId}}, promise.job(),
         [promise](const QJsonObject& answer, const GatewayError& error) {
             if (error.isError()) {
                 promise.fail(error);
                 return;
             }
             static const char* const StatusText[] = {"payment sent",    "payment delivered",    "payment error",
                                                      "refund sent",     "refund delivered",     "refund error",
                                                      "correction sent", "correction delivered", "correction error"};
             QList<Receipt> list;
             for (const QJsonValue& v : answer.value(QStringLiteral("receipt")).toArray()) {
                 const QJsonObject r = v.toObject();
                 Receipt receipt;
                 receipt.uuid = r.value(QStringLiteral("uuid")).toString();
                 receipt.status = r.value(QStringLiteral("receiptStatus")).toVariant().toInt();
                 receipt.statusText = receipt.status >= 0 && receipt.status < 9
                                          ? QString::fromLatin1(StatusText[receipt.status])
                                          : QString();
                 receipt.amount = r.value(QStringLiteral("amount_total")).toVariant().toString();
                 receipt.fiscalNumber = r.value(QStringLiteral("fiscal_document_number")).toVariant().toString();
                 receipt.raw = r;
                 list.append(receipt);
             }
             promise.complete(list);
         });
    return promise.job();
}

} // namespace PayDesk
