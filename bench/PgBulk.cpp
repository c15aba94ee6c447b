#include "PgBulk.h"

#include "core/store/PgOrderRow.h"
#include "core/store/PgOrderStore.h"
#include "core/time/Clock.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

#include <cstdio>

using namespace PayDesk;

namespace PgBulk {

namespace {
// A value in COPY's text format (no NULLs: every column of orders is NOT NULL).
void appendField(QByteArray& line, const QVariant& value)
{
    QByteArray text;
    if (value.typeId() == QMetaType::QByteArray)
        text = "\\x" + value.toByteArray().toHex();
    else
        text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

PGconn* handle(const QSqlDatabase& db)
{
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn* const*>(h.data());
}
} // namespace

bool available()
{
    return qEnvironmentVariableIsSet("PGHOST") && qEnvironmentVariableIsSet("PGPORT")
           && QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

QString password()
{
    return qEnvironmentVariable("PGPASSWORD");
}

TeamDatabase server(const QString& database)
{
    TeamDatabase db;
    db.host = QStringLiteral("127.0.0.1");
    db.port = qEnvironmentVariableIntValue("PGPORT");
    db.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    db.name = database;
    return db;
}

bool run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
    return false;
}

bool recreate(const QString& database)
{
    const QString connection = QStringLiteral("pgbulk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        server(QStringLiteral("postgres")).configure(db, password());
        ok = db.open() && run(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database))
             && run(db, QStringLiteral("CREATE DATABASE %1").arg(database));
        if (!db.isOpen())
            std::fprintf(stderr, "%s\n", qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool open(PgOrderStore& store, const QString& database)
{
    if (store.open(server(database), password()))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
    return false;
}

bool copy(PgOrderStore& store, const QString& profile, const QList<Order>& orders)
{
    PGconn* conn = handle(store.database());
    const QByteArray sql = QStringLiteral("COPY orders (%1) FROM STDIN")
                               .arg(PgOrderRow::columns(true).join(QStringLiteral(", ")))
                               .toUtf8();
    PGresult* started = conn ? PQexec(conn, sql.constData()) : nullptr;
    const bool copying = started && PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        std::fprintf(stderr, "COPY did not start: %s\n", conn ? PQerrorMessage(conn) : "no libpq connection");
        return false;
    }
    const qint64 now = Clock::nowMSecs();
    QByteArray buffer;
    for (const Order& o : orders) {
        const QVariantList row = PgOrderRow::values(profile, o, now, true);
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendField(buffer, row.at(i));
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20) && PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1)
            buffer.clear();
    }
    bool ok = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1 && PQputCopyEnd(conn, nullptr) == 1;
    while (PGresult* done = PQgetResult(conn)) {
        ok = ok && PQresultStatus(done) == PGRES_COMMAND_OK;
        PQclear(done);
    }
    if (!ok)
        std::fprintf(stderr, "COPY failed: %s\n", PQerrorMessage(conn));
    return ok;
}

QStringList dropIndexes(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    QStringList names;
    QStringList definitions;
    q.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('orders', 'order_words') AND "
                          "indexname NOT IN "
                          "(SELECT conname FROM pg_constraint)"));
    while (q.next()) {
        names.append(q.value(0).toString());
        definitions.append(q.value(1).toString());
    }
    for (const QString& name : names)
        run(db, QStringLiteral("DROP INDEX %1").arg(name));
    return definitions;
}

qint64 databaseBytes(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && q.next() ? q.value(0).toLongLong()
                                                                                             : -1;
}

} // namespace PgBulk
