// The closing receipt (closeOfdReceipt.do) through Desk, OrderOperations and RbsClient against the sandbox:
// only for a paid order whose receipt at payment was an advance, journaled, and shown by getReceiptStatus.
#include "core/gateway/rbs/RbsClient.h"
#include "core/operations/ClosingReceipt.h"
#include "core/session/Desk.h"
#include "core/store/OrderStore.h"
#include "support/JobWait.h"
#include "support/SandboxFixture.h"
#include "support/TestSecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PayDesk;
using Outcome = OperationResult::Outcome;

namespace {
const QString Card = "2202205000012424";

// A one-line cart whose receipt is PAYMENTMETHOD (1 full prepayment, 4 full payment; empty: none given).
QString bundle(qint64 amount, const QString& paymentMethod)
{
    QJsonObject item{{"positionId", 1},
                     {"name", "Kettle"},
                     {"quantity", QJsonObject{{"value", 1}, {"measure", "0"}}},
                     {"itemAmount", amount},
                     {"itemPrice", amount},
                     {"itemCode", "K-1"},
                     {"tax", QJsonObject{{"taxType", 6}}}};
    if (!paymentMethod.isEmpty())
        item["itemAttributes"] =
            QJsonObject{{"attributes", QJsonArray{QJsonObject{{"name", "paymentMethod"}, {"value", paymentMethod}}}}};
    return QString::fromUtf8(QJsonDocument(QJsonObject{{"cartItems", QJsonObject{{"items", QJsonArray{item}}}}})
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

class TestClosingReceipt : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void closesAnAdvanceOnAPaidOrder();
    void refusedWhereItDoesNotApply();
    void sandboxEndpoint();

private:
    QString paid(qint64 amount, const QString& paymentMethod, bool preAuth = false);
    std::unique_ptr<SandboxFixture> m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Desk> m_desk;
};

void TestClosingReceipt::init()
{
    PayDesk::Sandbox::SandboxOptions o;
    o.password = QString::fromUtf8(PAYDESK_TEST_SECRET);
    m_sb = std::make_unique<SandboxFixture>(o);
    RbsSettings settings;
    settings.baseUrl = QUrl(m_sb->baseUrl());
    auto client = std::make_unique<RbsClient>(settings);
    client->setCredentials({"sandbox", QString::fromUtf8(PAYDESK_TEST_SECRET), {}});
    auto store = std::make_unique<OrderStore>();
    QVERIFY(store->open(m_dir.filePath(QString("orders-%1.sqlite").arg(QTest::currentTestFunction()))));
    m_desk = std::make_unique<Desk>(std::move(client), std::move(store), "p", "shop");
}

void TestClosingReceipt::cleanup()
{
    m_desk.reset();
    m_sb.reset();
}

QString TestClosingReceipt::paid(qint64 amount, const QString& paymentMethod, bool preAuth)
{
    const QString id = m_sb->registerOrder(amount, preAuth, {{"orderBundle", bundle(amount, paymentMethod)}});
    m_sb->pay(id, Card, "05/28", "649");
    return id;
}

void TestClosingReceipt::closesAnAdvanceOnAPaidOrder()
{
    const QString id = paid(250000, "1");
    auto before = wait(m_desk->status(id));
    QVERIFY(before->succeeded());
    QVERIFY(before->order().advanceReceipt);
    QVERIFY(ClosingReceipt::applies(before->order()));
    QCOMPARE(wait(m_desk->receipts(id))->value().size(), 1);

    auto job = wait(m_desk->closeReceipt(id));
    QCOMPARE(job->result().outcome, Outcome::Done);
    QCOMPARE(job->result().kind, OperationKind::CloseReceipt);
    auto receipts = wait(m_desk->receipts(id));
    QCOMPARE(receipts->value().size(), 2);
    const Receipt closing = receipts->value().last();
    QCOMPARE(closing.amount, QString("2500.00"));
    const QJsonArray attributes =
        closing.raw.value("ofdOrderBundle")["cartItems"]["items"][0]["itemAttributes"]["attributes"].toArray();
    QCOMPARE(attributes.first()["value"].toString(), QString("4")); // full payment
    QTRY_COMPARE(m_desk->knownReceipts(id).size(), 2);              // the desk read them afterwards

    const QList<JournalEntry> history = m_desk->history(job->result().order);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().kind, OperationKind::CloseReceipt);
    QCOMPARE(history.last().state, JournalEntry::State::Done);
    QCOMPARE(history.last().amount.minor(), 250000);

    // After a partial refund the receipt is for what is left.
    QCOMPARE(wait(m_desk->refund(id, Money(50000, Currency::rub())))->result().outcome, Outcome::Done);
    QCOMPARE(wait(m_desk->closeReceipt(id))->result().outcome, Outcome::Done);
    auto after = wait(m_desk->receipts(id));
    QCOMPARE(after->value().last().amount, QString("2000.00"));
}

void TestClosingReceipt::refusedWhereItDoesNotApply()
{
    const auto refused = [this](const QString& id, const char* words) {
        auto job = wait(m_desk->closeReceipt(id));
        QCOMPARE(job->result().outcome, Outcome::Refused);
        QVERIFY(job->result().refusedBeforeSending);
        QVERIFY2(job->error().userMessage().isEmpty() && job->result().error.userMessage().contains(words),
                 qPrintable(job->result().error.userMessage()));
    };
    const QString fullPayment = paid(10000, "4");
    refused(fullPayment, "not an advance");
    const QString noMethod = paid(10000, QString());
    refused(noMethod, "not an advance");
    const QString held = paid(10000, "1", true);
    refused(held, "Only a paid order");
    const QString unpaid = m_sb->registerOrder(10000, false);
    refused(unpaid, "Only a paid order");
    const QString returned = paid(10000, "3");
    QCOMPARE(wait(m_desk->refund(returned))->result().outcome, Outcome::Done);
    refused(returned, "Only a paid order");
    // Nothing reached the gateway: each still has its one receipt (or none).
    for (const QString& id : {fullPayment, noMethod})
        QCOMPARE(wait(m_desk->receipts(id))->value().size(), 1);
}

void TestClosingReceipt::sandboxEndpoint()
{
    const QString id = paid(10000, "2");
    const QString number = m_sb->inspect(id).value("orderNumber").toString();
    QCOMPARE(m_sb->call("closeOfdReceipt", {{"mdOrder", id}}).json, QJsonObject({{"success", true}}));
    QCOMPARE(m_sb->call("closeOfdReceipt", {{"orderNumber", number}, {"amount", "7000"}}).json.value("success"),
             QJsonValue(true));
    const QJsonArray receipts = m_sb->call("getReceiptStatus", {{"orderId", id}}).json.value("receipt").toArray();
    QCOMPARE(receipts.size(), 3);
    QCOMPARE(receipts.at(2)["amount_total"].toString(), QString("70.00"));
    QCOMPARE(m_sb->call("closeOfdReceipt", {{"mdOrder", "no-such-order"}}).json.value("errorCode").toString(),
             QString("6"));
    QCOMPARE(m_sb->call("closeOfdReceipt", {}).json.value("errorCode").toString(), QString("1"));
    const QString unpaid = m_sb->registerOrder(10000, false);
    QCOMPARE(m_sb->call("closeOfdReceipt", {{"mdOrder", unpaid}}).json.value("errorCode").toString(), QString("7"));
    QCOMPARE(m_sb->call("closeOfdReceipt", {{"mdOrder", id}, {"amount", "-5"}}).json.value("errorCode").toString(),
             QString("5"));
    QCOMPARE(m_sb->call("closeOfdReceipt", {{"mdOrder", id}}, false).json.value("errorCode").toString(), QString("5"));
}

QTEST_GUILESS_MAIN(TestClosingReceipt)
#include "tst_closing_receipt.moc"
