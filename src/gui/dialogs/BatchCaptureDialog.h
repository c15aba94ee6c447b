#pragma once

#include "core/model/OperationResult.h"
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
// those checked, then each one's outcome as the batch runs, and at its end the outcomes in full,
// grouped as done, refused, temporary failure (Retry failed sends those again) and unknown; the
// result can be exported as CSV.
class BatchCaptureDialog : public QDialog
{
    Q_OBJECT
public:
    BatchCaptureDialog(Desk* desk, const QList<OrderSummary>& orders, QWidget* parent = nullptr);
    ~BatchCaptureDialog() override;

    void start();
    // Sends again the captures that failed for a passing reason; false when there are none.
    bool retryFailed();
    void exportResult();
    bool isFinished() const { return m_finished; }
    CaptureBatch* batch() const { return m_batch; }

signals:
    void batchFinished();

private:
    void applyTexts();
    void describeOutcomes();
    void updateTotal();
    void showOutcome(int index, const OperationResult& result);
    void showSummary();

    QScopedPointer<Ui::BatchCaptureDialog> m_ui;
    Desk* m_desk;
    QList<OrderSummary> m_orders;
    CaptureBatch* m_batch = nullptr;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QPushButton* m_retryButton;
    QPushButton* m_exportButton;
    QList<int> m_rows; // the list's row of each batch item
    bool m_finished = false;
};

} // namespace PayDesk
