#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlError;

namespace PayDesk {

// How the cache's orders table names a profile. From schema 9 it is a small integer from the profiles
// table, given on the profile's first write (a profile's id is 36 characters, and it began every index);
// before, the name itself. Keys are never taken back, so a key once read stays right.
class ProfileKeys
{
public:
    void reset(int schema);
    // PROFILE as the orders table holds it; NULL (which no row matches) when it has no key yet.
    QVariant find(const QSqlDatabase& db, const QString& profile) const;
    // The same, giving PROFILE a key if it has none; an invalid QVariant when the cache refused the write.
    QVariant keep(const QSqlDatabase& db, const QString& profile, QSqlError* error);
    // The profile named by KEY as the orders table holds it.
    QString name(const QSqlDatabase& db, const QVariant& key) const;

private:
    int m_schema = 0;
    mutable QHash<QString, qint64> m_keys;
};

} // namespace PayDesk
