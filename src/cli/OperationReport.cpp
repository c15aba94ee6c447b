#include "cli/OperationReport.h"
#include "cli/CliText.h"

#include "cli/CliError.h"
#include "cli/OrderJson.h"
#include "cli/Output.h"

namespace PayDesk::Cli {

ExitCode OperationReport::print(const Output& out, const QString& orderId, const OperationResult& result)
{
    using Outcome = OperationResult::Outcome;
    const QString what = OperationResult::kindKey(result.kind);
    if (out.isJson()) {
        out.json(operationJson(orderId, result));
    } else if (result.outcome == Outcome::Done) {
        printDone(out, result);
    } else if (result.outcome == Outcome::Refused) {
        out.note(CliText::tr("%1: refused%2: %3")
                     .arg(what,
                          result.refusedBeforeSending ? CliText::tr(" before sending")
                          : result.settledFromStatus
                              ? CliText::tr(" (the answer was lost; the order's status shows no change)")
                              : QString(),
                          result.error.userMessage()));
    } else {
        out.note(CliText::tr("%1: OUTCOME UNKNOWN. %2\nIt is in the journal; do not repeat it. Run: paydesk-cli "
                             "reconcile (or paydesk-cli status %3)")
                     .arg(what, result.error.userMessage(), orderId));
    }
    if (!out.isJson() && result.orderKnown)
        out.text(orderText(result.order));
    return CliError::exitCodeOf(result);
}

void OperationReport::printDone(const Output& out, const OperationResult& result)
{
    const QString what = OperationResult::kindKey(result.kind);
    out.text(result.settledFromStatus
                 ? CliText::tr("%1: done (the answer was lost; the order's status confirms it).").arg(what)
                 : CliText::tr("%1: done.").arg(what));
    const Order& o = result.order;
    if (result.kind == OperationKind::Capture && o.approved.minor() > o.captured.minor())
        out.text(CliText::tr("The remaining %1 of the hold is released: the gateway takes one capture per order.")
                     .arg(amountText(Money(o.approved.minor() - o.captured.minor(), o.amount.currency()))));
}

} // namespace PayDesk::Cli
