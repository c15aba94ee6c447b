#include "gui/dialogs/OperationDialog.h"

#include "core/i18n/UiLanguage.h"
#include "ui_OperationDialog.h"

#include "core/gateway/GatewayJob.h"
#include "core/money/AmountInWords.h"
#include "core/session/Desk.h"
#include "gui/LanguageChange.h"

#include <QPushButton>

namespace PayDesk {

OperationDialog::OperationDialog(Desk* desk, OperationKind kind, const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::OperationDialog)
    , m_desk(desk)
    , m_kind(kind)
    , m_order(order)
{
    m_ui->setupUi(this);
    // Word-wrapped labels do not grow a dialog on their own: give the texts their room up front.
    const int line = fontMetrics().lineSpacing();
    m_ui->explanation->setMinimumHeight(line * 4);
    m_ui->resultLabel->setMinimumHeight(line * 3);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_limit = kind == OperationKind::Refund ? order.refundable() : order.capturable();
    applyTexts();
    const bool partial = kind == OperationKind::Capture || kind == OperationKind::Refund;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->fullButton, m_ui->fullAmount, m_ui->partButton, m_ui->amountEdit})
        w->setVisible(partial);
    connect(m_ui->partButton, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->amountEdit->setEnabled(on);
        if (on)
            m_ui->amountEdit->setFocus();
        updateExplanation();
    });
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &OperationDialog::updateExplanation);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &OperationDialog::run);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Money going back (reverse, refund) is never what Enter does: Enter cancels, the action takes a click or Alt.
    if (kind != OperationKind::Capture) {
        QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
        ok->setAutoDefault(false);
        ok->setDefault(false);
        m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    updateExplanation();
    LanguageChange::follow(this, this, [this] {
        m_ui->retranslateUi(this);
        applyTexts();
        updateExplanation();
    });
}

OperationDialog::~OperationDialog() = default;

// The texts set in code, again after a live language switch: what was typed, sent and answered stays.
void OperationDialog::applyTexts()
{
    const QLocale locale = UiLanguage::locale();
    const Wording words = wording(m_kind, m_order.orderNumber, m_limit.toDisplayString(locale));
    setWindowTitle(words.title);
    m_ui->headline->setText(words.headline);
    if (QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok))
        ok->setText(words.button);
    m_ui->fullAmount->setText(m_limit.toDisplayString(locale));
    m_ui->amountEdit->setPlaceholderText(Money(m_limit.minor(), m_limit.currency()).toDisplayString(locale));
    if (m_result)
        m_ui->resultLabel->setText(resultText(*m_result));
    else if (m_running)
        m_ui->resultLabel->setText(tr("Sending to the gateway…"));
}

void OperationDialog::reject()
{
    if (m_running && m_job)
        emit closedWhileSending(m_job);
    QDialog::reject();
}

OperationDialog::Wording OperationDialog::wording(OperationKind kind, const QString& orderNumber, const QString& limit)
{
    const QString number = orderNumber.toHtmlEscaped();
    switch (kind) {
    case OperationKind::Capture:
        return {tr("Capture payment %1").arg(orderNumber),
                tr("Capture the payment for order <b>%1</b>. Held: <b>%2</b>.").arg(number, limit), tr("&Capture")};
    case OperationKind::Refund:
        return {
            tr("Refund payment %1").arg(orderNumber),
            tr("Refund the payment for order <b>%1</b>. Captured and not yet refunded: <b>%2</b>.").arg(number, limit),
            tr("&Refund")};
    case OperationKind::Reverse:
    case OperationKind::PayByBinding:
    case OperationKind::Register:
    case OperationKind::CloseReceipt:
        break;
    }
    return {tr("Reverse payment %1").arg(orderNumber),
            tr("Release the hold of <b>%1</b> on the customer's card for order <b>%2</b>? "
               "Nothing will be charged, and the order cannot be captured afterwards.")
                .arg(limit, number),
            tr("Re&verse")};
}

std::optional<Money> OperationDialog::chosenAmount(QString* error) const
{
    if (m_kind == OperationKind::Reverse || !m_ui->partButton->isChecked())
        return m_limit;
    Money::ParseError parseError;
    const std::optional<Money> amount = Money::parse(m_ui->amountEdit->text(), m_limit.currency(), &parseError);
    if (!amount) {
        *error = m_ui->amountEdit->text().trimmed().isEmpty()
                     ? tr("Enter an amount.")
                     : Money::errorMessage(parseError, m_limit.currency(), m_ui->amountEdit->text());
        return std::nullopt;
    }
    if (amount->minor() <= 0) {
        *error = tr("The amount must be greater than zero.");
        return std::nullopt;
    }
    if (amount->minor() > m_limit.minor()) {
        *error = m_kind == OperationKind::Capture
                     ? tr("That is more than the %1 still held.").arg(m_limit.toDisplayString(UiLanguage::locale()))
                     : tr("That is more than the %1 that can be refunded.")
                           .arg(m_limit.toDisplayString(UiLanguage::locale()));
        return std::nullopt;
    }
    return amount;
}

void OperationDialog::updateExplanation()
{
    if (m_running || m_result)
        return;
    QString error;
    const std::optional<Money> amount = chosenAmount(&error);
    m_ui->errorLabel->setText(m_ui->partButton->isChecked() && !m_ui->amountEdit->text().isEmpty() ? error : QString());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(amount.has_value() && !m_limit.isZero());
    if (!amount) {
        m_ui->explanation->clear();
        return;
    }
    const QLocale locale = UiLanguage::locale();
    const QString words = AmountInWords::format(*amount, locale);
    switch (m_kind) {
    case OperationKind::Capture: {
        const Money rest(m_limit.minor() - amount->minor(), amount->currency());
        m_ui->explanation->setText(
            rest.isZero()
                ? tr("%1 (%2) will be charged to the customer's card.").arg(amount->toDisplayString(locale), words)
                : tr("%1 (%2) will be charged; the remaining %3 of the hold is released to the customer. "
                     "The gateway takes one capture per order: the rest cannot be captured later.")
                      .arg(amount->toDisplayString(locale), words, rest.toDisplayString(locale)));
        break;
    }
    case OperationKind::Refund:
        m_ui->explanation->setText(
            tr("%1 (%2) will be returned to the customer's card.").arg(amount->toDisplayString(locale), words));
        break;
    case OperationKind::Reverse:
    case OperationKind::PayByBinding:
    case OperationKind::Register:
    case OperationKind::CloseReceipt:
        m_ui->explanation->setText(tr("%1 (%2) will be released.").arg(amount->toDisplayString(locale), words));
        break;
    }
}

void OperationDialog::run()
{
    if (m_result) {
        accept();
        return;
    }
    QString error;
    const std::optional<Money> amount = chosenAmount(&error);
    if (!amount) {
        m_ui->errorLabel->setText(error);
        return;
    }
    m_running = true;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->fullButton->setEnabled(false);
    m_ui->partButton->setEnabled(false);
    m_ui->amountEdit->setEnabled(false);
    m_ui->resultLabel->setText(tr("Sending to the gateway…"));
    OperationJob* job = m_kind == OperationKind::Capture  ? m_desk->capture(m_order.orderId, amount)
                        : m_kind == OperationKind::Refund ? m_desk->refund(m_order.orderId, amount)
                                                          : m_desk->reverse(m_order.orderId);
    m_job = job;
    connect(job, &OperationJob::finished, this, [this, job] { showResult(job->result()); });
}

void OperationDialog::showResult(const OperationResult& result)
{
    m_running = false;
    m_result = result;
    m_ui->resultLabel->setText(resultText(result));
    m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    QPushButton* close = m_ui->buttons->button(QDialogButtonBox::Close);
    close->setDefault(true); // Enter closes the result
    close->setFocus();
    emit operationFinished(result);
}

QString OperationDialog::resultText(const OperationResult& result)
{
    QString text;
    switch (result.outcome) {
    case OperationResult::Outcome::Done:
        text = QStringLiteral("<span style='color:#2e7d32'><b>%1</b></span> %2")
                   .arg(tr("Done."), tr("The order is now %1.")
                                         .arg(OrderStatusText::display(result.order.status).toLower())
                                         .toHtmlEscaped());
        break;
    case OperationResult::Outcome::Refused:
        text = QStringLiteral("<span style='color:#c62828'><b>%1</b></span> %2")
                   .arg(result.refusedBeforeSending ? tr("Not sent.") : tr("Refused."),
                        result.error.userMessage().toHtmlEscaped());
        break;
    case OperationResult::Outcome::Unknown:
        text =
            QStringLiteral("<span style='color:#b26a00'><b>%1</b></span> %2")
                .arg(tr("Outcome unknown."),
                     tr("The gateway's answer was lost. The operation is in the journal and will be settled from the "
                        "order's status; do not repeat it.")
                         .toHtmlEscaped());
        break;
    }
    return text;
}

} // namespace PayDesk
