#pragma once

#include "core/team/TeamDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

// The throw-away PostgreSQL cluster tests/run-headless.sh starts (pg_virtualenv: PGHOST, PGPORT,
// PGUSER, PGPASSWORD): a fresh database of its own per call. No cluster is a failure, never a skip.
namespace PgFixture {

inline QString password()
{
    return qEnvironmentVariable("PGPASSWORD");
}

inline bool available()
{
    return qEnvironmentVariableIsSet("PGHOST") && qEnvironmentVariableIsSet("PGPORT")
           && QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

inline PayDesk::TeamDatabase server(const QString& name)
{
    PayDesk::TeamDatabase db;
    db.host = QStringLiteral("127.0.0.1");
    db.port = qEnvironmentVariableIntValue("PGPORT");
    db.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    db.name = name;
    return db;
}

// Runs SQL on DATABASE as the cluster's superuser; false when it failed.
inline bool admin(const QString& database, const QString& sql)
{
    const QString connection = QStringLiteral("pgfixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        server(database).configure(db, password());
        ok = db.open() && QSqlQuery(db).exec(sql);
        if (!ok)
            qWarning() << "PgFixture:" << sql << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// A new, empty database on the test cluster.
inline PayDesk::TeamDatabase freshDatabase()
{
    const QString name = QStringLiteral("paydesk_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!available() || !admin(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name))
        return {};
    return server(name);
}

} // namespace PgFixture

// Fails the test when there is no cluster: PostgreSQL tests never skip.
#define PG_REQUIRE(address)                                                                                            \
    QVERIFY2(PgFixture::available(), "no PostgreSQL test cluster: run the tests through tests/run-headless.sh");       \
    QVERIFY2((address).isValid(), "the test cluster refused a new database")
