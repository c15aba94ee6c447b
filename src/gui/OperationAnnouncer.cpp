#include "gui/OperationAnnouncer.h"

#include "core/gateway/GatewayJob.h"
#include "gui/HoldReminder.h"

#include <QStatusBar>

namespace PayDesk {

OperationAnnouncer::OperationAnnouncer(QStatusBar* status, HoldReminder* tray, QObject* parent)
    : QObject(parent)
    , m_status(status)
    , m_tray(tray)
{ }

void OperationAnnouncer::follow(OperationJob* job, OperationKind kind, const QString& orderNumber)
{
    m_status->showMessage(tr("The %1 of order %2 is still being sent; you will be told how it ends.")
                              .arg(OperationResult::displayKind(kind), orderNumber));
    connect(job, &OperationJob::finished, this, [this, job, orderNumber] {
        const QString text = sentence(job->result(), orderNumber);
        m_status->showMessage(text);
        if (m_tray)
            m_tray->notify(
                tr("PayDesk: %1 of order %2").arg(OperationResult::displayKind(job->result().kind), orderNumber), text);
        emit announced(text);
    });
}

QString OperationAnnouncer::sentence(const OperationResult& r, const QString& orderNumber)
{
    const QString what = OperationResult::displayKind(r.kind);
    switch (r.outcome) {
    case OperationResult::Outcome::Done:
        return tr("The %1 of order %2 is done: the order is now %3.")
            .arg(what, orderNumber, OrderStatusText::display(r.order.status).toLower());
    case OperationResult::Outcome::Refused:
        return tr("The %1 of order %2 was not done: %3").arg(what, orderNumber, r.error.userMessage());
    case OperationResult::Outcome::Unknown:
        break;
    }
    return tr("The %1 of order %2 has an unknown outcome: the journal settles it from the order's status; do not "
              "repeat it.")
        .arg(what, orderNumber);
}

} // namespace PayDesk
