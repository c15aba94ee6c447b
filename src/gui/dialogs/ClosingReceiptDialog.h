#pragma once

#include "core/model/Order.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ClosingReceiptDialog;
}

namespace PayDesk {

class Desk;
class OperationJob;

// Order > Issue closing receipt…: what the receipt will say and for how much, then the gateway's answer.
class ClosingReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ClosingReceiptDialog(Desk* desk, const Order& order, QWidget* parent = nullptr);
    ~ClosingReceiptDialog() override;

signals:
    void finishedSending(OperationJob* job);

private:
    void send();
    void showOutcome(OperationJob* job);

    std::unique_ptr<Ui::ClosingReceiptDialog> m_ui;
    Desk* m_desk;
    Order m_order;
    QPushButton* m_issueButton;
};

} // namespace PayDesk
