#pragma once

#include "core/credentials/CredentialStore.h"
#include "core/gateway/GatewayCredentials.h"
#include "core/model/GatewayError.h"
#include "core/profiles/ProfileStore.h"
#include "core/session/WorkplaceError.h"
#include "core/store/OrderStore.h"
#include "core/team/TeamSetup.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace PayDesk {

class Desk;
class GatewayClient;

// How a desk is opened: the gateway's timeout and the cache file (empty: OrderStore::defaultPath()).
struct DeskOptions
{
    int timeoutMs = 30000;
    QString cachePath;
    // A team profile's database password (TeamSetup::readPassword), in memory only; signIn() reads it itself.
    QString teamPassword;
};

// A desk, or why there is none.
struct DeskOpening
{
    std::unique_ptr<Desk> desk;
    WorkplaceError error;
};

// What checking a cache file found, or why it could not be checked.
struct CacheReport
{
    QString file;
    CacheCheck check;
    StoreError error;
};

// What a connection test found: the gateway accepted the credentials, refused them, or the test
// could not be made (profile, keychain).
struct ConnectionTest
{
    bool accepted = false;
    GatewayError gateway; // when the gateway refused or could not be reached
    WorkplaceError setup; // when no request could be sent
    QString userMessage() const { return setup.isError() ? setup.userMessage() : gateway.userMessage(); }
};

// What a user works with before and around a desk: the profiles (ProfileStore) with their secrets
// (CredentialStore), kept together so that no profile exists without its secret; a connection
// test; and a Desk opened for a profile (its gateway client and the order cache) or for the sandbox.
// The GUI and paydesk-cli both start here.
class Workplace : public QObject
{
    Q_OBJECT
public:
    explicit Workplace(QString profilesPath = ProfileStore::defaultPath(), QObject* parent = nullptr);
    ~Workplace() override;

    QList<Profile> profiles() const { return m_profiles.profiles(); }
    std::optional<Profile> profile(const QString& name) const { return m_profiles.find(name); }
    // The profile NAME, or with an empty NAME the default one (defaultProfile()).
    ProfileError choose(const QString& name, Profile* chosen) const;
    // The default profile, shared by the app (the one it opens at start) and paydesk-cli (the one
    // used without --profile): the one set with setDefaultProfile(), else the only one there is.
    std::optional<Profile> defaultProfile() const;
    ProfileError setDefaultProfile(const QString& name) { return m_profiles.setDefaultName(name); }
    static ProfileError validate(const Profile& profile) { return ProfileStore::validate(profile); }
    // The address as the gateway's client will use it, for saving in a profile.
    static QString normalizedUrl(GatewayKind kind, const QString& url);

    using Done = std::function<void(const WorkplaceError&)>;
    // Saves a new profile and its secret (and Assist's secret word when the profile has one); on a
    // keychain failure the profile is removed again.
    void addProfile(Profile profile, const QString& secret, const QString& checkWord, QObject* context,
                    std::function<void(const Profile&, const WorkplaceError&)> done);
    // Saves a changed profile; a non-empty NEWSECRET replaces the stored one.
    void updateProfile(const Profile& profile, const QString& newSecret, QObject* context, Done done);
    // The profile's callback key (rbs-api.md §7.3), kept in the keychain beside its secret; an empty KEY
    // removes it. callbackKey() gives an empty key when none is set.
    void setCallbackKey(const QString& profileName, const QString& key, QObject* context, Done done);
    void callbackKey(const QString& profileId, QObject* context,
                     std::function<void(const QString& key, const WorkplaceError&)> done);
    // Removes the profile's secrets, then the profile.
    void removeProfile(const QString& name, QObject* context, Done done);

    // Asks the gateway for an order that does not exist: "no such order" proves the credentials.
    void testConnection(const Profile& profile, int timeoutMs, QObject* context,
                        std::function<void(const ConnectionTest&)> done);
    // The same with PROFILE as typed, saved or not, and SECRET as typed; an empty SECRET is the one in
    // the keychain (of a saved profile).
    void testConnection(const Profile& profile, const QString& secret, int timeoutMs, QObject* context,
                        std::function<void(const ConnectionTest&)> done);

    // A desk whose client reads the secret from the keychain when its first request leaves (the app).
    DeskOpening openDesk(const Profile& profile, const DeskOptions& options);
    // A desk whose secret is read now, so that a keychain failure is known before anything is sent
    // (paydesk-cli, the connection test).
    void signIn(const Profile& profile, const DeskOptions& options, QObject* context,
                std::function<void(DeskOpening)> done);
    // Whether opening PROFILE's desk first upgrades its local cache (schema 9 rebuilds the orders: about half a
    // minute per million). The app then opens it with openDeskAfterUpgrade() and says so meanwhile.
    bool cacheNeedsUpgrade(const Profile& profile, const DeskOptions& options) const;
    // openDesk() once the cache is upgraded on a worker thread; the caller's thread is free meanwhile.
    void openDeskAfterUpgrade(const Profile& profile, const DeskOptions& options, QObject* context,
                              std::function<void(DeskOpening)> done);
    // A desk on the embedded sandbox, with its fixed demo account.
    DeskOpening openSandboxDesk(const QString& baseUrl, const GatewayCredentials& account, const DeskOptions& options);

    // Team mode: which profiles share a PostgreSQL cache and journal, joining and leaving.
    TeamSetup& team() { return m_team; }

    // SQLite's integrity check and every cached order read back; REPAIR moves damaged ones aside.
    static CacheReport checkCache(const QString& cachePath, bool repair);

private:
    static GatewayCredentials credentialsOf(const Profile& profile, const QString& secret);
    static void testWith(const Profile& profile, const GatewayCredentials& credentials, int timeoutMs, QObject* context,
                         const std::function<void(const ConnectionTest&)>& done);
    void readSecrets(const Profile& profile, QObject* context,
                     std::function<void(const GatewayCredentials&, const WorkplaceError&)> done);
    DeskOpening deskFor(const Profile& profile, GatewayClient* client, const QString& clientError,
                        const DeskOptions& options, const QString& profileId, const QString& profileName);

    static QString cachePathOf(const DeskOptions& options);
    std::unique_ptr<OrderCache> openCache(const Profile& profile, const DeskOptions& options, StoreError* error) const;

    ProfileStore m_profiles;
    CredentialStore* m_credentials;
    TeamSetup m_team;
};

} // namespace PayDesk
