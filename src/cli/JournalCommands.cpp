// paydesk-cli's commands over the operation journal: journal, reconcile, capture --all-held.
#include "cli/Cli.h"

#include "cli/OrderJson.h"
#include "core/io/OrderExporter.h"
#include "core/operations/CaptureBatch.h"
#include "core/operations/JournalReconciler.h"
#include "core/operations/OrderOperations.h"

#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace PayDesk::Cli {

namespace {
QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime parseDay(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return endOfDay ? day.endOfDay() : day.startOfDay();
    return QDateTime::fromString(text, Qt::ISODate);
}

QJsonObject entryJson(const JournalEntry& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("orderId"), e.orderId},
            {QStringLiteral("orderNumber"), e.orderNumber},
            {QStringLiteral("operation"), OperationResult::kindKey(e.kind)},
            {QStringLiteral("amount"), e.amount.toDecimalString()},
            {QStringLiteral("currency"), e.amount.currency().code()},
            {QStringLiteral("state"), JournalEntry::stateKey(e.state)},
            {QStringLiteral("resolvedBy"), e.resolvedBy},
            {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("batch"), e.batch},
            {QStringLiteral("gatewayCode"), e.gatewayCode},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("created"), utc(e.created)},
            {QStringLiteral("sent"), utc(e.sent)},
            {QStringLiteral("finished"), utc(e.finished)}};
}
} // namespace

void Cli::reconcileThen(std::function<void()> next)
{
    auto* reconciler = new JournalReconciler(m_client, m_journal.get(), m_store.get(), m_profile->id, this);
    reconciler->setSettleSecs(m_timeoutMs / 1000 + 1);
    connect(reconciler, &JournalReconciler::finished, this, [this, reconciler, next](const ReconcileReport& r) {
        reconciler->deleteLater();
        if (r.checked > 0)
            std::fprintf(
                stderr,
                "paydesk-cli: settled %d operation(s) left open earlier: %d done, %d not done, %d still unknown.\n",
                r.checked, r.done, r.notDone, r.stillOpen);
        for (const QString& p : r.problems)
            std::fprintf(stderr, "paydesk-cli:   %s\n", qPrintable(p));
        next();
    });
    reconciler->start();
}

void Cli::journalCommand(const QString& command, const QStringList& words)
{
    Args args;
    if (!parse(words, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("csv")},
               {QStringLiteral("pending")}, &args))
        return;
    if (!openProfile() || !openStore())
        return;
    if (command == QLatin1String("reconcile")) {
        auto* reconciler = new JournalReconciler(m_client, m_journal.get(), m_store.get(), m_profile->id, this);
        reconciler->setSettleSecs(m_timeoutMs / 1000 + 1);
        connect(reconciler, &JournalReconciler::finished, this, [this](const ReconcileReport& r) {
            if (m_json) {
                printJson(QJsonObject{{QStringLiteral("checked"), r.checked},
                                      {QStringLiteral("done"), r.done},
                                      {QStringLiteral("notDone"), r.notDone},
                                      {QStringLiteral("stillUnknown"), r.stillOpen},
                                      {QStringLiteral("inProgressElsewhere"), r.inProgress},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}});
            } else {
                printText(QStringLiteral("Checked %1 open operation(s): %2 done, %3 not done, %4 still unknown%5.")
                              .arg(r.checked)
                              .arg(r.done)
                              .arg(r.notDone)
                              .arg(r.stillOpen)
                              .arg(r.inProgress
                                       ? QStringLiteral("; %1 in progress in another PayDesk").arg(r.inProgress)
                                       : QString()));
                for (const QString& p : r.problems)
                    printText(QStringLiteral("  ") + p);
            }
            finishWith(r.stillOpen > 0 ? Unknown : Ok);
        });
        return reconciler->start();
    }
    JournalFilter filter;
    filter.openOnly = args.has(QStringLiteral("pending"));
    if (args.has(QStringLiteral("from")))
        filter.from = parseDay(args.value(QStringLiteral("from")), false);
    if (args.has(QStringLiteral("to")))
        filter.to = parseDay(args.value(QStringLiteral("to")), true);
    if ((args.has(QStringLiteral("from")) && !filter.from.isValid())
        || (args.has(QStringLiteral("to")) && !filter.to.isValid()))
        return fail(Usage, QStringLiteral("--from/--to take a date (YYYY-MM-DD) or an ISO 8601 time"));
    const QList<JournalEntry> entries = m_journal->entries(m_profile->id, filter);
    if (args.has(QStringLiteral("csv"))) {
        const QString path = args.value(QStringLiteral("csv"));
        const ExportResult exported = OrderExporter::exportJournal(entries, path);
        if (!exported.succeeded())
            return fail(Unknown, exported.error);
        printText(QStringLiteral("Exported %1 journal entries to %2.").arg(exported.rows).arg(path));
        return finishWith(Ok);
    }
    if (m_json) {
        QJsonArray out;
        for (const JournalEntry& e : entries)
            out.append(entryJson(e));
        printJson(out);
        return finishWith(Ok);
    }
    QStringList lines;
    for (const JournalEntry& e : entries)
        lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                         .arg(e.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              e.operatorName.leftJustified(10), OperationResult::kindKey(e.kind).leftJustified(8),
                              e.orderNumber.leftJustified(14),
                              QString(e.amount.toDecimalString() + QLatin1Char(' ') + e.amount.currency().code())
                                  .rightJustified(14),
                              JournalEntry::stateKey(e.state).leftJustified(8), e.resolvedBy.leftJustified(7),
                              e.message));
    if (lines.isEmpty())
        std::fprintf(stderr, "%s\n", filter.openOnly ? "No open operations." : "The journal is empty.");
    else
        printText(lines.join(QLatin1Char('\n')));
    finishWith(Ok);
}

void Cli::captureAllHeld(const Args& args)
{
    OrderFilter filter;
    filter.statuses = {OrderStatus::Held};
    filter.sortColumn = OrderColumn::Deadline;
    filter.sortOrder = Qt::AscendingOrder;
    if (args.has(QStringLiteral("due-within"))) {
        bool ok = false;
        filter.dueWithinHours = args.value(QStringLiteral("due-within")).toInt(&ok);
        if (!ok || filter.dueWithinHours < 0)
            return fail(Usage, QStringLiteral("--due-within takes a number of hours"));
    }
    int concurrency = CaptureBatch::DefaultConcurrency;
    if (args.has(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = args.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 32)
            return fail(Usage, QStringLiteral("--concurrency takes 1 to 32"));
    }
    QStringList ids;
    QHash<QString, qint64> totals;
    m_store->forEach(m_profile->id, filter, [&](const Order& o) {
        ids.append(o.orderId);
        totals[o.amount.currency().code()] += o.capturable().minor();
    });
    if (ids.isEmpty()) {
        printText(QStringLiteral("No held payments in the cache%1. Run paydesk-cli sync to refresh it.")
                      .arg(filter.dueWithinHours >= 0 ? QStringLiteral(" due within %1 h").arg(filter.dueWithinHours)
                                                      : QString()));
        return finishWith(Ok);
    }
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(Money(it.value(), Currency::fromCode(it.key())).toDecimalString() + QLatin1Char(' ') + it.key());
    const QString summary =
        QStringLiteral("Capture %1 held payment(s), %2 in all").arg(ids.size()).arg(sums.join(QStringLiteral(" + ")));
    if (!args.has(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO))
            return fail(Usage, summary + QStringLiteral("? Not confirmed: add --yes to run without a terminal."));
        std::fprintf(stderr, "%s? [y/N] ", qPrintable(summary));
        char answer[8] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
            return fail(Refused, QStringLiteral("not confirmed; nothing was sent"));
    }
    auto* batch = new CaptureBatch(m_operations, ids, this);
    batch->setConcurrency(concurrency);
    connect(batch, &CaptureBatch::itemFinished, this, [this, batch](int index, const OperationResult& r) {
        if (r.orderKnown)
            remember(r.order);
        if (m_json)
            return;
        const QString id = batch->items().at(index).orderId;
        const QString number = r.orderKnown ? r.order.orderNumber : id;
        const QString what =
            r.outcome == OperationResult::Outcome::Done
                ? QStringLiteral("captured %1 %2")
                      .arg(r.order.captured.toDecimalString(), r.order.amount.currency().code())
                : OperationResult::outcomeKey(r.outcome) + QStringLiteral(": ") + r.error.userMessage();
        printText(QStringLiteral("%1  %2").arg(number.leftJustified(16), what));
    });
    connect(batch, &CaptureBatch::finished, this, [this, batch] {
        using Outcome = OperationResult::Outcome;
        const int done = batch->countOf(Outcome::Done);
        const int refused = batch->countOf(Outcome::Refused);
        const int unknown = batch->countOf(Outcome::Unknown);
        if (m_json) {
            QJsonArray out;
            for (const CaptureBatch::Item& item : batch->items())
                out.append(operationJson(item.orderId, item.result));
            printJson(QJsonObject{{QStringLiteral("batch"), batch->id()},
                                  {QStringLiteral("done"), done},
                                  {QStringLiteral("refused"), refused},
                                  {QStringLiteral("unknown"), unknown},
                                  {QStringLiteral("results"), out}});
        } else {
            printText(QStringLiteral("Batch %1: %2 captured, %3 not captured, %4 unknown.")
                          .arg(batch->id())
                          .arg(done)
                          .arg(refused)
                          .arg(unknown));
            if (unknown > 0)
                printText(QStringLiteral("Run paydesk-cli reconcile to settle the unknown ones from the gateway."));
        }
        finishWith(unknown > 0 ? Unknown : refused > 0 ? Refused : Ok);
    });
    batch->start();
}

} // namespace PayDesk::Cli
