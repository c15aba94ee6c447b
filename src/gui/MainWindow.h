#pragma once

#include "core/store/OrderQuery.h"
#include "gui/SavedViews.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <functional>

namespace Ui {
class MainWindow;
}

namespace PayDesk {

class AutoSync;
class Desk;
class DetailsPane;
class FilterBar;
class FilterForm;
class ProfileMenu;
class TotalsLine;
class ViewFilters;
class SyncStatusBar;
struct SyncOptions;
class ViewSidebar;
class WindowTexts;
class Workplace;
class HeldChart;
class HoldReminder;
class OperationAnnouncer;
class OrderListModel;
class OrderSupportActions;
struct Order;
struct SyncReport;
enum class OperationKind;

// The desk: views of the cache in a sidebar, the order table, the details pane, and the actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { NeedsCapture, AllOrders, Refunds, Expired }; // as DeskView

    // With a workplace, File > Profiles manages the gateway profiles (the sandbox has none).
    explicit MainWindow(Desk* desk, Workplace* workplace = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    OrderListModel* orderModel() const { return m_model; }
    HoldReminder* reminder() const { return m_reminder; }
    // The profiles to switch to (with a workplace only).
    ProfileMenu* profileMenu() const { return m_profileMenu; }
    OperationAnnouncer* announcer() const { return m_announcer; }
    void showView(View view);
    void saveView(const QString& name);
    View currentView() const { return m_view; }
    // Opens the dialog for KIND on the current order (non-modal; returned for tests).
    QDialog* openOperation(OperationKind kind);
    QDialog* openBatchCapture();
    QDialog* openNewPayment();

public slots:
    void sync();

signals:
    void syncFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupTable();
    void setupSidebar();
    void setupActions();
    void setupMenus(Workplace* workplace);
    void setupAutoSync();
    void connectDesk();
    void reloadKeeping(const QString& changedOrderId);
    void applyFilter();
    void updateCounts();
    void updateViewState(); // the filter bar and the view's totals
    void updateActions();
    void showDetails();
    // A sync with OPTIONS (an automatic turn has its own).
    void syncWith(const SyncOptions& options);
    void syncDone(const SyncReport& report);
    std::optional<Order> currentOrder() const;
    QStringList selectedOrderIds() const;
    void openSavedView(const SavedView& view);
    void present(View view, std::function<QString()> title);

    QScopedPointer<Ui::MainWindow> m_ui;
    Desk* m_desk;
    OrderListModel* m_model;
    HeldChart* m_chart;
    HoldReminder* m_reminder = nullptr;
    OperationAnnouncer* m_announcer = nullptr;
    OrderSupportActions* m_support = nullptr;
    FilterForm* m_filters = nullptr;
    ViewFilters* m_viewFilters = nullptr;
    FilterBar* m_filterBar = nullptr;
    TotalsLine* m_totals = nullptr;
    SyncStatusBar* m_syncStatus = nullptr;
    AutoSync* m_autoSync = nullptr;
    ViewSidebar* m_sidebar = nullptr;
    DetailsPane* m_details = nullptr;
    ProfileMenu* m_profileMenu = nullptr;
    WindowTexts* m_texts = nullptr;
    View m_view = View::AllOrders;
};

} // namespace PayDesk
