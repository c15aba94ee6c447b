#include "core/callback/RsaPublicKey.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace PayDesk {

namespace {
EVP_PKEY* keyOfCertificate(X509* certificate)
{
    if (!certificate)
        return nullptr;
    EVP_PKEY* key = X509_get_pubkey(certificate);
    X509_free(certificate);
    return key;
}

EVP_PKEY* fromPem(const QByteArray& data)
{
    BIO* bio = BIO_new_mem_buf(data.constData(), int(data.size()));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    if (!key) {
        (void)BIO_reset(bio);
        key = keyOfCertificate(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    }
    BIO_free(bio);
    return key;
}

EVP_PKEY* fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    if (EVP_PKEY* key = keyOfCertificate(d2i_X509(nullptr, &p, long(der.size()))))
        return key;
    p = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_PUBKEY(nullptr, &p, long(der.size()));
}
} // namespace

RsaPublicKey::RsaPublicKey(evp_pkey_st* key)
    : m_key(key, EVP_PKEY_free)
{ }

std::optional<RsaPublicKey> RsaPublicKey::fromData(const QByteArray& data, QString* why)
{
    EVP_PKEY* key = data.contains("-----BEGIN") ? fromPem(data) : fromDer(data);
    if (!key && !data.contains("-----BEGIN")) {
        const auto base64 = QByteArray::fromBase64Encoding(data.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (base64)
            key = fromDer(*base64);
    }
    if (!key) {
        if (why)
            *why = tr("It is neither a certificate nor a public key (PEM or DER).");
        return std::nullopt;
    }
    if (EVP_PKEY_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        if (why)
            *why = tr("The key is not an RSA key.");
        return std::nullopt;
    }
    return RsaPublicKey(key);
}

int RsaPublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

bool RsaPublicKey::verifySha512(const QByteArray& data, const QByteArray& signature) const
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha512(), nullptr, m_key.get()) == 1
                    && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                                        size_t(signature.size()),
                                        reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()))
                           == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace PayDesk
