#pragma once

#include "core/gateway/GatewayCredentials.h"
#include "core/gateway/GatewayRequest.h"
#include "core/model/GatewayError.h"

#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace PayDesk {

/**
 * The one path every gateway request takes: the TLS/HTTP policy check, the credentials, the body
 * (one-shot for money operations, so QNetworkAccessManager can never re-send a POST), the per-kind
 * timeout, the post, transport and HTTP errors, the flavour's decoding, and the outcome rule: a
 * read never leaves an outcome unknown; a money operation whose answer is lost, a 5xx or
 * unreadable does. The handler is called exactly once, in `context`'s thread, unless `context`
 * is destroyed first. Logs to the client's category: the URL and the result, never a body.
 */
class GatewayTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayTransport)
public:
    using Category = const QLoggingCategory& (*)();
    struct Timeouts
    {
        int readMs = 30000;
        int operationMs = 30000;
    };

    GatewayTransport(Category category, QObject* parent);

    void setExtraCa(const QList<QSslCertificate>& extraCa) { m_extraCa = extraCa; }
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    void setCredentialSource(GatewayCredentialSource source) { m_credentialSource = std::move(source); }

    // The flavour's reading of a 200 answer; sets *error when the answer is one (a gateway code, a malformed body).
    template <typename Answer>
    using Decoder =
        std::function<Answer(const QByteArray& body, const GatewayCredentials& credentials, GatewayError* error)>;
    template <typename Answer>
    using Handler = std::function<void(const Answer& answer, const GatewayError& error)>;

    template <typename Answer>
    void send(const GatewayRequest& request, QObject* context, Decoder<Answer> decode, Handler<Answer> handler)
    {
        auto answer = std::make_shared<Answer>();
        post(
            request, context,
            [decode, answer](const QByteArray& body, const GatewayCredentials& credentials, GatewayError* error) {
                *answer = decode(body, credentials, error);
            },
            [handler, answer](const GatewayError& error) { handler(*answer, error); });
    }

    // The outcome rule, applied to every error before a handler sees it.
    static GatewayError judged(GatewayError error, RequestKind kind);

private:
    using Reader =
        std::function<void(const QByteArray& body, const GatewayCredentials& credentials, GatewayError* error)>;
    using Done = std::function<void(const GatewayError& error)>;
    void post(const GatewayRequest& request, QObject* context, Reader read, Done done);
    QNetworkReply* start(const GatewayRequest& request, const GatewayCredentials& credentials);
    void receive(QNetworkReply* reply, const GatewayRequest& request, const GatewayCredentials& credentials,
                 const Reader& read, const Done& done) const;
    void conclude(const GatewayRequest& request, GatewayError error, const Done& done) const;

    Category m_category;
    QNetworkAccessManager* m_nam;
    QList<QSslCertificate> m_extraCa;
    Timeouts m_timeouts;
    GatewayCredentialSource m_credentialSource;
};

} // namespace PayDesk
