#pragma once

#include "core/credentials/CredentialStore.h"
#include "core/profiles/Profile.h"
#include "core/session/WorkplaceError.h"
#include "core/team/TeamDatabase.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace PayDesk {

class PgOrderStore;

// Where a profile's team stands: its database and schema, or why it could not be reached.
struct TeamStatus
{
    TeamDatabase database;
    int schema = 0;
    WorkplaceError error;
};

// Which profiles work in team mode, on which database: a small INI file next to the profiles
// (team.ini; no secret in it), the database password in the keychain (CredentialStore). Desks whose
// profiles name the same gateway account (URL and login) share its orders, claims and journal.
class TeamSetup
{
    Q_DECLARE_TR_FUNCTIONS(TeamSetup)
public:
    TeamSetup(QString linksPath, CredentialStore* credentials);

    std::optional<TeamDatabase> databaseOf(const Profile& profile) const;
    // The key a team shares an account's rows under: the gateway URL and login, not the profile's name.
    static QString accountOf(const Profile& profile);

    // Connects with PASSWORD, creates or migrates the schema, then keeps the password in the keychain and
    // the address for the profile. The database is reached on a thread of its own; DONE runs in CONTEXT's.
    void join(const Profile& profile, const TeamDatabase& database, const QString& password, QObject* context,
              std::function<void(const TeamStatus&)> done);
    // Back to the local cache: the address and the password are forgotten.
    void leave(const Profile& profile, QObject* context, std::function<void(const WorkplaceError&)> done);
    // Connects with the stored password and reads the schema version (on a thread of its own, as join()).
    void status(const Profile& profile, QObject* context, std::function<void(const TeamStatus&)> done);
    void readPassword(const Profile& profile, QObject* context, std::function<void(const SecretResult&)> done);
    // The team's cache for the profile, connected; null with ERROR set when it cannot be.
    static std::unique_ptr<PgOrderStore> open(const TeamDatabase& database, const QString& password, StoreError* error);

private:
    static void probe(const TeamDatabase& database, const QString& password, QObject* context,
                      std::function<void(const TeamStatus&)> done);

    QString m_path;
    CredentialStore* m_credentials;
};

} // namespace PayDesk
