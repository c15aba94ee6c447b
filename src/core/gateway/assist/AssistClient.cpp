#include "gateway/assist/AssistClient.h"

#include "net/OneShotBody.h"
#include "net/TransportPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace PayDesk {

AssistClient::AssistClient(AssistSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_nam(new QNetworkAccessManager(this))
{
}

void AssistClient::setCredentials(const GatewayCredentials &credentials)
{
    m_credentialSource = [credentials](QObject *, std::function<void(const GatewayCredentials &, const GatewayError &)> done) {
        done(credentials, {});
    };
}

void AssistClient::call(const QString &service, FormEncoder::Fields fields, QObject *context, Handler handler, bool sendOnce)
{
    const QUrl url = m_settings.baseUrl.resolved(QUrl(service + QLatin1Char('/') + service + QStringLiteral(".cfm")));
    GatewayError policyError;
    if (!TransportPolicy::allows(url, &policyError) || !m_credentialSource) {
        if (!m_credentialSource && !policyError.isError())
            policyError = GatewayError::of(GatewayError::Kind::Config, AssistClient::tr("No credentials for the gateway."));
        QMetaObject::invokeMethod(context, [handler, policyError] { handler({policyError, {}}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<AssistClient> self(this);
    m_credentialSource(context, [self, url, fields, context, handler, sendOnce](const GatewayCredentials &credentials, const GatewayError &error) {
        if (!self)
            return;
        if (error.isError())
            return handler({error, {}});
        FormEncoder::Fields withAuth = fields;
        withAuth.prepend({QStringLiteral("Password"), credentials.password});
        withAuth.prepend({QStringLiteral("Login"), credentials.userName});
        withAuth.prepend({QStringLiteral("Merchant_ID"), self->m_settings.merchantId});
        withAuth.append({QStringLiteral("Format"), QStringLiteral("3")});   // always: the defaults differ per service
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        TransportPolicy::apply(request, self->m_settings.extraCa, self->m_settings.timeoutMs);
        const QByteArray body = FormEncoder::encode(withAuth);
        QNetworkReply *reply = nullptr;
        if (sendOnce) {
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *device = new OneShotBody(body, nullptr);
            reply = self->m_nam->post(request, device);
            device->setParent(reply);
        } else {
            reply = self->m_nam->post(request, body);
        }
        TransportPolicy::keepTlsErrors(reply);
        const int holdDays = self->m_settings.holdDays;
        const QString merchantId = self->m_settings.merchantId;
        const QString checkWord = credentials.checkWord;
        QObject::connect(reply, &QNetworkReply::finished, context, [reply, handler, holdDays, merchantId, checkWord] {
            reply->deleteLater();
            GatewayError error;
            if (TransportPolicy::transportError(reply, true, &error))
                return handler({error, {}});
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200) {
                error = GatewayError::of(GatewayError::Kind::Http, reply->errorString());
                error.httpStatus = status;
                error.outcomeUnknown = status >= 500;
                return handler({error, {}});
            }
            AssistParser::Answer answer = AssistParser::parse(reply->readAll(), holdDays);
            if (answer.error.kind == GatewayError::Kind::Malformed)
                answer.error.outcomeUnknown = true;
            // With the merchant's secret word, an order that carries a checkvalue must match it.
            for (const Order &o : std::as_const(answer.orders)) {
                const QString sent = o.raw.value(QStringLiteral("checkvalue")).toString();
                if (checkWord.isEmpty() || sent.isEmpty())
                    continue;
                const QString expected = AssistParser::checkValue(checkWord, merchantId, o.orderNumber,
                                                                  o.raw.value(QStringLiteral("orderamount")).toString(),
                                                                  o.raw.value(QStringLiteral("ordercurrency")).toString(), o.gatewayState);
                if (expected.compare(sent, Qt::CaseInsensitive) != 0) {
                    answer = {GatewayError::of(GatewayError::Kind::Malformed,
                                               AssistParser::tr("The checkvalue of order %1 does not match: the answer cannot be trusted.").arg(o.orderNumber)),
                              {}};
                    answer.error.outcomeUnknown = true;
                    break;
                }
            }
            handler(answer);
        });
    });
}

OrderJob *AssistClient::fetchOrder(const QString &billnumber)
{
    auto *job = new OrderJob(this);
    const QString bill = AssistParser::plainBillnumber(billnumber);
    call(QStringLiteral("orderresult"), {{QStringLiteral("Billnumber"), bill}}, job, [job, bill](const AssistParser::Answer &a) {
        GatewayError error = a.error;
        error.outcomeUnknown = false; // reading a state changes nothing
        if (error.isError())
            return job->fail(error);
        for (const Order &o : a.orders) {
            if (o.orderId == bill)
                return job->complete(o);
        }
        GatewayError missing = GatewayError::gateway(QStringLiteral("10/143"), AssistParser::tr("no such object: Billnumber"));
        missing.noSuchOrder = true;
        job->fail(missing);
    });
    return job;
}

OrderJob *AssistClient::fetchOrderByNumber(const QString &orderNumber)
{
    auto *job = new OrderJob(this);
    call(QStringLiteral("orderresult"), {{QStringLiteral("Ordernumber"), orderNumber}}, job, [job](const AssistParser::Answer &a) {
        GatewayError error = a.error;
        error.outcomeUnknown = false;
        if (error.isError())
            return job->fail(error);
        if (a.orders.isEmpty()) {
            GatewayError missing = GatewayError::gateway(QStringLiteral("10/201"), AssistParser::tr("no such object: order"));
            missing.noSuchOrder = true;
            return job->fail(missing);
        }
        // One order number, several attempts: the one that got paid, else the latest.
        for (const Order &o : a.orders) {
            if (o.status != OrderStatus::Declined && o.status != OrderStatus::Created)
                return job->complete(o);
        }
        job->complete(a.orders.last());
    });
    return job;
}

OrderListJob *AssistClient::listOrders(const QDateTime &from, const QDateTime &to)
{
    auto *job = new OrderListJob(this);
    // resultbydate answers for at most one day: walk the period a day at a time.
    job->m_pagesTotal = int(qMax<qint64>(1, (from.secsTo(to) + 86399) / 86400));
    requestWindow(job, from.toUTC(), to.toUTC());
    return job;
}

void AssistClient::requestWindow(OrderListJob *job, QDateTime from, QDateTime to)
{
    const QDateTime end = qMin(from.addSecs(86400 - 60), to);
    FormEncoder::Fields fields;
    const auto put = [&fields](const char *prefix, const QDateTime &t) {
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Year"), QString::number(t.date().year())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Month"), QString::number(t.date().month())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Day"), QString::number(t.date().day())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Hour"), QString::number(t.time().hour())});
        fields.append({QString::fromLatin1(prefix) + QStringLiteral("Min"), QString::number(t.time().minute())});
    };
    put("Start", from);
    put("End", end);
    call(QStringLiteral("resultbydate"), fields, job, [this, job, end, to](const AssistParser::Answer &a) {
        if (a.error.isError()) {
            GatewayError error = a.error;
            error.outcomeUnknown = false;
            job->finish(error);
            return;
        }
        ++job->m_pagesDone;
        job->m_received += int(a.orders.size());
        if (job->m_keepOrders)
            job->m_orders.append(a.orders);
        emit job->pageReceived(a.orders);
        emit job->progress(job->m_pagesDone, job->m_pagesTotal, job->m_received);
        if (job->m_cancelled)
            return job->finish(GatewayError::of(GatewayError::Kind::Cancelled));
        if (end >= to)
            return job->finish();
        requestWindow(job, end.addSecs(60), to);
    });
}

RegisterJob *AssistClient::registerOrder(const RegisterRequest &r)
{
    // An Assist payment starts on its payment page; the billnumber exists once the customer pays.
    auto *job = new RegisterJob(this);
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
    QMetaObject::invokeMethod(job, [job, registration] { job->complete(registration); }, Qt::QueuedConnection);
    return job;
}

OperationJob *AssistClient::operation(OperationKind kind, const QString &service, const QString &billnumber,
                                      const FormEncoder::Fields &fields)
{
    auto *job = new OperationJob(this);
    const QString bill = AssistParser::plainBillnumber(billnumber);
    FormEncoder::Fields all{{QStringLiteral("Billnumber"), bill}};
    all.append(fields);
    call(service, all, job, [this, job, kind, bill](const AssistParser::Answer &a) {
        OperationResult result;
        result.kind = kind;
        if (a.error.isError()) {
            result.error = a.error;
            result.outcome = a.error.outcomeUnknown ? OperationResult::Outcome::Unknown : OperationResult::Outcome::Refused;
        } else {
            const bool ok = !a.orders.isEmpty() && a.orders.first().raw.value(QStringLiteral("responsecode")).toString() == QLatin1String("AS000");
            result.outcome = ok ? OperationResult::Outcome::Done : OperationResult::Outcome::Refused;
            if (!ok)
                result.error = GatewayError::gateway(a.orders.isEmpty() ? QString() : a.orders.first().raw.value(QStringLiteral("responsecode")).toString(),
                                                     a.orders.isEmpty() ? QString() : a.orders.first().actionCodeText);
        }
        if (result.outcome == OperationResult::Outcome::Unknown)
            return job->complete(result);
        // The answer is about this operation; the order's state comes from reading it back.
        OrderJob *back = fetchOrder(bill);
        connect(back, &OrderJob::finished, job, [job, back, result]() mutable {
            if (back->succeeded()) {
                result.order = back->order();
                result.orderKnown = true;
            } else if (result.outcome == OperationResult::Outcome::Done) {
                result.outcome = OperationResult::Outcome::Unknown;
                result.error = back->error();
                result.error.outcomeUnknown = true;
            }
            job->complete(result);
        });
    }, true);
    return job;
}

OperationJob *AssistClient::capture(const QString &billnumber, const Money &amount)
{
    // Amount and Currency together, always: an omitted amount means "all" on Assist too.
    return operation(OperationKind::Capture, QStringLiteral("charge"), billnumber,
                     {{QStringLiteral("Amount"), amount.toDecimalString()}, {QStringLiteral("Currency"), amount.currency().code()}});
}

OperationJob *AssistClient::reverse(const QString &billnumber)
{
    return operation(OperationKind::Reverse, QStringLiteral("cancel"), billnumber, {});
}

OperationJob *AssistClient::refund(const QString &billnumber, const Money &amount)
{
    return operation(OperationKind::Refund, QStringLiteral("cancel"), billnumber,
                     {{QStringLiteral("Amount"), amount.toDecimalString()}, {QStringLiteral("Currency"), amount.currency().code()}});
}

OperationJob *AssistClient::payWithBinding(const QString &, const QString &, const QString &)
{
    auto *job = new OperationJob(this);
    OperationResult result;
    result.kind = OperationKind::PayByBinding;
    result.refusedBeforeSending = true;
    result.error = GatewayError::of(GatewayError::Kind::Config, AssistParser::tr("Assist has no payments by binding in PayDesk."));
    QMetaObject::invokeMethod(job, [job, result] { job->complete(result); }, Qt::QueuedConnection);
    return job;
}

BindingListJob *AssistClient::bindings(const QString &)
{
    auto *job = new BindingListJob(this);
    QMetaObject::invokeMethod(job, [job] { job->complete({}); }, Qt::QueuedConnection);
    return job;
}

ReceiptListJob *AssistClient::receipts(const QString &)
{
    auto *job = new ReceiptListJob(this);
    QMetaObject::invokeMethod(job, [job] { job->complete({}); }, Qt::QueuedConnection);
    return job;
}

} // namespace PayDesk
