#pragma once

#include "core/model/OperationResult.h"
#include "core/model/Order.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

#include <optional>

namespace Ui {
class OperationDialog;
}

namespace PayDesk {

class Desk;
class OperationJob;

// Asks for and runs one money operation on one order: capture (all or part of the hold), refund
// (all or part of what is captured), or reverse. The dialog is the confirmation; it stays open to
// show the gateway's answer.
class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    OperationDialog(Desk* desk, OperationKind kind, const Order& order, QWidget* parent = nullptr);
    ~OperationDialog() override;

    const std::optional<OperationResult>& result() const { return m_result; }
    OperationKind kind() const { return m_kind; }
    const Order& order() const { return m_order; }
    // Closing (Escape) while the operation is under way leaves it running: closedWhileSending() hands it on.
    void reject() override;

signals:
    void operationFinished(const OperationResult& result);
    void closedWhileSending(OperationJob* job);

private:
    struct Wording
    {
        QString title;
        QString headline;
        QString button;
    };
    static Wording wording(OperationKind kind, const QString& orderNumber, const QString& limit);
    void updateExplanation();
    void applyTexts();
    static QString resultText(const OperationResult& result);
    std::optional<Money> chosenAmount(QString* error) const;
    void run();
    void showResult(const OperationResult& result);

    QScopedPointer<Ui::OperationDialog> m_ui;
    Desk* m_desk;
    OperationKind m_kind;
    Order m_order;
    Money m_limit; // what can be captured / refunded now
    std::optional<OperationResult> m_result;
    bool m_running = false;
    QPointer<OperationJob> m_job;
};

} // namespace PayDesk
