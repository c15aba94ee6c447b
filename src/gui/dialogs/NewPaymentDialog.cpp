#include "dialogs/NewPaymentDialog.h"

#include "ui_NewPaymentDialog.h"

#include "QrCode.h"
#include "session/Desk.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTimer>

namespace PayDesk {

NewPaymentDialog::NewPaymentDialog(Desk *desk, const QString &returnUrl, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::NewPaymentDialog), m_desk(desk), m_poll(new QTimer(this))
{
    m_ui->setupUi(this);
    for (const char *code : {"RUB", "USD", "EUR"})
        m_ui->currencyBox->addItem(QString::fromLatin1(code));
    m_ui->numberEdit->setText(QStringLiteral("PD-%1-%2")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                  .arg(QRandomGenerator::global()->bounded(1000), 3, 10, QLatin1Char('0')));
    m_ui->descriptionEdit->setText(tr("Test payment"));
    m_ui->returnEdit->setText(returnUrl);
    m_registerButton = m_ui->buttons->addButton(tr("&Register"), QDialogButtonBox::ActionRole);
    m_registerButton->setDefault(true);
    connect(m_registerButton, &QPushButton::clicked, this, &NewPaymentDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_formUrl)); });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_formUrl); });
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &NewPaymentDialog::poll);
}

NewPaymentDialog::~NewPaymentDialog() = default;

void NewPaymentDialog::submit()
{
    RegisterRequest r;
    const Currency currency = Currency::fromCode(m_ui->currencyBox->currentText());
    Money::ParseError parseError;
    const std::optional<Money> amount = Money::parse(m_ui->amountEdit->text(), currency, &parseError);
    if (!amount || amount->minor() <= 0) {
        m_ui->errorLabel->setText(amount ? tr("The amount must be greater than zero.") : Money::errorMessage(parseError, currency));
        return;
    }
    const QUrl returnUrl(m_ui->returnEdit->text().trimmed());
    if (!returnUrl.isValid() || returnUrl.scheme().isEmpty() || m_ui->numberEdit->text().trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("An order number and a return URL (https://…) are needed."));
        return;
    }
    m_ui->errorLabel->clear();
    r.amount = *amount;
    r.orderNumber = m_ui->numberEdit->text().trimmed();
    r.description = m_ui->descriptionEdit->text();
    r.returnUrl = returnUrl.toString();
    r.failUrl = m_ui->failEdit->text().trimmed();
    r.clientId = m_ui->clientEdit->text().trimmed();
    r.autoPayment = m_ui->autoPaymentBox->isChecked();
    r.preAuth = m_ui->twoStageButton->isChecked();
    m_registerButton->setEnabled(false);
    m_ui->resultLabel->setText(tr("Registering…"));
    RegisterJob *job = m_desk->registerOrder(r);
    connect(job, &RegisterJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            m_registerButton->setEnabled(true);
            m_ui->resultLabel->clear();
            m_ui->errorLabel->setText(job->error().userMessage());
            return;
        }
        m_orderId = job->value().orderId;
        m_formUrl = job->value().formUrl;
        m_ui->resultLabel->setText(tr("Order id: %1\nPayment page: %2").arg(m_orderId, m_formUrl));
        m_ui->openButton->setEnabled(true);
        m_ui->copyButton->setEnabled(true);
        const QImage qr = QrCode::render(m_formUrl, 4);
        m_ui->qrLabel->setPixmap(QPixmap::fromImage(qr));
        m_ui->qrLabel->setToolTip(m_formUrl);
        m_ui->statusLabel->setText(tr("Waiting for the payment…"));
        m_registerButton->setText(tr("&Register another"));
        m_registerButton->setEnabled(true);
        disconnect(m_registerButton, nullptr, this, nullptr);
        connect(m_registerButton, &QPushButton::clicked, this, [this] {
            m_poll->stop();
            m_ui->numberEdit->setText(m_ui->numberEdit->text() + QStringLiteral("-2"));
            m_registerButton->disconnect(this);
            connect(m_registerButton, &QPushButton::clicked, this, &NewPaymentDialog::submit);
            submit();
        });
        m_poll->start();
        emit registered();
    });
}

void NewPaymentDialog::poll()
{
    if (m_orderId.isEmpty())
        return;
    OrderJob *job = m_desk->refresh(m_orderId);
    connect(job, &OrderJob::finished, this, [this, job] {
        if (!job->succeeded())
            return;
        const Order &o = job->order();
        if (o.status == m_lastStatus)
            return;
        m_lastStatus = o.status;
        m_ui->statusLabel->setText(QStringLiteral("<b>%1</b>").arg(OrderStatusText::display(o.status).toHtmlEscaped()));
        if (o.status == OrderStatus::Held || o.status == OrderStatus::Captured || o.status == OrderStatus::Declined
            || OrderStatusText::isFinal(o.status))
            m_poll->stop();
        emit statusChanged(o.status);
    });
}

} // namespace PayDesk
