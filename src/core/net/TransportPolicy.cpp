#include "core/net/TransportPolicy.h"

#include "core/model/GatewayError.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace PayDesk {

namespace {
const char TlsErrorsProperty[] = "paydeskSslErrors";
}

bool TransportPolicy::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool TransportPolicy::allows(const QUrl& url, GatewayError* error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = GatewayError::of(GatewayError::Kind::Config,
                                  tr("The gateway address \"%1\" is not a valid URL.").arg(url.toString()));
        return false;
    }
    if (url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && isLoopback(url)))
        return true;
    *error = GatewayError::of(
        GatewayError::Kind::Config,
        tr("Plain HTTP is allowed only to this computer (the sandbox). Use an https:// address for %1.")
            .arg(url.host()));
    return false;
}

void TransportPolicy::apply(QNetworkRequest& request, const QList<QSslCertificate>& extraCa, int timeoutMs)
{
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!extraCa.isEmpty()) {
        // Adding a CA turns off Qt's on-demand loading of the system roots: give both explicitly, read once.
        static const QList<QSslCertificate> systemRoots = QSslConfiguration::systemCaCertificates();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(systemRoots + extraCa);
        request.setSslConfiguration(tls);
    }
}

void TransportPolicy::keepTlsErrors(QNetworkReply* reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        reply->setProperty(TlsErrorsProperty, texts.join(QStringLiteral("; ")));
    });
}

bool TransportPolicy::transportError(QNetworkReply* reply, bool mayHaveBeenSent, GatewayError* error)
{
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::NoError)
        return false;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
        && code >= QNetworkReply::ContentAccessDenied)
        return false; // an HTTP error status: the caller reads it
    *error = failureOf(reply, mayHaveBeenSent);
    const QUrl url = reply->url();
    error->host = url.host();
    error->port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return true;
}

GatewayError TransportPolicy::failureOf(QNetworkReply* reply, bool mayHaveBeenSent)
{
    using Kind = GatewayError::Kind;
    GatewayError error;
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        error = GatewayError::of(Kind::Timeout, reply->errorString());
        error.outcomeUnknown = mayHaveBeenSent;
        error.temporary = !mayHaveBeenSent;
        return error;
    case QNetworkReply::SslHandshakeFailedError: {
        const QString problems = reply->property(TlsErrorsProperty).toString();
        return GatewayError::of(Kind::Tls, problems.isEmpty() ? reply->errorString() : problems);
    }
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        error = GatewayError::of(Kind::Network, reply->errorString());
        error.unreachable = reply->error() == QNetworkReply::HostNotFoundError ? GatewayError::Unreachable::NameNotFound
                                                                               : GatewayError::Unreachable::Refused;
        error.temporary = true; // it never left
        return error;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        error = GatewayError::of(Kind::Network, reply->errorString());
        error.temporary = true; // it never left
        return error;
    default:
        // Reset or closed after the request left: the gateway may have done it.
        error = GatewayError::of(Kind::Network, reply->errorString());
        error.outcomeUnknown = mayHaveBeenSent;
        error.temporary = !mayHaveBeenSent;
        return error;
    }
}

} // namespace PayDesk
