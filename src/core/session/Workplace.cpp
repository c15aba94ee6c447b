#include "core/session/Workplace.h"

#include "core/store/CacheUpgrade.h"

#include "core/gateway/ClientFactory.h"
#include "core/gateway/GatewayClient.h"
#include "core/session/Desk.h"
#include "core/store/OrderStore.h"
#include "core/store/PgOrderStore.h"

#include <QFileInfo>

#include <QPointer>

namespace PayDesk {

namespace {
const QString ConnectionTestOrder = QStringLiteral("paydesk-connection-test");

QString checkWordKey(const Profile& profile)
{
    return profile.id + QStringLiteral(":checkvalue");
}

QString callbackKeyOf(const QString& profileId)
{
    return profileId + QStringLiteral(":callbackkey");
}
} // namespace

Workplace::Workplace(QString profilesPath, QObject* parent)
    : QObject(parent)
    , m_profiles(profilesPath)
    , m_credentials(new CredentialStore(this))
    , m_team(QFileInfo(profilesPath).absolutePath() + QStringLiteral("/team.ini"), m_credentials)
{ }

Workplace::~Workplace() = default;

ProfileError Workplace::choose(const QString& name, Profile* chosen) const
{
    if (!name.isEmpty()) {
        const std::optional<Profile> found = m_profiles.find(name);
        if (!found)
            return ProfileError::of(ProfileError::Kind::NotFound, name);
        *chosen = *found;
        return {};
    }
    if (const std::optional<Profile> fallback = defaultProfile()) {
        *chosen = *fallback;
        return {};
    }
    return ProfileError::of(m_profiles.profiles().isEmpty() ? ProfileError::Kind::NoneYet
                                                            : ProfileError::Kind::Ambiguous);
}

std::optional<Profile> Workplace::defaultProfile() const
{
    if (const QString name = m_profiles.defaultName(); !name.isEmpty())
        return m_profiles.find(name);
    const QList<Profile> all = m_profiles.profiles();
    return all.size() == 1 ? std::optional(all.first()) : std::nullopt;
}

QString Workplace::normalizedUrl(GatewayKind kind, const QString& url)
{
    return ClientFactory::normalizedUrl(kind, url);
}

void Workplace::addProfile(Profile profile, const QString& secret, const QString& checkWord, QObject* context,
                           std::function<void(const Profile&, const WorkplaceError&)> done)
{
    if (const ProfileError added = m_profiles.add(profile); added.isError())
        return done(profile, WorkplaceError::of(added));
    // No profile without its secret, and never a plaintext one: a failed write takes the profile back.
    const auto undoOn = [this, profile, done](const SecretResult& r) {
        if (r.ok())
            return false;
        m_profiles.remove(profile.name);
        done(profile, WorkplaceError::of(r));
        return true;
    };
    // The first profile is the default one, and stays so when others are added.
    if (m_profiles.profiles().size() == 1)
        m_profiles.setDefaultName(profile.name);
    m_credentials->write(profile.id, secret, context, [=](const SecretResult& r) {
        if (undoOn(r))
            return;
        if (!profile.checkWord)
            return done(profile, {});
        m_credentials->write(checkWordKey(profile), checkWord, context, [=](const SecretResult& w) {
            if (!undoOn(w))
                done(profile, {});
        });
    });
}

void Workplace::updateProfile(const Profile& profile, const QString& newSecret, QObject* context, Done done)
{
    if (const ProfileError invalid = m_profiles.validate(profile); invalid.isError())
        return done(WorkplaceError::of(invalid));
    if (const ProfileError saved = m_profiles.update(profile); saved.isError())
        return done(WorkplaceError::of(saved));
    if (newSecret.isEmpty())
        return done({});
    m_credentials->write(profile.id, newSecret, context,
                         [done](const SecretResult& r) { done(WorkplaceError::of(r)); });
}

void Workplace::setCallbackKey(const QString& profileName, const QString& key, QObject* context, Done done)
{
    const std::optional<Profile> p = m_profiles.find(profileName);
    if (!p)
        return done(WorkplaceError::of(ProfileError::of(ProfileError::Kind::NotFound, profileName)));
    const auto report = [done](const SecretResult& r) {
        done(r.status == SecretResult::Status::NotFound ? WorkplaceError() : WorkplaceError::of(r));
    };
    if (key.isEmpty())
        return m_credentials->remove(callbackKeyOf(p->id), context, report);
    m_credentials->write(callbackKeyOf(p->id), key, context, report);
}

void Workplace::callbackKey(const QString& profileId, QObject* context,
                            std::function<void(const QString&, const WorkplaceError&)> done)
{
    m_credentials->read(callbackKeyOf(profileId), context, [done](const SecretResult& r) {
        if (r.status == SecretResult::Status::NotFound)
            return done({}, {});
        done(r.secret, WorkplaceError::of(r));
    });
}

void Workplace::removeProfile(const QString& name, QObject* context, Done done)
{
    const std::optional<Profile> p = m_profiles.find(name);
    if (!p)
        return done(WorkplaceError::of(ProfileError::of(ProfileError::Kind::NotFound, name)));
    m_credentials->remove(p->id, context, [this, p, context, done](const SecretResult& r) {
        if (r.status == SecretResult::Status::Unavailable)
            return done(WorkplaceError::of(r));
        m_credentials->remove(callbackKeyOf(p->id), context, [](const SecretResult&) {});
        m_team.leave(*p, context, [](const WorkplaceError&) {}); // its team's address and password go too
        const auto forget = [this, name = p->name, done] { done(WorkplaceError::of(m_profiles.remove(name))); };
        if (!p->checkWord)
            return forget();
        m_credentials->remove(checkWordKey(*p), context, [forget](const SecretResult&) { forget(); });
    });
}

GatewayCredentials Workplace::credentialsOf(const Profile& profile, const QString& secret)
{
    GatewayCredentials c;
    if (profile.tokenMode)
        c.token = secret;
    else
        c = {profile.user, secret, {}, {}};
    return c;
}

void Workplace::readSecrets(const Profile& profile, QObject* context,
                            std::function<void(const GatewayCredentials&, const WorkplaceError&)> done)
{
    m_credentials->read(profile.id, context, [this, profile, context, done](const SecretResult& r) {
        if (!r.ok())
            return done({}, WorkplaceError::of(r));
        GatewayCredentials c = credentialsOf(profile, r.secret);
        if (!profile.checkWord)
            return done(c, {});
        m_credentials->read(checkWordKey(profile), context, [c, done](const SecretResult& word) mutable {
            if (!word.ok())
                return done({}, WorkplaceError::of(word));
            c.checkWord = word.secret;
            done(c, {});
        });
    });
}

void Workplace::testConnection(const Profile& profile, int timeoutMs, QObject* context,
                               std::function<void(const ConnectionTest&)> done)
{
    testConnection(profile, {}, timeoutMs, context, std::move(done));
}

void Workplace::testConnection(const Profile& profile, const QString& secret, int timeoutMs, QObject* context,
                               std::function<void(const ConnectionTest&)> done)
{
    if (!secret.isEmpty())
        return testWith(profile, credentialsOf(profile, secret), timeoutMs, context, done);
    readSecrets(profile, context,
                [profile, timeoutMs, context, done](const GatewayCredentials& c, const WorkplaceError& error) {
                    if (!error.isError())
                        return testWith(profile, c, timeoutMs, context, done);
                    ConnectionTest test;
                    test.setup = error;
                    done(test);
                });
}

void Workplace::testWith(const Profile& profile, const GatewayCredentials& credentials, int timeoutMs, QObject* context,
                         const std::function<void(const ConnectionTest&)>& done)
{
    QString setupError;
    GatewayClient* client = ClientFactory::createWithCredentials(profile, credentials, timeoutMs, context, &setupError);
    if (!client) {
        ConnectionTest test;
        test.setup = WorkplaceError::of(ProfileError::of(ProfileError::Kind::Invalid, profile.name, setupError));
        return done(test);
    }
    OrderJob* job = client->fetchOrderByNumber(ConnectionTestOrder);
    QObject::connect(job, &OrderJob::finished, context, [job, client, done, name = profile.name] {
        ConnectionTest result;
        result.gateway = job->error();
        result.gateway.profileName = name;
        result.accepted = job->succeeded() || job->error().noSuchOrder;
        dynamic_cast<QObject*>(client)->deleteLater();
        done(result);
    });
}

DeskOpening Workplace::deskFor(const Profile& profile, GatewayClient* client, const QString& clientError,
                               const DeskOptions& options, const QString& profileId, const QString& profileName)
{
    DeskOpening opening;
    std::unique_ptr<GatewayClient> owned(client);
    if (!owned) {
        opening.error = WorkplaceError::of(ProfileError::of(ProfileError::Kind::Invalid, profile.name, clientError));
        return opening;
    }
    StoreError failed;
    std::unique_ptr<OrderCache> store = openCache(profile, options, &failed);
    if (!store) {
        opening.error = WorkplaceError::of(failed);
        return opening;
    }
    // A team shares the account's rows whatever each desk calls the profile.
    const QString key = m_team.databaseOf(profile) ? TeamSetup::accountOf(profile) : profileId;
    opening.desk = std::make_unique<Desk>(std::move(owned), std::move(store), key, profileName);
    opening.desk->setSettleSecs(options.timeoutMs / 1000 + 1);
    return opening;
}

std::unique_ptr<OrderCache> Workplace::openCache(const Profile& profile, const DeskOptions& options,
                                                 StoreError* error) const
{
    if (const std::optional<TeamDatabase> team = m_team.databaseOf(profile))
        return TeamSetup::open(*team, options.teamPassword, error);
    auto store = std::make_unique<OrderStore>();
    if (store->open(cachePathOf(options)))
        return store;
    *error = store->lastError();
    return nullptr;
}

bool Workplace::cacheNeedsUpgrade(const Profile& profile, const DeskOptions& options) const
{
    return !m_team.databaseOf(profile) && CacheUpgrade::isNeeded(cachePathOf(options));
}

void Workplace::openDeskAfterUpgrade(const Profile& profile, const DeskOptions& options, QObject* context,
                                     std::function<void(DeskOpening)> done)
{
    auto* upgrade = new CacheUpgrade(cachePathOf(options), context);
    connect(upgrade, &CacheUpgrade::finished, context, [this, upgrade, profile, options, done](const StoreError& e) {
        upgrade->deleteLater();
        if (e.isError())
            return done(DeskOpening{nullptr, WorkplaceError::of(e)});
        done(openDesk(profile, options));
    });
    upgrade->start();
}

QString Workplace::cachePathOf(const DeskOptions& options)
{
    return options.cachePath.isEmpty() ? OrderStore::defaultPath() : options.cachePath;
}

DeskOpening Workplace::openDesk(const Profile& profile, const DeskOptions& options)
{
    QString error;
    GatewayClient* client = ClientFactory::create(profile, m_credentials, options.timeoutMs, nullptr, &error);
    return deskFor(profile, client, error, options, profile.id, profile.name);
}

void Workplace::signIn(const Profile& profile, const DeskOptions& options, QObject* context,
                       std::function<void(DeskOpening)> done)
{
    readSecrets(profile, context,
                [this, profile, options, done](const GatewayCredentials& c, const WorkplaceError& error) {
                    if (error.isError())
                        return done(DeskOpening{nullptr, error});
                    auto open = [this, profile, c, done](const DeskOptions& with) {
                        QString clientError;
                        GatewayClient* client =
                            ClientFactory::createWithCredentials(profile, c, with.timeoutMs, nullptr, &clientError);
                        done(deskFor(profile, client, clientError, with, profile.id, profile.name));
                    };
                    if (!m_team.databaseOf(profile))
                        return open(options);
                    m_team.readPassword(profile, this, [open, options, done](const SecretResult& password) {
                        if (!password.ok())
                            return done(DeskOpening{nullptr, WorkplaceError::of(password)});
                        DeskOptions with = options;
                        with.teamPassword = password.secret;
                        open(with);
                    });
                });
}

DeskOpening Workplace::openSandboxDesk(const QString& baseUrl, const GatewayCredentials& account,
                                       const DeskOptions& options)
{
    Profile demo;
    demo.gateway = GatewayKind::Rbs;
    demo.url = baseUrl;
    QString error;
    GatewayClient* client = ClientFactory::createWithCredentials(demo, account, options.timeoutMs, nullptr, &error);
    return deskFor(demo, client, error, options, QStringLiteral("sandbox"), tr("Sandbox"));
}

CacheReport Workplace::checkCache(const QString& cachePath, bool repair)
{
    CacheReport report;
    OrderStore store;
    report.file = cachePath.isEmpty() ? OrderStore::defaultPath() : cachePath;
    if (!store.open(report.file)) {
        report.error = store.lastError();
        return report;
    }
    const StoreResult<CacheCheck> checked = store.check(repair);
    report.check = checked.value;
    report.error = checked.error;
    return report;
}

} // namespace PayDesk
