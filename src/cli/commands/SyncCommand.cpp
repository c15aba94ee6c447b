#include "cli/commands/SyncCommand.h"
#include "cli/CliText.h"

#include "cli/Arguments.h"
#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/JsonField.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>

#include <memory>

namespace PayDesk::Cli {

namespace {
QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

SyncCommand::SyncCommand()
    : Command(QStringLiteral("sync"),
              CliText::tr("Brings the order cache up to date with the gateway: every order created since the last "
                          "sync, then the status of every open one. Progress on stderr."),
              CliText::tr("  sync [--from DATE] [--to DATE] [--full]     (progress on stderr)"))
{
    addOptions({option("from", CliText::tr("Orders created from DATE."), "DATE"),
                option("to", CliText::tr("Orders created up to DATE."), "DATE"),
                flag("full", CliText::tr("Everything again, not only what is new."))});
}

void SyncCommand::execute(const QCommandLineParser& parser)
{
    SyncOptions options;
    options.full = parser.isSet(QStringLiteral("full"));
    if (std::optional<CliError> invalid = Arguments::period(parser, &options.from, &options.to))
        return fail(*invalid);
    signIn([this, options](Desk* desk) {
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        auto lastPrinted = std::make_shared<qint64>(-1000);
        connect(desk, &Desk::syncProgress, this, [this, clock, lastPrinted](const SyncProgress& p) {
            // At most a few lines a second: a long sync must not flood a log.
            if (clock->elapsed() - *lastPrinted < 500)
                return;
            *lastPrinted = clock->elapsed();
            cli().out().note(
                p.phase == SyncProgress::Phase::Listing
                    ? CliText::tr("sync: page %1 of %2, %3 orders")
                          .arg(p.pagesDone)
                          .arg(p.pagesTotal)
                          .arg(p.ordersReceived)
                    : CliText::tr("sync: refreshed %1 of %2 open orders").arg(p.refreshDone).arg(p.refreshTotal));
        });
        connect(desk, &Desk::syncFinished, this,
                [this, clock](const SyncReport& r) { report(r, double(clock->elapsed()) / 1000.0); });
        desk->startSync(options);
    });
}

void SyncCommand::report(const SyncReport& r, double seconds)
{
    const Output& out = cli().out();
    if (!r.succeeded()) {
        out.note(CliText::tr("paydesk-cli: sync %1; %2 orders were stored or updated before it stopped and are "
                             "kept; the next sync continues from there.")
                     .arg(r.stoppedAt)
                     .arg(r.changed));
        return fail(CliError::of(r.error));
    }
    if (!r.skipped.isEmpty()) { // a team's desk: another desk is listing the account now
        if (out.isJson())
            out.json(QJsonObject{field("skipped", r.skipped)});
        else
            out.text(r.skipped);
        return finish(Ok);
    }
    if (out.isJson()) {
        out.json(QJsonObject{field("from", utc(r.from)), field("to", utc(r.to)), field("pages", r.progress.pagesDone),
                             field("orders", r.progress.ordersReceived), field("refreshed", r.progress.refreshDone),
                             field("changed", r.changed), field("seconds", seconds)});
    } else {
        out.text(CliText::tr(
                     "Synced %1 orders created %2 to %3 and refreshed %4 open orders in %5 s; %6 changed in the cache.")
                     .arg(r.progress.ordersReceived)
                     .arg(r.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          r.to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(r.progress.refreshDone)
                     .arg(seconds, 0, 'f', 1)
                     .arg(r.changed));
    }
    finish(Ok);
}

} // namespace PayDesk::Cli
