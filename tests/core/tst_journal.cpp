// The operation journal with OrderOperations, JournalReconciler and CaptureBatch against the
// sandbox: every fault on every money operation ends with the journal and the gateway agreeing,
// never a second send, and nothing left unknown after a reconcile.
#include "core/gateway/rbs/RbsClient.h"
#include "core/operations/CaptureBatch.h"
#include "core/operations/JournalReconciler.h"
#include "core/operations/OrderOperations.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderStore.h"
#include "support/JobWait.h"
#include "support/SandboxFixture.h"
#include "support/TestSecret.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace PayDesk;
using Outcome = OperationResult::Outcome;
using State = JournalEntry::State;

namespace {
const QString Profile = QStringLiteral("journal-profile");

Money rub(qint64 minor)
{
    return Money(minor, Currency::rub());
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        PayDesk::Sandbox::SandboxOptions options;
        options.password = QString::fromUtf8(PAYDESK_TEST_SECRET);
        m_sb = std::make_unique<SandboxFixture>(options);
        m_owner = std::make_unique<QObject>();
        RbsSettings settings;
        settings.baseUrl = QUrl(m_sb->baseUrl());
        settings.timeoutMs = 1500;
        m_client = new RbsClient(settings, m_owner.get());
        m_client->setCredentials({QStringLiteral("sandbox"), QString::fromUtf8(PAYDESK_TEST_SECRET), {}});
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<OrderStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("j-%1.sqlite").arg(++m_n))));
        m_journal = std::make_unique<OperationJournal>(m_store->database());
        m_ops = new OrderOperations(m_client, m_owner.get());
        m_ops->setJournal(m_journal.get(), Profile);
    }

    void cleanup()
    {
        m_owner.reset();
        m_journal.reset();
        m_store.reset();
        m_sb.reset();
    }

    void recordsEachStep()
    {
        const QString id = held(50000);
        auto job = wait(m_ops->capture(id, rub(20000)));
        QCOMPARE(job->result().outcome, Outcome::Done);
        const QList<JournalEntry> entries = m_journal->entries(Profile).value;
        QCOMPARE(entries.size(), 1);
        const JournalEntry& e = entries.first();
        QCOMPARE(e.orderId, id);
        QCOMPARE(e.kind, OperationKind::Capture);
        QCOMPARE(e.amount, rub(20000));
        QCOMPARE(e.state, State::Done);
        QCOMPARE(e.resolvedBy, QStringLiteral("answer"));
        QCOMPARE(e.beforeStatus, OrderStatus::Held);
        QCOMPARE(e.operatorName, OperationJournal::currentOperator());
        QVERIFY(!e.operatorName.isEmpty());
        QVERIFY(e.created.isValid() && e.sent.isValid() && e.finished.isValid());
        QVERIFY(e.created <= e.sent && e.sent <= e.finished);

        // Refused before sending: nothing is journaled, because nothing was about to leave.
        auto again = wait(m_ops->capture(id, rub(1)));
        QCOMPARE(again->result().outcome, Outcome::Refused);
        QCOMPARE(m_journal->entries(Profile).value.size(), 1);

        // A refusal by the gateway is journaled with its code.
        auto refund = wait(m_ops->refund(id, rub(5000)));
        QCOMPARE(refund->result().outcome, Outcome::Done);
        m_sb->addFault(QStringLiteral("refund"), QStringLiteral("error7"));
        auto refused = wait(m_ops->refund(id, rub(5000)));
        QCOMPARE(refused->result().outcome, Outcome::Refused);
        const JournalEntry last = m_journal->entries(Profile).value.last();
        QCOMPARE(last.state, State::Refused);
        QCOMPARE(last.gatewayCode, QStringLiteral("7"));
    }

    void journalIsAppendOnly()
    {
        const QString id = held(1000);
        wait(m_ops->reverse(id));
        QSqlQuery q(m_store->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM journal")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        const JournalEntry e = m_journal->entries(Profile).value.first();
        // A finished entry never changes again.
        QVERIFY(!m_journal->finish(e.id, State::Refused, QStringLiteral("x"), {}, {}).value);
        QCOMPARE(m_journal->entries(Profile).value.first().state, State::Done);
    }

    // A journal that cannot be read or written says so as a typed value: never a -1 count, an id 0 or
    // an empty list that looks like "nothing open"; and then no money operation is sent.
    void failuresAreTypedValues()
    {
        const QString id = held(1000);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE journal RENAME TO journal_away")));
        const StoreResult<QList<JournalEntry>> entries = m_journal->entries(Profile);
        QVERIFY(!entries.ok());
        QCOMPARE(entries.error.kind, StoreError::Kind::CannotRead);
        QVERIFY(!m_journal->openCount(Profile).ok());
        QVERIFY(!m_journal->begin(Profile, OperationKind::Capture, Order{}, Money{}).ok());
        QVERIFY(m_journal->markSent(1).isError());
        auto job = wait(m_ops->capture(id));
        QCOMPARE(job->result().outcome, OperationResult::Outcome::Refused);
        QCOMPARE(job->result().error.kind, GatewayError::Kind::Storage);
        for (const QJsonValue& op : m_sb->inspect(id).value(QStringLiteral("operations")).toArray())
            QVERIFY(op.toObject().value(QStringLiteral("type")).toString() != QLatin1String("COMPLETION"));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE journal_away RENAME TO journal")));
    }

    // The fault matrix: each money operation under each fault. Afterwards the gateway's own record,
    // the journal and the outcome agree, and a reconcile leaves nothing unknown.
    void faultMatrix_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("applied"); // whether the gateway carried it out
        for (const char* op : {"capture", "reverse", "refund"}) {
            for (const auto& f : QList<QPair<const char*, int>>{{"hang", 0},
                                                                {"apply_hang", 1},
                                                                {"reset", 0},
                                                                {"apply_reset", 1},
                                                                {"http500", 0},
                                                                {"apply_http500", 1},
                                                                {"malformed", 0},
                                                                {"apply_malformed", 1},
                                                                {"error7", 0},
                                                                {"delay", 1}})
                QTest::addRow("%s/%s", op, f.first)
                    << QString::fromLatin1(op) << QString::fromLatin1(f.first) << f.second;
        }
    }
    void faultMatrix()
    {
        QFETCH(QString, operation);
        QFETCH(QString, fault);
        QFETCH(int, applied);
        const QString id = held(100000);
        QString endpoint = operation;
        QString opType = QStringLiteral("REVERSAL");
        if (operation == QLatin1String("capture")) {
            endpoint = QStringLiteral("deposit");
            opType = QStringLiteral("COMPLETION");
        } else if (operation == QLatin1String("refund")) {
            QCOMPARE(wait(m_ops->capture(id, rub(100000)))->result().outcome, Outcome::Done);
            opType = QStringLiteral("REFUND");
        }
        m_sb->addFault(endpoint, fault, 1, fault == QLatin1String("delay") ? 300 : 0);
        std::unique_ptr<OperationJob> job;
        if (operation == QLatin1String("capture"))
            job = wait(m_ops->capture(id, rub(60000)));
        else if (operation == QLatin1String("reverse"))
            job = wait(m_ops->reverse(id));
        else
            job = wait(m_ops->refund(id, rub(25000)));

        // The gateway's own record: once or not at all.
        QCOMPARE(m_sb->operationCount(id, opType), applied);
        // Lost answers are settled at once from the order's status: done or refused, as the gateway shows.
        const Outcome expected = applied ? Outcome::Done : Outcome::Refused;
        QCOMPARE(job->result().outcome, expected);
        const JournalEntry e = m_journal->entries(Profile).value.last();
        QCOMPARE(e.state, applied ? State::Done : State::Refused);
        const bool answerLost = fault != QLatin1String("error7") && fault != QLatin1String("delay");
        QCOMPARE(e.resolvedBy, answerLost ? QStringLiteral("status") : QStringLiteral("answer"));
        QCOMPARE(m_journal->openCount(Profile).value, 0);
    }

    void lostAnswerWithDeadNetworkIsReconciledLater()
    {
        const QString id = held(100000);
        // The answer is lost, and so is the status read that would settle it.
        m_sb->addFault(QStringLiteral("deposit"), QStringLiteral("apply_hang"));
        // While the deposit hangs (until the client's 1.5 s timeout), the status reads start failing.
        QTimer::singleShot(700, this, [this] {
            m_sb->server().faults().add({QStringLiteral("getOrderStatusExtended"), Sandbox::FaultKind::Http500, 1, 0});
        });
        auto job = wait(m_ops->capture(id, rub(100000)));
        QCOMPARE(job->result().outcome, Outcome::Unknown);
        QCOMPARE(m_journal->openCount(Profile).value, 1);
        QCOMPARE(m_journal->entries(Profile).value.last().state, State::Unknown);

        const ReconcileReport report = reconcile();
        QCOMPARE(report.checked, 1);
        QCOMPARE(report.done, 1);
        QCOMPARE(m_journal->openCount(Profile).value, 0);
        QCOMPARE(m_journal->entries(Profile).value.last().resolvedBy, QStringLiteral("status"));
        // The cache learnt the order's state on the way.
        QCOMPARE(m_store->order(Profile, id).value->status, OrderStatus::Captured);
        QCOMPARE(m_sb->operationCount(id, QStringLiteral("COMPLETION")), 1);
    }

    // A lost answer is judged against what the journal recorded before sending; when that entry cannot
    // be read, the outcome stays unknown rather than judged against nothing.
    void unreadableEntryLeavesALostAnswerUnknown()
    {
        const QString id = held(1000);
        m_sb->addFault(QStringLiteral("reverse"), QStringLiteral("apply_hang"));
        QSqlQuery q(m_store->database());
        QTimer::singleShot(700, this, [&q] { QVERIFY(q.exec(QStringLiteral("ALTER TABLE journal RENAME TO away"))); });
        auto job = wait(m_ops->reverse(id));
        QCOMPARE(m_sb->status(id).value(QStringLiteral("orderStatus")).toInt(), 3); // the gateway did reverse it
        QCOMPARE(job->result().outcome, Outcome::Unknown);
        QVERIFY(!job->result().settledFromStatus);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE away RENAME TO journal")));
        QCOMPARE(m_journal->openCount(Profile).value, 1); // left for the reconciler
    }

    void entriesOfACrashedProcessAreSettled()
    {
        // What a process killed after sending leaves: entries in state "sent" owned by a dead pid.
        const QString sentAndApplied = held(3000);
        const QString sentNotApplied = held(4000);
        for (const QString& id : {sentAndApplied, sentNotApplied}) {
            auto order = wait(m_client->fetchOrder(id));
            const qint64 entry =
                m_journal->begin(Profile, OperationKind::Capture, order->order(), order->order().amount).value;
            QVERIFY(!m_journal->markSent(entry).isError());
        }
        m_sb->call(QStringLiteral("deposit"), {{"orderId", sentAndApplied}, {"amount", "3000"}});
        // While the owner lives (here: this process), the entries are left alone.
        QCOMPARE(reconcile().inProgress, 2);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE journal SET owner_pid = 2147483646")));
        // Just sent: the unchanged one may still be on its way, so it stays open...
        const ReconcileReport early = reconcile(60);
        QCOMPARE(early.done, 1);
        QCOMPARE(early.stillOpen, 1);
        // ...and no new capture of it is sent meanwhile.
        auto blocked = wait(m_ops->capture(sentNotApplied));
        QCOMPARE(blocked->result().outcome, Outcome::Refused);
        QVERIFY(blocked->result().refusedBeforeSending);
        QVERIFY(blocked->result().error.userMessage().contains(QStringLiteral("no known outcome")));
        const ReconcileReport report = reconcile();
        QCOMPARE(report.done, 0);
        QCOMPARE(report.notDone, 1);
        QCOMPARE(report.stillOpen, 0);
        for (const JournalEntry& e : m_journal->entries(Profile).value)
            QCOMPARE(e.state, e.orderId == sentAndApplied ? State::Done : State::Refused);
    }

    void manualPaymentIsJournaled()
    {
        auto job = wait(m_ops->registerOrder(request(QStringLiteral("J-REG-1"))));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        const JournalEntry e = m_journal->entries(Profile).value.last();
        QCOMPARE(e.kind, OperationKind::Register);
        QCOMPARE(e.state, State::Done);
        QCOMPARE(e.orderId, job->value().orderId);
        QCOMPARE(e.orderNumber, QStringLiteral("J-REG-1"));
        QCOMPARE(e.amount, rub(12345));
        QCOMPARE(e.operatorName, OperationJournal::currentOperator());
    }

    void lostRegistrationIsSettledByOrderNumber_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("applied");
        for (const auto& f : QList<QPair<const char*, bool>>{{"reset", false},
                                                             {"apply_reset", true},
                                                             {"http500", false},
                                                             {"apply_http500", true},
                                                             {"apply_malformed", true},
                                                             {"hang", false}})
            QTest::newRow(f.first) << QString::fromLatin1(f.first) << f.second;
    }
    void lostRegistrationIsSettledByOrderNumber()
    {
        QFETCH(QString, fault);
        QFETCH(bool, applied);
        const QString number = QStringLiteral("J-LOST-") + fault;
        m_sb->addFault(QStringLiteral("registerPreAuth"), fault);
        auto job = wait(m_ops->registerOrder(request(number)));
        const JournalEntry e = m_journal->entries(Profile).value.last();
        QCOMPARE(e.kind, OperationKind::Register);
        QCOMPARE(e.resolvedBy, QStringLiteral("status"));
        QCOMPARE(m_journal->openCount(Profile).value, 0);
        auto atGateway = wait(m_client->fetchOrderByNumber(number));
        QCOMPARE(atGateway->succeeded(), applied);
        if (applied) {
            // Registered once; the job names the order, without the link its lost answer carried.
            QVERIFY(job->succeeded());
            QCOMPARE(job->value().orderId, atGateway->order().orderId);
            QVERIFY(job->value().formUrl.isEmpty());
            QCOMPARE(e.state, State::Done);
            QCOMPARE(e.orderId, atGateway->order().orderId);
        } else {
            QVERIFY(!job->succeeded());
            QVERIFY(!job->error().outcomeUnknown);
            QCOMPARE(e.state, State::Refused);
            QVERIFY(atGateway->error().noSuchOrder);
        }
    }

    void registrationOfACrashedProcessIsSettled()
    {
        // A process killed after sending two registrations: the gateway got one of them.
        const QString registered =
            m_sb->call(QStringLiteral("registerPreAuth"),
                       {{"orderNumber", "J-CRASH-1"}, {"amount", "5000"}, {"returnUrl", m_sb->baseUrl() + "/r"}})
                .json.value(QStringLiteral("orderId"))
                .toString();
        QVERIFY(!registered.isEmpty());
        for (const char* number : {"J-CRASH-1", "J-CRASH-2"}) {
            Order intent;
            intent.orderNumber = QString::fromLatin1(number);
            intent.amount = rub(5000);
            const qint64 entry = m_journal->begin(Profile, OperationKind::Register, intent, intent.amount).value;
            QVERIFY(!m_journal->markSent(entry).isError());
        }
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE journal SET owner_pid = 2147483646")));
        const ReconcileReport report = reconcile();
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.done, 1);
        QCOMPARE(report.notDone, 1);
        QCOMPARE(m_journal->openCount(Profile).value, 0);
        const QList<JournalEntry> entries = m_journal->entries(Profile).value;
        QCOMPARE(entries.at(0).state, State::Done);
        QCOMPARE(entries.at(0).orderId, registered);
        QCOMPARE(entries.at(1).state, State::Refused);
        QVERIFY(entries.at(1).orderId.isEmpty());
        // The order's timeline finds its registration by id.
        JournalFilter mine;
        mine.orderId = registered;
        mine.orderNumber = QStringLiteral("J-CRASH-1");
        QCOMPARE(m_journal->entries(Profile, mine).value.size(), 1);
    }

    void batchCapture()
    {
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids.append(held(1000 + i));
        m_sb->call(QStringLiteral("deposit"), {{"orderId", ids.at(3)}, {"amount", "1003"}}); // captured elsewhere
        m_sb->addFault(QStringLiteral("deposit"), QStringLiteral("apply_reset"));
        CaptureBatch batch(m_ops, ids);
        batch.setConcurrency(3);
        batch.setAmount(5, rub(500));
        QSignalSpy progress(&batch, &CaptureBatch::progress);
        QSignalSpy done(&batch, &CaptureBatch::finished);
        batch.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(progress.count(), 12);
        QCOMPARE(batch.countOf(Outcome::Done), 11);
        QCOMPARE(batch.countOf(Outcome::Refused), 1);
        QVERIFY(batch.items().at(3).result.refusedBeforeSending);
        QCOMPARE(batch.items().at(5).result.order.captured, rub(500));
        for (const QString& id : ids)
            QCOMPARE(m_sb->operationCount(id, QStringLiteral("COMPLETION")), 1);
        QCOMPARE(m_journal->openCount(Profile).value, 0);
        for (const JournalEntry& e : m_journal->entries(Profile).value)
            QCOMPARE(e.batch, batch.id());
    }

    void batchPauseAndCancel()
    {
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids.append(held(2000 + i));
        CaptureBatch batch(m_ops, ids);
        batch.setConcurrency(2);
        QSignalSpy done(&batch, &CaptureBatch::finished);
        connect(&batch, &CaptureBatch::progress, &batch, [&batch](int n) {
            if (n == 2)
                batch.pause();
        });
        batch.start();
        QTest::qWait(500);
        QVERIFY(batch.isPaused());
        QCOMPARE(done.count(), 0);
        const int whilePaused = batch.countOf(Outcome::Done);
        QVERIFY(whilePaused >= 2 && whilePaused <= 3);
        batch.resume();
        connect(&batch, &CaptureBatch::progress, &batch, [&batch](int n) {
            if (n == 5)
                batch.cancel();
        });
        QVERIFY(done.wait(20000));
        const int captured = batch.countOf(Outcome::Done);
        QVERIFY2(captured >= 5 && captured < 8, qPrintable(QString::number(captured)));
        int completions = 0;
        for (const QString& id : ids)
            completions += m_sb->operationCount(id, QStringLiteral("COMPLETION"));
        QCOMPARE(completions, captured);
    }

private:
    QString held(qint64 amount)
    {
        const QString id = m_sb->registerOrder(amount, true);
        m_sb->pay(id, QStringLiteral("2202205000012424"), QStringLiteral("05/28"), QStringLiteral("649"));
        return id;
    }

    RegisterRequest request(const QString& number)
    {
        RegisterRequest r;
        r.orderNumber = number;
        r.amount = rub(12345);
        r.preAuth = true;
        r.returnUrl = m_sb->baseUrl() + QStringLiteral("/shop/return");
        return r;
    }

    ReconcileReport reconcile(int settleSecs = 0)
    {
        JournalReconciler reconciler(m_client, m_journal.get(), m_store.get(), Profile);
        reconciler.setSettleSecs(settleSecs);
        QSignalSpy done(&reconciler, &JournalReconciler::finished);
        reconciler.start();
        done.wait(20000);
        return reconciler.report();
    }

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<QObject> m_owner;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OperationJournal> m_journal;
    RbsClient* m_client = nullptr;
    OrderOperations* m_ops = nullptr;
    QTemporaryDir m_dir;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
