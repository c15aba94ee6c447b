// The sandbox's Assist services over HTTP, read as raw XML (the sandbox shares no code with the
// clients): the two-stage flow, partial charge, a repeated charge that takes nothing twice,
// cancel rules, hold expiry, credentials, resultbydate windows and faults.
#include "support/SandboxFixture.h"

#include <QRegularExpression>
#include <QTest>

namespace {
QString value(const QByteArray& xml, const QString& element)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(element));
    return re.match(QString::fromUtf8(xml)).captured(1).trimmed();
}

int count(const QByteArray& xml, const QString& needle)
{
    return int(QString::fromUtf8(xml).count(needle));
}
} // namespace

class TestSandboxAssist : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_sb = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_sb.reset(); }

    void twoStageFlowWithPartialChargeAndRefund()
    {
        const QString bill = payDelayed("A-1", "1500.50");
        QByteArray xml = service("orderstate", {{"Ordernumber", "A-1"}});
        QVERIFY2(xml.contains("firstcode=\"0\" secondcode=\"0\""), xml.constData());
        QVERIFY(xml.startsWith("<?xml") && xml.contains("<!DOCTYPE result"));
        QCOMPARE(value(xml, "orderstate"), QString("Delayed"));
        QCOMPARE(value(xml, "billnumber"), bill);
        QCOMPARE(value(xml, "orderamount"), QString("1500.50"));

        xml = service("charge", {{"Billnumber", bill}, {"Amount", "1000,00"}, {"Currency", "RUB"}});
        QCOMPARE(value(xml, "responsecode"), QString("AS000"));
        QCOMPARE(value(xml, "orderstate"), QString("PartialDelayed"));
        QCOMPARE(value(xml, "billnumber"), bill + ".2");
        QCOMPARE(value(xml, "amount"), QString("1000.00"));

        // Repeated: the same answer, and still one charge in the order's operations.
        xml = service("charge", {{"Billnumber", bill}});
        QCOMPARE(value(xml, "orderstate"), QString("PartialDelayed"));
        xml = service("orderresult", {{"Billnumber", bill}});
        QCOMPARE(count(xml, "<operationtype>200</operationtype>"), 1);

        xml = service("cancel", {{"Billnumber", bill}, {"Amount", "200.00"}, {"Currency", "RUB"}});
        QCOMPARE(value(xml, "orderstate"), QString("PartialCanceled"));
        xml = service("cancel", {{"Billnumber", bill}});
        QCOMPARE(value(xml, "orderstate"), QString("Canceled"));
        QCOMPARE(value(xml, "amount"), QString("800.00"));
        xml = service("cancel", {{"Billnumber", bill}});
        QVERIFY(xml.contains("firstcode='15'"));
    }

    void heldPaymentsCancelInFullOnly()
    {
        const QString bill = payDelayed("A-2", "99.90");
        QVERIFY(service("cancel", {{"Billnumber", bill}, {"Amount", "10.00"}, {"Currency", "RUB"}})
                    .contains("firstcode='15' secondcode='300'"));
        QCOMPARE(value(service("cancel", {{"Billnumber", bill}}), "orderstate"), QString("Canceled"));
        QVERIFY(service("charge", {{"Billnumber", bill}}).contains("firstcode='15' secondcode='307'"));
    }

    void chargeChecksItsInput()
    {
        const QString bill = payDelayed("A-3", "100.00");
        QVERIFY(
            service("charge", {{"Billnumber", bill}, {"Amount", "50.00"}}).contains("firstcode='3'")); // no Currency
        QVERIFY(service("charge", {{"Billnumber", bill}, {"Amount", "150.00"}, {"Currency", "RUB"}})
                    .contains("firstcode='5' secondcode='108'"));
        QVERIFY(service("charge", {{"Billnumber", bill}, {"Amount", "50.00"}, {"Currency", "USD"}})
                    .contains("firstcode='5' secondcode='105'"));
        QVERIFY(service("charge", {{"Billnumber", "1234567890123456"}}).contains("firstcode='10' secondcode='143'"));
        QCOMPARE(value(service("charge", {{"Billnumber", bill + ".1"}}), "orderstate"),
                 QString("Approved")); // extended form
    }

    void credentialsAndFormat()
    {
        QVERIFY(service("orderstate", {{"Ordernumber", "x"}}, "wrong").contains("firstcode='7' secondcode='102'"));
        QVERIFY(service("orderstate", {{"Ordernumber", "x"}, {"Merchant_ID", "1"}})
                    .contains("firstcode='10' secondcode='100'"));
        QVERIFY(service("orderstate", {{"Ordernumber", "nobody"}}).contains("firstcode='10' secondcode='201'"));
    }

    void severalAttemptsAndADecline()
    {
        const QString declined = startPayment("A-4", "10.00", true);
        QVERIFY(m_sb->http()
                    .post(QUrl(m_sb->baseUrl() + "/assist/sandbox/pay"),
                          TestHttp::form({{"billnumber", declined}, {"pan", "2202205000060910"}}))
                    .body.contains("Declined"));
        const QString paid = payDelayed("A-4", "10.00");
        const QByteArray xml = service("orderstate", {{"Ordernumber", "A-4"}});
        QCOMPARE(count(xml, "<order>"), 2);
        QVERIFY(xml.contains("<orderstate>Declined</orderstate>") && xml.contains("<orderstate>Delayed</orderstate>"));
        QVERIFY(declined != paid);
    }

    void unconfirmedHoldsExpire()
    {
        payDelayed("A-5", "10.00");
        m_sb->advanceClock(4 * 86400 + 60);
        QCOMPARE(value(service("orderstate", {{"Ordernumber", "A-5"}}), "orderstate"), QString("Canceled"));
    }

    void resultByDateWindows()
    {
        payDelayed("A-6", "10.00");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto window = [&](const QDateTime& from, const QDateTime& to) {
            return service("resultbydate", {{"StartYear", QString::number(from.date().year())},
                                            {"StartMonth", QString::number(from.date().month())},
                                            {"StartDay", QString::number(from.date().day())},
                                            {"StartHour", QString::number(from.time().hour())},
                                            {"StartMin", QString::number(from.time().minute())},
                                            {"EndYear", QString::number(to.date().year())},
                                            {"EndMonth", QString::number(to.date().month())},
                                            {"EndDay", QString::number(to.date().day())},
                                            {"EndHour", QString::number(to.time().hour())},
                                            {"EndMin", QString::number(to.time().minute())}});
        };
        QVERIFY(window(now.addSecs(-3600), now.addSecs(120)).contains("<ordernumber>A-6</ordernumber>"));
        QVERIFY(!window(now.addDays(-2), now.addDays(-1).addSecs(-60)).contains("<ordernumber>A-6</ordernumber>"));
    }

    void faultsApplyToo()
    {
        const QString bill = payDelayed("A-7", "10.00");
        m_sb->addFault("charge", "apply_http500");
        const HttpResult lost = m_sb->http().post(QUrl(m_sb->baseUrl() + "/charge/charge.cfm"),
                                                  TestHttp::form(credentials({{"Billnumber", bill}})));
        QCOMPARE(lost.status, 500);
        QCOMPARE(value(service("orderstate", {{"Ordernumber", "A-7"}}), "orderstate"), QString("Approved"));
        m_sb->addFault("orderstate", "error7");
        QVERIFY(service("orderstate", {{"Ordernumber", "A-7"}}).contains("firstcode='2' secondcode='1'"));
    }

    void seededOrdersInEveryState()
    {
        PayDesk::Sandbox::SandboxOptions options;
        options.seedOrders = 400;
        options.assistMerchantId = "777";
        m_sb = std::make_unique<SandboxFixture>(options);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray all;
        for (int day = 0; day < 4; ++day) {
            const QDateTime from = now.addDays(-day - 1).addSecs(60), to = now.addDays(-day).addSecs(60);
            all += service("resultbydate", {{"Merchant_ID", "777"},
                                            {"StartYear", QString::number(from.date().year())},
                                            {"StartMonth", QString::number(from.date().month())},
                                            {"StartDay", QString::number(from.date().day())},
                                            {"StartHour", QString::number(from.time().hour())},
                                            {"StartMin", QString::number(from.time().minute())},
                                            {"EndYear", QString::number(to.date().year())},
                                            {"EndMonth", QString::number(to.date().month())},
                                            {"EndDay", QString::number(to.date().day())},
                                            {"EndHour", QString::number(to.time().hour())},
                                            {"EndMin", QString::number(to.time().minute())}});
        }
        QCOMPARE(count(all, "<order>"), 40);
        for (const char* state : {"Delayed", "Approved", "PartialDelayed", "Declined"})
            QVERIFY2(count(all, QStringLiteral("<orderstate>%1</orderstate>").arg(QLatin1String(state))) > 0, state);
        QVERIFY(service("orderstate", {{"Ordernumber", "AS-200001"}})
                    .contains("firstcode='10' secondcode='100'")); // 123456 is not it now
    }

private:
    QList<QPair<QString, QString>> credentials(QList<QPair<QString, QString>> fields,
                                               const QString& password = "sandbox")
    {
        if (std::none_of(fields.begin(), fields.end(), [](const auto& f) { return f.first == "Merchant_ID"; }))
            fields.append(qMakePair(QStringLiteral("Merchant_ID"), QStringLiteral("123456")));
        fields.append(qMakePair(QStringLiteral("Login"), QStringLiteral("sandbox")));
        fields.append(qMakePair(QStringLiteral("Password"), password));
        fields.append(qMakePair(QStringLiteral("Format"), QStringLiteral("3")));
        return fields;
    }

    QByteArray service(const QString& name, const QList<QPair<QString, QString>>& fields,
                       const QString& password = "sandbox")
    {
        const HttpResult r = m_sb->http().post(QUrl(m_sb->baseUrl() + "/" + name + "/" + name + ".cfm"),
                                               TestHttp::form(credentials(fields, password)));
        return r.status == 200 ? r.body : QByteArray();
    }

    QString startPayment(const QString& number, const QString& amount, bool delay)
    {
        const HttpResult page =
            m_sb->http().get(QUrl(m_sb->baseUrl() + "/pay/order.cfm?Merchant_ID=123456&OrderNumber=" + number
                                  + "&OrderAmount=" + amount + "&OrderCurrency=RUB&Delay=" + (delay ? "1" : "0")));
        return QRegularExpression("name='billnumber' value='(\\d+)'").match(QString::fromUtf8(page.body)).captured(1);
    }

    QString payDelayed(const QString& number, const QString& amount)
    {
        const QString bill = startPayment(number, amount, true);
        const HttpResult paid = m_sb->http().post(QUrl(m_sb->baseUrl() + "/assist/sandbox/pay"),
                                                  TestHttp::form({{"billnumber", bill}, {"pan", "2202205000012424"}}));
        if (!paid.body.contains("Delayed"))
            qWarning("payment page said: %s", paid.body.constData());
        return bill;
    }

    std::unique_ptr<SandboxFixture> m_sb;
};

QTEST_GUILESS_MAIN(TestSandboxAssist)
#include "tst_sandbox_assist.moc"
