#include "cli/CaptureAllHeld.h"
#include "cli/CliText.h"

#include "cli/CliError.h"
#include "cli/JsonField.h"
#include "cli/OrderJson.h"
#include "cli/Output.h"
#include "cli/SecretPrompt.h"
#include "core/operations/CaptureBatch.h"
#include "core/session/Desk.h"

#include <QJsonArray>

namespace PayDesk::Cli {

CaptureAllHeld::CaptureAllHeld(Desk* desk, const Output& out, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_out(out)
{ }

void CaptureAllHeld::end(int code)
{
    emit finished(code);
}

void CaptureAllHeld::start(int dueWithinHours, int concurrency, bool confirmed)
{
    const HeldSelection held = m_desk->heldOrders(dueWithinHours);
    if (held.error.isError()) {
        const CliError error = CliError::of(held.error);
        m_out.error(error);
        return end(error.code);
    }
    if (held.orderIds.isEmpty() && m_out.isJson()) {
        m_out.json(QJsonObject{field("batch", QJsonValue()), field("done", 0), field("refused", 0), field("unknown", 0),
                               field("results", QJsonArray())});
        return end(Ok);
    }
    if (held.orderIds.isEmpty()) {
        m_out.text(CliText::tr("No held payments in the cache%1. Run paydesk-cli sync to refresh it.")
                       .arg(dueWithinHours >= 0 ? CliText::tr(" due within %1 h").arg(dueWithinHours) : QString()));
        return end(Ok);
    }
    QStringList sums;
    for (const Money& total : held.totals)
        sums.append(amountText(total));
    const QString summary = CliText::tr("Capture %1 held payment(s), %2 in all")
                                .arg(held.orderIds.size())
                                .arg(sums.join(QStringLiteral(" + ")));
    if (!confirmed) {
        const CliError notConfirmed =
            !SecretPrompt::isTerminal()
                ? CliError::usage(summary + CliText::tr("? Not confirmed: add --yes to run without a terminal."))
            : !SecretPrompt::confirm(summary)
                ? CliError{Refused, QStringLiteral("not-confirmed"), CliText::tr("not confirmed; nothing was sent"), {}}
                : CliError{Ok, {}, {}, {}};
        if (notConfirmed.code != Ok) {
            m_out.error(notConfirmed);
            return end(notConfirmed.code);
        }
    }
    CaptureBatch* batch = m_desk->captureBatch(held.orderIds);
    batch->setConcurrency(concurrency);
    connect(batch, &CaptureBatch::itemFinished, this,
            [this, batch](int index, const OperationResult& r) { printItem(batch, index, r); });
    connect(batch, &CaptureBatch::finished, this, [this, batch] { printSummary(batch); });
    batch->start();
}

void CaptureAllHeld::printItem(CaptureBatch* batch, int index, const OperationResult& r)
{
    if (m_out.isJson())
        return;
    const QString number = r.orderKnown ? r.order.orderNumber : batch->items().at(index).orderId;
    const QString what = r.outcome == OperationResult::Outcome::Done
                             ? CliText::tr("captured %1").arg(amountText(r.order.captured))
                             : OperationResult::outcomeKey(r.outcome) + QStringLiteral(": ") + r.error.userMessage();
    m_out.text(QStringLiteral("%1  %2").arg(number.leftJustified(16), what));
}

void CaptureAllHeld::printSummary(CaptureBatch* batch)
{
    using Outcome = OperationResult::Outcome;
    const int done = batch->countOf(Outcome::Done);
    const int refused = batch->countOf(Outcome::Refused);
    const int unknown = batch->countOf(Outcome::Unknown);
    if (m_out.isJson()) {
        QJsonArray out;
        for (const CaptureBatch::Item& item : batch->items())
            out.append(operationJson(item.orderId, item.result));
        m_out.json(QJsonObject{field("batch", batch->id()), field("done", done), field("refused", refused),
                               field("unknown", unknown), field("results", out)});
    } else {
        m_out.text(CliText::tr("Batch %1: %2 captured, %3 not captured, %4 unknown.")
                       .arg(batch->id())
                       .arg(done)
                       .arg(refused)
                       .arg(unknown));
        if (unknown > 0)
            m_out.text(CliText::tr("Run paydesk-cli reconcile to settle the unknown ones from the gateway."));
    }
    end(unknown > 0 ? Unknown : refused > 0 ? Refused : Ok);
}

} // namespace PayDesk::Cli
