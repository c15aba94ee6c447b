// The desk's views against the sandbox over a real cache: each view keeps its own search and filters
// and says when a filter hides rows; the app opens on Needs capture or the last view; totals per
// currency and for the selection; "Select all due in 24 h"; the held chart in every currency, with
// a click on a day filtering the list; the Refunds view's refunded amount and date. Expected figures
// are read from the cache file with SQL of the test's own, not through the desk.
#include "core/gateway/rbs/RbsClient.h"
#include "core/i18n/UiLanguage.h"
#include "core/money/MoneyTotals.h"
#include "core/session/Desk.h"
#include "core/store/OrderRow.h"
#include "core/store/OrderStore.h"
#include "core/time/Clock.h"
#include "gui/HeldChart.h"
#include "gui/MainWindow.h"
#include "gui/SyncStatusBar.h"
#include "gui/UrgencyColors.h"
#include "gui/ViewSidebar.h"
#include "gui/itemmodels/OrderListModel.h"
#include "support/GuiSupport.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace PayDesk;

class TestViews : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        Sandbox::SandboxOptions options;
        options.seedOrders = 250;
        options.holdDays = 4; // a new hold expires within the chart's week
        m_sb = std::make_unique<SandboxFixture>(options);
        RbsSettings settings;
        settings.baseUrl = QUrl(m_sb->baseUrl());
        settings.timeoutMs = 3000;
        settings.holdDays = 4; // as the sandbox holds
        m_client = std::make_unique<RbsClient>(settings);
        m_client->setCredentials({"sandbox", "sandbox", {}});
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<OrderStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("views-%1.sqlite").arg(++m_n))));
        m_desk = std::make_unique<Desk>(m_client.get(), m_store.get(), "sandbox", "Sandbox");
        QSettings().remove(QStringLiteral("ui/lastView/sandbox"));
    }
    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_store.reset();
        m_client.reset();
        m_sb.reset();
    }

    // The sidebar's Needs capture row took the light palette's black when nothing was due and kept it after a
    // switch to dark (black on black): it now has no colour of its own unless something is due.
    void sidebarFollowsThePaletteUnlessSomethingIsDue()
    {
        QListWidget list;
        ViewSidebar sidebar(&list, QStringLiteral("sidebar-test"));
        list.setPalette(GuiSupport::darkPalette());
        ViewCounts counts;
        counts.held = 4;
        sidebar.setCounts(counts);
        QListWidgetItem* needs = list.item(0);
        QVERIFY(!needs->data(Qt::ForegroundRole).isValid());
        counts.due = 2;
        sidebar.setCounts(counts);
        QCOMPARE(needs->foreground().color(), UrgencyColors::due());
        counts.due = 0;
        sidebar.setCounts(counts);
        QVERIFY(!needs->data(Qt::ForegroundRole).isValid());
    }

    // A team desk whose turn was skipped (another desk listed the account) says so, not "0 orders changed".
    void statusBarSaysWhenAnotherDeskSynced()
    {
        QStatusBar bar;
        QAction cancel;
        SyncStatusBar status(&bar, &cancel, QStringLiteral("Shop"), QDateTime::currentDateTimeUtc());
        SyncReport skipped;
        skipped.skipped = QStringLiteral("The team synced this account at 10:42; the shared cache was read again.");
        status.finished(skipped, QDateTime::currentDateTimeUtc());
        QVERIFY2(status.text().contains(skipped.skipped) && !status.text().contains("changed"),
                 qPrintable(status.text()));
        SyncReport listed;
        listed.changed = 3;
        status.finished(listed, QDateTime::currentDateTimeUtc());
        QVERIFY2(status.text().contains("3 order"), qPrintable(status.text()));
    }

    void opensOnNeedsCaptureThenOnTheLastView()
    {
        openWindow();
        QCOMPARE(m_window->currentView(), MainWindow::View::NeedsCapture);
        QCOMPARE(viewList()->currentRow(), 0);
        viewList()->setCurrentRow(2); // the user picks Refunds & reversals
        QCOMPARE(m_window->currentView(), MainWindow::View::Refunds);
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->currentView(), MainWindow::View::Refunds);
        QCOMPARE(viewList()->currentRow(), 2);
    }

    void aSearchStaysInItsView()
    {
        openWindow();
        const int held = heldCount();
        QVERIFY(held > 0);
        m_window->showView(MainWindow::View::AllOrders);
        QVERIFY(!filterBar()->isVisible());
        QTest::keyClicks(search(), "zzqx");
        QTRY_COMPARE(m_window->orderModel()->filter().text, QString("zzqx"));
        QCOMPARE(m_window->orderModel()->totalCount(), 0);
        QVERIFY(filterBar()->isVisible());
        QVERIFY2(filterBarText().contains("0 of 250"), qPrintable(filterBarText()));

        m_window->showView(MainWindow::View::NeedsCapture); // the sidebar's count and the table agree
        QCOMPARE(search()->text(), QString());
        QCOMPARE(m_window->orderModel()->totalCount(), held);
        QVERIFY(viewList()->item(0)->text().contains(QString::number(held)));
        QVERIFY(!filterBar()->isVisible());

        m_window->showView(MainWindow::View::AllOrders); // All orders kept its own search
        QCOMPARE(search()->text(), QString("zzqx"));
        QCOMPARE(m_window->orderModel()->totalCount(), 0);
        QVERIFY(filterBar()->isVisible());
        QTest::mouseClick(m_window->findChild<QPushButton*>("clearFiltersButton"), Qt::LeftButton);
        QCOMPARE(search()->text(), QString());
        QCOMPARE(m_window->orderModel()->totalCount(), 250);
        QVERIFY(!filterBar()->isVisible());
    }

    void totalsPerCurrencyMatchTheCache()
    {
        m_sb->pay(m_sb->registerOrder(424300, true, {{"currency", "840"}}), "2202205000012424", "05/28", "649");
        openWindow();
        const QString held = totalsText();
        QVERIFY2(held.startsWith("Held: "), qPrintable(held));
        const QList<Money> heldSums =
            sums("SELECT currency, sum(approved - captured) FROM orders WHERE status = 'held' GROUP BY currency");
        QVERIFY(heldSums.size() >= 2); // the sandbox's holds are in roubles and other currencies
        for (const Money& m : heldSums)
            QVERIFY2(held.contains(m.toDisplayString()), qPrintable(held + " lacks " + m.toDisplayString()));

        m_window->showView(MainWindow::View::AllOrders);
        for (const Money& m : sums("SELECT currency, sum(amount) FROM orders GROUP BY currency"))
            QVERIFY2(totalsText().contains(m.toDisplayString()), qPrintable(totalsText()));
        m_window->showView(MainWindow::View::Refunds);
        for (const Money& m : sums("SELECT currency, sum(refunded) FROM orders WHERE status IN ('refunded', "
                                   "'partly_refunded') GROUP BY currency"))
            QVERIFY2(totalsText().contains(m.toDisplayString()), qPrintable(totalsText()));
        QVERIFY2(totalsText().startsWith("Refunded: "), qPrintable(totalsText()));
    }

    void selectionTotals()
    {
        openWindow();
        table()->selectionModel()->select(QItemSelection(table()->model()->index(0, 0), table()->model()->index(2, 0)),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        MoneyTotals expected;
        for (int row = 0; row < 3; ++row) {
            const QString id = table()->model()->index(row, 0).data(OrderListModel::OrderIdRole).toString();
            expected.add(m_desk->order(id)->capturable());
        }
        const QString text = totalsText();
        QVERIFY2(text.contains(" — selected 3: " + expected.toDisplayString(QLocale())), qPrintable(text));
        table()->clearSelection();
        QVERIFY(!totalsText().contains("selected"));
    }

    void selectsExactlyTheHoldsDueWithin24Hours()
    {
        openWindow();
        const qint64 now = Clock::nowMSecs();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT order_id FROM orders WHERE status = 'held' AND deadline >= %1 AND "
                                      "deadline <= %2")
                           .arg(now)
                           .arg(now + 24 * 3600 * 1000)));
        QSet<QString> expected;
        while (q.next())
            expected.insert(OrderRow::idText(q.value(0)));
        QVERIFY2(!expected.isEmpty() && expected.size() < heldCount(), "the seed has holds due and holds not due");
        auto* button = m_window->findChild<QPushButton*>("selectDueButton");
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QSet<QString> selected;
        for (const QModelIndex& index : table()->selectionModel()->selectedRows())
            selected.insert(index.data(OrderListModel::OrderIdRole).toString());
        QCOMPARE(selected, expected);
        QVERIFY(m_window->findChild<QAction*>("actionBatchCapture")->isEnabled()); // Capture selected can follow
        QVERIFY(totalsText().contains(QStringLiteral("selected %1:").arg(expected.size())));
        m_window->showView(MainWindow::View::AllOrders);
        QVERIFY(!button->isVisible());
    }

    void chartShowsAUsdHoldOnItsDayAndAClickFilters()
    {
        const QString id = m_sb->registerOrder(424300, true, {{"currency", "840"}, {"description", "usd-hold"}});
        m_sb->pay(id, "2202205000012424", "05/28", "649");
        openWindow();
        const std::optional<Order> usd = m_desk->order(id);
        QVERIFY(usd && usd->status == OrderStatus::Held && usd->amount.currency().code() == "USD");
        const QDate day = usd->deadline.toLocalTime().date();
        const int slot = int(Clock::today().daysTo(day)) + 1;
        QVERIFY(slot > 1 && slot < HeldChart::Slots - 1);
        // Every USD hold expiring that day, read from the cache.
        qint64 minor = 0;
        int holdsThatDay = 0;
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec("SELECT deadline, currency, approved - captured FROM orders WHERE status = 'held'"));
        while (q.next()) {
            if (QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).date() != day)
                continue;
            ++holdsThatDay;
            minor += q.value(1).toString() == "USD" ? q.value(2).toLongLong() : 0;
        }
        const Money expected(minor, usd->amount.currency());
        auto* chart = m_window->findChild<HeldChart*>();
        QVERIFY(chart->heldIn(slot).contains(expected));
        QVERIFY2(chart->toolTipOf(slot).contains(expected.toDisplayString()), qPrintable(chart->toolTipOf(slot)));
        auto* series = qobject_cast<QBarSeries*>(chart->findChild<QChartView*>()->chart()->series().first());
        QBarSet* usdSet = nullptr;
        for (QBarSet* set : series->barSets())
            usdSet = set->label().startsWith("USD") ? set : usdSet;
        QVERIFY(usdSet);
        QVERIFY(usdSet->at(slot) > 0);

        emit usdSet->clicked(slot); // as the chart does on a click on that day's bar
        QVERIFY(filterBar()->isVisible());
        QVERIFY2(filterBarText().contains(chart->slotLabel(slot)), qPrintable(filterBarText()));
        QCOMPARE(m_window->orderModel()->totalCount(), holdsThatDay);
        QVERIFY(m_window->orderModel()->rowOf(id) >= 0);
        for (int row = 0; row < m_window->orderModel()->rowCount(); ++row)
            QCOMPARE(m_window->orderModel()->summaryAt(row).deadline.toLocalTime().date(), day);
        QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/views-chart-day-filter.png")));
        QTest::mouseClick(m_window->findChild<QPushButton*>("clearFiltersButton"), Qt::LeftButton);
        QVERIFY(!filterBar()->isVisible());
        QCOMPARE(m_window->orderModel()->totalCount(), heldCount());
    }

    void refundsViewShowsRefundedAmountAndDate()
    {
        const QString id = m_sb->registerOrder(90000, false, {{"description", "refund-me"}});
        m_sb->pay(id, "2202205000012424", "05/28", "649");
        openWindow();
        std::unique_ptr<OperationJob> refund(m_desk->refund(id, Money(25050, Currency::rub())));
        refund->setAutoDelete(false);
        QSignalSpy done(refund.get(), &GatewayJob::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(refund->result().outcome, OperationResult::Outcome::Done);
        m_window->showView(MainWindow::View::Refunds);
        QAbstractItemModelTester tester(m_window->orderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!table()->isColumnHidden(OrderListModel::Refunded));
        QVERIFY(!table()->isColumnHidden(OrderListModel::ReturnedOn));
        const int row = m_window->orderModel()->rowOf(id);
        QVERIFY(row >= 0);
        const std::optional<Order> o = m_desk->order(id);
        QVERIFY(o && o->refundedAt.isValid());
        QCOMPARE(table()->model()->index(row, OrderListModel::Refunded).data().toString(),
                 Money(25050, Currency::rub()).toDisplayString());
        QCOMPARE(table()->model()->index(row, OrderListModel::ReturnedOn).data().toString(),
                 QLocale().toString(o->refundedAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(table()->model()->headerData(OrderListModel::ReturnedOn, Qt::Horizontal).toString(),
                 QString("Refund date"));
        // A reversal reads as the hold it released, with its date.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec("SELECT order_id, amount FROM orders WHERE status = 'reversed' ORDER BY created DESC LIMIT 1")
                && q.next());
        const int reversed = m_window->orderModel()->rowOf(OrderRow::idText(q.value(0)));
        QVERIFY(reversed >= 0);
        QCOMPARE(m_window->orderModel()->summaryAt(reversed).amount.minor(), q.value(1).toLongLong());
        QVERIFY(!table()->model()->index(reversed, OrderListModel::ReturnedOn).data().toString().isEmpty());
        table()->sortByColumn(OrderListModel::Refunded, Qt::DescendingOrder); // the column sorts in the cache
        QVERIFY(m_window->orderModel()->rowOf(id) >= 0);
        m_window->showView(MainWindow::View::AllOrders);
        QVERIFY(table()->isColumnHidden(OrderListModel::Refunded));
    }

    void screenshots()
    {
        const QPalette light = QApplication::palette();
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
        m_sb->pay(m_sb->registerOrder(424300, true, {{"currency", "840"}}), "2202205000012424", "05/28", "649");
        for (const QString language : {"en", "ru"}) {
            if (language == "ru") {
                QApplication::installTranslator(&russian);
                UiLanguage::use(QStringLiteral("ru")); // its locale too: "48 915,61 ₽", Russian dates
            }
            for (const bool dark : {false, true}) {
                QApplication::setPalette(dark ? GuiSupport::darkPalette() : light);
                openWindow();
                QTest::mouseClick(m_window->findChild<QPushButton*>("selectDueButton"), Qt::LeftButton);
                for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                    m_window->resize(size);
                    QTest::qWait(50);
                    const QString name = QStringLiteral(PAYDESK_SCREENSHOT_DIR "/views-needs-capture-%1-%2-%3.png")
                                             .arg(language, dark ? "dark" : "light")
                                             .arg(size.width());
                    QVERIFY(m_window->grab().save(name));
                }
                m_window.reset();
            }
        }
        QApplication::setPalette(light);
        QApplication::removeTranslator(&russian);
        UiLanguage::use(QStringLiteral("en"));
    }

private:
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_desk.get());
        QVERIFY(GuiSupport::showSynced(m_window.get()));
    }

    // One exact sum per currency, as SQL of the test's own adds the cache's rows.
    QList<Money> sums(const QString& sql) const
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql))
            return {};
        QList<Money> list;
        while (q.next()) {
            if (q.value(1).toLongLong() != 0)
                list.append(Money(q.value(1).toLongLong(), Currency::fromCode(q.value(0).toString())));
        }
        return list;
    }

    int heldCount() const
    {
        QSqlQuery q(m_store->database());
        return q.exec("SELECT count(*) FROM orders WHERE status = 'held'") && q.next() ? q.value(0).toInt() : -1;
    }

    QTableView* table() const { return m_window->findChild<QTableView*>("orderView"); }
    QListWidget* viewList() const { return m_window->findChild<QListWidget*>("viewList"); }
    QLineEdit* search() const { return m_window->findChild<QLineEdit*>("searchEdit"); }
    QWidget* filterBar() const { return m_window->findChild<QWidget*>("filterBar"); }
    QString filterBarText() const { return m_window->findChild<QLabel*>("filterBarLabel")->text(); }
    QString totalsText() const { return m_window->findChild<QLabel*>("totalsLabel")->text(); }

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<RbsClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    int m_n = 0;
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
