// AssistClient against the sandbox's Assist services over HTTP: the two-stage flow (pay with
// Delay=1, Delayed, partial charge, refund), a repeated charge that takes nothing twice, reverse,
// lists walked a day at a time, expiry, credentials and a lost answer.
#include "core/gateway/assist/AssistClient.h"
#include "core/operations/CaptureBatch.h"
#include "core/operations/OrderOperations.h"
#include "core/session/GatewayCapabilities.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderStore.h"
#include "support/JobWait.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PayDesk;
using Outcome = OperationResult::Outcome;

namespace {
Money rub(qint64 minor)
{
    return Money(minor, Currency::rub());
}
} // namespace

class TestAssistClient : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_sb = std::make_unique<SandboxFixture>();
        m_owner = std::make_unique<QObject>();
        m_client = makeClient("sandbox");
        m_ops = new OrderOperations(m_client, m_owner.get());
    }
    void cleanup()
    {
        m_owner.reset();
        m_sb.reset();
    }

    void twoStageFlow()
    {
        const QString bill = payDelayed("AS-1", 150050);
        auto held = wait(m_client->fetchOrderByNumber("AS-1"));
        QVERIFY2(held->succeeded(), qPrintable(held->error().userMessage()));
        QCOMPARE(held->order().orderId, bill);
        QCOMPARE(held->order().gateway, GatewayKind::Assist);
        QCOMPARE(held->order().status, OrderStatus::Held);
        QCOMPARE(held->order().approved, rub(150050));
        QCOMPARE(held->order().deadline, held->order().authorized.addDays(4));
        QVERIFY(held->order().testMode);

        auto charge = wait(m_ops->capture(bill, rub(100000)));
        QCOMPARE(charge->result().outcome, Outcome::Done);
        QCOMPARE(charge->result().order.status, OrderStatus::Captured);
        QCOMPARE(charge->result().order.gatewayState, QString("PartialDelayed"));
        QCOMPARE(charge->result().order.captured, rub(100000));

        // Charging again: refused before sending (it is no longer held); and even sent directly,
        // the gateway takes nothing twice.
        auto again = wait(m_ops->capture(bill, rub(100)));
        QCOMPARE(again->result().outcome, Outcome::Refused);
        QVERIFY(again->result().refusedBeforeSending);
        auto direct = wait(m_client->capture(bill, rub(100000)));
        QCOMPARE(direct->result().order.captured, rub(100000));

        auto refund = wait(m_ops->refund(bill, rub(20000)));
        QCOMPARE(refund->result().outcome, Outcome::Done);
        QCOMPARE(refund->result().order.status, OrderStatus::PartlyRefunded);
        QCOMPARE(refund->result().order.refunded, rub(20000));
        auto rest = wait(m_ops->refund(bill));
        QCOMPARE(rest->result().outcome, Outcome::Done);
        QCOMPARE(rest->result().order.status, OrderStatus::Refunded);
        QCOMPARE(rest->result().order.refunded, rub(100000));
    }

    void paymentPageLinkKeepsPlusSigns()
    {
        const QString bill = payDelayed("AS-PLUS+1", 1000, "a+b@example.ru");
        auto order = wait(m_client->fetchOrder(bill));
        QVERIFY2(order->succeeded(), qPrintable(order->error().userMessage()));
        QCOMPARE(order->order().orderNumber, QString("AS-PLUS+1"));
        QCOMPARE(order->order().email, QString("a+b@example.ru"));
    }

    void reverseReleasesTheHold()
    {
        const QString bill = payDelayed("AS-2", 5000);
        auto reverse = wait(m_ops->reverse(bill));
        QCOMPARE(reverse->result().outcome, Outcome::Done);
        QCOMPARE(reverse->result().order.status, OrderStatus::Reversed);
    }

    void holdsExpireAfterFourDays()
    {
        const QString bill = payDelayed("AS-3", 5000);
        m_sb->advanceClock(4 * 86400 + 60);
        auto order = wait(m_client->fetchOrder(bill));
        QCOMPARE(order->order().status, OrderStatus::Reversed);
        auto capture = wait(m_ops->capture(bill));
        QCOMPARE(capture->result().outcome, Outcome::Refused);
    }

    void listsWalkTheDays()
    {
        payDelayed("AS-4", 1000);
        payDelayed("AS-5", 2000);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto list = wait(m_client->listOrders(now.addDays(-3), now.addSecs(600)));
        QVERIFY2(list->succeeded(), qPrintable(list->error().userMessage()));
        QCOMPARE(list->pagesDone(), 4); // a request per day of the period
        QCOMPARE(list->orders().size(), 2);
    }

    void wrongPasswordAndUnknownBillnumber()
    {
        AssistClient* bad = makeClient("wrong");
        auto order = wait(bad->fetchOrderByNumber("AS-1"));
        QCOMPARE(order->error().kind, GatewayError::Kind::Auth);
        QCOMPARE(order->error().gatewayCode, QString("7/102"));
        auto unknown = wait(m_client->fetchOrder("1234567890123456"));
        QCOMPARE(unknown->error().kind, GatewayError::Kind::Gateway);
        // The codes are Assist's; what they mean is read by the client into typed facts.
        QVERIFY(order->error().accessDenied);
        QVERIFY(unknown->error().noSuchOrder);
        QVERIFY(!unknown->error().accessDenied);
    }

    void lostChargeAnswerIsUnknownAndNotResent()
    {
        const QString bill = payDelayed("AS-6", 3000);
        m_sb->addFault("charge", "apply_reset");
        auto charge = wait(m_client->capture(bill, rub(3000)));
        QCOMPARE(charge->result().outcome, Outcome::Unknown);
        auto order = wait(m_client->fetchOrder(bill));
        QCOMPARE(order->order().status, OrderStatus::Captured);
        QCOMPARE(order->order().raw.value("operations").toArray().size(), 2); // payment + one charge
    }

    void batchCapturesAssistHolds()
    {
        const QStringList bills{payDelayed("AS-B-1", 1000), payDelayed("AS-B-2", 2000), payDelayed("AS-B-3", 3000)};
        CaptureBatch batch(m_ops, bills);
        QSignalSpy done(&batch, &CaptureBatch::finished);
        batch.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(batch.countOf(Outcome::Done), 3);
        for (const QString& bill : bills)
            QCOMPARE(wait(m_client->fetchOrder(bill))->order().gatewayState, QString("Approved"));
    }

    void checkValueIsVerified()
    {
        PayDesk::Sandbox::SandboxOptions options;
        options.assistCheckWord = "sandbox-word";
        m_sb = std::make_unique<SandboxFixture>(options);
        const auto client = [this](const QString& word) {
            AssistSettings settings;
            settings.baseUrl = QUrl(m_sb->baseUrl() + "/");
            settings.merchantId = "123456";
            auto* c = new AssistClient(settings, m_owner.get());
            c->setCredentials({"sandbox", "sandbox", {}, word});
            return c;
        };
        m_client = client("sandbox-word");
        payDelayed("AS-CV", 1000);
        auto good = wait(m_client->fetchOrderByNumber("AS-CV"));
        QVERIFY2(good->succeeded(), qPrintable(good->error().userMessage()));
        QVERIFY(!good->order().raw.value("checkvalue").toString().isEmpty());
        auto forged = wait(client("another-word")->fetchOrderByNumber("AS-CV"));
        QCOMPARE(forged->error().kind, GatewayError::Kind::Malformed);
        QVERIFY(forged->error().detail.contains("checkvalue"));
        auto unchecked = wait(client(QString())->fetchOrderByNumber("AS-CV")); // no word: not checked
        QVERIFY(unchecked->succeeded());
    }

    // Every fault on charge and cancel, through the journal: the sandbox's own operations show one or
    // none, and the outcome says which, settled from the order's state when the answer was lost.
    void chargeFaultMatrix_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("applied");
        for (const char* service : {"charge", "cancel"}) {
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
                QTest::addRow("%s/%s", service, f.first)
                    << QString::fromLatin1(service) << QString::fromLatin1(f.first) << f.second;
        }
    }
    void chargeFaultMatrix()
    {
        QFETCH(QString, service);
        QFETCH(QString, fault);
        QFETCH(int, applied);
        QTemporaryDir dir;
        OrderStore store;
        QVERIFY(store.open(dir.filePath("journal.sqlite")));
        OperationJournal journal(store.database());
        m_ops->setJournal(&journal, "assist");
        const QString bill = payDelayed("AS-F-" + service + fault, 4000);
        m_sb->addFault(service, fault, 1, fault == "delay" ? 300 : 0);
        auto job = wait(service == "charge" ? m_ops->capture(bill, rub(4000)) : m_ops->reverse(bill));
        QCOMPARE(job->result().outcome, applied ? Outcome::Done : Outcome::Refused);
        auto order = wait(m_client->fetchOrder(bill));
        const QString type = service == "charge" ? "200" : "300";
        int operations = 0;
        for (const QJsonValue& op : order->order().raw.value("operations").toArray())
            operations += op.toObject().value("operationtype").toString() == type;
        QCOMPARE(operations, applied); // once or not at all, by the gateway's own record
        QCOMPARE(journal.openCount("assist").value, 0);
        QCOMPARE(journal.entries("assist").value.last().state,
                 applied ? JournalEntry::State::Done : JournalEntry::State::Refused);
        m_ops->setJournal(nullptr, {});
    }

    void aCartIsRefusedBeforeAnythingIsSent()
    {
        RegisterRequest r;
        r.orderNumber = "CART-1";
        r.amount = rub(30000);
        r.returnUrl = m_sb->baseUrl() + "/shop/return";
        r.cart.items = {{"Cup", Quantity::whole(1), Measure::Piece, rub(30000), rub(30000), VatRate::None, "c"}};
        auto reg = wait(m_client->registerOrder(r));
        QVERIFY(!reg->succeeded());
        QCOMPARE(reg->error().kind, GatewayError::Kind::Validation);
        QVERIFY(reg->error().userMessage().contains("cart"));
        QVERIFY(reg->value().formUrl.isEmpty());
        QVERIFY(!GatewayCapabilities::of(GatewayKind::Assist).takesCart);
    }

private:
    AssistClient* makeClient(const QString& password)
    {
        AssistSettings settings;
        settings.baseUrl = QUrl(m_sb->baseUrl() + "/");
        settings.merchantId = "123456";
        settings.timeoutMs = 1500;
        auto* client = new AssistClient(settings, m_owner.get());
        client->setCredentials({"sandbox", password, {}});
        return client;
    }

    QString payDelayed(const QString& number, qint64 minor, const QString& email = {})
    {
        RegisterRequest r;
        r.orderNumber = number;
        r.email = email;
        r.amount = rub(minor);
        r.preAuth = true;
        r.returnUrl = m_sb->baseUrl() + "/shop/return";
        auto reg = wait(m_client->registerOrder(r));
        const HttpResult page = m_sb->http().get(QUrl(reg->value().formUrl));
        const QString bill =
            QRegularExpression("name='billnumber' value='(\\d+)'").match(QString::fromUtf8(page.body)).captured(1);
        m_sb->http().post(QUrl(m_sb->baseUrl() + "/assist/sandbox/pay"),
                          TestHttp::form({{"billnumber", bill}, {"pan", "2202205000012424"}}));
        return bill;
    }

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<QObject> m_owner;
    AssistClient* m_client = nullptr;
    OrderOperations* m_ops = nullptr;
};

QTEST_GUILESS_MAIN(TestAssistClient)
#include "tst_assist_client.moc"
