#pragma once

#include "core/callback/CallbackMessage.h"
#include "core/callback/RsaPublicKey.h"

#include <optional>

namespace PayDesk {

// What checks a callback's checksum: the shared callback key (HMAC-SHA256) or the gateway's RSA
// public key (SHA512withRSA); the RSA key wins when both are given.
struct CallbackKey
{
    QString secret;
    std::optional<RsaPublicKey> rsa;

    bool isEmpty() const { return secret.isEmpty() && !rsa; }
};

enum class CallbackVerdict {
    Genuine,       // the checksum is right: the gateway sent it
    WrongChecksum, // a checksum that the key does not give: not from the gateway, or changed on the way
    Unsigned,      // no checksum: it proves nothing
    NoKey,         // signed, but there is no key to check it with
};

// Checks a callback's checksum as rbs-api.md §7.3 describes it.
class CallbackVerifier
{
public:
    static CallbackVerdict verify(const CallbackMessage& message, const CallbackKey& key);
    // HMAC-SHA256 of the message's signed string, hex, upper-case: what the gateway puts in `checksum`.
    static QString hmacChecksum(const QByteArray& signedString, const QString& secret);
};

} // namespace PayDesk
