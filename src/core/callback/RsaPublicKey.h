#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace PayDesk {

// A gateway's RSA public key, from its certificate or the key itself, and SHA512withRSA (PKCS#1 v1.5)
// verification: the one place PayDesk uses OpenSSL's libcrypto, since Qt has no RSA.
class RsaPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(RsaPublicKey)
public:
    // DATA is a PEM public key or certificate, a DER certificate or key, or either DER in base64
    // without a PEM header. Nullopt, with the reason in WHY, when it is none of them or not RSA.
    static std::optional<RsaPublicKey> fromData(const QByteArray& data, QString* why = nullptr);

    int bits() const;
    bool verifySha512(const QByteArray& data, const QByteArray& signature) const;

private:
    explicit RsaPublicKey(evp_pkey_st* key);
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace PayDesk
