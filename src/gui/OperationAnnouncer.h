#pragma once

#include "core/model/OperationResult.h"

#include <QObject>

class QStatusBar;

namespace PayDesk {

class HoldReminder;
class OperationJob;

// Says how a money operation ended when nobody is looking at its dialog any more (it was closed
// while sending): in the status bar and as a tray notification. The order's row follows by itself
// (Desk::orderChanged).
class OperationAnnouncer : public QObject
{
    Q_OBJECT
public:
    OperationAnnouncer(QStatusBar* status, HoldReminder* tray, QObject* parent = nullptr);

    void follow(OperationJob* job, OperationKind kind, const QString& orderNumber);
    static QString sentence(const OperationResult& result, const QString& orderNumber);

signals:
    void announced(const QString& text);

private:
    QStatusBar* m_status;
    HoldReminder* m_tray;
};

} // namespace PayDesk
