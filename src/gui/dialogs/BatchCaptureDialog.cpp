#include "gui/dialogs/BatchCaptureDialog.h"

#include "core/time/Clock.h"
#include "gui/UrgencyColors.h"

#include "ui_BatchCaptureDialog.h"

#include "core/operations/CaptureBatch.h"
#include "core/session/Desk.h"
#include "gui/itemmodels/OrderListModel.h"

#include <QHeaderView>
#include <QMap>
#include <QPushButton>

namespace PayDesk {

BatchCaptureDialog::BatchCaptureDialog(Desk* desk, const QList<OrderSummary>& orders, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::BatchCaptureDialog)
    , m_desk(desk)
    , m_orders(orders)
{
    m_ui->setupUi(this);
    m_ui->progress->hide();
    const QLocale locale;
    const QDateTime now = Clock::nowUtc();
    for (const OrderSummary& o : orders) {
        auto* item = new QTreeWidgetItem(m_ui->orderList);
        item->setText(0, o.orderNumber);
        item->setText(1, o.capturable().toDisplayString(locale));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, OrderListModel::timeLeft(o.deadline, now));
        item->setCheckState(0, o.status == OrderStatus::Held ? Qt::Checked : Qt::Unchecked);
        if (o.status != OrderStatus::Held) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setText(3, tr("not held: %1").arg(OrderStatusText::display(o.status).toLower()));
        }
    }
    m_ui->orderList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->orderList->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_runButton = m_ui->buttons->addButton(tr("&Capture"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_ui->buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("Send no more captures; those under way finish"));
    connect(m_runButton, &QPushButton::clicked, this, &BatchCaptureDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->orderList, &QTreeWidget::itemChanged, this, &BatchCaptureDialog::updateTotal);
    updateTotal();
}

BatchCaptureDialog::~BatchCaptureDialog() = default;

void BatchCaptureDialog::updateTotal()
{
    QMap<QString, qint64> totals;
    int count = 0;
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_ui->orderList->topLevelItem(i)->checkState(0) == Qt::Checked) {
            totals[m_orders[i].amount.currency().code()] += m_orders[i].capturable().minor();
            ++count;
        }
    }
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(Money(it.value(), Currency::fromCode(it.key())).toDisplayString());
    m_ui->totalLabel->setText(tr("%n payment(s) checked, %1 in all.", nullptr, count)
                                  .arg(sums.isEmpty() ? QStringLiteral("0") : sums.join(QStringLiteral(" + "))));
    m_runButton->setText(tr("&Capture %n payment(s)", nullptr, count));
    m_runButton->setEnabled(count > 0 && !m_batch);
}

void BatchCaptureDialog::start()
{
    if (m_batch)
        return;
    QStringList ids;
    QList<int> rows;
    for (int i = 0; i < m_orders.size(); ++i) {
        QTreeWidgetItem* item = m_ui->orderList->topLevelItem(i);
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        if (item->checkState(0) == Qt::Checked) {
            ids.append(m_orders[i].orderId);
            rows.append(i);
            item->setText(3, tr("waiting"));
        }
    }
    if (ids.isEmpty())
        return;
    m_batch = m_desk->captureBatch(ids);
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_ui->progress->setRange(0, int(ids.size()));
    m_ui->progress->setValue(0);
    m_ui->progress->show();
    connect(m_batch, &CaptureBatch::itemFinished, this, [this, rows](int index, const OperationResult& r) {
        QTreeWidgetItem* item = m_ui->orderList->topLevelItem(rows.at(index));
        switch (r.outcome) {
        case OperationResult::Outcome::Done:
            item->setText(3, tr("captured %1").arg(r.order.captured.toDisplayString()));
            item->setForeground(3, UrgencyColors::done());
            break;
        case OperationResult::Outcome::Refused:
            item->setText(3, tr("not captured: %1").arg(r.error.userMessage()));
            item->setForeground(3, UrgencyColors::due());
            break;
        case OperationResult::Outcome::Unknown:
            item->setText(3, tr("outcome unknown: will be settled from the order's status"));
            item->setForeground(3, UrgencyColors::soon());
            break;
        }
        item->setToolTip(3, item->text(3));
    });
    connect(m_batch, &CaptureBatch::progress, m_ui->progress,
            [this](int done, int) { m_ui->progress->setValue(done); });
    connect(m_batch, &CaptureBatch::finished, this, [this] {
        m_finished = true;
        m_cancelButton->setEnabled(false);
        m_ui->totalLabel->setText(tr("Captured %1, not captured %2, unknown %3.")
                                      .arg(m_batch->countOf(OperationResult::Outcome::Done))
                                      .arg(m_batch->countOf(OperationResult::Outcome::Refused))
                                      .arg(m_batch->countOf(OperationResult::Outcome::Unknown)));
        emit batchFinished();
    });
    m_batch->start();
}

} // namespace PayDesk
