#include "cli/DesktopNotifier.h"
#include "cli/CliText.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace PayDesk::Cli {

void DesktopNotifier::notify(const QString& title, const QString& body, bool urgent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why = bus.lastError().message();
        QMetaObject::invokeMethod(
            this, [this, why] { emit done(CliText::tr("no D-Bus session bus (%1)").arg(why)); }, Qt::QueuedConnection);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
                            {QStringLiteral("desktop-entry"), QStringLiteral(PAYDESK_APP_ID)}};
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the server's)
    call << QStringLiteral("PayDesk") << uint(0) << QStringLiteral(PAYDESK_APP_ID) << title << body << QStringList()
         << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        emit done(
            reply.isError()
                ? CliText::tr("the desktop's notification service did not take it: %1").arg(reply.error().message())
                : QString());
    });
}

} // namespace PayDesk::Cli
