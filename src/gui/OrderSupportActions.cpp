#include "gui/OrderSupportActions.h"

#include "core/operations/ClosingReceipt.h"
#include "gui/LanguageChange.h"
#include "gui/dialogs/CheckCallbackDialog.h"
#include "gui/dialogs/ClosingReceiptDialog.h"

#include <QAction>
#include <QMenu>

namespace PayDesk {

OrderSupportActions::OrderSupportActions(QMenu* orderMenu, Desk* desk, Workplace* workplace, QWidget* window)
    : QObject(window)
    , m_checkCallback(new QAction(this))
    , m_closeReceipt(new QAction(this))
    , m_desk(desk)
    , m_workplace(workplace)
    , m_window(window)
{
    m_checkCallback->setObjectName(QStringLiteral("actionCheckCallback"));
    m_closeReceipt->setObjectName(QStringLiteral("actionCloseReceipt"));
    nameActions();
    LanguageChange::follow(orderMenu, this, [this] {
        nameActions();
        setCurrent(m_current);
    });
    m_closeReceipt->setEnabled(false);
    orderMenu->addSeparator();
    orderMenu->addAction(m_closeReceipt);
    orderMenu->addAction(m_checkCallback);
    connect(m_checkCallback, &QAction::triggered, this, [this] {
        auto* dialog = new CheckCallbackDialog(m_desk, m_workplace, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_closeReceipt, &QAction::triggered, this, [this] {
        if (!m_current)
            return;
        auto* dialog = new ClosingReceiptDialog(m_desk, *m_current, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void OrderSupportActions::nameActions()
{
    m_checkCallback->setText(tr("Check &callback…"));
    m_checkCallback->setStatusTip(tr("Whether a callback notification the shop received is genuine, and what it says"));
    m_closeReceipt->setText(tr("Issue c&losing receipt…"));
    m_closeReceipt->setStatusTip(tr("The second receipt of an order paid in advance, once the customer has the goods"));
}

void OrderSupportActions::setCurrent(const std::optional<Order>& order)
{
    m_current = order;
    m_closeReceipt->setEnabled(order && ClosingReceipt::applies(*order));
    m_closeReceipt->setToolTip(order && !ClosingReceipt::applies(*order) ? ClosingReceipt::refusal(*order) : QString());
}

} // namespace PayDesk
