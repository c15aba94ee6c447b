#pragma once

#include <QObject>

namespace PayDesk::Cli {

// One desktop notification over D-Bus (org.freedesktop.Notifications, Notify), asynchronously: the
// notification server of the user's session shows it. Emits done() once, with an empty error when
// the server took it.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // URGENT asks the server for its critical level (it stays until dismissed).
    void notify(const QString& title, const QString& body, bool urgent);

signals:
    void done(const QString& error);
};

} // namespace PayDesk::Cli
