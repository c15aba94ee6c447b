// The Order menu's support entries against the sandbox: Check callback… (the profile's callback key from the
// real keychain, or the gateway's certificate) in plain words, Issue closing receipt… enabled only where it
// applies, and Mir Pay orders in the list's "Paid with" column, its filter and the details.
#include "core/credentials/CredentialStore.h"
#include "core/gateway/rbs/RbsClient.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "core/store/OrderStore.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/CheckCallbackDialog.h"
#include "gui/dialogs/ClosingReceiptDialog.h"
#include "gui/itemmodels/OrderListModel.h"
#include "support/GuiSupport.h"
#include "support/SandboxFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace PayDesk;

namespace {
const QString Bundle = R"({"cartItems":{"items":[{"positionId":1,"name":"Kettle","quantity":{"value":1,"measure":"0"},)"
                       R"("itemAmount":150000,"itemPrice":150000,"itemCode":"K","tax":{"taxType":6},)"
                       R"("itemAttributes":{"attributes":[{"name":"paymentMethod","value":"1"}]}}]}})";
}

class TestSupportActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void checkCallbackInPlainWords();
    void closingReceiptOnlyWhereItApplies();
    void mirPayInTheListAndDetails();
    void screenshots();

private:
    void openWindow();
    QString payWithMirPay(bool preAuth);
    void select(const QString& orderId);
    CheckCallbackDialog* openCheckDialog();
    QString check(CheckCallbackDialog* dialog, const QString& text);
    QTableView* table() const { return m_window->findChild<QTableView*>("orderView"); }

    std::unique_ptr<SandboxFixture> m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<RbsClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<Workplace> m_workplace;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;
};

void TestSupportActions::init()
{
    m_sb = std::make_unique<SandboxFixture>();
    RbsSettings settings;
    settings.baseUrl = QUrl(m_sb->baseUrl());
    m_client = std::make_unique<RbsClient>(settings);
    m_client->setCredentials({"sandbox", "sandbox", {}});
    m_store = std::make_unique<OrderStore>();
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("support-%1.sqlite").arg(++m_n))));
    m_desk = std::make_unique<Desk>(m_client.get(), m_store.get(), "sandbox", "Sandbox");
    m_workplace = std::make_unique<Workplace>(m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(m_n)));
}

void TestSupportActions::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_store.reset();
    m_client.reset();
    m_workplace.reset();
    m_sb.reset();
}

void TestSupportActions::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_desk.get(), m_workplace.get());
    QVERIFY(GuiSupport::showSynced(m_window.get()));
    m_window->showView(MainWindow::View::AllOrders);
}

// The customer's steps of seed 003 as the browser sends them: Mir Pay, the app's card, the hand-back.
QString TestSupportActions::payWithMirPay(bool preAuth)
{
    const QString id = m_sb->registerOrder(54321, preAuth);
    TestHttp& http = m_sb->http();
    const HttpResult app = http.get(QUrl(m_sb->baseUrl() + "/payment/sandbox/mirpay?mdOrder=" + id));
    if (!app.location.contains("/mirpay/app"))
        return {};
    const HttpResult chosen = http.post(QUrl(m_sb->baseUrl() + "/mirpay/app/pay"),
                                        TestHttp::form({{"mdOrder", id}, {"pan", "2202205000012424"}}));
    const HttpResult back = http.get(QUrl(m_sb->baseUrl() + chosen.location));
    return back.location.contains("/shop/return") ? id : QString();
}

void TestSupportActions::select(const QString& orderId)
{
    QTRY_VERIFY(m_window->orderModel()->rowOf(orderId) >= 0);
    table()->selectRow(m_window->orderModel()->rowOf(orderId));
}

CheckCallbackDialog* TestSupportActions::openCheckDialog()
{
    m_window->findChild<QAction*>("actionCheckCallback")->trigger();
    auto* dialog = m_window->findChild<CheckCallbackDialog*>();
    return dialog;
}

QString TestSupportActions::check(CheckCallbackDialog* dialog, const QString& text)
{
    dialog->findChild<QPlainTextEdit*>("callbackEdit")->setPlainText(text);
    QSignalSpy checked(dialog, &CheckCallbackDialog::checked);
    QTest::mouseClick(dialog->findChild<QPushButton*>("checkButton"), Qt::LeftButton);
    if (checked.isEmpty() && !checked.wait(15000))
        return QStringLiteral("(no answer)");
    return dialog->findChild<QLabel*>("resultLabel")->text();
}

void TestSupportActions::checkCallbackInPlainWords()
{
    const QString id = m_sb->registerOrder(10000, true);
    m_sb->pay(id, "2202205000012424", "05/28", "649");
    const QString number = m_sb->inspect(id).value("orderNumber").toString();
    CredentialStore keychain;
    bool stored = false;
    keychain.write("sandbox:callbackkey", "desk-key", this, [&stored](const SecretResult& r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    openWindow();

    const QString signedText = QString("mdOrder;%1;operation;approved;orderNumber;%2;status;1;").arg(id, number);
    const QString checksum = QString::fromLatin1(
        QMessageAuthenticationCode::hash(signedText.toUtf8(), "desk-key", QCryptographicHash::Sha256)
            .toHex()
            .toUpper());
    const QString url =
        QString("https://shop.example/cb?mdOrder=%1&operation=approved&orderNumber=%2&status=1&checksum=%3")
            .arg(id, number, checksum);
    CheckCallbackDialog* dialog = openCheckDialog();
    QVERIFY(dialog);
    QString result = check(dialog, url);
    QVERIFY2(result.contains("Genuine") && result.contains("the payment was held") && result.contains("agrees"),
             qPrintable(result));
    result = check(dialog, QString(url).replace("status=1", "status=0"));
    QVERIFY2(result.contains("NOT genuine"), qPrintable(result));
    result = check(dialog, "not a callback");
    QVERIFY2(result.contains("Not a callback"), qPrintable(result));

    // The gateway's certificate, the gateway not asked: the fixture's SHA512withRSA vector.
    QFile fixture(PAYDESK_SPEC_DIR "/fixtures/rbs/callback-rsa-sha512-deposited-cert.json");
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QJsonObject vector = QJsonDocument::fromJson(fixture.readAll()).object();
    QFile certificate(m_dir.filePath("gateway.cer"));
    QVERIFY(certificate.open(QIODevice::WriteOnly));
    certificate.write(QByteArray::fromBase64(vector.value("x509CertificateBase64Der").toString().toLatin1()));
    certificate.close();
    dialog->findChild<QLineEdit*>("certificateEdit")->setText(certificate.fileName());
    dialog->findChild<QRadioButton*>("certificateButton")->setChecked(true);
    dialog->findChild<QCheckBox*>("askGatewayBox")->setChecked(false);
    QStringList query;
    const QJsonObject params = vector.value("params").toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        query.append(it.key() + "=" + QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString())));
    result = check(dialog, query.join('&'));
    QVERIFY2(result.contains("Genuine") && result.contains("the payment was captured"), qPrintable(result));
    QVERIFY2(!result.contains("agrees"), qPrintable(result));
    dialog->close();
}

void TestSupportActions::closingReceiptOnlyWhereItApplies()
{
    const QString advance = m_sb->registerOrder(150000, false, {{"orderBundle", Bundle}});
    m_sb->pay(advance, "2202205000012424", "05/28", "649");
    const QString held = m_sb->registerOrder(10000, true);
    m_sb->pay(held, "2202205000012424", "05/28", "649");
    openWindow();
    auto* action = m_window->findChild<QAction*>("actionCloseReceipt");
    QVERIFY(action);
    select(held);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains("Only a paid order"), qPrintable(action->toolTip()));
    select(advance);
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    auto* dialog = m_window->findChild<ClosingReceiptDialog*>();
    QVERIFY(dialog);
    QVERIFY2(dialog->findChild<QLabel*>("headline")->text().contains("1"), "the amount is named");
    QTest::mouseClick(dialog->findChild<QPushButton*>("issueButton"), Qt::LeftButton);
    QTRY_VERIFY2(dialog->findChild<QLabel*>("resultLabel")->text().contains("is issued"),
                 qPrintable(dialog->findChild<QLabel*>("resultLabel")->text()));
    QTRY_COMPARE(m_desk->knownReceipts(advance).size(), 2);
    dialog->close();
}

void TestSupportActions::mirPayInTheListAndDetails()
{
    const QString mirPay = payWithMirPay(false);
    QVERIFY(!mirPay.isEmpty());
    const QString heldMirPay = payWithMirPay(true);
    QVERIFY(!heldMirPay.isEmpty());
    m_sb->pay(m_sb->registerOrder(20000, false), "2202205000012424", "05/28", "649");
    openWindow();
    QCOMPARE(m_window->orderModel()->totalCount(), 3);
    auto* way = m_window->findChild<QComboBox*>("paymentWayFilter");
    QVERIFY(way);
    way->setCurrentIndex(way->findText("Mir Pay"));
    QTRY_COMPARE(m_window->orderModel()->totalCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(table()->model()->index(row, OrderListModel::PaidWith).data().toString(), QString("Mir Pay"));
    select(heldMirPay);
    const QString details = m_window->findChild<QTextBrowser*>("detailsView")->toPlainText();
    QVERIFY2(details.contains("Mir Pay"), qPrintable(details));
    way->setCurrentIndex(way->findText("Card"));
    QTRY_COMPARE(m_window->orderModel()->totalCount(), 1);
    QCOMPARE(table()->model()->index(0, OrderListModel::PaidWith).data().toString(), QString("Card"));
    QCOMPARE(m_desk->order(mirPay)->paymentWay, PaymentWay::MirPay);
}

void TestSupportActions::screenshots()
{
    const QPalette light = QApplication::palette();
    QTranslator russian;
    QVERIFY(russian.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
    const QString advance = m_sb->registerOrder(150000, false, {{"orderBundle", Bundle}});
    m_sb->pay(advance, "2202205000012424", "05/28", "649");
    QVERIFY(!payWithMirPay(true).isEmpty());
    const QString mirPay = payWithMirPay(false);
    for (const QString language : {"en", "ru"}) {
        if (language == "ru") {
            QApplication::installTranslator(&russian);
            QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        }
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? GuiSupport::darkPalette() : light);
            openWindow();
            select(mirPay);
            const QString suffix = QStringLiteral("%1-%2").arg(language, dark ? "dark" : "light");
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                m_window->resize(size);
                QTest::qWait(50);
                QVERIFY(m_window->grab().save(
                    QStringLiteral(PAYDESK_SCREENSHOT_DIR "/support-mirpay-%1-%2.png").arg(suffix).arg(size.width())));
            }
            CheckCallbackDialog* check = openCheckDialog();
            this->check(check, "mdOrder=" + mirPay + "&orderNumber=1&operation=deposited&status=1&checksum=00AA");
            QTest::qWait(50); // the result's lines laid out
            QVERIFY(check->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/support-check-%1.png").arg(suffix)));
            check->close();
            select(advance);
            m_window->findChild<QAction*>("actionCloseReceipt")->trigger();
            auto* receipt = m_window->findChild<ClosingReceiptDialog*>();
            QVERIFY(receipt);
            QVERIFY(receipt->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/support-receipt-%1.png").arg(suffix)));
            receipt->close();
            m_window.reset();
        }
    }
    QApplication::setPalette(light);
    QApplication::removeTranslator(&russian);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestSupportActions)
#include "tst_support_actions.moc"
