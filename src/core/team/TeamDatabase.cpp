#include "core/team/TeamDatabase.h"

#include <QHostAddress>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace PayDesk {

TeamDatabase TeamDatabase::parse(const QString& text, QString* error)
{
    TeamDatabase db;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        *error = tr("not a postgresql://USER@HOST:PORT/DBNAME address: %1").arg(text);
        return {};
    }
    if (!url.password().isEmpty()) {
        *error = tr("the address holds a password: give it on standard input instead");
        return {};
    }
    db.user = url.userName();
    db.host = url.host();
    db.port = url.port(5432);
    db.name = url.path().mid(1);
    db.caFile = QUrlQuery(url).queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    if (!db.isValid()) {
        *error = tr("the address needs a user, a host and a database name: %1").arg(text);
        return {};
    }
    *error = db.policyError();
    return error->isEmpty() ? db : TeamDatabase{};
}

QString TeamDatabase::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + name);
    if (!caFile.isEmpty())
        url.setQuery(QStringLiteral("sslrootcert=") + caFile);
    return url.toString();
}

bool TeamDatabase::isLoopback() const
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TeamDatabase::policyError() const
{
    if (caFile.isEmpty() && !isLoopback())
        return tr("a plain connection to %1 is refused: give the server's CA (?sslrootcert=FILE) for "
                  "sslmode=verify-full, or use a database on this computer")
            .arg(host);
    return {};
}

QString TeamDatabase::keychainKey(const QString& profileId) const
{
    return QStringLiteral("team:") + profileId;
}

void TeamDatabase::configure(QSqlDatabase& db, const QString& password) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(name);
    db.setUserName(user);
    db.setPassword(password);
    QString options = QStringLiteral("connect_timeout=10;application_name=paydesk");
    if (caFile.isEmpty())
        options += QStringLiteral(";sslmode=disable");
    else
        options += QStringLiteral(";sslmode=verify-full;sslrootcert=") + caFile;
    db.setConnectOptions(options);
}

} // namespace PayDesk
