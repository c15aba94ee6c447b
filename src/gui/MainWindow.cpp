#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "gateway/GatewayClient.h"
#include "models/OrderTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace PayDesk {

MainWindow::MainWindow(GatewayClient *client, const QString &profileName, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_client(client)
    , m_profileName(profileName)
    , m_model(new OrderTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("PayDesk — %1").arg(profileName));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OrderTableModel::RawRole);
    m_proxy->setFilterRole(OrderTableModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->orderView->setModel(m_proxy);
    m_ui->orderView->sortByColumn(OrderTableModel::Created, Qt::DescendingOrder);
    m_ui->orderView->verticalHeader()->hide();
    m_ui->orderView->setWordWrap(false);
    m_ui->orderView->horizontalHeader()->setStretchLastSection(true);
    m_ui->orderView->setColumnHidden(OrderTableModel::GatewayId, true);
    m_ui->actionSync->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_ui->actionSync, &QAction::triggered, this, &MainWindow::sync);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->searchEdit, [this] { m_ui->searchEdit->setFocus(); m_ui->searchEdit->selectAll(); });
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_statusLabel->setText(tr("Profile: %1").arg(profileName));
}

MainWindow::~MainWindow() = default;

void MainWindow::sync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_ui->actionSync->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_statusLabel->setText(tr("Profile: %1 — syncing…").arg(m_profileName));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OrderListJob *job = m_client->listOrders(now.addDays(-30), now.addDays(1));
    connect(job, &OrderListJob::progress, this, [this](int done, int total, int) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(job, &OrderListJob::finished, this, [this, job] {
        m_syncing = false;
        m_ui->actionSync->setEnabled(true);
        m_progress->hide();
        const bool ok = job->succeeded();
        if (ok) {
            m_model->setOrders(job->orders());
            m_ui->orderView->resizeColumnsToContents();
            m_statusLabel->setText(tr("Profile: %1 — %n order(s), synced at %2", nullptr, int(job->orders().size()))
                                       .arg(m_profileName, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        } else {
            m_statusLabel->setText(tr("Profile: %1 — sync failed: %2").arg(m_profileName, job->error().userMessage()));
        }
        emit syncFinished(ok);
    });
}

} // namespace PayDesk
