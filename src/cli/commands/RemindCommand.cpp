#include "cli/commands/RemindCommand.h"
#include "cli/CliText.h"

#include "cli/CliContext.h"
#include "cli/CommandOption.h"
#include "cli/DesktopNotifier.h"
#include "cli/JsonField.h"
#include "core/i18n/UiLanguage.h"
#include "core/time/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSettings>
#include <QTranslator>

namespace PayDesk::Cli {

namespace {
QString remindedKey(const QString& profileId)
{
    return QStringLiteral("reminded/") + profileId;
}

// WORDS composed with PayDesk's translation for LANGUAGE installed: plural forms need one, English too.
QString spoken(const QString& language, const std::function<QString()>& words)
{
    QTranslator app;
    QTranslator qt;
    UiLanguage::install(&app, &qt, language);
    const QString text = words();
    QCoreApplication::removeTranslator(&app);
    QCoreApplication::removeTranslator(&qt);
    return text;
}

QJsonArray totalsJson(const HeldSelection& holds)
{
    QJsonArray all;
    for (const Money& total : holds.totals)
        all.append(QJsonObject{field("currency", total.currency().code()), field("amount", total.toDecimalString())});
    return all;
}
} // namespace

RemindCommand::RemindCommand()
    : Command(QStringLiteral("remind"),
              CliText::tr("Syncs, then shows a desktop notification when holds are due within 24 hours or expire "
                          "within 2 hours: how many and how much per currency. Each hold once as due and once as "
                          "expiring; run by the paydesk-remind.timer user unit."),
              CliText::tr("  remind [--again]                           (sync, then a desktop notification)"))
{
    addOption(flag("again", CliText::tr("Tell of every due hold, also those told of before.")));
}

void RemindCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usage(CliText::tr("remind takes no arguments"));
    m_again = parser.isSet(QStringLiteral("again"));
    signIn([this](Desk* desk) {
        connect(desk, &Desk::syncFinished, this, [this, desk](const SyncReport& sync) { remind(desk, sync); });
        desk->startSync();
    });
}

void RemindCommand::remind(Desk* desk, const SyncReport& sync)
{
    if (!sync.succeeded())
        cli().out().warn(CliText::tr("the sync failed (%1); reminding from the cache").arg(sync.error.userMessage()));
    const DueHolds holds = DueHolds::read(*desk, Clock::nowUtc());
    if (holds.due.error.isError())
        return fail(CliError::of(holds.due.error));
    const QStringList told = news(desk->profileId(), holds);
    if (told.isEmpty())
        return report(holds, false, sync);
    notify(desk, holds, [this, desk, holds, told, sync](const QString& error) {
        if (!error.isEmpty())
            return fail(CliError::failed(QStringLiteral("notification"), error));
        remember(desk->profileId(), told);
        report(holds, true, sync);
    });
}

QStringList RemindCommand::news(const QString& profileId, const DueHolds& holds) const
{
    const QStringList before = m_again ? QStringList() : QSettings().value(remindedKey(profileId)).toStringList();
    QStringList fresh;
    for (const QString& id : holds.due.orderIds)
        if (!before.contains(id + QStringLiteral(":due")))
            fresh.append(id + QStringLiteral(":due"));
    for (const QString& id : holds.urgent.orderIds)
        if (!before.contains(id + QStringLiteral(":urgent")))
            fresh.append(id + QStringLiteral(":urgent"));
    return fresh;
}

void RemindCommand::remember(const QString& profileId, const QStringList& told) const
{
    QSettings settings;
    QStringList all = settings.value(remindedKey(profileId)).toStringList() + told;
    all.removeDuplicates();
    while (all.size() > 5000) // enough for any day of holds; the oldest are forgotten first
        all.removeFirst();
    settings.setValue(remindedKey(profileId), all);
}

// In the app's UI language (paydesk-cli's own output speaks the system's).
void RemindCommand::notify(Desk* desk, const DueHolds& holds, std::function<void(const QString&)> done)
{
    const QString language = UiLanguage::code();
    const QString title = spoken(language, [&] { return holds.title(desk->profileName()); });
    const QString body = spoken(language, [&] { return holds.body(QLocale(language)); });
    auto* notifier = new DesktopNotifier(this);
    connect(notifier, &DesktopNotifier::done, this, std::move(done));
    notifier->notify(title, body, !holds.urgent.orderIds.isEmpty());
}

void RemindCommand::report(const DueHolds& holds, bool notified, const SyncReport& sync)
{
    if (!sync.succeeded())
        return fail(CliError::of(sync.error));
    const QString body = spoken(UiLanguage::applied(), [&] { return holds.body(QLocale::c()); });
    const QString text = holds.isEmpty() ? CliText::tr("No holds due within 24 hours.")
                         : notified      ? CliText::tr("Reminded: ") + body
                                         : CliText::tr("Told before: ") + body;
    succeed(QJsonObject{field("due", int(holds.due.orderIds.size())), field("dueTotals", totalsJson(holds.due)),
                        field("urgent", int(holds.urgent.orderIds.size())),
                        field("urgentTotals", totalsJson(holds.urgent)), field("notified", notified)},
            text);
}

} // namespace PayDesk::Cli
