// The main window on the offscreen platform against the sandbox: orders are listed, search finds
// them by card last 4, and a screenshot is saved for people to look at.
#include "MainWindow.h"
#include "gateway/rbs/RbsClient.h"
#include "models/OrderTableModel.h"
#include "support/SandboxFixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PayDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void listsTheSandboxOrders();
};

void TestMainWindow::listsTheSandboxOrders()
{
    QVERIFY2(QFontMetrics(QApplication::font()).inFont(QChar(0x0416)), "no font with Cyrillic: text would render as boxes");
    PayDesk::Sandbox::SandboxOptions options;
    options.seedOrders = 250;
    SandboxFixture sb(options);
    RbsSettings settings;
    settings.baseUrl = QUrl(sb.baseUrl());
    RbsClient client(settings);
    client.setCredentials({"sandbox", "sandbox", {}});
    const QString paid = sb.registerOrder(4242, false);
    sb.pay(paid, "4006800900962514", "05/26", "941", "111111");

    MainWindow window(&client, "Sandbox");
    window.resize(1100, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy synced(&window, &MainWindow::syncFinished);
    window.sync();
    QVERIFY(synced.wait(20000));
    QCOMPARE(synced.first().first().toBool(), true);
    auto *view = window.findChild<QTableView *>("orderView");
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 251);
    QVERIFY(window.statusBar()->findChildren<QLabel *>().constFirst()->text().contains("251"));

    auto *search = window.findChild<QLineEdit *>("searchEdit");
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, "2514");
    QVERIFY(view->model()->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QVERIFY(view->model()->index(row, OrderTableModel::Card).data().toString().endsWith("2514"));
        found |= view->model()->index(row, OrderTableModel::GatewayId).data().toString() == paid;
    }
    QVERIFY(found);
    search->clear();
    QCOMPARE(view->model()->rowCount(), 251);
    QVERIFY(window.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/main-window.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
