#include "cli/commands/JournalCommand.h"
#include "cli/CliText.h"

#include "cli/Arguments.h"
#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/JsonField.h"
#include "cli/OrderJson.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace PayDesk::Cli {

JournalCommand::JournalCommand()
    : Command(QStringLiteral("journal"),
              CliText::tr("Every money operation and manual payment as the journal recorded it; with --csv, "
                          "exported to FILE."),
              CliText::tr("  journal [--pending] [--from DATE] [--to DATE] [--csv FILE]   (the operation journal)"))
{
    addOptions({flag("pending", CliText::tr("Only operations whose outcome is not settled yet.")),
                option("from", CliText::tr("Recorded on or after DATE."), "DATE"),
                option("to", CliText::tr("Recorded on or before DATE."), "DATE"),
                option("csv", CliText::tr("Export to FILE as CSV."), "FILE")});
}

void JournalCommand::execute(const QCommandLineParser& parser)
{
    Desk* desk = openDesk();
    if (!desk)
        return;
    JournalFilter filter;
    filter.openOnly = parser.isSet(QStringLiteral("pending"));
    if (Arguments::period(parser, &filter.from, &filter.to))
        return usage(CliText::tr("--from/--to take a date (YYYY-MM-DD) or an ISO 8601 time"));
    const Output& out = cli().out();
    if (parser.isSet(QStringLiteral("csv"))) {
        const QString path = parser.value(QStringLiteral("csv"));
        const ExportResult exported = desk->exportJournal(filter, path);
        if (!exported.succeeded())
            return fail(CliError::failed(QStringLiteral("export"), exported.error));
        return succeed(QJsonObject{field("file", path), field("entries", exported.rows)},
                       CliText::tr("Exported %1 journal entries to %2.").arg(exported.rows).arg(path));
    }
    const StoreResult<QList<JournalEntry>> read = desk->journalEntries(filter);
    if (!read.ok())
        return fail(CliError::of(read.error));
    const QList<JournalEntry>& entries = read.value;
    if (out.isJson()) {
        QJsonArray all;
        for (const JournalEntry& e : entries)
            all.append(journalEntryJson(e));
        out.json(all);
        return finish(Ok);
    }
    QStringList lines;
    for (const JournalEntry& e : entries)
        lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                         .arg(e.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              (e.host.isEmpty() ? e.operatorName : e.operatorName + QLatin1String(" on ") + e.host)
                                  .leftJustified(10),
                              OperationResult::kindKey(e.kind).leftJustified(8), e.orderNumber.leftJustified(14),
                              amountText(e.amount).rightJustified(14), JournalEntry::stateKey(e.state).leftJustified(8),
                              e.resolvedBy.leftJustified(7), e.message));
    if (lines.isEmpty())
        out.note(filter.openOnly ? CliText::tr("No open operations.") : CliText::tr("The journal is empty."));
    else
        out.text(lines.join(QLatin1Char('\n')));
    finish(Ok);
}

} // namespace PayDesk::Cli
