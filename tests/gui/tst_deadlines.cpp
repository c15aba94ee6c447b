// Live deadlines and loud failures, in the real window against the sandbox over HTTP: with the app's
// Clock moved (and the sandbox's where the gateway must see it too), a hold expires while the window
// is open and leaves what is due within a tick; the desk syncs by itself after its interval and at
// once after a wake-up; a failed sync puts a banner with Retry over the views and marks the counts.
#include "core/gateway/rbs/RbsClient.h"
#include "core/i18n/UiLanguage.h"
#include "core/model/TimeLeft.h"
#include "core/session/AutoSync.h"
#include "core/session/Desk.h"
#include "core/store/OrderStore.h"
#include "core/time/Clock.h"
#include "gui/HeldChart.h"
#include "gui/MainWindow.h"
#include "gui/SyncBanner.h"
#include "gui/SyncStatusBar.h"
#include "gui/itemmodels/OrderListModel.h"
#include "support/GuiSupport.h"
#include "support/SandboxFixture.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTranslator>

#include <numeric>

using namespace PayDesk;

class TestDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_sb = std::make_unique<SandboxFixture>();
        m_offset = 0;
        Clock::setSource([this] { return QDateTime::currentDateTimeUtc().addSecs(m_offset); });
        connectTo(QUrl(m_sb->baseUrl()));
    }
    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_store.reset();
        m_client.reset();
        m_sb.reset();
        Clock::setSource({});
    }

    void expiryReadsHowLongAgo()
    {
        const QDateTime deadline = QDateTime::currentDateTimeUtc();
        QCOMPARE(TimeLeft::format(deadline, deadline.addSecs(20)), QString("expired just now"));
        QCOMPARE(TimeLeft::format(deadline, deadline.addSecs(3 * 60 + 5)), QString("expired 3 min ago"));
        QCOMPARE(TimeLeft::format(deadline, deadline.addSecs(2 * 3600 + 60)), QString("expired 2 h 1 min ago"));
        QCOMPARE(TimeLeft::format(deadline, deadline.addSecs(3 * 86400)), QString("expired 3 d ago"));
        QCOMPARE(TimeLeft::format(deadline, deadline.addSecs(-7 * 60 - 5)), QString("7 min"));
    }

    // The gateway still lists the hold (its clock is not moved), but its deadline has passed by the app's.
    void anExpiredHoldLeavesWhatIsDueWithinATick()
    {
        const QString id = holdUntil(2 * 3600, 150000, "expiring");
        openWindow();
        QCOMPARE(windowTitle(), QString("PayDesk — Sandbox"));
        QCOMPARE(views()->item(int(DeskView::NeedsCapture))->text(), QString("Needs capture (1 · 1 due in 24 h)"));
        QCOMPARE(views()->item(int(DeskView::Expired))->text(), QString("Expired holds (0)"));
        m_window->showView(MainWindow::View::NeedsCapture);
        QCOMPARE(table()->model()->rowCount(), 1);
        const QList<qint64> before = chartBars();
        QCOMPARE(before.at(0), 0); // nothing expired
        QCOMPARE(std::accumulate(before.begin() + 1, before.end(), qint64(0)), qint64(150000));

        m_offset = 2 * 3600 + 30;
        QTRY_VERIFY(views()->item(int(DeskView::NeedsCapture))->text().startsWith("Needs capture (0"));
        QTRY_COMPARE(table()->model()->rowCount(), 0);
        QTRY_COMPARE(views()->item(int(DeskView::Expired))->text(), QString("Expired holds (1)"));
        QTRY_COMPARE(chartBars().at(0), qint64(150000)); // the "expired" bar
        const QList<qint64> after = chartBars();
        QCOMPARE(std::accumulate(after.begin() + 1, after.end(), qint64(0)), qint64(0)); // no due bar
        QCOMPARE(m_desk->order(id)->status, OrderStatus::Held);

        m_window->showView(MainWindow::View::Expired);
        QCOMPARE(table()->model()->rowCount(), 1);
        table()->selectRow(0);
        QCOMPARE(table()->model()->index(0, OrderListModel::TimeLeft).data().toString(), QString("expired just now"));
        auto* capture = m_window->findChild<QAction*>("actionCapture");
        QVERIFY(!capture->isEnabled());
        QVERIFY2(capture->toolTip().startsWith("The hold expired just now"), qPrintable(capture->toolTip()));
        const QString details = m_window->findChild<QTextBrowser*>("detailsView")->toPlainText();
        QVERIFY2(details.contains("The hold expired on") && !details.contains("left)"), qPrintable(details));
        QSignalSpy syncs(m_desk.get(), &Desk::syncFinished);
        m_offset += 3 * 60; // long enough to count as a wake-up: a sync, which keeps the selection
        QTRY_COMPARE(table()->model()->index(0, OrderListModel::TimeLeft).data().toString(),
                     QString("expired 3 min ago"));
        QTRY_COMPARE(syncs.count(), 1);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        QTRY_VERIFY2(m_window->findChild<QTextBrowser*>("detailsView")->toPlainText().contains("3 min ago"),
                     qPrintable(m_window->findChild<QTextBrowser*>("detailsView")->toPlainText()));
        // Less than a wake-up: no sync, only the clock's tick moves the details on.
        m_offset += 50;
        QTRY_VERIFY2(m_window->findChild<QTextBrowser*>("detailsView")->toPlainText().contains("4 min ago"),
                     qPrintable(m_window->findChild<QTextBrowser*>("detailsView")->toPlainText()));
        QCOMPARE(syncs.count(), 1);
        shoot("expired-holds");
    }

    // At its deadline the order is read again from the gateway, which has released it: no sync needed.
    void aHoldIsReadAgainAtItsDeadline()
    {
        const QString id = holdUntil(90, 50000, "released");
        openWindow();
        QSignalSpy syncs(m_desk.get(), &Desk::syncFinished);
        m_sb->advanceClock(100);
        for (int step = 0; step < 2; ++step) { // small steps: no wake-up, no interval
            m_offset += 50;
            QTest::qWait(150);
        }
        QTRY_COMPARE(m_desk->order(id)->status, OrderStatus::Reversed);
        QTRY_COMPARE(views()->item(int(DeskView::NeedsCapture))->text(), QString("Needs capture (0)"));
        QCOMPARE(views()->item(int(DeskView::Expired))->text(), QString("Expired holds (0)"));
        QCOMPARE(syncs.count(), 0);
    }

    void syncsByItselfAfterItsInterval()
    {
        openWindow();
        QCOMPARE(views()->item(int(DeskView::NeedsCapture))->text(), QString("Needs capture (0)"));
        holdUntil(6 * 3600, 70000, "arrives-later");
        QSignalSpy syncs(m_desk.get(), &Desk::syncFinished);
        for (int step = 0; step < 5; ++step) { // 250 s: short of the 5 minutes
            m_offset += 50;
            QTest::qWait(150);
        }
        QCOMPARE(syncs.count(), 0);
        QTRY_VERIFY2(statusText().contains("synced 4 min ago"), qPrintable(statusText()));
        for (int step = 0; step < 2; ++step) {
            m_offset += 50;
            QTest::qWait(150);
        }
        QTRY_COMPARE(syncs.count(), 1);
        QTRY_COMPARE(views()->item(int(DeskView::NeedsCapture))->text(), QString("Needs capture (1 · 1 due in 24 h)"));
        QVERIFY2(statusText().contains("synced just now"), qPrintable(statusText()));
    }

    // A tick long overdue: the machine slept. It syncs at once, however long the interval.
    void syncsAtOnceAfterAWakeUp()
    {
        openWindow();
        QSignalSpy syncs(m_desk.get(), &Desk::syncFinished);
        m_offset += 2 * 60;
        QTRY_COMPARE(syncs.count(), 1);
    }

    void aFailedSyncShowsTheBannerUntilRetrySucceeds()
    {
        holdUntil(6 * 3600, 70000, "held-during-failure");
        openWindow();
        auto* banner = m_window->findChild<SyncBanner*>();
        QVERIFY(banner && !banner->isVisible());
        m_sb->addFault("*", "http500", 1000);
        QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
        m_window->sync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains("Sync of Sandbox failed")
                     && banner->text().contains("last good sync just now"),
                 qPrintable(banner->text()));
        QCOMPARE(views()->item(int(DeskView::NeedsCapture))->text(),
                 QString("Needs capture (1, stale · 1 due in 24 h)"));
        shoot("sync-failed");
        QVERIFY2(banner->height() < 3 * banner->fontMetrics().height() + 16,
                 "the banner is a strip, not half the window");

        m_sb->server().faults().clear();
        banner->findChild<QPushButton*>("retrySyncButton")->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        QVERIFY(!banner->isVisible());
        QCOMPARE(views()->item(int(DeskView::NeedsCapture))->text(), QString("Needs capture (1 · 1 due in 24 h)"));
    }

    // Started on a profile whose gateway cannot be reached: no "Needs capture (0)" as if all were well.
    void aProfileThatCannotConnectShowsNoConfidentZero()
    {
        connectTo(QUrl("http://127.0.0.1:1"));
        m_window = std::make_unique<MainWindow>(m_desk.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
        m_window->sync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(views()->item(int(DeskView::NeedsCapture))->text(), QString("Needs capture (?)"));
        auto* banner = m_window->findChild<SyncBanner*>();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains("Sandbox") && banner->text().contains("no good sync yet"),
                 qPrintable(banner->text()));
        QVERIFY2(statusText().contains("not synced yet"), qPrintable(statusText()));
    }

    // The same in Russian: an expired hold while the gateway cannot be reached.
    void speaksRussian()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        QApplication::installTranslator(&translator);
        UiLanguage::use(QStringLiteral("ru")); // its locale too: "48 915,61 ₽", Russian dates
        holdUntil(2 * 3600, 150000, "russian-expired");
        holdUntil(30 * 3600, 90000, "russian-tomorrow");
        openWindow();
        m_sb->addFault("*", "http500", 1000);
        m_offset = 2 * 3600 + 4 * 60;
        auto* banner = m_window->findChild<SyncBanner*>();
        QTRY_VERIFY(banner->isVisible()); // the wake-up's sync failed
        QTRY_VERIFY2(banner->text().contains("Синхронизация профиля Sandbox не удалась"), qPrintable(banner->text()));
        QVERIFY2(views()->item(int(DeskView::Expired))->text().startsWith("Истёкшие холды (1"),
                 qPrintable(views()->item(int(DeskView::Expired))->text()));
        m_window->showView(MainWindow::View::Expired);
        table()->selectRow(0);
        QCOMPARE(table()->model()->index(0, OrderListModel::TimeLeft).data().toString(), QString("истёк 4 мин назад"));
        shoot("deadlines-ru");
        m_window->showView(MainWindow::View::NeedsCapture);
        shoot("needs-capture-stale-ru");
        QApplication::removeTranslator(&translator);
        UiLanguage::use(QStringLiteral("en"));
    }

private:
    void connectTo(const QUrl& url)
    {
        m_window.reset();
        m_desk.reset();
        RbsSettings settings;
        settings.baseUrl = url;
        settings.timeoutMs = 3000;
        m_client = std::make_unique<RbsClient>(settings);
        m_client->setCredentials({"sandbox", "sandbox", {}});
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<OrderStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("deadlines-%1.sqlite").arg(++m_n))));
        m_desk = std::make_unique<Desk>(m_client.get(), m_store.get(), "sandbox", "Sandbox");
    }

    // A paid two-stage payment whose hold the gateway releases SECS from now.
    QString holdUntil(qint64 secs, qint64 amount, const QString& description)
    {
        const QString reverse = QDateTime::currentDateTimeUtc()
                                    .addSecs(secs)
                                    .toTimeZone(QTimeZone(3 * 3600))
                                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QString id =
            m_sb->registerOrder(amount, true, {{"description", description}, {"autoReverseDate", reverse}});
        m_sb->pay(id, "2202205000012424", "05/28", "649");
        return id;
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_desk.get());
        QVERIFY(GuiSupport::showSynced(m_window.get()));
        m_window->findChild<AutoSync*>()->setTickMSecs(50);
    }

    // The window at both sizes, light and dark, for a person to look at.
    void shoot(const QString& name)
    {
        const QPalette light = QApplication::palette();
        const QPalette dark = GuiSupport::darkPalette();
        for (const auto& [palette, tone] : {std::pair{light, "light"}, std::pair{dark, "dark"}}) {
            QApplication::setPalette(palette);
            for (const QSize& size : {QSize(1024, 700), QSize(1600, 1000)}) {
                m_window->resize(size);
                QTest::qWait(50);
                QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/%1-%2-%3x%4.png")
                                                  .arg(name, tone)
                                                  .arg(size.width())
                                                  .arg(size.height())));
            }
        }
        QApplication::setPalette(light);
    }

    QString windowTitle() const { return m_window->windowTitle(); }
    QListWidget* views() const { return m_window->findChild<QListWidget*>("viewList"); }
    QTableView* table() const { return m_window->findChild<QTableView*>("orderView"); }
    HeldChart* chart() const { return m_window->findChild<HeldChart*>(); }
    // The chart's bars in roubles' minor units: expired, today, then the next days.
    QList<qint64> chartBars() const
    {
        QList<qint64> bars;
        for (int slot = 0; slot < HeldChart::Slots; ++slot) {
            qint64 rub = 0;
            for (const Money& m : chart()->heldIn(slot))
                rub += m.currency() == Currency::rub() ? m.minor() : 0;
            bars.append(rub);
        }
        return bars;
    }
    QString statusText() const { return m_window->findChild<QLabel*>("syncStatusLabel")->text(); }

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<RbsClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    qint64 m_offset = 0;
    int m_n = 0;
};

QTEST_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
