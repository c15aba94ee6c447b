#include "gui/HoldReminder.h"
#include "core/time/Clock.h"

#include "core/session/Desk.h"
#include "core/store/OrderStore.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace PayDesk {

HoldReminder::HoldReminder(Desk* desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_timer(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("PayDesk"));
        m_tray->show();
    }
    m_timer->setInterval(5 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &HoldReminder::check);
    connect(desk, &Desk::syncFinished, this, &HoldReminder::check);
    m_timer->start();
}

QStringList HoldReminder::takeNewlyDue()
{
    QSettings settings;
    const QString key = QStringLiteral("reminded/") + m_desk->profileId();
    QStringList told = settings.value(key).toStringList();
    QStringList numbers;
    for (const OrderSummary& o : m_desk->dueOrders(1000)) {
        if (told.contains(o.orderId) || o.deadline < Clock::nowUtc())
            continue;
        told.append(o.orderId);
        numbers.append(o.orderNumber);
    }
    // Enough memory for any realistic day of holds; the oldest are forgotten first.
    while (told.size() > 5000)
        told.removeFirst();
    settings.setValue(key, told);
    return numbers;
}

void HoldReminder::notify(const QString& title, const QString& text)
{
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15000);
}

void HoldReminder::check()
{
    const QStringList numbers = takeNewlyDue();
    if (numbers.isEmpty())
        return;
    if (m_tray)
        m_tray->showMessage(tr("Holds expire within 24 hours"),
                            tr("%n held payment(s) must be captured within 24 hours: %1", nullptr, int(numbers.size()))
                                .arg(numbers.mid(0, 5).join(QStringLiteral(", "))
                                     + (numbers.size() > 5 ? QStringLiteral(" …") : QString())),
                            QSystemTrayIcon::Warning, 15000);
    emit reminded(numbers);
}

} // namespace PayDesk
