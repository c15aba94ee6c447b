#include "core/store/ProfileKeys.h"

#include <QSqlError>
#include <QSqlQuery>

namespace PayDesk {

namespace {
constexpr int KeyedSchema = 9; // the version that added the profiles table
}

void ProfileKeys::reset(int schema)
{
    m_schema = schema;
    m_keys.clear();
}

QVariant ProfileKeys::find(const QSqlDatabase& db, const QString& profile) const
{
    if (m_schema < KeyedSchema)
        return profile;
    if (const auto known = m_keys.constFind(profile); known != m_keys.constEnd())
        return *known;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT key FROM profiles WHERE name = ?"));
    q.addBindValue(profile);
    if (!q.exec() || !q.next())
        return QVariant(QMetaType::fromType<qint64>());
    m_keys.insert(profile, q.value(0).toLongLong());
    return q.value(0).toLongLong();
}

QVariant ProfileKeys::keep(const QSqlDatabase& db, const QString& profile, QSqlError* error)
{
    const QVariant known = find(db, profile);
    if (!known.isNull())
        return known;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO profiles (name) VALUES (?)"));
    q.addBindValue(profile);
    if (!q.exec()) {
        *error = q.lastError();
        return {};
    }
    const QVariant key = find(db, profile);
    if (key.isNull())
        *error = QSqlError(QString(), QStringLiteral("the profile's key was not kept"), QSqlError::StatementError);
    return key.isNull() ? QVariant() : key;
}

QString ProfileKeys::name(const QSqlDatabase& db, const QVariant& key) const
{
    if (m_schema < KeyedSchema)
        return key.toString();
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it) {
        if (it.value() == key.toLongLong())
            return it.key();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM profiles WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace PayDesk
