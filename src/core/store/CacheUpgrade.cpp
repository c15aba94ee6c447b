#include "core/store/CacheUpgrade.h"

#include "core/store/Migrations.h"
#include "core/store/OrderStore.h"
#include "core/store/RepackedOrders.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace PayDesk {

CacheUpgrade::CacheUpgrade(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

CacheUpgrade::~CacheUpgrade()
{
    if (m_thread)
        m_thread->wait();
}

bool CacheUpgrade::isNeeded(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const QString connection = QStringLiteral("paydesk-upgrade-check-") + QUuid::createUuid().toString();
    int version = Migrations::latestVersion();
    bool converting = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
            version = q.value(0).toInt();
        // A conversion cut short goes on before the cache is used: it is an upgrade too.
        converting = version >= Migrations::BesideColumns && RepackedOrders::isConverting(db);
    }
    QSqlDatabase::removeDatabase(connection);
    return version < Migrations::latestVersion() || converting;
}

void CacheUpgrade::start()
{
    m_thread.reset(QThread::create([this] {
        OrderStore store;
        if (!store.open(m_path))
            m_error = store.lastError();
    }));
    m_thread->setObjectName(QStringLiteral("CacheUpgrade"));
    connect(m_thread.get(), &QThread::finished, this, [this] { emit finished(m_error); });
    m_thread->start();
}

} // namespace PayDesk
