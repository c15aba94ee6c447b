#include "gui/dialogs/BatchCaptureDialog.h"

#include "core/i18n/UiLanguage.h"
#include "core/time/Clock.h"
#include "gui/UrgencyColors.h"

#include "ui_BatchCaptureDialog.h"

#include "core/io/BatchExporter.h"
#include "core/operations/CaptureBatch.h"
#include "core/session/Desk.h"
#include "gui/Prompts.h"
#include "gui/itemmodels/OrderListModel.h"

#include "gui/LanguageChange.h"
#include <QDir>

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
    for (const OrderSummary& o : orders) {
        auto* item = new QTreeWidgetItem(m_ui->orderList);
        item->setText(0, o.orderNumber);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setCheckState(0, o.status == OrderStatus::Held ? Qt::Checked : Qt::Unchecked);
        if (o.status != OrderStatus::Held)
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    }
    m_ui->orderList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->orderList->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_runButton = m_ui->buttons->addButton(tr("&Capture"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancelButton->setEnabled(false);
    m_retryButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_retryButton->setEnabled(false);
    m_exportButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setEnabled(false);
    applyTexts();
    LanguageChange::follow(this, this, [this] {
        m_ui->retranslateUi(this);
        applyTexts();
    });
    connect(m_retryButton, &QPushButton::clicked, this, &BatchCaptureDialog::retryFailed);
    connect(m_exportButton, &QPushButton::clicked, this, &BatchCaptureDialog::exportResult);
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

// The texts set in code, in the UI language: once, and again after a live switch, outcomes included.
void BatchCaptureDialog::applyTexts()
{
    m_cancelButton->setText(tr("&Stop"));
    m_cancelButton->setToolTip(tr("Send no more captures; those under way finish"));
    m_retryButton->setText(tr("&Retry failed"));
    m_retryButton->setToolTip(tr("Send again the captures that failed for a passing reason, and only those"));
    m_exportButton->setText(tr("&Export…"));
    const QDateTime now = Clock::nowUtc();
    for (int i = 0; i < m_orders.size(); ++i) {
        m_ui->orderList->topLevelItem(i)->setText(1, m_orders[i].capturable().toDisplayString(QLocale()));
        m_ui->orderList->topLevelItem(i)->setText(2, OrderListModel::timeLeft(m_orders[i].deadline, now));
        if (m_orders[i].status != OrderStatus::Held)
            m_ui->orderList->topLevelItem(i)->setText(
                3, tr("not held: %1").arg(OrderStatusText::display(m_orders[i].status).toLower()));
    }
    for (int i = 0; m_batch && i < m_batch->items().size(); ++i) {
        if (m_batch->items().at(i).finished)
            showOutcome(i, m_batch->items().at(i).result);
        else
            m_ui->orderList->topLevelItem(m_rows.at(i))->setText(3, tr("waiting"));
    }
    if (m_finished)
        describeOutcomes();
    else
        updateTotal();
}

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
        sums.append(Money(it.value(), Currency::fromCode(it.key())).toDisplayString(UiLanguage::locale()));
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
    for (int i = 0; i < m_orders.size(); ++i) {
        QTreeWidgetItem* item = m_ui->orderList->topLevelItem(i);
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        if (item->checkState(0) == Qt::Checked) {
            ids.append(m_orders[i].orderId);
            m_rows.append(i);
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
    connect(m_batch, &CaptureBatch::itemFinished, this, &BatchCaptureDialog::showOutcome);
    connect(m_batch, &CaptureBatch::itemRetrying, this, [this](int index) {
        QTreeWidgetItem* item = m_ui->orderList->topLevelItem(m_rows.at(index));
        item->setText(3, tr("waiting"));
        item->setForeground(3, palette().text());
    });
    connect(m_batch, &CaptureBatch::progress, m_ui->progress,
            [this](int done, int) { m_ui->progress->setValue(done); });
    connect(m_batch, &CaptureBatch::finished, this, &BatchCaptureDialog::showSummary);
    m_batch->start();
}

void BatchCaptureDialog::showOutcome(int index, const OperationResult& r)
{
    QTreeWidgetItem* item = m_ui->orderList->topLevelItem(m_rows.at(index));
    switch (CaptureBatch::groupOf(r)) {
    case CaptureBatch::Group::Done:
        item->setText(3, tr("captured %1").arg(r.order.captured.toDisplayString(UiLanguage::locale())));
        item->setForeground(3, UrgencyColors::done());
        break;
    case CaptureBatch::Group::Refused:
        item->setText(3, tr("refused by the gateway"));
        item->setForeground(3, UrgencyColors::due());
        break;
    case CaptureBatch::Group::TryAgain:
        item->setText(3, tr("temporary failure: try again"));
        item->setForeground(3, UrgencyColors::soon());
        break;
    case CaptureBatch::Group::Unknown:
        item->setText(3, tr("unknown: the journal settles it"));
        item->setForeground(3, UrgencyColors::soon());
        break;
    }
}

// The outcomes in full, grouped the way they are acted on, with the gateway's whole text.
void BatchCaptureDialog::showSummary()
{
    m_finished = true;
    m_cancelButton->setEnabled(false);
    describeOutcomes();
    m_exportButton->setEnabled(true);
    emit batchFinished();
}

void BatchCaptureDialog::describeOutcomes()
{
    using Group = CaptureBatch::Group;
    const struct
    {
        Group group;
        QString title;
    } groups[] = {
        {Group::TryAgain, tr("Temporary failure — not captured, try again")},
        {Group::Refused, tr("Refused by the gateway — not captured")},
        {Group::Unknown, tr("Outcome unknown — the journal settles it from the order's status; do not repeat")},
        {Group::Done, tr("Captured")}};
    QString html;
    const QList<CaptureBatch::Item>& items = m_batch->items();
    for (const auto& g : groups) {
        QString lines;
        for (int i = 0; i < items.size(); ++i) {
            if (!items[i].finished || CaptureBatch::groupOf(items[i].result) != g.group)
                continue;
            const OperationResult& r = items[i].result;
            const QString why =
                g.group == Group::Done ? r.order.captured.toDisplayString(UiLanguage::locale()) : r.error.userMessage();
            lines += QStringLiteral("<li><b>%1</b>: %2</li>")
                         .arg(m_orders[m_rows[i]].orderNumber.toHtmlEscaped(), why.toHtmlEscaped());
        }
        if (!lines.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(g.title.toHtmlEscaped(), lines);
    }
    m_ui->outcomeDetails->setHtml(html);
    m_ui->outcomeDetails->show();
    const int again = m_batch->countIn(Group::TryAgain);
    m_ui->totalLabel->setText(tr("Captured %1, refused %2, temporary failure %3, unknown %4.")
                                  .arg(m_batch->countIn(Group::Done))
                                  .arg(m_batch->countIn(Group::Refused))
                                  .arg(again)
                                  .arg(m_batch->countIn(Group::Unknown)));
    m_retryButton->setText(tr("&Retry %n failed", nullptr, again));
    m_retryButton->setEnabled(again > 0);
}

bool BatchCaptureDialog::retryFailed()
{
    if (!m_batch || !m_finished || m_batch->countIn(CaptureBatch::Group::TryAgain) == 0)
        return false;
    m_finished = false;
    m_retryButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    return m_batch->retryFailed();
}

void BatchCaptureDialog::exportResult()
{
    if (!m_batch)
        return;
    const QString path = Prompts::saveFileName(this, tr("Export the batch's outcome"), QStringLiteral("captures.csv"),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportResult result = BatchExporter::write(*m_batch, path);
    if (result.succeeded())
        m_ui->totalLabel->setText(
            tr("Exported %n outcome(s) to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path)));
    else
        Prompts::warning(this, tr("Export the batch's outcome"), result.error);
}

} // namespace PayDesk
