#include "gateway/ClientFactory.h"

#include "credentials/CredentialStore.h"
#include "gateway/rbs/RbsClient.h"

#include <QPointer>
#include <QSslCertificate>

namespace PayDesk {

GatewayClient *ClientFactory::create(const Profile &profile, CredentialStore *credentials, int timeoutMs, QObject *parent,
                                     QString *error)
{
    if (profile.gateway != QLatin1String("rbs")) {
        *error = tr("The %1 gateway is not supported yet.").arg(profile.gateway);
        return nullptr;
    }
    RbsSettings settings;
    settings.baseUrl = RbsSettings::normalizeBaseUrl(profile.url);
    settings.holdDays = profile.holdDays;
    settings.language = profile.language;
    settings.merchantLogin = profile.merchantLogin;
    settings.timeoutMs = timeoutMs;
    if (!profile.caFile.isEmpty()) {
        settings.extraCa = QSslCertificate::fromPath(profile.caFile, QSsl::Pem);
        if (settings.extraCa.isEmpty())
            settings.extraCa = QSslCertificate::fromPath(profile.caFile, QSsl::Der);
        if (settings.extraCa.isEmpty()) {
            *error = tr("No certificate could be read from %1.").arg(profile.caFile);
            return nullptr;
        }
    }
    auto *client = new RbsClient(settings, parent);
    QPointer<CredentialStore> store(credentials);
    const Profile p = profile;
    auto cache = std::make_shared<std::optional<RbsCredentials>>();
    client->setCredentialSource([store, p, cache](QObject *context, std::function<void(const RbsCredentials &, const GatewayError &)> done) {
        if (*cache) {
            done(**cache, {});
            return;
        }
        if (!store) {
            done({}, GatewayError::of(GatewayError::Kind::Config, tr("The keychain is not available.")));
            return;
        }
        store->read(p.id, context, [p, cache, done](const SecretResult &r) {
            if (!r.ok()) {
                done({}, GatewayError::of(GatewayError::Kind::Config, r.message));
                return;
            }
            RbsCredentials c;
            if (p.tokenMode)
                c.token = r.secret;
            else
                c = {p.user, r.secret, {}};
            *cache = c; // in memory for this session only
            done(c, {});
        });
    });
    return client;
}

} // namespace PayDesk
