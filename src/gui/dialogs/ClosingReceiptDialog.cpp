#include "gui/dialogs/ClosingReceiptDialog.h"

#include "ui_ClosingReceiptDialog.h"

#include "core/operations/ClosingReceipt.h"
#include "core/session/Desk.h"

#include <QPushButton>

namespace PayDesk {

ClosingReceiptDialog::ClosingReceiptDialog(Desk* desk, const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ClosingReceiptDialog)
    , m_desk(desk)
    , m_order(order)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Closing receipt for order %1").arg(order.orderNumber));
    const QString amount = ClosingReceipt::amountOf(order).toDisplayString(QLocale());
    m_ui->headline->setText(tr("Issue the closing receipt for order <b>%1</b> for <b>%2</b>?")
                                .arg(order.orderNumber.toHtmlEscaped(), amount.toHtmlEscaped()));
    m_ui->explanation->setText(tr("The receipt at payment was an advance or prepayment. The closing receipt says the "
                                  "customer has received the goods: the gateway sends it to the fiscal data operator "
                                  "with the order's cart as paid in full. It is sent once and cannot be taken back."));
    m_issueButton = m_ui->buttons->addButton(tr("&Issue receipt"), QDialogButtonBox::AcceptRole);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setDefault(true);
    connect(m_issueButton, &QPushButton::clicked, this, &ClosingReceiptDialog::send);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ClosingReceiptDialog::~ClosingReceiptDialog() = default;

void ClosingReceiptDialog::send()
{
    m_issueButton->setEnabled(false);
    m_ui->resultLabel->setText(tr("Sending…"));
    OperationJob* job = m_desk->closeReceipt(m_order.orderId);
    job->setAutoDelete(false);
    connect(job, &OperationJob::finished, this, [this, job] {
        showOutcome(job);
        emit finishedSending(job);
        job->deleteLater();
    });
}

void ClosingReceiptDialog::showOutcome(OperationJob* job)
{
    const OperationResult& r = job->result();
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    switch (r.outcome) {
    case OperationResult::Outcome::Done:
        m_ui->resultLabel->setText(
            QStringLiteral("<p style=\"color:#15803d\"><b>%1</b></p>")
                .arg(tr("The closing receipt is issued. The order's receipts are in its details.").toHtmlEscaped()));
        return;
    case OperationResult::Outcome::Refused:
        m_issueButton->setEnabled(r.tryAgain());
        m_ui->resultLabel->setText(QStringLiteral("<p style=\"color:#b91c1c\"><b>%1</b> %2</p>")
                                       .arg(tr("Not issued.").toHtmlEscaped(), r.error.userMessage().toHtmlEscaped()));
        return;
    case OperationResult::Outcome::Unknown:
        m_ui->resultLabel->setText(
            QStringLiteral("<p style=\"color:#b45309\"><b>%1</b> %2</p>")
                .arg(tr("Outcome unknown: do not issue it again.").toHtmlEscaped(),
                     tr("Look at the order's receipts (Refresh) to see whether the gateway made it.").toHtmlEscaped()));
        return;
    }
}

} // namespace PayDesk
