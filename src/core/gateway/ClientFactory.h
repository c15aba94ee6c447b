#pragma once

#include "gateway/GatewayClient.h"
#include "profiles/Profile.h"

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
    static GatewayClient *create(const Profile &profile, CredentialStore *credentials, int timeoutMs, QObject *parent,
                                 QString *error);
};

} // namespace PayDesk
