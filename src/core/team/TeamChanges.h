#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>

class QTimer;

namespace PayDesk {

// What one desk of a team changes reaches the others at once, through PostgreSQL's LISTEN/NOTIFY on
// the desk's own connection: tell() after a change (orders stored by a sync, an operation's journal
// entry settled), changed() when another desk told of a change to the same account. The payload is
// the account key; desks of other accounts ignore it, and a desk never hears itself. A burst (a batch
// capture tells once per order) comes out as one changed() a moment later.
class TeamChanges : public QObject
{
    Q_OBJECT
public:
    static constexpr int CoalesceMSecs = 200;

    TeamChanges(QSqlDatabase database, QString account, QObject* parent = nullptr);

    bool isListening() const { return m_listening; }
    void tell();

signals:
    void changed();

private:
    void heard(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QSqlDatabase m_db;
    QString m_account;
    QTimer* m_coalesce;
    bool m_listening = false;
};

} // namespace PayDesk
