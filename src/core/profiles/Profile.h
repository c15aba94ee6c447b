#pragma once

#include "core/model/GatewayKind.h"

#include <QString>

namespace PayDesk {

// Where and as whom to connect. Everything except the secret, which lives in the keychain under `id`.
struct Profile
{
    QString id;
    QString name;
    GatewayKind gateway = GatewayKind::Rbs;
    QString url; // the gateway's base as the bank publishes it
    QString user;
    bool tokenMode = false; // the secret is an API token, not a password
    QString merchantLogin;  // RBS agent accounts
    QString merchantId;     // Assist Merchant_ID
    bool checkWord = false; // Assist: a secret word for checkvalue is in the keychain too
    int holdDays = 7;       // no RBS source fixes it: the bank sets it
    QString caFile;         // extra CA certificates (PEM), e.g. Russian Trusted Root CA
    QString currency = QStringLiteral("RUB");
    // The language of the gateway's messages: "ru", "en", or empty to follow the interface's (the default).
    QString language;
};

} // namespace PayDesk
