#pragma once

#include "core/gateway/GatewayClient.h"
#include "core/gateway/GatewayCredentials.h"
#include "core/profiles/Profile.h"

#include <QCoreApplication>

class QObject;

namespace PayDesk {

class CredentialStore;

// Builds the gateway client a profile names, with its secret read from the keychain when a
// request is about to leave.
class ClientFactory
{
    Q_DECLARE_TR_FUNCTIONS(ClientFactory)
public:
    static GatewayClient* create(const Profile& profile, CredentialStore* credentials, int timeoutMs, QObject* parent,
                                 QString* error);
    // With fixed credentials, as the embedded sandbox's public demo account has.
    static GatewayClient* createWithCredentials(const Profile& profile, const GatewayCredentials& credentials,
                                                int timeoutMs, QObject* parent, QString* error);
    // The address as the gateway's client will use it (RBS: the /payment/rest/ base), for saving in a profile.
    static QString normalizedUrl(GatewayKind kind, const QString& url);

private:
    static GatewayClient* build(const Profile& profile, const GatewayCredentialSource& source, int timeoutMs,
                                QObject* parent, QString* error);
};

} // namespace PayDesk
