// The desktop app's main window on the offscreen platform against the sandbox, over a real cache
// file and journal: find an order by card last 4, capture part of a hold through the dialog,
// capture three holds in a batch, see a refused capture's gateway message, and save screenshots.
#include "core/credentials/CredentialStore.h"
#include "core/gateway/assist/AssistClient.h"
#include "core/gateway/rbs/RbsClient.h"
#include "core/i18n/UiLanguage.h"
#include "core/profiles/ProfileStore.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "core/store/OrderStore.h"
#include "core/time/Clock.h"
#include "gui/CacheUpgradeWindow.h"
#include "gui/DeskSession.h"
#include "gui/HoldReminder.h"
#include "gui/MainWindow.h"
#include "gui/ProfileMenu.h"
#include "gui/Prompts.h"
#include "gui/StartupProfile.h"
#include "gui/dialogs/BatchCaptureDialog.h"
#include "gui/dialogs/NewPaymentDialog.h"
#include "gui/dialogs/OperationDialog.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/itemmodels/OrderListModel.h"
#include "support/GuiSupport.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QUuid>

#include <algorithm>

using namespace PayDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        PayDesk::Sandbox::SandboxOptions options;
        options.seedOrders = 250;
        m_sb = std::make_unique<SandboxFixture>(options);
        RbsSettings settings;
        settings.baseUrl = QUrl(m_sb->baseUrl());
        settings.timeoutMs = 3000;
        m_client = std::make_unique<RbsClient>(settings);
        m_client->setCredentials({"sandbox", "sandbox", {}});
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<OrderStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("gui-%1.sqlite").arg(++m_n))));
        m_desk = std::make_unique<Desk>(m_client.get(), m_store.get(), "sandbox", "Sandbox");
    }
    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_store.reset();
        m_client.reset();
        m_sb.reset();
    }

    void findsAnOrderByCardLastFour()
    {
        QVERIFY2(QFontMetrics(QApplication::font()).inFont(QChar(0x0416)),
                 "no font with Cyrillic: text would render as boxes");
        const QString paid = m_sb->registerOrder(4242, false);
        m_sb->pay(paid, "4006800900962514", "05/26", "941", "111111");
        openWindow();
        QTableView* view = table();
        QCOMPARE(m_window->orderModel()->totalCount(), 251);
        QVERIFY(m_window->findChild<QListWidget*>("viewList")->item(1)->text().contains("251"));

        auto* search = m_window->findChild<QLineEdit*>("searchEdit");
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, "2514");
        QTRY_COMPARE(m_window->orderModel()->filter().text, QString("2514"));
        QVERIFY(view->model()->rowCount() >= 1 && view->model()->rowCount() < 251);
        bool found = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QString rowText; // every hit has a word starting with 2514 somewhere: card, number, e-mail, description
            for (int column = 0; column < OrderListModel::ColumnCount; ++column)
                rowText += view->model()->index(row, column).data().toString() + QLatin1Char(' ');
            QVERIFY2(rowText.contains("2514"), qPrintable(rowText));
            found |= view->model()->index(row, 0).data(OrderListModel::OrderIdRole).toString() == paid;
        }
        QVERIFY(found);
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 200); // the first page; the rest comes as the table scrolls
        view->scrollToBottom();
        QTRY_VERIFY(view->model()->rowCount() > 200);
        view->selectRow(0);
        QVERIFY(!m_window->findChild<QTextBrowser*>("detailsView")->toPlainText().isEmpty());
        QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/main-window.png")));
    }

    // A cache that cannot be read is said to be so, never shown as empty views with nothing to do.
    void unreadableCacheIsSaidNotShownAsEmpty()
    {
        openWindow();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE orders RENAME TO away")));
        m_window->showView(MainWindow::View::NeedsCapture);
        QVERIFY2(m_window->statusBar()->currentMessage().contains("could not be read"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        emit m_desk->ordersChanged(); // as after a sync: the counts are read again
        QVERIFY2(m_window->findChild<QListWidget*>("viewList")->item(0)->text().contains("?"),
                 qPrintable(m_window->findChild<QListWidget*>("viewList")->item(0)->text()));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE away RENAME TO orders")));
    }

    void capturesPartOfAHoldThroughTheDialog()
    {
        const QString id = heldOrder(100000, "partial-capture");
        openWindow();
        select("partial-capture");
        auto* dialog = qobject_cast<OperationDialog*>(m_window->openOperation(OperationKind::Capture));
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok);
        dialog->findChild<QRadioButton*>("partButton")->click();
        auto* amount = dialog->findChild<QLineEdit*>("amountEdit");
        QTest::keyClicks(amount, "1200"); // more than the 1 000 held
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>("errorLabel")->text().contains("more than"));
        // Two readings of one text: refused, showing both (the audit captured 1.00 of a 1,000.00 hold).
        for (const char* ambiguous : {"1,000", "1.000"}) {
            amount->clear();
            QTest::keyClicks(amount, ambiguous);
            QVERIFY(!ok->isEnabled());
            const QString why = dialog->findChild<QLabel*>("errorLabel")->text();
            QVERIFY2(why.contains("1000") && why.contains("1.000"), qPrintable(why));
        }
        amount->clear();
        QTest::keyClicks(amount, "400,50");
        QVERIFY(ok->isEnabled());
        QVERIFY2(dialog->findChild<QLabel*>("explanation")->text().contains("599"),
                 qPrintable(dialog->findChild<QLabel*>("explanation")->text()));
        QVERIFY(dialog->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/capture-dialog.png")));
        QSignalSpy finished(dialog, &OperationDialog::operationFinished);
        ok->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog->result()->outcome, OperationResult::Outcome::Done);
        QVERIFY(dialog->findChild<QLabel*>("resultLabel")->text().contains("Done"));
        // The sandbox's own record, the table and the details agree.
        QCOMPARE(m_sb->inspect(id).value("operations").toArray().last().toObject().value("amount").toInt(), 40050);
        const int row = m_window->orderModel()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(m_window->orderModel()->index(row, OrderListModel::Status).data().toString(), QString("Captured"));
        QTRY_VERIFY(m_window->findChild<QTextBrowser*>("detailsView")->toPlainText().contains("capture"));
        QVERIFY(m_window->findChild<QTextBrowser*>("detailsView")->toPlainText().contains("captured 400.50"));
        dialog->close();
    }

    void refusedCaptureShowsTheGatewaysMessage()
    {
        heldOrder(5000, "refused-capture");
        // A profile that asks the gateway for Russian, in an English interface: PayDesk explains the code.
        m_desk.reset();
        RbsSettings settings;
        settings.baseUrl = QUrl(m_sb->baseUrl());
        settings.timeoutMs = 3000;
        settings.language = "ru";
        m_client = std::make_unique<RbsClient>(settings);
        m_client->setCredentials({"sandbox", "sandbox", {}});
        m_desk = std::make_unique<Desk>(m_client.get(), m_store.get(), "sandbox", "Sandbox");
        openWindow();
        select("refused-capture");
        m_sb->addFault("deposit", "error7");
        auto* dialog = qobject_cast<OperationDialog*>(m_window->openOperation(OperationKind::Capture));
        QSignalSpy finished(dialog, &OperationDialog::operationFinished);
        dialog->findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog->result()->outcome, OperationResult::Outcome::Refused);
        const QString text = dialog->findChild<QLabel*>("resultLabel")->text();
        QVERIFY2(text.contains(QString::fromUtf8("Системная ошибка"))
                     && text.contains("code 7: a system error at the gateway, or no successful payment to act on"),
                 qPrintable(text));
        QVERIFY(dialog->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/capture-refused.png")));
        dialog->close();
    }

    void batchCapturesThreeHolds()
    {
        const QStringList ids{heldOrder(1000, "batchthree"), heldOrder(2000, "batchthree"),
                              heldOrder(3000, "batchthree")};
        openWindow();
        m_window->showView(MainWindow::View::NeedsCapture);
        QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/needs-capture.png")));
        auto* search = m_window->findChild<QLineEdit*>("searchEdit");
        QTest::keyClicks(search, "batchthree");
        QTRY_COMPARE(m_window->orderModel()->filter().text, QString("batchthree"));
        QCOMPARE(table()->model()->rowCount(), 3);
        table()->selectAll();
        auto* dialog = qobject_cast<BatchCaptureDialog*>(m_window->openBatchCapture());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>("totalLabel")->text().contains("3 payment"));
        QSignalSpy finished(dialog, &BatchCaptureDialog::batchFinished);
        dialog->start();
        QVERIFY(finished.wait(15000));
        QVERIFY(dialog->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/batch-capture.png")));
        for (const QString& id : ids)
            QCOMPARE(m_sb->status(id).value("orderStatus").toInt(), 2);
        QTRY_COMPARE(table()->model()->rowCount(), 0); // no longer held
        dialog->close();
    }

    void newPreAuthPaymentShowsItsPageAndQrCode()
    {
        openWindow();
        m_desk->setReturnUrl(m_sb->baseUrl() + "/shop/return");
        auto* dialog = qobject_cast<NewPaymentDialog*>(m_window->openNewPayment());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QRadioButton*>("twoStageButton")->isChecked());
        auto* amount = dialog->findChild<QLineEdit*>("amountEdit");
        amount->setText("12.3456");
        dialog->submit();
        QVERIFY(dialog->findChild<QLabel*>("errorLabel")->text().contains("decimal"));
        amount->setText("0");
        dialog->submit();
        QVERIFY(dialog->findChild<QLabel*>("errorLabel")->text().contains("greater than zero"));
        amount->setText("1 234,50");
        QSignalSpy registered(dialog, &NewPaymentDialog::registered);
        dialog->submit();
        QVERIFY(registered.wait(10000));
        QVERIFY(dialog->formUrl().startsWith(m_sb->baseUrl() + "/payment/"));
        QVERIFY(dialog->findChild<QLabel*>("resultLabel")->text().contains(dialog->formUrl()));
        const QPixmap qr = dialog->findChild<QLabel*>("qrLabel")->pixmap();
        QVERIFY(!qr.isNull() && qr.width() > 100);
        QCOMPARE(m_sb->status(dialog->orderId()).value("amount").toInt(), 123450);
        // The customer pays; the dialog follows the order to "held".
        m_sb->pay(dialog->orderId(), "2202205000012424", "05/28", "649");
        QSignalSpy status(dialog, &NewPaymentDialog::statusChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().first().value<OrderStatus>() == OrderStatus::Held,
                                 10000);
        QVERIFY(dialog->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/new-payment.png")));
        dialog->close();
    }

    void newPaymentWithACart()
    {
        openWindow();
        auto* dialog = qobject_cast<NewPaymentDialog*>(m_window->openNewPayment());
        dialog->findChild<QGroupBox*>("cartBox")->setChecked(true);
        auto* table = dialog->findChild<QTableWidget*>("cartTable");
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 0)->setText("Coffee");
        table->item(0, 1)->setText("2");
        table->item(0, 2)->setText("150,25");
        dialog->addCartItem("Cake", 1, "99.50");
        auto* vat = qobject_cast<QComboBox*>(table->cellWidget(1, 3));
        vat->setCurrentIndex(vat->findText("20 %"));
        QCOMPARE(dialog->findChild<QLineEdit*>("amountEdit")->text(), QString("400.00"));
        QSignalSpy registered(dialog, &NewPaymentDialog::registered);
        dialog->submit();
        QVERIFY2(registered.wait(10000), qPrintable(dialog->findChild<QLabel*>("errorLabel")->text()));
        const QJsonObject order = m_sb->status(dialog->orderId());
        QCOMPARE(order.value("amount").toInt(), 40000);
        const QJsonArray items =
            order.value("orderBundle").toObject().value("cartItems").toObject().value("items").toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("itemAmount").toInt(), 30050);
        QCOMPARE(items.at(1).toObject().value("tax").toObject().value("taxType").toInt(), 6); // RBS: 20 %
        QVERIFY(dialog->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/new-payment-cart.png")));
        const QString orderId = dialog->orderId();
        dialog->close();
        // Paid, synced, refreshed: the details show the cart and the fiscal receipt.
        m_sb->pay(orderId, "2202205000012424", "05/28", "649");
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->sync();
        QVERIFY(synced.wait(10000));
        select("Test payment");
        auto* details = m_window->findChild<QTextBrowser*>("detailsView");
        QVERIFY(details->toPlainText().contains("Coffee"));
        QVERIFY(details->toPlainText().contains("no VAT"));
        QVERIFY(details->toPlainText().contains("20 %"));
        // Captured: the gateway issues the fiscal receipt.
        std::unique_ptr<OperationJob> capture(m_desk->capture(orderId));
        capture->setAutoDelete(false);
        QSignalSpy captured(capture.get(), &GatewayJob::finished);
        QVERIFY(captured.wait(10000));
        QCOMPARE(capture->result().outcome, OperationResult::Outcome::Done);
        this->table()->selectRow(0);
        m_window->findChild<QAction*>("actionRefresh")->trigger();
        QTRY_VERIFY(!m_desk->knownReceipts(orderId).isEmpty());
        QTRY_VERIFY(details->toPlainText().contains("Fiscal receipts")
                    && !details->toPlainText().contains("use Refresh"));
        QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/details-cart-receipt.png")));
    }

    // Issue 18: a cache from before schema 9 is upgraded on a worker thread before the profile's window opens;
    // the window shown meanwhile says what happens, in the UI's language.
    void opensAnOlderCacheAfterUpgradingIt()
    {
        heldOrder(120000, "upgrade-only");
        Workplace workplace(m_dir.filePath("upgrade-profiles.ini"));
        addProfile(&workplace, "shop", m_sb->baseUrl(), "sandbox");
        DeskOptions options;
        options.timeoutMs = 3000;
        options.cachePath = m_dir.filePath("upgrade-cache.sqlite");
        {
            OrderStore old;
            QVERIFY(old.open(options.cachePath, 8));
        }
        QVERIFY(workplace.cacheNeedsUpgrade(*workplace.profile("shop"), options));
        DeskSession session(&workplace, {}, options);
        qRegisterMetaType<MainWindow*>();
        QSignalSpy changed(&session, &DeskSession::windowChanged);
        QVERIFY(session.openProfile("shop"));
        QVERIFY(changed.wait(60000));
        QVERIFY(!workplace.cacheNeedsUpgrade(*workplace.profile("shop"), options));
        session.window()->show();
        QSignalSpy synced(session.window(), &MainWindow::syncFinished);
        QVERIFY(synced.wait(20000));
        QCOMPARE(ordersMatching(session.window(), "upgrade-only"), 1);

        const QPalette light = QApplication::palette();
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        for (const bool russian : {false, true}) {
            if (russian)
                QApplication::installTranslator(&translator);
            for (const bool dark : {false, true}) {
                QApplication::setPalette(dark ? GuiSupport::darkPalette() : light);
                CacheUpgradeWindow upgrading;
                upgrading.show();
                const QString text = upgrading.findChild<QLabel*>("upgradeText")->text();
                QVERIFY2(russian ? text.contains(QString::fromUtf8("миллион")) : text.contains("million orders"),
                         qPrintable(text));
                QVERIFY(upgrading.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/cache-upgrade-%1-%2.png")
                                                  .arg(russian ? "ru" : "en", dark ? "dark" : "light")));
            }
        }
        QApplication::removeTranslator(&translator);
        QApplication::setPalette(light);
    }

    void speaksRussian()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        QApplication::installTranslator(&translator);
        UiLanguage::use(QStringLiteral("ru")); // its locale too: "48 915,61 ₽", Russian dates
        heldOrder(150000, "russian");
        openWindow();
        auto* views = m_window->findChild<QListWidget*>("viewList");
        QVERIFY2(views->item(0)->text().startsWith(QString::fromUtf8("Ждут подтверждения")),
                 qPrintable(views->item(0)->text()));
        QCOMPARE(views->item(1)->text(), QString::fromUtf8("Все заказы (251)"));
        select("russian");
        auto* dialog = qobject_cast<OperationDialog*>(m_window->openOperation(OperationKind::Capture));
        dialog->findChild<QRadioButton*>("partButton")->click();
        QTest::keyClicks(dialog->findChild<QLineEdit*>("amountEdit"), "1 234,56");
        const QString explanation = dialog->findChild<QLabel*>("explanation")->text();
        QVERIFY2(
            explanation.contains(QString::fromUtf8("одна тысяча двести тридцать четыре рубля пятьдесят шесть копеек")),
            qPrintable(explanation));
        QVERIFY(dialog->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/capture-dialog-ru.png")));
        dialog->close();
        m_window->showView(MainWindow::View::NeedsCapture);
        QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/needs-capture-ru.png")));
        QApplication::removeTranslator(&translator);
        UiLanguage::use(QStringLiteral("en"));
    }

    void profilesDialogKeepsThePasswordInTheKeychain()
    {
        Workplace workplace(m_dir.filePath("profiles.ini"));
        ProfilesDialog dialog(&workplace);
        dialog.show();
        dialog.findChild<QLineEdit*>("nameEdit")->setText("shop");
        dialog.findChild<QLineEdit*>("urlEdit")->setText(m_sb->baseUrl());
        dialog.findChild<QLineEdit*>("userEdit")->setText("sandbox");
        dialog.findChild<QLineEdit*>("passwordEdit")->setText("not-the-password");
        QSignalSpy saved(&dialog, &ProfilesDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QVERIFY(workplace.profile("shop"));
        {
            QFile ini(m_dir.filePath("profiles.ini"));
            QVERIFY(ini.open(QIODevice::ReadOnly));
            const QByteArray text = ini.readAll();
            QVERIFY(text.contains("shop") && !text.contains("not-the-password"));
        }
        QSignalSpy tested(&dialog, &ProfilesDialog::tested);
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().first().toBool(), false); // the gateway refuses a wrong password
        dialog.findChild<QLineEdit*>("passwordEdit")->setText("sandbox");
        dialog.save();
        QVERIFY(saved.wait(10000));
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().first().toBool(), true);
        QVERIFY(dialog.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profiles.png")));
    }

    void switchesProfileWhileRunning()
    {
        SandboxFixture branch;
        heldOrder(210000, "shop-only");
        const QString branchOrder = branch.registerOrder(330000, true, {{"description", "branch-only"}});
        branch.pay(branchOrder, "2202205000012424", "05/28", "649");
        Workplace workplace(m_dir.filePath("switch-profiles.ini"));
        addProfile(&workplace, "shop", m_sb->baseUrl(), "sandbox");
        addProfile(&workplace, "branch", branch.baseUrl(), "sandbox");
        DeskOptions options;
        options.timeoutMs = 3000;
        options.cachePath = m_dir.filePath("switch-cache.sqlite");
        DeskSession session(&workplace, {}, options);
        QVERIFY(session.openProfile("shop"));
        session.window()->resize(1600, 1000);
        session.window()->show();
        QSignalSpy synced(session.window(), &MainWindow::syncFinished);
        QVERIFY(synced.wait(20000));
        QCOMPARE(session.window()->windowTitle(), QString("PayDesk — shop"));
        QCOMPARE(ordersMatching(session.window(), "shop-only"), 1);
        auto* combo = session.window()->findChild<QComboBox*>("profileCombo");
        QVERIFY(combo && combo->isVisibleTo(session.window()));
        QCOMPARE(combo->currentText(), QString("shop"));
        QVERIFY(session.window()->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profile-switch-1600.png")));

        // The menu asks for the branch: a new window on the branch's desk takes the place of the shop's.
        qRegisterMetaType<MainWindow*>();
        QSignalSpy changed(&session, &DeskSession::windowChanged);
        QAction* toBranch = nullptr;
        for (QAction* action : session.window()->profileMenu()->actions())
            toBranch = action->text() == "branch" ? action : toBranch;
        QVERIFY(toBranch);
        toBranch->trigger();
        QVERIFY(changed.wait(5000));
        QSignalSpy branchSynced(session.window(), &MainWindow::syncFinished);
        QVERIFY(branchSynced.wait(20000));
        QCOMPARE(session.window()->windowTitle(), QString("PayDesk — branch"));
        QCOMPARE(session.desk()->profileName(), QString("branch"));
        QCOMPARE(ordersMatching(session.window(), "branch-only"), 1);
        QCOMPARE(ordersMatching(session.window(), "shop-only"), 0);
        QCOMPARE(session.window()->findChild<QComboBox*>("profileCombo")->currentText(), QString("branch"));
        const QWidgetList windows = QApplication::topLevelWidgets();
        QCOMPARE(std::count_if(windows.begin(), windows.end(),
                               [](QWidget* w) { return qobject_cast<MainWindow*>(w) && w->isVisible(); }),
                 1);
        QCOMPARE(ordersMatching(session.window(), ""), 1);
        session.window()->resize(1024, 700);
        QVERIFY(session.window()->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profile-switch-1024.png")));

        // Back to the shop through the toolbar's combo box, in Russian.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        QApplication::installTranslator(&translator);
        combo = session.window()->findChild<QComboBox*>("profileCombo");
        combo->setCurrentIndex(combo->findText("shop"));
        emit combo->activated(combo->currentIndex());
        QVERIFY(changed.wait(5000));
        QSignalSpy shopSynced(session.window(), &MainWindow::syncFinished);
        QVERIFY(shopSynced.wait(20000));
        QCOMPARE(session.window()->windowTitle(), QString::fromUtf8("PayDesk — shop"));
        QCOMPARE(ordersMatching(session.window(), "shop-only"), 1);
        QCOMPARE(ordersMatching(session.window(), ""), 251);
        session.window()->resize(1600, 1000);
        QVERIFY(session.window()->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profile-switch-ru-1600.png")));
        session.window()->resize(1024, 700);
        QVERIFY(session.window()->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profile-switch-ru-1024.png")));
        QApplication::removeTranslator(&translator);
        // In a dark palette, a window opened in it (the sidebar takes its colours when it is built).
        const QPalette light = QApplication::palette();
        QApplication::setPalette(GuiSupport::darkPalette());
        QVERIFY(session.openProfile("branch"));
        QCOMPARE(changed.count(), 3); // opened at once: no menu in between
        session.window()->resize(1024, 700);
        session.window()->show();
        QTest::qWait(100);
        QVERIFY(session.window()->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profile-switch-dark-1024.png")));
        QApplication::setPalette(light);
    }

    void testsTheProfileAsTypedBeforeSaving()
    {
        Workplace workplace(m_dir.filePath("typed-profiles.ini"));
        ProfilesDialog dialog(&workplace);
        dialog.show();
        auto* message = dialog.findChild<QLabel*>("messageLabel");
        const auto test = [&](const QString& url, const QString& password) {
            dialog.findChild<QLineEdit*>("nameEdit")->setText("shop");
            dialog.findChild<QLineEdit*>("urlEdit")->setText(url);
            dialog.findChild<QLineEdit*>("userEdit")->setText("sandbox");
            dialog.findChild<QLineEdit*>("passwordEdit")->setText(password);
            QSignalSpy tested(&dialog, &ProfilesDialog::tested);
            dialog.testConnection();
            return tested.wait(15000) && tested.last().first().toBool();
        };
        QVERIFY2(test(m_sb->baseUrl(), "sandbox"), qPrintable(message->text()));
        QVERIFY(!workplace.profile("shop")); // tested, not saved
        QVERIFY(!test(m_sb->baseUrl(), "wrong"));
        QVERIFY2(message->text().contains("refused the login or password of profile «shop»"),
                 qPrintable(message->text()));
        QVERIFY(dialog.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profiles-wrong-password.png")));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(!test(QStringLiteral("http://127.0.0.1:%1/payment/rest/").arg(port), "sandbox"));
        QVERIFY2(message->text().contains(QStringLiteral("127.0.0.1 refused the connection on port %1").arg(port)),
                 qPrintable(message->text()));
        QVERIFY(!test("https://nonexistent.invalid/payment/rest/", "sandbox"));
        QVERIFY2(message->text().contains("host name nonexistent.invalid was not found"), qPrintable(message->text()));
        // In Russian, the same refusal in Russian.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        QApplication::installTranslator(&translator);
        QVERIFY(!test(m_sb->baseUrl(), "wrong"));
        QApplication::removeTranslator(&translator);
        QVERIFY2(message->text().contains(QString::fromUtf8("логин или пароль профиля «shop»")),
                 qPrintable(message->text()));
    }

    void savingLeavesTheStartUpProfileAlone()
    {
        StartupProfile::set("first");
        Workplace workplace(m_dir.filePath("startup-profiles.ini"));
        ProfilesDialog dialog(&workplace);
        dialog.show();
        auto* atStart = dialog.findChild<QCheckBox*>("startBox");
        QVERIFY(!atStart->isChecked()); // there is a start-up profile already
        dialog.findChild<QLineEdit*>("nameEdit")->setText("second");
        dialog.findChild<QLineEdit*>("urlEdit")->setText(m_sb->baseUrl());
        dialog.findChild<QLineEdit*>("userEdit")->setText("sandbox");
        dialog.findChild<QLineEdit*>("passwordEdit")->setText("sandbox");
        QSignalSpy saved(&dialog, &ProfilesDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(StartupProfile::name(), QString("first"));
        atStart->setChecked(true); // the explicit choice
        dialog.save();             // no new password: saved at once
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(StartupProfile::name(), QString("second"));
        QVERIFY(atStart->isChecked());
        QVERIFY(dialog.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/profiles-start-up.png")));
        atStart->setChecked(false);
        dialog.save();
        QTRY_COMPARE(saved.count(), 3);
        QCOMPARE(StartupProfile::name(), QString());
    }

    void registerAnotherStartsAFreshOrder()
    {
        openWindow();
        m_desk->setReturnUrl(m_sb->baseUrl() + "/shop/return");
        auto* dialog = qobject_cast<NewPaymentDialog*>(m_window->openNewPayment());
        auto* number = dialog->findChild<QLineEdit*>("numberEdit");
        auto* qr = dialog->findChild<QLabel*>("qrLabel");
        QAbstractButton* registerButton = nullptr;
        for (QAbstractButton* button : dialog->findChild<QDialogButtonBox*>("buttons")->buttons())
            registerButton = button->text().contains("Register") ? button : registerButton;
        QVERIFY(registerButton);
        QSignalSpy registered(dialog, &NewPaymentDialog::registered);
        dialog->submit();
        QVERIFY(registered.wait(10000));
        const QString first = number->text();
        const QString firstUrl = dialog->formUrl();
        QVERIFY(!qr->pixmap().isNull());
        QVERIFY(registerButton->text().contains("another"));
        registerButton->click(); // a new order in the form, not registered yet
        QTest::qWait(300);
        QCOMPARE(registered.count(), 1);
        QVERIFY(dialog->orderId().isEmpty() && dialog->formUrl().isEmpty());
        QVERIFY(qr->pixmap().isNull());
        QVERIFY(!dialog->findChild<QPushButton*>("copyButton")->isEnabled());
        QVERIFY(number->text() != first && !number->text().startsWith(first));
        registerButton->click();
        QVERIFY(registered.wait(10000));
        QVERIFY(dialog->formUrl() != firstUrl);
        QVERIFY(!number->text().startsWith(first));
        // The form changes: the link and QR code of the order registered before go with it.
        dialog->findChild<QRadioButton*>("oneStageButton")->click();
        dialog->findChild<QGroupBox*>("cartBox")->setChecked(true);
        QVERIFY(qr->pixmap().isNull());
        QVERIFY(dialog->formUrl().isEmpty() && dialog->orderId().isEmpty());
        QVERIFY(dialog->findChild<QLabel*>("resultLabel")->text().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton*>("openButton")->isEnabled());
        registerButton->click();
        QVERIFY2(registered.wait(10000), qPrintable(dialog->findChild<QLabel*>("errorLabel")->text()));
        QCOMPARE(qr->toolTip(), dialog->formUrl());
        QCOMPARE(m_sb->status(dialog->orderId()).value("orderNumber").toString(), number->text());
        dialog->close();
    }

    void declineShowsTheGatewaysReason()
    {
        openWindow();
        m_desk->setReturnUrl(m_sb->baseUrl() + "/shop/return");
        auto* dialog = qobject_cast<NewPaymentDialog*>(m_window->openNewPayment());
        QSignalSpy registered(dialog, &NewPaymentDialog::registered);
        dialog->submit();
        QVERIFY(registered.wait(10000));
        m_sb->pay(dialog->orderId(), "2202205000060910", "06/28", "810", "111111"); // insufficient funds
        QSignalSpy status(dialog, &NewPaymentDialog::statusChanged);
        QTRY_VERIFY_WITH_TIMEOUT(
            !status.isEmpty() && status.last().first().value<OrderStatus>() == OrderStatus::Declined, 10000);
        const QString text = dialog->findChild<QLabel*>("statusLabel")->text();
        QVERIFY2(text.contains("action code 116"), qPrintable(text));
        QVERIFY(dialog->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/new-payment-declined.png")));
        dialog->close();
    }

    void newPaymentAcceleratorsAreUnique()
    {
        openWindow();
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        for (const bool russian : {false, true}) {
            if (russian)
                QApplication::installTranslator(&translator);
            NewPaymentDialog dialog(m_desk.get(), m_sb->baseUrl(), m_window.get());
            dialog.findChild<QGroupBox*>("cartBox")->setVisible(true);
            QStringList texts;
            for (const QLabel* label : dialog.findChildren<QLabel*>())
                texts.append(label->buddy() ? label->text() : QString());
            for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
                texts.append(button->text());
            for (const QGroupBox* box : dialog.findChildren<QGroupBox*>())
                texts.append(box->title());
            QHash<QChar, QString> seen;
            for (const QString& text : texts) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty())
                    continue;
                const QChar letter = text.at(text.indexOf(QRegularExpression("&[^&]")) + 1).toLower();
                QVERIFY2(!seen.contains(letter), qPrintable(QStringLiteral("%1 and %2").arg(seen.value(letter), text)));
                seen.insert(letter, text);
            }
            QVERIFY(seen.size() >= 14);
            if (russian) {
                dialog.resize(820, 620);
                QVERIFY(dialog.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/new-payment-ru.png")));
                QApplication::removeTranslator(&translator);
            }
        }
    }

    void filtersByAmountAndSavesTheView()
    {
        openWindow();
        auto* min = m_window->findChild<QLineEdit*>("minAmountEdit");
        QTest::keyClicks(min, "50 000");
        QTRY_VERIFY(m_window->orderModel()->filter().minAmount.has_value());
        QCOMPARE(*m_window->orderModel()->filter().minAmount, Q_INT64_C(5000000));
        const int big = m_window->orderModel()->totalCount();
        QVERIFY(big > 0 && big < 250);
        for (int row = 0; row < m_window->orderModel()->rowCount(); ++row)
            QVERIFY(m_window->orderModel()->summaryAt(row).amount.minor() >= 5000000);
        Prompts::setNextText("Big orders"); // the name asked for by Save view…
        m_window->findChild<QPushButton*>("saveViewButton")->click();
        auto* views = m_window->findChild<QListWidget*>("viewList");
        QCOMPARE(views->item(views->count() - 1)->text(), QString::fromUtf8("★ Big orders"));
        min->clear();
        m_window->showView(MainWindow::View::NeedsCapture);
        QTRY_VERIFY(!m_window->orderModel()->filter().minAmount.has_value());
        views->setCurrentRow(views->count() - 1);
        QCOMPARE(min->text(), QString("50 000"));
        QCOMPARE(m_window->orderModel()->totalCount(), big);
        QTest::qWait(50); // let the layout settle after the chart hides
        QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/saved-view.png")));
    }

    // File > Export writes the view's orders where the user says, and a file it cannot write is a
    // warning with the reason, never "exported".
    void exportsTheViewOrSaysWhyNot()
    {
        openWindow();
        m_window->showView(MainWindow::View::NeedsCapture);
        const QString path = m_dir.filePath(QStringLiteral("held.csv"));
        Prompts::setNextFileName(path);
        m_window->findChild<QAction*>("actionExportOrders")->trigger();
        QVERIFY(Prompts::takeLastWarning().isEmpty());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size() - 1, m_window->orderModel()->totalCount()); // a header, then every held order
        QVERIFY(lines.size() > 1);
        QCOMPARE(lines.first().trimmed(), QByteArray(PAYDESK_EXPORT_HEADER)); // the CLI's columns (tst_cli)
        for (const QByteArray& line : lines.mid(1))
            QVERIFY2(line.contains(",held,"), line.constData());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QString::number(lines.size() - 1)),
                 qPrintable(m_window->statusBar()->currentMessage())); // where and how many
        QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/export-confirmed.png")));

        m_window->statusBar()->clearMessage();
        Prompts::setNextFileName(m_dir.filePath(QStringLiteral("no-such-folder/held.csv")));
        m_window->findChild<QAction*>("actionExportJournal")->trigger();
        QVERIFY(!Prompts::takeLastWarning().isEmpty());
        QVERIFY(!m_window->statusBar()->currentMessage().contains("Exported"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no-such-folder/held.csv"))));

        Prompts::setNextFileName(QString()); // cancelled: nothing written, nothing said
        m_window->findChild<QAction*>("actionExportOrders")->trigger();
        QVERIFY(Prompts::takeLastWarning().isEmpty());
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }

    void assistProfileCapturesAHold()
    {
        const std::unique_ptr<AssistClient> client = assistClient();
        AssistClient& assist = *client;
        Desk desk(&assist, m_store.get(), "assist", "Assist sandbox");
        // A customer pays an Assist order with Delay=1.
        RegisterRequest r;
        r.orderNumber = "GUI-AS-1";
        r.amount = Money(250000, Currency::rub());
        r.preAuth = true;
        r.returnUrl = m_sb->baseUrl() + "/shop/return";
        std::unique_ptr<RegisterJob> reg(assist.registerOrder(r));
        reg->setAutoDelete(false);
        QSignalSpy registered(reg.get(), &GatewayJob::finished);
        QVERIFY(registered.wait(5000));
        const HttpResult page = m_sb->http().get(QUrl(reg->value().formUrl));
        const QString bill =
            QRegularExpression("name='billnumber' value='(\\d+)'").match(QString::fromUtf8(page.body)).captured(1);
        m_sb->http().post(QUrl(m_sb->baseUrl() + "/assist/sandbox/pay"),
                          TestHttp::form({{"billnumber", bill}, {"pan", "2202205000012424"}}));

        MainWindow window(&desk);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy synced(&window, &MainWindow::syncFinished);
        window.sync();
        QVERIFY(synced.wait(20000));
        QVERIFY(synced.first().first().toBool());
        window.showView(MainWindow::View::NeedsCapture);
        const int row = window.orderModel()->rowOf(bill); // among the sandbox's seeded Assist holds
        QVERIFY(row >= 0);
        QVERIFY(
            window.findChild<QAction*>("actionReverse")->text().remove(QLatin1Char('&')).contains("Cancel the hold"));
        window.findChild<QTableView*>("orderView")->selectRow(row);
        auto* dialog = qobject_cast<OperationDialog*>(window.openOperation(OperationKind::Capture));
        dialog->findChild<QRadioButton*>("partButton")->click();
        QTest::keyClicks(dialog->findChild<QLineEdit*>("amountEdit"), "2000");
        QSignalSpy finished(dialog, &OperationDialog::operationFinished);
        dialog->findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog->result()->outcome, OperationResult::Outcome::Done);
        QCOMPARE(dialog->result()->order.gatewayState, QString("PartialDelayed"));
        QCOMPARE(dialog->result()->order.captured, Money(200000, Currency::rub()));
        QVERIFY(window.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/assist-captured.png")));
        dialog->close();
    }

    void assistNewPaymentFollowsTheBillnumber()
    {
        const std::unique_ptr<AssistClient> client = assistClient();
        AssistClient& assist = *client;
        Desk desk(&assist, m_store.get(), "assist", "Assist sandbox");
        desk.setReturnUrl(m_sb->baseUrl() + "/shop/return");
        MainWindow window(&desk);
        window.show();
        auto* dialog = qobject_cast<NewPaymentDialog*>(window.openNewPayment());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>("numberEdit")->setText("GUI-AS-NEW-1");
        dialog->findChild<QLineEdit*>("amountEdit")->setText("700.00");
        QSignalSpy registered(dialog, &NewPaymentDialog::registered);
        dialog->submit();
        QVERIFY(registered.wait(10000));
        QVERIFY(!dialog->findChild<QLabel*>("qrLabel")->pixmap().isNull());
        // Assist names the payment (its billnumber) only when the customer opens the page and pays.
        const HttpResult page = m_sb->http().get(QUrl(dialog->formUrl()));
        const QString bill =
            QRegularExpression("name='billnumber' value='(\\d+)'").match(QString::fromUtf8(page.body)).captured(1);
        QVERIFY(!bill.isEmpty());
        m_sb->http().post(QUrl(m_sb->baseUrl() + "/assist/sandbox/pay"),
                          TestHttp::form({{"billnumber", bill}, {"pan", "2202205000012424"}}));
        QSignalSpy status(dialog, &NewPaymentDialog::statusChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().first().value<OrderStatus>() == OrderStatus::Held,
                                 15000);
        QCOMPARE(dialog->orderId(), bill);
        QVERIFY(dialog->findChild<QLabel*>("resultLabel")->text().contains(bill));
        dialog->close();
    }

    void readableInADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(GuiSupport::darkPalette());
        openWindow();
        m_window->showView(MainWindow::View::NeedsCapture);
        table()->selectRow(0);
        QTest::qWait(50);
        const QImage shot = m_window->grab().toImage();
        QVERIFY(shot.save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/needs-capture-dark.png")));
        // The table's background really is dark, its text light.
        QVERIFY(table()->palette().color(QPalette::Base).lightness() < 64);
        QVERIFY(table()->palette().color(QPalette::Text).lightness() > 192);
        QApplication::setPalette(light);
    }

    void remindsOncePerHoldInItsLastDay()
    {
        Order o;
        o.gateway = PayDesk::GatewayKind::Rbs;
        o.orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.orderNumber = "REMIND-" + o.orderId.left(8);
        o.status = OrderStatus::Held;
        o.amount = o.approved = Money(700000, Currency::rub());
        o.deadline = QDateTime::currentDateTimeUtc().addSecs(5 * 3600);
        Order later = o;
        later.orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        later.orderNumber = "LATER-" + later.orderId.left(8);
        later.deadline = QDateTime::currentDateTimeUtc().addSecs(30 * 3600);
        QCOMPARE(m_store->upsert(m_desk->profileId(), {o, later}).value, 2);
        HoldReminder reminder(m_desk.get());
        QSignalSpy reminded(&reminder, &HoldReminder::reminded);
        reminder.check();
        QCOMPARE(reminded.count(), 1);
        QCOMPARE(reminded.last().first().toStringList(), QStringList{o.orderNumber}); // not the one due in 30 h
        reminder.check();                                                             // once per order: nothing new
        QCOMPARE(reminded.count(), 1);
        QVERIFY(reminder.takeNewlyDue().isEmpty());
    }

    void timeLeftIsRedInTheLastDay()
    {
        OrderListModel model;
        Order o;
        o.orderId = "x";
        o.orderNumber = "T-1";
        o.status = OrderStatus::Held;
        o.amount = o.approved = Money(100, Currency::rub());
        o.deadline = QDateTime::currentDateTimeUtc().addSecs(3 * 3600 + 12 * 60 + 30);
        QVERIFY(m_store->upsert(m_desk->profileId(), {o}).value == 1);
        model.setSource(m_desk.get());
        OrderFilter mine;
        mine.text = o.orderNumber;
        model.setFilter(mine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex cell = model.index(0, OrderListModel::TimeLeft);
        QCOMPARE(cell.data().toString(), QString("3 h 12 min"));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
        // The app's clock moved past the deadline: the same row reads expired, with no sync in between.
        Clock::setSource([] { return QDateTime::currentDateTimeUtc().addSecs(4 * 3600); });
        QCOMPARE(model.index(0, OrderListModel::TimeLeft).data().toString(), QString("expired 47 min ago"));
        Clock::setSource({});
        QCOMPARE(OrderListModel::timeLeft(o.deadline, o.deadline.addSecs(1)), QString("expired just now"));
        QCOMPARE(OrderListModel::timeLeft(o.deadline, o.deadline.addSecs(-7 * 60 - 5)), QString("7 min"));
        QCOMPARE(OrderListModel::timeLeft(o.deadline, o.deadline.addSecs(-20)), QString("under a minute"));
        QCOMPARE(OrderListModel::timeLeft(o.deadline, o.deadline.addSecs(-(2 * 86400 + 5 * 3600))), QString("2 d 5 h"));
    }

private:
    static void addProfile(Workplace* workplace, const QString& name, const QString& url, const QString& password)
    {
        Profile p;
        p.name = name;
        p.url = Workplace::normalizedUrl(GatewayKind::Rbs, url);
        p.user = "sandbox";
        bool done = false;
        workplace->addProfile(p, password, {}, workplace, [&done](const Profile&, const WorkplaceError& e) {
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    // How many orders of all the profile's match TEXT (the window opens on its last view).
    static int ordersMatching(MainWindow* window, const QString& text)
    {
        window->showView(MainWindow::View::AllOrders);
        auto* search = window->findChild<QLineEdit*>("searchEdit");
        search->clear();
        QTest::keyClicks(search, text);
        if (!QTest::qWaitFor([&] { return window->orderModel()->filter().text == text; }, 5000))
            return -1;
        return window->orderModel()->totalCount();
    }

    // The sandbox's Assist merchant.
    std::unique_ptr<AssistClient> assistClient() const
    {
        AssistSettings settings;
        settings.baseUrl = QUrl(m_sb->baseUrl() + "/");
        settings.merchantId = "123456";
        settings.timeoutMs = 3000;
        auto client = std::make_unique<AssistClient>(settings);
        client->setCredentials({"sandbox", "sandbox", {}});
        return client;
    }

    QString heldOrder(qint64 amount, const QString& description)
    {
        const QString id = m_sb->registerOrder(amount, true, {{"description", description}});
        m_sb->pay(id, "2202205000012424", "05/28", "649");
        return id;
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_desk.get());
        QVERIFY(GuiSupport::showSynced(m_window.get()));
        m_window->showView(MainWindow::View::AllOrders); // the window opens on Needs capture
    }

    QTableView* table() const { return m_window->findChild<QTableView*>("orderView"); }

    void select(const QString& text)
    {
        QTest::keyClicks(m_window->findChild<QLineEdit*>("searchEdit"), text);
        QTRY_COMPARE(m_window->orderModel()->filter().text, text);
        QCOMPARE(table()->model()->rowCount(), 1);
        table()->selectRow(0);
    }

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<RbsClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    int m_n = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
