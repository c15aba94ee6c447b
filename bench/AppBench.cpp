// The desktop window over a big cache (no gateway calls): time to the first page of each view
// and the process's peak memory. Prints "name value unit" lines.
//   bench_app DB   (a cache made by: bench_cache generate 1000000 DB)
#include "core/gateway/rbs/RbsClient.h"
#include "core/session/Desk.h"
#include "core/store/OrderStore.h"
#include "gui/MainWindow.h"
#include "gui/itemmodels/OrderListModel.h"

#include "BenchSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace PayDesk;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QElapsedTimer timer;
    timer.start();
    OrderStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    RbsSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/payment/rest/")); // never called: no sync here
    RbsClient client(settings);
    Desk desk(&client, &store, BenchProfile, QStringLiteral("Bench"));
    MainWindow window(&desk);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    figure("app_open_and_first_page_all_orders", timer.nsecsElapsed() / 1e6, "ms");
    figure("app_orders_in_view", window.orderModel()->totalCount(), "orders");
    for (const auto& v : {qMakePair("app_switch_to_needs_capture", MainWindow::View::NeedsCapture),
                          qMakePair("app_switch_to_refunds", MainWindow::View::Refunds),
                          qMakePair("app_switch_to_all_orders", MainWindow::View::AllOrders)}) {
        timer.restart();
        window.showView(v.second);
        QApplication::processEvents();
        figure(v.first, timer.nsecsElapsed() / 1e6, "ms");
    }
    auto* view = window.findChild<QTableView*>(QStringLiteral("orderView"));
    timer.restart();
    for (int i = 0; i < 50; ++i) { // scrolling to the end 50 times loads 50 more pages
        view->scrollToBottom();
        QApplication::processEvents();
    }
    figure("app_scroll_50_pages", timer.nsecsElapsed() / 1e6, "ms");
    figure("app_rows_loaded", window.orderModel()->rowCount(), "rows");
    timer.restart();
    view->sortByColumn(OrderListModel::Amount, Qt::DescendingOrder);
    QApplication::processEvents();
    figure("app_sort_by_amount", timer.nsecsElapsed() / 1e6, "ms");
    figure("app_peak_rss", peakRssKb() / 1024.0, "MB");
    return 0;
}
