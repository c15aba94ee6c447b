// Batch capture against the sandbox with added latency per request. Prints "name value unit" lines.
//   bench_batch [CAPTURES] [LATENCY_MS] [CONCURRENCY]
#include "core/gateway/rbs/RbsClient.h"
#include "core/operations/CaptureBatch.h"
#include "core/operations/OrderOperations.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace PayDesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int captures = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    const int latency = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 20;
    QProcess sandbox;
    // About 5 % of seeded orders are held: seed enough of them.
    sandbox.start(QStringLiteral(PAYDESK_SANDBOX_PATH),
                  {QStringLiteral("--seed-orders"), QString::number(captures * 25), QStringLiteral("--latency"),
                   QString::number(latency)});
    if (!sandbox.waitForReadyRead(120000))
        return 1;
    RbsSettings settings;
    settings.baseUrl = QUrl(QString::fromUtf8(sandbox.readLine().trimmed()) + QStringLiteral("/payment/rest/"));
    RbsClient client(settings);
    client.setCredentials({QStringLiteral("sandbox"), QStringLiteral("sandbox"), {}});

    OrderListJob* list =
        client.listOrders(QDateTime::currentDateTimeUtc().addDays(-60), QDateTime::currentDateTimeUtc().addSecs(600));
    list->setAutoDelete(false);
    QSignalSpy(list, &GatewayJob::finished).wait(300000);
    QStringList held;
    QDateTime from;
    QDateTime to;
    for (const Order& o : list->orders()) {
        if (o.status == OrderStatus::Held && held.size() < captures) {
            held.append(o.orderId);
            from = from.isValid() ? qMin(from, o.created) : o.created;
            to = to.isValid() ? qMax(to, o.created) : o.created;
        }
    }
    delete list;
    std::printf("%-40s %10lld orders\n", "batch_held_orders", qint64(held.size()));

    QTemporaryDir dir;
    OrderStore store;
    store.open(dir.filePath(QStringLiteral("journal.sqlite")));
    OperationJournal journal(store.database());
    OrderOperations operations(&client);
    operations.setJournal(&journal, QStringLiteral("bench"));
    const int concurrency = argc > 3 ? QString::fromLatin1(argv[3]).toInt() : int(CaptureBatch::DefaultConcurrency);
    {
        const QStringList part = held;
        CaptureBatch batch(&operations, part);
        batch.setConcurrency(concurrency);
        if (!qEnvironmentVariableIsSet("BENCH_BATCH_NO_LISTING")) // as Desk::captureBatch sets it from the cache
            batch.setCreatedWindow(from.addSecs(-60), to.addSecs(60));
        QSignalSpy done(&batch, &CaptureBatch::finished);
        QElapsedTimer timer;
        timer.start();
        batch.start();
        done.wait(600000);
        const double secs = timer.nsecsElapsed() / 1e9;
        const QByteArray name = "batch_concurrency_" + QByteArray::number(concurrency);
        std::printf("%-40s %10.2f s for %lld captures (%d ms latency)\n", QByteArray(name + "_time").constData(), secs,
                    qint64(part.size()), latency);
        std::printf("%-40s %10.1f captures/s\n", QByteArray(name + "_rate").constData(), part.size() / secs);
        std::printf("%-40s %10d done, %d refused, %d unknown\n", QByteArray(name + "_outcomes").constData(),
                    batch.countOf(OperationResult::Outcome::Done), batch.countOf(OperationResult::Outcome::Refused),
                    batch.countOf(OperationResult::Outcome::Unknown));
        // Doubled: an order with two captures done in the journal, or more captured than was approved.
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM (SELECT order_id FROM journal WHERE kind = 'capture' AND state = "
                              "'done' GROUP BY order_id HAVING count(*) > 1)"));
        int doubled = q.next() ? q.value(0).toInt() : -1;
        for (const CaptureBatch::Item& item : batch.items())
            doubled +=
                item.result.orderKnown && item.result.order.captured.minor() > item.result.order.approved.minor();
        std::printf("%-40s %10d orders\n", "batch_doubled_captures", doubled);
    }
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
