#pragma once

#include <QObject>
#include <QStringList>

class QSystemTrayIcon;
class QTimer;

namespace PayDesk {

class Desk;

// Tells the user, once per order, when a hold enters its last 24 hours: a tray notification while
// the app runs (checked after each sync and every few minutes). Orders already told of are
// remembered in the settings, per profile.
class HoldReminder : public QObject
{
    Q_OBJECT
public:
    explicit HoldReminder(Desk* desk, QObject* parent = nullptr);

    // The held orders due within 24 h not told of before; marks them told.
    QStringList takeNewlyDue();
    void check();
    // A notification in the tray, when there is one.
    void notify(const QString& title, const QString& text);

signals:
    void reminded(const QStringList& orderNumbers);

private:
    Desk* m_desk;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_timer;
};

} // namespace PayDesk
