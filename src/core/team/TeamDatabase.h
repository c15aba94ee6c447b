#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace PayDesk {

// Where a team's database is: postgresql://USER@HOST:PORT/DBNAME, with TLS (sslmode=verify-full
// against CAFILE) or, to loopback only, plain. The password is never part of it: it lives in the
// keychain under keychainKey().
struct TeamDatabase
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabase)
public:
    QString user;
    QString host;
    int port = 5432;
    QString name;
    QString caFile; // PEM; empty: a plain connection, refused unless HOST is loopback

    // Parses URL (postgresql:// or postgres://, "?sslrootcert=FILE" as CAFILE); ERROR says why not.
    static TeamDatabase parse(const QString& url, QString* error);
    // The URL as given back to people: never a password.
    QString url() const;
    bool isValid() const { return !host.isEmpty() && !user.isEmpty() && !name.isEmpty(); }
    bool isLoopback() const;
    // Why this address may not be used (plain to a remote host), or empty.
    QString policyError() const;
    QString keychainKey(const QString& profileId) const;
    // Sets up DB (a QPSQL connection) for this address and PASSWORD.
    void configure(QSqlDatabase& db, const QString& password) const;
};

} // namespace PayDesk
