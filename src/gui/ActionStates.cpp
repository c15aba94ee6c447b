#include "gui/ActionStates.h"

#include "core/operations/OrderActions.h"

#include <QAction>

namespace PayDesk {

void ActionStates::update(const Actions& actions, const std::optional<Order>& current,
                          const QList<OrderSummary>& selected)
{
    const QString none = tr("Select an order first");
    for (const auto& [action, check] :
         {std::pair{actions.capture, &OrderActions::capture}, std::pair{actions.reverse, &OrderActions::reverse},
          std::pair{actions.refund, &OrderActions::refund}}) {
        const ActionAvailability a = current ? check(*current) : ActionAvailability{false, none};
        set(action, a.allowed, a.whyNot);
    }
    for (QAction* action : {actions.refresh, actions.copyId, actions.copyNumber})
        set(action, current.has_value(), none);
    const bool anyHeld = std::any_of(selected.begin(), selected.end(),
                                     [](const OrderSummary& s) { return OrderActions::captureRow(s).allowed; });
    set(actions.batchCapture, anyHeld, tr("Select held payments first (Ctrl+click, Shift+click)"));
}

void ActionStates::set(QAction* action, bool enabled, const QString& why)
{
    action->setEnabled(enabled);
    action->setToolTip(enabled ? action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) : why);
    action->setStatusTip(action->toolTip());
}

} // namespace PayDesk
