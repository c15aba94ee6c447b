#pragma once

#include "core/store/OrderQuery.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class BatchCaptureDialog;
}

namespace PayDesk {

class CaptureBatch;
class Desk;

// Captures many held payments at once: each listed with a checkbox and its amount, the total of
// those checked, then each one's outcome as the batch runs.
class BatchCaptureDialog : public QDialog
{
    Q_OBJECT
public:
    BatchCaptureDialog(Desk* desk, const QList<OrderSummary>& orders, QWidget* parent = nullptr);
    ~BatchCaptureDialog() override;

    void start();
    bool isFinished() const { return m_finished; }

signals:
    void batchFinished();

private:
    void updateTotal();

    QScopedPointer<Ui::BatchCaptureDialog> m_ui;
    Desk* m_desk;
    QList<OrderSummary> m_orders;
    CaptureBatch* m_batch = nullptr;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    bool m_finished = false;
};

} // namespace PayDesk
