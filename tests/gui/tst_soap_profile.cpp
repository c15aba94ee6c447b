// The RBS web service (SOAP) as a person meets it: the profiles dialog offers it, saves and tests such a
// profile against the sandbox's merchant-ws, and the main window syncs and shows its orders. Screenshots
// in English and Russian, light and dark, at 1024×700 and 1600×1000 (the window) and the dialog's own size.
#include "core/gateway/ClientFactory.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "core/store/OrderStore.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/itemmodels/OrderListModel.h"
#include "support/GuiSupport.h"
#include "support/SandboxFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace PayDesk;

class TestSoapProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_russian.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        PayDesk::Sandbox::SandboxOptions options;
        options.seedOrders = 120;
        m_sb = std::make_unique<SandboxFixture>(options);
        m_light = QApplication::palette();
    }
    void cleanup()
    {
        QApplication::setPalette(m_light);
        QApplication::removeTranslator(&m_russian);
        QLocale::setDefault(QLocale::c());
    }

    void profilesDialogOffersTheWebService()
    {
        Workplace workplace(m_dir.filePath("profiles.ini"));
        ProfilesDialog dialog(&workplace);
        dialog.show();
        auto* presets = dialog.findChild<QComboBox*>("presetBox");
        const int soap = presets->findText("Other RBS gateway, web service (SOAP)");
        QVERIFY(soap >= 0);
        QVERIFY(presets->findText("Sberbank — test, web service (SOAP)") >= 0);
        presets->setCurrentIndex(soap);
        emit presets->activated(soap);
        dialog.findChild<QLineEdit*>("nameEdit")->setText("shop-ws");
        dialog.findChild<QLineEdit*>("urlEdit")->setText(m_sb->baseUrl() + "/payment/webservices/merchant-ws?wsdl");
        dialog.findChild<QLineEdit*>("userEdit")->setText("sandbox");
        dialog.findChild<QLineEdit*>("passwordEdit")->setText("sandbox");
        QSignalSpy saved(&dialog, &ProfilesDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        const std::optional<Profile> profile = workplace.profile("shop-ws");
        QVERIFY(profile);
        QCOMPARE(profile->gateway, GatewayKind::RbsSoap);
        QCOMPARE(profile->url, m_sb->baseUrl() + "/payment/webservices/merchant-ws");
        QSignalSpy tested(&dialog, &ProfilesDialog::tested);
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().first().toBool(), true); // asked over SOAP, WS-Security accepted
        QCOMPARE(presets->currentIndex(), soap);
        for (const QString language : {"en", "ru"}) {
            if (language == "ru")
                QApplication::installTranslator(&m_russian);
            for (const bool dark : {false, true}) {
                QApplication::setPalette(dark ? GuiSupport::darkPalette() : m_light);
                ProfilesDialog again(&workplace); // opened anew, in the language and palette of the moment
                again.show();
                again.findChild<QListWidget*>("profileList")->setCurrentRow(0);
                QVERIFY(QTest::qWaitForWindowExposed(&again));
                QCOMPARE(again.findChild<QComboBox*>("presetBox")->currentIndex(), soap);
                QVERIFY(again.grab().save(
                    shot(QStringLiteral("soap-profiles-%1-%2.png").arg(language, dark ? "dark" : "light"))));
            }
        }
    }

    void mainWindowSyncsOverSoap()
    {
        Profile profile;
        profile.gateway = GatewayKind::RbsSoap;
        profile.url = m_sb->baseUrl() + "/payment/webservices/merchant-ws";
        profile.user = "sandbox";
        QString error;
        std::unique_ptr<GatewayClient> client(
            ClientFactory::createWithCredentials(profile, {"sandbox", "sandbox", {}}, 3000, nullptr, &error));
        QVERIFY2(client, qPrintable(error));
        OrderStore store;
        QVERIFY(store.open(m_dir.filePath("soap.sqlite")));
        Desk desk(client.get(), &store, "shop-ws", "Shop (web service)");
        for (const QString language : {"en", "ru"}) {
            if (language == "ru") {
                QApplication::installTranslator(&m_russian);
                QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
            }
            for (const bool dark : {false, true}) {
                QApplication::setPalette(dark ? GuiSupport::darkPalette() : m_light);
                MainWindow window(&desk);
                QVERIFY(GuiSupport::showSynced(&window));
                window.showView(MainWindow::View::AllOrders);
                QCOMPARE(window.orderModel()->totalCount(), 120);
                for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                    window.resize(size);
                    QTest::qWait(50);
                    QVERIFY(window.grab().save(shot(QStringLiteral("soap-window-%1-%2-%3.png")
                                                        .arg(language, dark ? "dark" : "light")
                                                        .arg(size.width()))));
                }
            }
        }
    }

private:
    static QString shot(const QString& name) { return QStringLiteral(PAYDESK_SCREENSHOT_DIR "/") + name; }

    QTemporaryDir m_dir;
    QTranslator m_russian;
    QPalette m_light;
    std::unique_ptr<SandboxFixture> m_sb;
};

QTEST_MAIN(TestSoapProfile)
#include "tst_soap_profile.moc"
