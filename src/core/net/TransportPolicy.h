#pragma once

#include "core/model/GatewayError.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

namespace PayDesk {

// TLS for every remote gateway, verified, with a profile's extra CA certificates (Russian Trusted
// Root CA for Sberbank); plain HTTP only to this computer (the sandbox).
class TransportPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TransportPolicy)
public:
    static bool isLoopback(const QUrl& url);
    static bool allows(const QUrl& url, GatewayError* error);
    static void apply(QNetworkRequest& request, const QList<QSslCertificate>& extraCa, int timeoutMs);
    // Keeps every certificate problem of a reply for transportError(): Qt's own text names only one.
    static void keepTlsErrors(QNetworkReply* reply);
    // Maps a finished reply's transport failure to a typed error; false when there was none.
    static bool transportError(QNetworkReply* reply, bool sent, GatewayError* error);

private:
    static GatewayError failureOf(QNetworkReply* reply, bool mayHaveBeenSent);
};

} // namespace PayDesk
