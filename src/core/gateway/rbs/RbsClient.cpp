#include "gateway/rbs/RbsClient.h"

#include "gateway/rbs/RbsParser.h"
#include "net/TransportPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRbs, "paydesk.gateway.rbs", QtInfoMsg)

namespace PayDesk {

namespace {
constexpr int PageSize = 200; // the gateway's maximum

QString moscowStamp(const QDateTime &utc)
{
    // getLastOrdersForMerchants takes zone-less yyyyMMddHHmmss in Moscow time.
    return utc.toTimeZone(QTimeZone(3 * 3600)).toString(QStringLiteral("yyyyMMddHHmmss"));
}
}

QUrl RbsSettings::normalizeBaseUrl(const QString &text)
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

RbsClient::RbsClient(RbsSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_nam(new QNetworkAccessManager(this))
{
    m_settings.baseUrl = RbsSettings::normalizeBaseUrl(m_settings.baseUrl.toString());
}

void RbsClient::call(const QString &endpoint, FormEncoder::Fields fields, QObject *context, AnswerHandler handler)
{
    const QUrl url = m_settings.baseUrl.resolved(QUrl(endpoint + QStringLiteral(".do")));
    GatewayError policyError;
    if (!TransportPolicy::allows(url, &policyError)) {
        QMetaObject::invokeMethod(context, [handler, policyError] { handler({}, policyError); }, Qt::QueuedConnection);
        return;
    }
    if (!m_credentials.token.isEmpty()) {
        fields.prepend({QStringLiteral("token"), m_credentials.token});
    } else {
        fields.prepend({QStringLiteral("password"), m_credentials.password});
        fields.prepend({QStringLiteral("userName"), m_credentials.userName});
    }
    fields.append({QStringLiteral("language"), m_settings.language});
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    TransportPolicy::apply(request, m_settings.extraCa, m_settings.timeoutMs);
    qCDebug(lcRbs) << "POST" << url.toString(); // never the body: it carries the password
    QNetworkReply *reply = m_nam->post(request, FormEncoder::encode(fields));
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty("paydeskSslErrors", texts.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::finished, context, [reply, handler] {
        reply->deleteLater();
        GatewayError error;
        if (TransportPolicy::transportError(reply, true, &error)) {
            handler({}, error);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            error = GatewayError::of(GatewayError::Kind::Http, reply->errorString());
            error.httpStatus = status;
            error.outcomeUnknown = status >= 500;
            handler({}, error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            error = GatewayError::of(GatewayError::Kind::Malformed, parseError.errorString());
            error.outcomeUnknown = true;
            handler({}, error);
            return;
        }
        handler(doc.object(), RbsParser::errorOf(doc.object()));
    });
}

OrderJob *RbsClient::fetch(const QString &key, const QString &value)
{
    auto *job = new OrderJob(this);
    const int holdDays = m_settings.holdDays;
    call(QStringLiteral("getOrderStatusExtended"), {{key, value}}, job, [job, holdDays](const QJsonObject &answer, GatewayError error) {
        if (error.isError()) {
            error.outcomeUnknown = false; // reading a status changes nothing
            job->fail(error);
            return;
        }
        if (!answer.contains(QStringLiteral("orderStatus")) && !answer.contains(QStringLiteral("OrderStatus"))) {
            job->fail(GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("orderStatus is missing")));
            return;
        }
        job->complete(RbsParser::parseOrder(answer, holdDays));
    });
    return job;
}

OrderJob *RbsClient::fetchOrder(const QString &orderId)
{
    return fetch(QStringLiteral("orderId"), orderId);
}

OrderJob *RbsClient::fetchOrderByNumber(const QString &orderNumber)
{
    return fetch(QStringLiteral("orderNumber"), orderNumber);
}

OrderListJob *RbsClient::listOrders(const QDateTime &from, const QDateTime &to)
{
    auto *job = new OrderListJob(this);
    const FormEncoder::Fields query{
        {QStringLiteral("size"), QString::number(PageSize)},
        {QStringLiteral("from"), moscowStamp(from)},
        {QStringLiteral("to"), moscowStamp(to)},
        {QStringLiteral("transactionStates"), QStringLiteral("CREATED,APPROVED,DEPOSITED,DECLINED,REVERSED,REFUNDED")},
        {QStringLiteral("merchants"), m_settings.merchantLogin},
        {QStringLiteral("searchByCreatedDate"), QStringLiteral("true")}};
    job->m_pagesTotal = 1;
    job->m_nextPage = 1;
    requestPage(job, query, 0);
    return job;
}

void RbsClient::requestPage(OrderListJob *job, const FormEncoder::Fields &query, int page)
{
    ++job->m_inFlight;
    FormEncoder::Fields fields = query;
    fields.append({QStringLiteral("page"), QString::number(page)});
    const int holdDays = m_settings.holdDays;
    call(QStringLiteral("getLastOrdersForMerchants"), fields, job, [this, job, query, holdDays](const QJsonObject &answer, GatewayError error) {
        --job->m_inFlight;
        if (!error.isError()) {
            const QJsonValue list = answer.value(QStringLiteral("orderStatuses"));
            if (!list.isArray() && answer.value(QStringLiteral("totalCount")).toInt() > 0)
                error = GatewayError::of(GatewayError::Kind::Malformed, QStringLiteral("orderStatuses is missing"));
            for (const QJsonValue &row : list.toArray())
                job->m_orders.append(RbsParser::parseOrder(row.toObject(), holdDays));
            if (job->m_pagesDone == 0) {
                job->m_total = answer.value(QStringLiteral("totalCount")).toInt();
                job->m_pagesTotal = qMax(1, (job->m_total + PageSize - 1) / PageSize);
            }
            ++job->m_pagesDone;
            emit job->progress(job->m_pagesDone, job->m_pagesTotal, int(job->m_orders.size()));
        }
        if (error.isError() && !job->m_firstError.isError()) {
            error.outcomeUnknown = false;
            job->m_firstError = error;
        }
        const bool stop = job->m_firstError.isError() || job->m_cancelled;
        while (!stop && job->m_nextPage < job->m_pagesTotal && job->m_inFlight < m_settings.parallelPages)
            requestPage(job, query, job->m_nextPage++);
        if (job->m_inFlight == 0) {
            if (job->m_cancelled && !job->m_firstError.isError())
                job->finish(GatewayError::of(GatewayError::Kind::Cancelled));
            else
                job->finish(job->m_firstError);
        }
    });
}

} // namespace PayDesk
