#include "cli/commands/ReconcileCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/JsonField.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PayDesk::Cli {

ReconcileCommand::ReconcileCommand()
    : Command(QStringLiteral("reconcile"),
              CliText::tr("Settles operations whose answer was lost by reading the orders' status; never sends "
                          "an operation again. Exit 3 while some stay unknown."),
              CliText::tr("  reconcile                          (settle operations whose answer was lost, from "
                          "order status)"))
{ }

void ReconcileCommand::execute(const QCommandLineParser&)
{
    signIn([this](Desk* desk) {
        connect(desk, &Desk::reconciled, this, [this](const ReconcileReport& r) {
            const Output& out = cli().out();
            if (out.isJson()) {
                out.json(QJsonObject{field("checked", r.checked), field("done", r.done), field("notDone", r.notDone),
                                     field("stillUnknown", r.stillOpen), field("inProgressElsewhere", r.inProgress),
                                     field("problems", QJsonArray::fromStringList(r.problems))});
            } else {
                out.text(CliText::tr("Checked %1 open operation(s): %2 done, %3 not done, %4 still unknown%5.")
                             .arg(r.checked)
                             .arg(r.done)
                             .arg(r.notDone)
                             .arg(r.stillOpen)
                             .arg(r.inProgress ? CliText::tr("; %1 in progress in another PayDesk").arg(r.inProgress)
                                               : QString()));
                for (const QString& p : r.problems)
                    out.text(QStringLiteral("  ") + p);
            }
            finish(r.stillOpen > 0 ? Unknown : Ok);
        });
        desk->reconcile();
    });
}

} // namespace PayDesk::Cli
