#include "core/team/TeamChanges.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcTeamChanges, "paydesk.team.changes", QtInfoMsg)

namespace {
const QString Channel = QStringLiteral("paydesk_changes");
} // namespace

TeamChanges::TeamChanges(QSqlDatabase database, QString account, QObject* parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_account(std::move(account))
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMSecs);
    connect(m_coalesce, &QTimer::timeout, this, &TeamChanges::changed);
    QSqlDriver* driver = m_db.driver();
    m_listening = driver && driver->subscribeToNotification(Channel);
    if (!m_listening) {
        qCWarning(lcTeamChanges) << "cannot listen for the team's changes:" << m_db.lastError().text();
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &TeamChanges::heard);
}

void TeamChanges::tell()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(Channel);
    q.addBindValue(m_account);
    if (!q.exec()) // the others see it at their next sync or reload
        qCWarning(lcTeamChanges) << "cannot tell the team of a change:" << q.lastError().text();
}

void TeamChanges::heard(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    if (name != Channel || source == QSqlDriver::SelfSource || payload.toString() != m_account)
        return;
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

} // namespace PayDesk
