#pragma once

#include "core/model/Order.h"

#include <QDialog>
#include <QScopedPointer>

#include <optional>

namespace Ui {
class NewPaymentDialog;
}

class QTimer;

namespace PayDesk {

class Desk;

// A manual test payment: registers a one-stage or two-stage order, shows its payment page as a
// link and a QR code, and follows the order's status until it is paid, declined or closed.
class NewPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    NewPaymentDialog(Desk* desk, const QString& returnUrl, QWidget* parent = nullptr);
    ~NewPaymentDialog() override;

    void submit();
    QString orderId() const { return m_orderId; }
    QString formUrl() const { return m_formUrl; }
    void addCartItem(const QString& name, int quantity, const QString& price);

signals:
    void registered();
    void statusChanged(OrderStatus status);

private:
    static QString taxSystemName(int taxSystem);
    void retranslate();
    static QString newOrderNumber();
    static QString statusText(const Order& o);
    void watchForm();
    // Clears the registered order from the form; NEWNUMBER gives the form a fresh order number.
    void startNewOrder(bool newNumber);
    void clearShownOrder();
    void showRegistered(const QString& number, const QString& orderId, const QString& formUrl);
    void poll();
    void updateCartTotal();
    // The cart as typed, or why it cannot be sent.
    struct CartEntry
    {
        std::optional<Cart> cart;
        QString error;
    };
    CartEntry cart() const;
    QString cellText(int row, int column) const;

    QScopedPointer<Ui::NewPaymentDialog> m_ui;
    Desk* m_desk;
    QPushButton* m_registerButton;
    QTimer* m_poll;
    QString m_orderId;
    QString m_orderNumber;      // of the order shown; empty when none is
    QString m_registeredNumber; // the last one registered: never offered again
    QString m_formUrl;
    QString m_qrPlaceholder;
    OrderStatus m_lastStatus = OrderStatus::Unknown;
    std::optional<Order> m_lastOrder; // its status as last read, shown
};

} // namespace PayDesk
