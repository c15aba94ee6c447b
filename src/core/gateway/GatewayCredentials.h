#pragma once

#include <QString>

#include <functional>

class QObject;

namespace PayDesk {

struct GatewayError;

// What a gateway client signs in with; the password and secret word come from the keychain.
struct GatewayCredentials
{
    QString userName;
    QString password;
    QString token = {};
    QString checkWord = {}; // Assist: the merchant's secret word for checkvalue; empty: not checked
};

// Supplies the secret right before a request is sent (from the keychain for real profiles).
using GatewayCredentialSource =
    std::function<void(QObject* context, std::function<void(const GatewayCredentials&, const GatewayError&)>)>;

} // namespace PayDesk
