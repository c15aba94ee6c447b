#include "MainWindow.h"
#include "time/Clock.h"

#include "ui_MainWindow.h"

#include "HeldChart.h"
#include "HoldReminder.h"
#include "UrgencyColors.h"
#include "OrderDetailsHtml.h"
#include "dialogs/BatchCaptureDialog.h"
#include "dialogs/NewPaymentDialog.h"
#include "dialogs/OperationDialog.h"
#include "dialogs/ProfilesDialog.h"
#include "models/OrderListModel.h"
#include "gateway/GatewayClient.h"
#include "session/Desk.h"
#include "store/OrderStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QClipboard>
#include <QDir>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

namespace PayDesk {

namespace {
const int SavedViewsStart = 3; // the sidebar's rows after Needs capture, All orders, Refunds & reversals
}

MainWindow::MainWindow(Desk *desk, ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_desk(desk)
    , m_model(new OrderListModel(this))
    , m_chart(new HeldChart(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelSync(new QToolButton(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("PayDesk — %1").arg(desk->profileName()));
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->listLayout->setStretch(m_ui->listLayout->indexOf(m_ui->orderView), 1);

    m_ui->orderView->setModel(m_model);
    m_ui->orderView->verticalHeader()->hide();
    m_ui->orderView->horizontalHeader()->setStretchLastSection(true);
    m_ui->orderView->horizontalHeader()->setSectionsMovable(true);
    m_ui->orderView->setColumnHidden(OrderListModel::GatewayId, true);
    m_ui->orderView->horizontalHeader()->setSortIndicator(OrderListModel::Created, Qt::DescendingOrder);

    m_ui->statusFilter->addItem(tr("All statuses"), -1);
    for (OrderStatus s : {OrderStatus::Created, OrderStatus::Pending, OrderStatus::Held, OrderStatus::Captured, OrderStatus::PartlyRefunded,
                          OrderStatus::Refunded, OrderStatus::Reversed, OrderStatus::Declined})
        m_ui->statusFilter->addItem(OrderStatusText::display(s), int(s));
    m_ui->periodFilter->addItem(tr("Any time"), 0);
    m_ui->periodFilter->addItem(tr("Today"), 1);
    m_ui->periodFilter->addItem(tr("Last 7 days"), 7);
    m_ui->periodFilter->addItem(tr("Last 30 days"), 30);
    m_ui->periodFilter->addItem(tr("Last 365 days"), 365);
    m_ui->periodFilter->addItem(tr("Dates…"), -1);
    m_ui->fromDate->setDate(Clock::today().addDays(-30));
    m_ui->toDate->setDate(Clock::today());

    for (const QString &label : {tr("Needs capture"), tr("All orders"), tr("Refunds & reversals")})
        m_ui->viewList->addItem(label);
    connect(m_ui->viewList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= SavedViewsStart)
            openSavedView(row - SavedViewsStart);
        else if (row >= 0)
            showView(View(row));
    });
    m_ui->viewList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->viewList, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_ui->viewList->indexAt(pos).row();
        if (row < SavedViewsStart)
            return;
        QMenu menu;
        QAction *remove = menu.addAction(tr("&Remove this view"));
        if (menu.exec(m_ui->viewList->viewport()->mapToGlobal(pos)) != remove)
            return;
        QSettings settings;
        QVariantList views = settings.value(viewsKey()).toList();
        views.removeAt(row - SavedViewsStart);
        settings.setValue(viewsKey(), views);
        m_ui->viewList->setCurrentRow(int(View::AllOrders));
        loadSavedViews();
    });

    m_ui->actionSync->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_ui->actionCapture->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    m_ui->actionReverse->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_ui->actionRefund->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
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
    connect(m_ui->actionCopyId, &QAction::triggered, this, [this] {
        if (const std::optional<Order> o = currentOrder())
            QApplication::clipboard()->setText(o->orderId);
    });
    connect(m_ui->actionCopyNumber, &QAction::triggered, this, [this] {
        if (const std::optional<Order> o = currentOrder())
            QApplication::clipboard()->setText(o->orderNumber);
    });
    connect(m_ui->actionExportOrders, &QAction::triggered, this, &MainWindow::exportOrders);
    connect(m_ui->actionExportJournal, &QAction::triggered, this, &MainWindow::exportJournal);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    if (profiles && credentials) {
        QAction *manage = new QAction(tr("&Profiles…"), this);
        manage->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        m_ui->menuFile->insertAction(m_ui->actionExportOrders, manage);
        m_ui->menuFile->insertSeparator(m_ui->actionExportOrders);
        connect(manage, &QAction::triggered, this, [this, profiles, credentials] {
            auto *dialog = new ProfilesDialog(profiles, credentials, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ProfilesDialog::saved, this, [this](const QString &name) {
                QSettings().setValue(QStringLiteral("ui/profile"), name);
                statusBar()->showMessage(tr("PayDesk opens %1 when it is started again.").arg(name), 8000);
            });
            dialog->open();
        });
    }
    QMenu *language = menuBar()->insertMenu(m_ui->menuHelp->menuAction(), new QMenu(tr("&Language"), this))->menu();
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto &choice : {qMakePair(QString(), tr("System language")), qMakePair(QStringLiteral("ru"), QStringLiteral("Русский")),
                               qMakePair(QStringLiteral("en"), QStringLiteral("English"))}) {
        QAction *action = language->addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(chosen == choice.first);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.first] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("The language changes when PayDesk is started again."), 8000);
        });
    }
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About PayDesk"),
                           tr("<h3>PayDesk %1</h3><p>The back office for card payments through RBS and Assist gateways.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    // Typing waits a moment before querying: one query per pause, not per key.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_ui->periodFilter, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_ui->periodFilter->currentData().toInt() < 0;
        m_ui->fromDate->setEnabled(custom);
        m_ui->toDate->setEnabled(custom);
        applyFilter();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &MainWindow::applyFilter);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &MainWindow::applyFilter);
    connect(m_ui->minAmountEdit, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->maxAmountEdit, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->saveViewButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, m_ui->searchEdit->text(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveView(name.trimmed());
    });

    // Column choice: the header's context menu shows and hides columns; the header state persists.
    QHeaderView *columns = m_ui->orderView->horizontalHeader();
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, [this, columns](const QPoint &pos) {
        QMenu menu;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            a->setCheckable(true);
            a->setChecked(!columns->isSectionHidden(c));
            connect(a, &QAction::toggled, columns, [columns, c](bool on) { columns->setSectionHidden(c, !on); });
        }
        menu.exec(columns->mapToGlobal(pos));
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->searchEdit, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });

    connect(m_ui->orderView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showDetails();
        updateActions();
    });

    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelSync->setDefaultAction(m_ui->actionCancelSync);
    m_cancelSync->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelSync);

    connect(m_desk, &Desk::syncProgress, this, [this](const SyncProgress &p) {
        m_progress->show();
        m_cancelSync->show();
        if (p.phase == SyncProgress::Phase::Listing) {
            m_progress->setRange(0, qMax(1, p.pagesTotal));
            m_progress->setValue(p.pagesDone);
            m_progress->setFormat(tr("%n order(s)", nullptr, p.ordersReceived));
        } else {
            m_progress->setRange(0, qMax(1, p.refreshTotal));
            m_progress->setValue(p.refreshDone);
            m_progress->setFormat(tr("refreshing %1/%2").arg(p.refreshDone).arg(p.refreshTotal));
        }
    });
    connect(m_desk, &Desk::syncFinished, this, &MainWindow::syncDone);
    connect(m_desk, &Desk::cacheDamaged, this, [this](const QList<DamagedRow> &rows, const QString &file) {
        statusBar()->showMessage(tr("%n order(s) in the cache %1 could not be read (first: %2); left out, and fetched again at the next sync.",
                                    nullptr, int(rows.size()))
                                     .arg(QDir::toNativeSeparators(file), rows.first().orderId));
    });
    connect(m_desk, &Desk::ordersChanged, this, [this] {
        m_model->reload();
        updateCounts();
        if (m_view == View::NeedsCapture)
            m_chart->setHeld(m_desk->heldAmounts());
    });
    connect(m_desk, &Desk::orderChanged, this, [this](const QString &orderId) {
        const std::optional<Order> before = currentOrder();
        m_model->reload();
        updateCounts();
        if (m_view == View::NeedsCapture)
            m_chart->setHeld(m_desk->heldAmounts());
        // Keep the changed order selected, so the details show its new state.
        const int row = m_model->rowOf(before ? before->orderId : orderId);
        if (row >= 0)
            m_ui->orderView->selectRow(row);
    });

    m_reminder = new HoldReminder(desk, this);
    m_ui->actionReverse->setText(desk->capabilities().reverseAction());
    m_ui->actionRefund->setText(desk->capabilities().refundAction());
    m_model->setSource(desk);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_ui->splitter->setSizes({260, 700, 340});
    m_ui->orderView->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/columns")).toByteArray());
    m_statusLabel->setText(tr("Profile: %1").arg(desk->profileName()));
    loadSavedViews();
    m_ui->viewList->setCurrentRow(int(View::AllOrders));
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("window/columns"), m_ui->orderView->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::showView(View view)
{
    m_view = view;
    if (m_ui->viewList->currentRow() != int(view))
        m_ui->viewList->setCurrentRow(int(view));
    const bool held = view == View::NeedsCapture;
    m_ui->orderView->setColumnHidden(OrderListModel::TimeLeft, !held);
    m_ui->statusFilter->setEnabled(view == View::AllOrders);
    m_ui->chartHost->setVisible(held);
    m_ui->viewTitle->setText(QStringLiteral("<b>%1</b>").arg(m_ui->viewList->item(int(view))->text().section(QLatin1Char('('), 0, 0).trimmed()));
    // Each view opens in its natural order: holds by deadline, the rest newest first.
    m_ui->orderView->horizontalHeader()->blockSignals(true);
    m_ui->orderView->horizontalHeader()->setSortIndicator(held ? OrderListModel::TimeLeft : OrderListModel::Created,
                                                           held ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_ui->orderView->horizontalHeader()->blockSignals(false);
    applyFilter();
}

void MainWindow::applyFilter()
{
    OrderFilter f = Desk::filterOf(DeskView(m_view));
    f.text = m_ui->searchEdit->text();
    if (m_view == View::AllOrders && m_ui->statusFilter->currentData().toInt() >= 0)
        f.statuses = {OrderStatus(m_ui->statusFilter->currentData().toInt())};
    const int days = m_ui->periodFilter->currentData().toInt();
    if (days > 0)
        f.createdFrom = Clock::today().addDays(1 - days).startOfDay();
    if (days < 0) {
        f.createdFrom = m_ui->fromDate->date().startOfDay();
        f.createdTo = m_ui->toDate->date().endOfDay();
    }
    // Amounts in the profile's currency; a half-typed amount simply does not filter yet.
    const Currency currency = Currency::rub();
    if (const std::optional<Money> min = Money::parse(m_ui->minAmountEdit->text(), currency))
        f.minAmount = min->minor();
    if (const std::optional<Money> max = Money::parse(m_ui->maxAmountEdit->text(), currency))
        f.maxAmount = max->minor();
    // One query, already in the header's order (a held view sorted by creation would read every held row).
    const QHeaderView *header = m_ui->orderView->horizontalHeader();
    f.sortColumn = OrderListModel::sortColumnOf(header->sortIndicatorSection());
    f.sortOrder = header->sortIndicatorOrder();
    m_model->setFilter(f);
    if (m_view == View::NeedsCapture)
        m_chart->setHeld(m_desk->heldAmounts());
}

void MainWindow::updateCounts()
{
    const ViewCounts c = m_desk->viewCounts();
    const QString unknown = QStringLiteral("?");
    const QString held = c.trusted ? QString::number(c.held) : unknown;
    m_ui->viewList->item(int(View::NeedsCapture))
        ->setText(c.due > 0 ? tr("Needs capture (%1 · %2 due in 24 h)").arg(held).arg(c.due) : tr("Needs capture (%1)").arg(held));
    m_ui->viewList->item(int(View::NeedsCapture))->setForeground(c.due > 0 ? UrgencyColors::due() : palette().text().color());
    m_ui->viewList->item(int(View::AllOrders))->setText(tr("All orders (%1)").arg(c.trusted ? QString::number(c.all) : unknown));
    m_ui->viewList->item(int(View::Refunds))->setText(tr("Refunds & reversals (%1)").arg(c.trusted ? QString::number(c.refunds) : unknown));
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
    for (const QModelIndex &index : m_ui->orderView->selectionModel()->selectedRows())
        ids.append(m_model->summaryAt(index.row()).orderId);
    return ids;
}

void MainWindow::updateActions()
{
    const std::optional<Order> o = currentOrder();
    const auto set = [](QAction *action, bool enabled, const QString &why) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) : why);
        action->setStatusTip(action->toolTip());
    };
    const QString none = tr("Select an order first");
    const QString status = o ? OrderStatusText::display(o->status).toLower() : QString();
    set(m_ui->actionCapture, o && o->status == OrderStatus::Held,
        o ? tr("Only a held payment can be captured; this one is %1").arg(status) : none);
    set(m_ui->actionReverse, o && o->status == OrderStatus::Held,
        o ? tr("Only a held payment can be reversed; this one is %1").arg(status) : none);
    set(m_ui->actionRefund, o && !o->refundable().isZero(),
        o ? tr("Only a captured payment can be refunded; this one is %1").arg(status) : none);
    set(m_ui->actionRefresh, o.has_value(), none);
    set(m_ui->actionCopyId, o.has_value(), none);
    set(m_ui->actionCopyNumber, o.has_value(), none);
    int held = 0;
    for (const QModelIndex &index : m_ui->orderView->selectionModel()->selectedRows())
        held += m_model->summaryAt(index.row()).status == OrderStatus::Held;
    set(m_ui->actionBatchCapture, held > 0, tr("Select held payments first (Ctrl+click, Shift+click)"));
}

void MainWindow::showDetails()
{
    const std::optional<Order> o = currentOrder();
    if (!o) {
        const int n = int(m_ui->orderView->selectionModel()->selectedRows().size());
        m_ui->detailsView->setHtml(n > 1 ? tr("<p>%1 orders selected.</p>").arg(n) : tr("<p>Select an order to see its details.</p>"));
        m_ui->rawView->clear();
        return;
    }
    JournalFilter mine;
    mine.orderId = o->orderId;
    mine.orderNumber = o->orderNumber;
    m_ui->detailsView->setHtml(OrderDetailsHtml::render(*o, m_desk->journalEntries(mine),
                                                        Clock::nowUtc(), m_desk->knownReceipts(o->orderId)));
    m_ui->rawView->setPlainText(QString::fromUtf8(QJsonDocument(o->raw).toJson(QJsonDocument::Indented)));
}

QDialog *MainWindow::openOperation(OperationKind kind)
{
    const std::optional<Order> o = currentOrder();
    if (!o)
        return nullptr;
    auto *dialog = new OperationDialog(m_desk, kind, *o, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *MainWindow::openBatchCapture()
{
    QList<OrderSummary> orders;
    for (const QModelIndex &index : m_ui->orderView->selectionModel()->selectedRows()) {
        if (m_model->summaryAt(index.row()).status == OrderStatus::Held)
            orders.append(m_model->summaryAt(index.row()));
    }
    if (orders.isEmpty())
        return nullptr;
    auto *dialog = new BatchCaptureDialog(m_desk, orders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString MainWindow::viewsKey() const
{
    return QStringLiteral("views/") + m_desk->profileId();
}

void MainWindow::saveView(const QString &name)
{
    QSettings settings;
    QVariantList views = settings.value(viewsKey()).toList();
    views.append(QVariantMap{{QStringLiteral("name"), name},
                             {QStringLiteral("text"), m_ui->searchEdit->text()},
                             {QStringLiteral("status"), m_ui->statusFilter->currentIndex()},
                             {QStringLiteral("period"), m_ui->periodFilter->currentIndex()},
                             {QStringLiteral("from"), m_ui->fromDate->date()},
                             {QStringLiteral("to"), m_ui->toDate->date()},
                             {QStringLiteral("min"), m_ui->minAmountEdit->text()},
                             {QStringLiteral("max"), m_ui->maxAmountEdit->text()}});
    settings.setValue(viewsKey(), views);
    loadSavedViews();
    m_ui->viewList->blockSignals(true);
    m_ui->viewList->setCurrentRow(m_ui->viewList->count() - 1);
    m_ui->viewList->blockSignals(false);
}

void MainWindow::loadSavedViews()
{
    while (m_ui->viewList->count() > SavedViewsStart)
        delete m_ui->viewList->takeItem(SavedViewsStart);
    for (const QVariant &v : QSettings().value(viewsKey()).toList())
        m_ui->viewList->addItem(QStringLiteral("★ ") + v.toMap().value(QStringLiteral("name")).toString());
}

void MainWindow::openSavedView(int index)
{
    const QVariantMap v = QSettings().value(viewsKey()).toList().value(index).toMap();
    m_view = View::AllOrders;
    m_ui->statusFilter->setEnabled(true);
    m_ui->chartHost->hide();
    m_ui->orderView->setColumnHidden(OrderListModel::TimeLeft, true);
    m_ui->viewTitle->setText(QStringLiteral("<b>%1</b>").arg(v.value(QStringLiteral("name")).toString().toHtmlEscaped()));
    const QList<QWidget *> inputs{m_ui->searchEdit, m_ui->statusFilter, m_ui->periodFilter, m_ui->fromDate, m_ui->toDate,
                                  m_ui->minAmountEdit, m_ui->maxAmountEdit};
    for (QWidget *w : inputs)
        w->blockSignals(true);
    m_ui->searchEdit->setText(v.value(QStringLiteral("text")).toString());
    m_ui->statusFilter->setCurrentIndex(v.value(QStringLiteral("status")).toInt());
    m_ui->periodFilter->setCurrentIndex(v.value(QStringLiteral("period")).toInt());
    m_ui->fromDate->setDate(v.value(QStringLiteral("from")).toDate());
    m_ui->toDate->setDate(v.value(QStringLiteral("to")).toDate());
    m_ui->minAmountEdit->setText(v.value(QStringLiteral("min")).toString());
    m_ui->maxAmountEdit->setText(v.value(QStringLiteral("max")).toString());
    const bool custom = m_ui->periodFilter->currentData().toInt() < 0;
    m_ui->fromDate->setEnabled(custom);
    m_ui->toDate->setEnabled(custom);
    for (QWidget *w : inputs)
        w->blockSignals(false);
    applyFilter();
}

QDialog *MainWindow::openNewPayment()
{
    auto *dialog = new NewPaymentDialog(m_desk, m_desk->returnUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::sync()
{
    if (m_desk->isSyncing())
        return;
    m_ui->actionSync->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelSync->show();
    m_statusLabel->setText(tr("Profile: %1 — syncing…").arg(m_desk->profileName()));
    m_desk->startSync();
}

void MainWindow::syncDone(const SyncReport &report)
{
    m_ui->actionSync->setEnabled(true);
    m_progress->hide();
    m_cancelSync->hide();
    const QString when = QLocale().toString(Clock::nowUtc().toLocalTime().time(), QLocale::ShortFormat);
    if (report.succeeded()) {
        m_lastSync = when;
        m_statusLabel->setText(tr("Profile: %1 — synced at %2; %n order(s) changed", nullptr, report.changed)
                                   .arg(m_desk->profileName(), when));
    } else {
        m_statusLabel->setText(tr("Profile: %1 — sync %2: %3")
                                   .arg(m_desk->profileName(), report.stoppedAt, report.error.userMessage()));
    }
    applyFilter();
    updateCounts();
    m_ui->orderView->resizeColumnsToContents();
    emit syncFinished(report.succeeded());
}

void MainWindow::exportOrders()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export orders"), QStringLiteral("orders.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportResult result = m_desk->exportOrders(m_model->filter(), path);
    if (!result.succeeded())
        QMessageBox::warning(this, tr("Export orders"), result.error);
    else
        statusBar()->showMessage(tr("Exported %n order(s) to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportJournal()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the operation journal"), QStringLiteral("journal.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The period chosen in the window's period filter.
    JournalFilter period;
    const int days = m_ui->periodFilter->currentData().toInt();
    if (days > 0)
        period.from = Clock::today().addDays(1 - days).startOfDay();
    const ExportResult result = m_desk->exportJournal(period, path);
    if (!result.succeeded())
        QMessageBox::warning(this, tr("Export the operation journal"), result.error);
    else
        statusBar()->showMessage(tr("Exported %n journal line(s) to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path)));
}

} // namespace PayDesk
