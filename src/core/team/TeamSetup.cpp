#include "core/team/TeamSetup.h"

#include "core/store/PgOrderStore.h"

#include <QFile>
#include <QSettings>
#include <QThread>

#include <memory>

namespace PayDesk {

namespace {
QString urlKey(const Profile& profile)
{
    return profile.id + QStringLiteral("/url");
}
} // namespace

TeamSetup::TeamSetup(QString linksPath, CredentialStore* credentials)
    : m_path(std::move(linksPath))
    , m_credentials(credentials)
{ }

std::optional<TeamDatabase> TeamSetup::databaseOf(const Profile& profile) const
{
    if (!QFile::exists(m_path))
        return std::nullopt;
    const QString url = QSettings(m_path, QSettings::IniFormat).value(urlKey(profile)).toString();
    if (url.isEmpty())
        return std::nullopt;
    QString error;
    const TeamDatabase database = TeamDatabase::parse(url, &error);
    return database.isValid() ? std::optional<TeamDatabase>(database) : std::nullopt;
}

QString TeamSetup::accountOf(const Profile& profile)
{
    QString url = profile.url.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const QString login = profile.merchantLogin.isEmpty() ? profile.user : profile.merchantLogin;
    return url.toLower() + QLatin1Char('|') + login;
}

std::unique_ptr<PgOrderStore> TeamSetup::open(const TeamDatabase& database, const QString& password, StoreError* error)
{
    auto store = std::make_unique<PgOrderStore>();
    if (store->open(database, password))
        return store;
    *error = store->lastError();
    return nullptr;
}

// Connecting (up to its timeout) and migrating take a while: on a thread of their own, so that the caller's
// event loop (a window) goes on; DONE runs in CONTEXT's thread.
void TeamSetup::probe(const TeamDatabase& database, const QString& password, QObject* context,
                      std::function<void(const TeamStatus&)> done)
{
    auto status = std::make_shared<TeamStatus>();
    status->database = database;
    QThread* thread = QThread::create([database, password, status] {
        StoreError failed;
        if (const std::unique_ptr<PgOrderStore> store = open(database, password, &failed))
            status->schema = store->schemaVersion();
        else
            status->error = WorkplaceError::of(failed);
    });
    QObject::connect(thread, &QThread::finished, context, [status, done] { done(*status); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void TeamSetup::join(const Profile& profile, const TeamDatabase& database, const QString& password, QObject* context,
                     std::function<void(const TeamStatus&)> done)
{
    probe(database, password, context, [this, profile, password, context, done](TeamStatus status) {
        if (status.error.isError())
            return done(status);
        m_credentials->write(status.database.keychainKey(profile.id), password, context,
                             [this, profile, status, done](const SecretResult& written) mutable {
                                 if (!written.ok()) {
                                     status.error = WorkplaceError::of(written);
                                     return done(status);
                                 }
                                 QSettings links(m_path, QSettings::IniFormat);
                                 links.setValue(urlKey(profile), status.database.url());
                                 links.sync();
                                 done(status);
                             });
    });
}

void TeamSetup::leave(const Profile& profile, QObject* context, std::function<void(const WorkplaceError&)> done)
{
    const std::optional<TeamDatabase> database = databaseOf(profile);
    {
        QSettings links(m_path, QSettings::IniFormat);
        links.remove(profile.id);
        links.sync();
    }
    if (!database)
        return done({});
    m_credentials->remove(database->keychainKey(profile.id), context, [done](const SecretResult& removed) {
        done(removed.ok() || removed.status == SecretResult::Status::NotFound ? WorkplaceError{}
                                                                              : WorkplaceError::of(removed));
    });
}

void TeamSetup::readPassword(const Profile& profile, QObject* context, std::function<void(const SecretResult&)> done)
{
    const std::optional<TeamDatabase> database = databaseOf(profile);
    if (!database)
        return done(SecretResult{SecretResult::Status::NotFound, {}, tr("%1 is not in team mode").arg(profile.name)});
    m_credentials->read(database->keychainKey(profile.id), context, std::move(done));
}

void TeamSetup::status(const Profile& profile, QObject* context, std::function<void(const TeamStatus&)> done)
{
    readPassword(profile, context, [this, profile, context, done](const SecretResult& password) {
        TeamStatus status;
        status.database = databaseOf(profile).value_or(TeamDatabase{});
        if (!password.ok()) {
            status.error = WorkplaceError::of(password);
            return done(status);
        }
        probe(status.database, password.secret, context, done);
    });
}

} // namespace PayDesk
