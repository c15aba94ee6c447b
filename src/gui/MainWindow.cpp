#include "gui/MainWindow.h"

#include "ui_MainWindow.h"

#include "core/operations/OrderActions.h"
#include "core/session/AutoSync.h"
#include "core/session/Desk.h"
#include "gui/ActionStates.h"
#include "gui/CacheNotice.h"
#include "gui/DetailsPane.h"
#include "gui/DueSelection.h"
#include "gui/ExportCommands.h"
#include "gui/FilterBar.h"
#include "gui/FilterForm.h"
#include "gui/HeldChart.h"
#include "gui/HoldReminder.h"
#include "gui/KeyboardFlow.h"
#include "gui/LanguageChange.h"
#include "gui/LanguageMenu.h"
#include "gui/OperationAnnouncer.h"
#include "gui/OrderSupportActions.h"
#include "gui/ProfileMenu.h"
#include "gui/Prompts.h"
#include "gui/SyncBanner.h"
#include "gui/SyncIntervalMenu.h"
#include "gui/SyncStatusBar.h"
#include "gui/TableHeader.h"
#include "gui/TotalsLine.h"
#include "gui/ViewFilters.h"
#include "gui/ViewSidebar.h"
#include "gui/WindowLayout.h"
#include "gui/WindowTexts.h"
#include "gui/dialogs/BatchCaptureDialog.h"
#include "gui/dialogs/NewPaymentDialog.h"
#include "gui/dialogs/OperationDialog.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/itemmodels/OrderListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QScrollBar>
#include <QShortcut>

namespace PayDesk {

MainWindow::MainWindow(Desk* desk, Workplace* workplace, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_desk(desk)
    , m_model(new OrderListModel(this))
    , m_chart(new HeldChart(this))
{
    m_ui->setupUi(this);
    m_texts = new WindowTexts(this, m_ui.get(), desk); // the title and the gateway's words, in every language
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->listLayout->setStretch(m_ui->listLayout->indexOf(m_ui->orderView), 1);
    m_filters = new FilterForm({m_ui->searchEdit, m_ui->statusFilter, m_ui->periodFilter, m_ui->fromDate, m_ui->toDate,
                                m_ui->minAmountEdit, m_ui->maxAmountEdit},
                               this);
    m_viewFilters = new ViewFilters(m_filters, this);
    connect(m_viewFilters, &ViewFilters::changed, this, &MainWindow::applyFilter);
    m_syncStatus =
        new SyncStatusBar(statusBar(), m_ui->actionCancelSync, desk->profileName(), desk->syncState().syncedAt);
    setupAutoSync();
    setupTable();
    setupSidebar();
    setupActions();
    setupMenus(workplace);
    connectDesk();
    m_reminder = new HoldReminder(desk, this);
    m_announcer = new OperationAnnouncer(statusBar(), m_reminder, this);
    connect(m_texts, &WindowTexts::retranslated, this, [this] {
        updateActions();
        updateViewState();
    });
    m_support = new OrderSupportActions(m_ui->menuOrder, desk, workplace, this);
    m_model->setSource(desk);
    WindowLayout::restore(this, m_ui->splitter, m_ui->orderView->horizontalHeader());
    showView(View(m_sidebar->lastView()));
    updateCounts();
    updateActions();
}

void MainWindow::setupTable()
{
    m_ui->orderView->setModel(m_model);
    TableHeader::setUp(m_ui->orderView);
    m_ui->listLayout->insertWidget(m_ui->listLayout->indexOf(m_ui->orderView), m_filterBar = new FilterBar(this));
    m_ui->listLayout->insertWidget(m_ui->listLayout->indexOf(m_ui->orderView) + 1, m_totals = new TotalsLine(this));
    connect(m_filterBar, &FilterBar::clearRequested, m_viewFilters, &ViewFilters::clear);
    connect(m_totals, &TotalsLine::selectDueRequested, this,
            [this] { DueSelection::select(m_desk, m_model, m_ui->orderView->selectionModel()); });
    m_totals->follow(m_ui->orderView->selectionModel(), m_model);
    connect(m_chart, &HeldChart::rangeClicked, m_viewFilters, &ViewFilters::setDeadlineRange);
    new KeyboardFlow(m_ui->searchEdit, m_ui->orderView, this);
    m_details = new DetailsPane(m_desk, m_ui->detailsView, m_ui->rawView, this);
    connect(m_autoSync, &AutoSync::ticked, m_details, &DetailsPane::refresh); // the time left, as time goes
    const auto refresh = [this] {
        showDetails();
        updateActions();
    };
    connect(m_ui->orderView->selectionModel(), &QItemSelectionModel::selectionChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
}

void MainWindow::setupSidebar()
{
    m_sidebar = new ViewSidebar(m_ui->viewList, m_desk->profileId(), this);
    connect(m_sidebar, &ViewSidebar::viewChosen, this, [this](int row) { showView(View(row)); });
    connect(m_sidebar, &ViewSidebar::savedViewChosen, this, &MainWindow::openSavedView);
    connect(m_ui->saveViewButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            Prompts::textInput(this, tr("Save view"), tr("Name of the view:"), m_ui->searchEdit->text(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveView(name.trimmed());
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->searchEdit, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    for (int view = 0; view < 3; ++view) // Ctrl+1, Ctrl+2, Ctrl+3: the views in the sidebar's order
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)), this), &QShortcut::activated, this,
                [this, view] { showView(View(view)); });
}

void MainWindow::setupActions()
{
    connect(m_ui->actionSync, &QAction::triggered, this, &MainWindow::sync);
    connect(m_ui->actionFullSync, &QAction::triggered, this, [this] {
        SyncOptions options;
        options.full = true;
        m_desk->startSync(options);
    });
    connect(m_ui->actionCancelSync, &QAction::triggered, m_desk, &Desk::cancelSync);
    connect(m_ui->actionCapture, &QAction::triggered, this, [this] { openOperation(OperationKind::Capture); });
    connect(m_ui->actionReverse, &QAction::triggered, this, [this] { openOperation(OperationKind::Reverse); });
    connect(m_ui->actionRefund, &QAction::triggered, this, [this] { openOperation(OperationKind::Refund); });
    connect(m_ui->actionBatchCapture, &QAction::triggered, this, &MainWindow::openBatchCapture);
    connect(m_ui->actionNewPayment, &QAction::triggered, this, &MainWindow::openNewPayment);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (const std::optional<Order> o = currentOrder())
            m_desk->refresh(o->orderId);
    });
    const auto copy = [this](QString Order::*field) {
        if (const std::optional<Order> o = currentOrder())
            QApplication::clipboard()->setText((*o).*field);
    };
    connect(m_ui->actionCopyId, &QAction::triggered, this, [copy] { copy(&Order::orderId); });
    connect(m_ui->actionCopyNumber, &QAction::triggered, this, [copy] { copy(&Order::orderNumber); });
    connect(m_ui->actionExportOrders, &QAction::triggered, this,
            [this] { ExportCommands::exportOrders(this, statusBar(), m_desk, m_model->filter()); });
    connect(m_ui->actionExportJournal, &QAction::triggered, this,
            [this] { ExportCommands::exportJournal(this, statusBar(), m_desk, m_filters->journalPeriod()); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { Prompts::about(this); });
}

void MainWindow::setupMenus(Workplace* workplace)
{
    if (workplace) {
        QAction* manage = new QAction(tr("&Profiles…"), this);
        LanguageChange::follow(this, manage, [manage] { manage->setText(tr("&Profiles…")); });
        manage->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        m_ui->menuFile->insertAction(m_ui->actionExportOrders, manage);
        m_ui->menuFile->insertSeparator(m_ui->actionExportOrders);
        m_profileMenu = new ProfileMenu(workplace, m_desk->profileId(), this);
        menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_profileMenu);
        m_ui->mainToolBar->addSeparator();
        m_ui->mainToolBar->addWidget(m_profileMenu->comboBox());
        connect(manage, &QAction::triggered, this, [this, workplace] {
            auto* dialog = new ProfilesDialog(workplace, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, m_profileMenu, &ProfileMenu::refresh);
            connect(dialog, &ProfilesDialog::teamChanged, m_profileMenu, &ProfileMenu::noteMoved);
            connect(dialog, &QDialog::finished, m_profileMenu, &ProfileMenu::reopenMoved); // on its new cache
            dialog->open();
        });
    }
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), new LanguageMenu(this)); // switches at once
}

// Syncs by itself, re-reads holds at their deadlines, and says loudly when the picture is in doubt.
void MainWindow::setupAutoSync()
{
    m_autoSync = new AutoSync(m_desk, this);
    SyncIntervalMenu::install(m_ui->menuGateway, m_ui->actionCancelSync, m_autoSync, m_desk->profileId());
    auto* banner = new SyncBanner(m_desk, m_autoSync, this);
    m_ui->centralLayout->insertWidget(0, banner);
    connect(banner, &SyncBanner::retryRequested, this, &MainWindow::sync);
    connect(m_autoSync, &AutoSync::syncDue, this, [this] { syncWith(m_autoSync->turnOptions()); });
    connect(m_autoSync, &AutoSync::deadlinesPassed, this, [this] { reloadKeeping({}); });
    connect(m_autoSync, &AutoSync::ticked, m_syncStatus, &SyncStatusBar::tick);
    connect(m_autoSync, &AutoSync::ticked, this, &MainWindow::updateCounts); // stale or not, as time goes
    connect(m_autoSync, &AutoSync::ticked, m_ui->orderView->viewport(), qOverload<>(&QWidget::update));
}

void MainWindow::connectDesk()
{
    connect(m_desk, &Desk::syncProgress, m_syncStatus, &SyncStatusBar::showProgress);
    connect(m_desk, &Desk::syncFinished, this, &MainWindow::syncDone);
    new CacheNotice(m_desk, statusBar(), this);
    connect(m_desk, &Desk::ordersChanged, this, [this] { reloadKeeping({}); });
    connect(m_desk, &Desk::orderChanged, this, &MainWindow::reloadKeeping);
}

// The cache changed: rows, counts and chart again, the selected order (or the changed one) kept selected.
void MainWindow::reloadKeeping(const QString& changedOrderId)
{
    const std::optional<Order> before = currentOrder();
    m_model->reload();
    updateCounts();
    updateViewState();
    const int row = m_model->rowOf(before ? before->orderId : changedOrderId);
    if (row >= 0 && (before || !changedOrderId.isEmpty()))
        m_ui->orderView->selectRow(row);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    WindowLayout::save(this, m_ui->splitter, m_ui->orderView->horizontalHeader());
    event->accept();
}

void MainWindow::showView(View view)
{
    m_sidebar->select(int(view));
    m_viewFilters->switchTo(QString::number(int(view)));
    present(view, [this, view] { return m_sidebar->title(int(view)); });
}

// The view's columns, chart, title and natural order, then its rows.
void MainWindow::present(View view, std::function<QString()> title)
{
    m_view = view;
    const bool held = view == View::NeedsCapture || view == View::Expired;
    m_ui->orderView->setColumnHidden(OrderListModel::TimeLeft, !held);
    for (int column : {OrderListModel::Refunded, OrderListModel::ReturnedOn})
        m_ui->orderView->setColumnHidden(column, view != View::Refunds);
    m_ui->statusFilter->setEnabled(view == View::AllOrders);
    m_ui->orderView->horizontalScrollBar()->setValue(0);
    m_ui->chartHost->setVisible(view == View::NeedsCapture);
    m_totals->setSelectDueVisible(view == View::NeedsCapture);
    m_texts->setViewTitle(std::move(title));
    // Each view opens in its natural order: holds by deadline, the rest newest first.
    m_ui->orderView->horizontalHeader()->blockSignals(true);
    m_ui->orderView->horizontalHeader()->setSortIndicator(held ? OrderListModel::TimeLeft : OrderListModel::Created,
                                                          view == View::NeedsCapture ? Qt::AscendingOrder
                                                                                     : Qt::DescendingOrder);
    m_ui->orderView->horizontalHeader()->blockSignals(false);
    applyFilter();
}

void MainWindow::applyFilter()
{
    OrderFilter f = Desk::filterOf(DeskView(m_view));
    m_viewFilters->applyTo(&f, m_view == View::AllOrders);
    // One query, already in the header's order (a held view sorted by creation would read every held row).
    const QHeaderView* header = m_ui->orderView->horizontalHeader();
    f.sortColumn = OrderListModel::sortColumnOf(header->sortIndicatorSection());
    f.sortOrder = header->sortIndicatorOrder();
    m_model->setFilter(f);
    updateViewState();
}

// The filter bar, the totals and the chart: what the view's rows are of, and add up to.
void MainWindow::updateViewState()
{
    if (m_view == View::NeedsCapture)
        m_chart->showHeld(m_desk);
    m_filterBar->showState(m_viewFilters->isFiltering(), m_model->totalCount(),
                           m_desk->count(Desk::filterOf(DeskView(m_view))), m_viewFilters->deadlineRange().label);
    m_totals->showView(m_desk, DeskView(m_view), m_model->filter(), m_model->totalCount());
}

void MainWindow::updateCounts()
{
    ViewCounts counts = m_desk->viewCounts();
    m_autoSync->qualify(&counts);
    m_sidebar->setCounts(counts);
}

std::optional<Order> MainWindow::currentOrder() const
{
    const QModelIndexList rows = m_ui->orderView->selectionModel()->selectedRows();
    const int row = rows.size() == 1 ? rows.first().row() : -1;
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_desk->order(m_model->summaryAt(row).orderId);
}

QStringList MainWindow::selectedOrderIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_ui->orderView->selectionModel()->selectedRows())
        ids.append(m_model->summaryAt(index.row()).orderId);
    return ids;
}

void MainWindow::updateActions()
{
    QList<OrderSummary> selected;
    for (const QModelIndex& index : m_ui->orderView->selectionModel()->selectedRows())
        selected.append(m_model->summaryAt(index.row()));
    ActionStates::update({m_ui->actionCapture, m_ui->actionReverse, m_ui->actionRefund, m_ui->actionRefresh,
                          m_ui->actionCopyId, m_ui->actionCopyNumber, m_ui->actionBatchCapture},
                         currentOrder(), selected);
    if (m_support)
        m_support->setCurrent(selected.size() == 1 ? currentOrder() : std::nullopt);
}

void MainWindow::showDetails()
{
    m_details->show(currentOrder(), int(m_ui->orderView->selectionModel()->selectedRows().size()));
}

QDialog* MainWindow::openOperation(OperationKind kind)
{
    const std::optional<Order> o = currentOrder();
    if (!o)
        return nullptr;
    auto* dialog = new OperationDialog(m_desk, kind, *o, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OperationDialog::closedWhileSending, m_announcer,
            [this, kind, number = o->orderNumber](OperationJob* job) { m_announcer->follow(job, kind, number); });
    dialog->open();
    return dialog;
}

QDialog* MainWindow::openBatchCapture()
{
    QList<OrderSummary> orders;
    for (const QModelIndex& index : m_ui->orderView->selectionModel()->selectedRows()) {
        if (OrderActions::captureRow(m_model->summaryAt(index.row())).allowed)
            orders.append(m_model->summaryAt(index.row()));
    }
    if (orders.isEmpty())
        return nullptr;
    auto* dialog = new BatchCaptureDialog(m_desk, orders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::saveView(const QString& name)
{
    m_sidebar->add(m_filters->capture(name));
}

void MainWindow::openSavedView(const SavedView& v)
{
    m_viewFilters->switchTo(QStringLiteral("saved:") + v.name, &v);
    present(View::AllOrders, [name = v.name] { return name; });
}

QDialog* MainWindow::openNewPayment()
{
    auto* dialog = new NewPaymentDialog(m_desk, m_desk->returnUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::sync()
{
    syncWith({});
}

void MainWindow::syncWith(const SyncOptions& options)
{
    if (m_desk->isSyncing())
        return;
    m_ui->actionSync->setEnabled(false);
    m_syncStatus->started();
    m_desk->startSync(options);
}

void MainWindow::syncDone(const SyncReport& report)
{
    m_ui->actionSync->setEnabled(true);
    m_syncStatus->finished(report, m_desk->syncState().syncedAt);
    reloadKeeping({}); // an automatic sync every few minutes must not drop what the user selected
    m_ui->orderView->resizeColumnsToContents();
    emit syncFinished(report.succeeded());
}

} // namespace PayDesk
