#pragma once

#include "core/model/Order.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace PayDesk {

class Desk;
class Workplace;

// The Order menu's support entries: Check callback… (CheckCallbackDialog) and Issue closing receipt…
// (ClosingReceiptDialog), enabled only for a paid order whose receipt at payment was an advance.
class OrderSupportActions : public QObject
{
    Q_OBJECT
public:
    OrderSupportActions(QMenu* orderMenu, Desk* desk, Workplace* workplace, QWidget* window);

    QAction* checkCallbackAction() const { return m_checkCallback; }
    QAction* closeReceiptAction() const { return m_closeReceipt; }
    // The order the actions are about (none: nothing selected, or several).
    void setCurrent(const std::optional<Order>& order);

private:
    void nameActions();
    QAction* m_checkCallback;
    QAction* m_closeReceipt;
    Desk* m_desk;
    Workplace* m_workplace;
    QWidget* m_window;
    std::optional<Order> m_current;
};

} // namespace PayDesk
