#include "cli/commands/CheckCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/JsonField.h"
#include "core/session/Workplace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace PayDesk::Cli {

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"),
              CliText::tr("Runs SQLite's integrity check on the cache and reads every cached order back. "
                          "Exit 0 when sound, 1 when damage was found."),
              CliText::tr("  check [--repair]                   (SQLite's integrity check and every cached order "
                          "read back;\n"
                          "                                      --repair moves damaged orders aside to be fetched "
                          "again)"))
{
    addOption(flag("repair", CliText::tr("Move damaged orders aside so that the next sync fetches them again.")));
}

void CheckCommand::execute(const QCommandLineParser& parser)
{
    const CacheReport report = Workplace::checkCache(cli().settings().dbPath, parser.isSet(QStringLiteral("repair")));
    if (report.error.isError())
        return fail(CliError::of(report.error));
    const CacheCheck& check = report.check;
    const Output& out = cli().out();
    if (out.isJson()) {
        QJsonArray damaged;
        for (const DamagedRow& row : check.damaged)
            damaged.append(
                QJsonObject{field("profile", row.profile), field("orderId", row.orderId), field("reason", row.reason)});
        out.json(QJsonObject{field("file", report.file), field("sound", check.isSound()), field("orders", check.rows),
                             field("integrity", QJsonArray::fromStringList(check.integrity)), field("damaged", damaged),
                             field("repaired", check.repaired)});
        return finish(check.isSound() ? Ok : Refused);
    }
    QStringList lines{CliText::tr("%1: SQLite integrity check %2; %3 orders read, %4 damaged.")
                          .arg(report.file, check.integrity.isEmpty() ? QStringLiteral("ok") : QStringLiteral("FAILED"))
                          .arg(check.rows)
                          .arg(check.damaged.size())};
    for (const QString& problem : check.integrity)
        lines.append(QStringLiteral("  integrity: ") + problem);
    for (const DamagedRow& row : check.damaged)
        lines.append(CliText::tr("  damaged: order %1 (profile %2): %3").arg(row.orderId, row.profile, row.reason));
    if (check.repaired)
        lines.append(CliText::tr("The damaged orders were moved aside; the next sync fetches them again."));
    else if (!check.damaged.isEmpty())
        lines.append(
            CliText::tr("Run paydesk-cli check --repair to move them aside so that the next sync fetches them again."));
    out.text(lines.join(QLatin1Char('\n')));
    finish(check.isSound() ? Ok : Refused);
}

} // namespace PayDesk::Cli
