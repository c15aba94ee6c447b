#include "core/gateway/ClientFactory.h"

#include "core/credentials/CredentialStore.h"
#include "core/gateway/assist/AssistClient.h"
#include "core/gateway/rbs/RbsClient.h"
#include "core/gateway/rbssoap/RbsSoapWire.h"

#include <QPointer>
#include <QSslCertificate>

namespace PayDesk {

namespace {
// The secret, read from the keychain when the first request is about to leave, then kept in memory.
GatewayCredentialSource keychainSource(CredentialStore* credentials, const Profile& profile)
{
    QPointer<CredentialStore> store(credentials);
    auto cache = std::make_shared<std::optional<GatewayCredentials>>();
    return [store, p = profile, cache](QObject* context,
                                       std::function<void(const GatewayCredentials&, const GatewayError&)> done) {
        if (*cache) {
            done(**cache, {});
            return;
        }
        if (!store) {
            done({}, GatewayError::of(GatewayError::Kind::Config, ClientFactory::tr("The keychain is not available.")));
            return;
        }
        store->read(p.id, context, [store, context, p, cache, done](const SecretResult& r) {
            if (!r.ok()) {
                done({}, GatewayError::of(GatewayError::Kind::Config, r.message));
                return;
            }
            GatewayCredentials c;
            if (p.tokenMode)
                c.token = r.secret;
            else
                c = {p.user, r.secret, {}, {}};
            if (!p.checkWord) {
                *cache = c; // in memory for this session only
                done(c, {});
                return;
            }
            if (!store) {
                done({},
                     GatewayError::of(GatewayError::Kind::Config, ClientFactory::tr("The keychain is not available.")));
                return;
            }
            store->read(p.id + QStringLiteral(":checkvalue"), context,
                        [c, cache, done](const SecretResult& word) mutable {
                            if (!word.ok()) {
                                done({}, GatewayError::of(GatewayError::Kind::Config, word.message));
                                return;
                            }
                            c.checkWord = word.secret;
                            *cache = c;
                            done(c, {});
                        });
        });
    };
}
} // namespace

GatewayClient* ClientFactory::create(const Profile& profile, CredentialStore* credentials, int timeoutMs,
                                     QObject* parent, QString* error)
{
    return build(profile, keychainSource(credentials, profile), timeoutMs, parent, error);
}

GatewayClient* ClientFactory::createWithCredentials(const Profile& profile, const GatewayCredentials& credentials,
                                                    int timeoutMs, QObject* parent, QString* error)
{
    const GatewayCredentialSource fixed =
        [credentials](QObject*, std::function<void(const GatewayCredentials&, const GatewayError&)> done) {
            done(credentials, {});
        };
    return build(profile, fixed, timeoutMs, parent, error);
}

GatewayClient* ClientFactory::build(const Profile& profile, const GatewayCredentialSource& source, int timeoutMs,
                                    QObject* parent, QString* error)
{
    QList<QSslCertificate> extraCa;
    if (!profile.caFile.isEmpty()) {
        extraCa = QSslCertificate::fromPath(profile.caFile, QSsl::Pem);
        if (extraCa.isEmpty())
            extraCa = QSslCertificate::fromPath(profile.caFile, QSsl::Der);
        if (extraCa.isEmpty()) {
            *error = tr("No certificate could be read from %1.").arg(profile.caFile);
            return nullptr;
        }
    }
    if (profile.gateway == GatewayKind::Assist) {
        AssistSettings settings;
        settings.baseUrl = QUrl(profile.url.endsWith(QLatin1Char('/')) ? profile.url : profile.url + QLatin1Char('/'));
        settings.merchantId = profile.merchantId;
        settings.extraCa = extraCa;
        settings.timeoutMs = timeoutMs;
        settings.holdDays = profile.holdDays;
        settings.language = profile.language;
        auto* client = new AssistClient(settings, parent);
        client->setCredentialSource(source);
        return client;
    }
    RbsSettings settings;
    settings.baseUrl = RbsSettings::normalizeBaseUrl(profile.url);
    settings.holdDays = profile.holdDays;
    settings.language = profile.language;
    settings.merchantLogin = profile.merchantLogin;
    settings.timeoutMs = timeoutMs;
    settings.extraCa = extraCa;
    RbsClient* client = nullptr;
    if (profile.gateway == GatewayKind::RbsSoap) {
        settings.baseUrl = RbsSoapWire::normalizeServiceUrl(profile.url);
        client = new RbsClient(settings, std::make_shared<RbsSoapWire>(settings.baseUrl, settings.language), parent);
    } else {
        client = new RbsClient(settings, parent);
    }
    client->setCredentialSource(source);
    return client;
}

QString ClientFactory::normalizedUrl(GatewayKind kind, const QString& url)
{
    const QString trimmed = url.trimmed();
    if (kind == GatewayKind::Rbs)
        return RbsSettings::normalizeBaseUrl(trimmed).toString();
    if (kind == GatewayKind::RbsSoap)
        return RbsSoapWire::normalizeServiceUrl(trimmed).toString();
    return trimmed.endsWith(QLatin1Char('/')) || trimmed.isEmpty() ? trimmed : trimmed + QLatin1Char('/');
}

} // namespace PayDesk
