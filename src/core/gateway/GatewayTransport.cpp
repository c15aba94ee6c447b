#include "core/gateway/GatewayTransport.h"

#include "core/net/OneShotBody.h"
#include "core/net/TransportPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace PayDesk {

GatewayTransport::GatewayTransport(Category category, QObject* parent)
    : QObject(parent)
    , m_category(category)
    , m_nam(new QNetworkAccessManager(this))
{ }

GatewayError GatewayTransport::judged(GatewayError error, RequestKind kind)
{
    if (kind == RequestKind::Read) {
        error.outcomeUnknown = false; // asking changes nothing
    } else if (error.kind == GatewayError::Kind::Malformed
               || (error.kind == GatewayError::Kind::Http && error.httpStatus >= 500)) {
        error.outcomeUnknown = true; // the gateway got the request and may have done it
    }
    if (error.outcomeUnknown)
        error.temporary = false; // not "try again": the first one may have been carried out
    return error;
}

void GatewayTransport::post(const GatewayRequest& request, QObject* context, Reader read, Done done)
{
    GatewayError refused;
    if (TransportPolicy::allows(request.url, &refused) && !m_credentialSource)
        refused = GatewayError::of(GatewayError::Kind::Config, tr("No credentials for the gateway."));
    QPointer<GatewayTransport> self(this);
    if (refused.isError()) {
        QMetaObject::invokeMethod(
            context,
            [self, request, refused, done] {
                if (self)
                    self->conclude(request, refused, done);
            },
            Qt::QueuedConnection);
        return;
    }
    m_credentialSource(context, [self, request, context, read, done](const GatewayCredentials& credentials,
                                                                     const GatewayError& error) {
        if (!self)
            return;
        if (error.isError())
            return self->conclude(request, error, done);
        QNetworkReply* reply = self->start(request, credentials);
        connect(reply, &QNetworkReply::finished, context, [self, reply, request, credentials, read, done] {
            reply->deleteLater();
            if (self)
                self->receive(reply, request, credentials, read, done);
        });
    });
}

QNetworkReply* GatewayTransport::start(const GatewayRequest& request, const GatewayCredentials& credentials)
{
    const bool once = request.kind == RequestKind::MoneyOperation;
    QNetworkRequest http(request.url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto& header : request.headers)
        http.setRawHeader(header.first, header.second);
    TransportPolicy::apply(http, m_extraCa, once ? m_timeouts.operationMs : m_timeouts.readMs);
    qCDebug(m_category) << "POST" << request.url.toString()
                        << (once ? "(once)" : ""); // never the body: it carries the secret
    const QByteArray body = request.body ? request.body(credentials) : QByteArray();
    QNetworkReply* reply = nullptr;
    if (once) {
        http.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotBody(body, nullptr);
        reply = m_nam->post(http, device);
        device->setParent(reply);
    } else {
        reply = m_nam->post(http, body);
    }
    TransportPolicy::keepTlsErrors(reply);
    return reply;
}

void GatewayTransport::receive(QNetworkReply* reply, const GatewayRequest& request,
                               const GatewayCredentials& credentials, const Reader& read, const Done& done) const
{
    GatewayError error;
    if (TransportPolicy::transportError(reply, true, &error))
        return conclude(request, error, done);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        error = GatewayError::of(GatewayError::Kind::Http, reply->errorString());
        error.httpStatus = status;
        GatewayError fault;
        if (status == 500 && request.faultInBody)
            read(reply->readAll(), credentials, &fault);
        if (fault.isError() && fault.kind != GatewayError::Kind::Malformed)
            error = fault;
        return conclude(request, error, done);
    }
    read(reply->readAll(), credentials, &error);
    conclude(request, error, done);
}

void GatewayTransport::conclude(const GatewayRequest& request, GatewayError error, const Done& done) const
{
    error = judged(error, request.kind);
    if (error.outcomeUnknown)
        qCInfo(m_category) << request.url.path() << "outcome unknown:" << error.userMessage();
    else if (error.accessDenied) // no words of the login in the log
        qCDebug(m_category) << request.url.path() << "refused the credentials, code" << error.gatewayCode;
    else if (error.isError())
        qCDebug(m_category) << request.url.path() << "failed:" << error.userMessage();
    else
        qCDebug(m_category) << request.url.path() << "answered";
    done(error);
}

} // namespace PayDesk
