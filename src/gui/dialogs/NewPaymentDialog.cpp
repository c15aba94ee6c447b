#include "gui/dialogs/NewPaymentDialog.h"

#include "ui_NewPaymentDialog.h"

#include "core/gateway/GatewayClient.h"
#include "core/i18n/UiLanguage.h"
#include "core/model/CartText.h"
#include "core/session/Desk.h"
#include "core/time/Clock.h"
#include "gui/LanguageChange.h"
#include "gui/QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTimer>

namespace PayDesk {

NewPaymentDialog::NewPaymentDialog(Desk* desk, const QString& returnUrl, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::NewPaymentDialog)
    , m_desk(desk)
    , m_poll(new QTimer(this))
{
    m_ui->setupUi(this);
    m_qrPlaceholder = m_ui->qrLabel->text();
    m_ui->cartBox->setVisible(m_desk->capabilities().takesCart);
    for (const char* code : {"RUB", "USD", "EUR"})
        m_ui->currencyBox->addItem(QString::fromLatin1(code));
    m_ui->numberEdit->setText(newOrderNumber());
    m_ui->descriptionEdit->setText(tr("Test payment"));
    m_ui->returnEdit->setText(returnUrl);
    m_registerButton = m_ui->buttons->addButton(tr("&Register"), QDialogButtonBox::ActionRole);
    m_registerButton->setDefault(true);
    connect(m_registerButton, &QPushButton::clicked, this, &NewPaymentDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_formUrl)); });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_formUrl); });
    // The cart: name, whole quantity, price in the order's currency, VAT rate; its total is the amount.
    for (int taxSystem = 0; taxSystem <= 5; ++taxSystem)
        m_ui->taxSystemBox->addItem(taxSystemName(taxSystem), taxSystem);
    m_ui->cartTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->addItemButton, &QPushButton::clicked, this,
            [this] { addCartItem(tr("Item %1").arg(m_ui->cartTable->rowCount() + 1), 1, QStringLiteral("100.00")); });
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, [this] {
        if (m_ui->cartTable->currentRow() >= 0)
            m_ui->cartTable->removeRow(m_ui->cartTable->currentRow());
        updateCartTotal();
    });
    connect(m_ui->cartTable, &QTableWidget::itemChanged, this, &NewPaymentDialog::updateCartTotal);
    connect(m_ui->cartBox, &QGroupBox::toggled, this, [this](bool on) {
        if (on && m_ui->cartTable->rowCount() == 0)
            addCartItem(m_ui->descriptionEdit->text(), 1, m_ui->amountEdit->text());
        m_ui->amountEdit->setReadOnly(on);
        updateCartTotal();
    });
    connect(m_ui->currencyBox, &QComboBox::currentIndexChanged, this, &NewPaymentDialog::updateCartTotal);
    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &NewPaymentDialog::poll);
    watchForm();
    LanguageChange::follow(this, this, [this] { retranslate(); });
}

QString NewPaymentDialog::taxSystemName(int taxSystem)
{
    const QString names[] = {
        tr("General (OSN)"),         tr("Simplified, income"),       tr("Simplified, income minus expenses"),
        tr("Imputed income (ENVD)"), tr("Agricultural tax (ESKhN)"), tr("Patent")};
    return names[qBound(0, taxSystem, 5)];
}

// After a live language switch: the form's texts, and what the dialog shows of the registered order.
void NewPaymentDialog::retranslate()
{
    const QPixmap qr = m_ui->qrLabel->pixmap(); // retranslateUi() sets the label's text, which drops it
    m_ui->retranslateUi(this);
    m_qrPlaceholder = m_ui->qrLabel->text();
    if (!qr.isNull())
        m_ui->qrLabel->setPixmap(qr);
    for (int i = 0; i < m_ui->taxSystemBox->count(); ++i)
        m_ui->taxSystemBox->setItemText(i, taxSystemName(m_ui->taxSystemBox->itemData(i).toInt()));
    m_registerButton->setText(m_orderNumber.isEmpty() ? tr("&Register") : tr("&Register another"));
    if (m_orderNumber.isEmpty())
        return;
    if (!m_formUrl.isEmpty())
        m_ui->resultLabel->setText(tr("Order id: %1\nPayment page: %2").arg(m_orderId, m_formUrl));
    m_ui->statusLabel->setText(m_lastOrder ? statusText(*m_lastOrder) : tr("Waiting for the payment…"));
}

// A fresh number each time: never the last one with a suffix.
QString NewPaymentDialog::newOrderNumber()
{
    return QStringLiteral("PD-%1-%2")
        .arg(Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QRandomGenerator::global()->bounded(1000), 3, 10, QLatin1Char('0'));
}

// Once the form changes, what it shows is no longer the registered order: its link, QR code and status go.
void NewPaymentDialog::watchForm()
{
    const auto changed = [this] {
        if (!m_orderNumber.isEmpty())
            startNewOrder(false);
    };
    for (QLineEdit* edit : {m_ui->amountEdit, m_ui->numberEdit, m_ui->descriptionEdit, m_ui->returnEdit, m_ui->failEdit,
                            m_ui->clientEdit})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QAbstractButton* button :
         {static_cast<QAbstractButton*>(m_ui->twoStageButton), static_cast<QAbstractButton*>(m_ui->autoPaymentBox)})
        connect(button, &QAbstractButton::toggled, this, changed);
    connect(m_ui->cartBox, &QGroupBox::toggled, this, changed);
    connect(m_ui->cartTable, &QTableWidget::itemChanged, this, changed);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, changed);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, changed);
    connect(m_ui->currencyBox, &QComboBox::activated, this, changed);
    connect(m_ui->taxSystemBox, &QComboBox::activated, this, changed);
}

void NewPaymentDialog::startNewOrder(bool newNumber)
{
    m_poll->stop();
    m_orderId.clear();
    m_orderNumber.clear();
    m_formUrl.clear();
    m_lastStatus = OrderStatus::Unknown;
    m_lastOrder.reset();
    clearShownOrder();
    if (newNumber || m_ui->numberEdit->text().trimmed() == m_registeredNumber)
        m_ui->numberEdit->setText(newOrderNumber());
    m_registerButton->setText(tr("&Register"));
    m_registerButton->disconnect(this);
    connect(m_registerButton, &QPushButton::clicked, this, &NewPaymentDialog::submit);
}

void NewPaymentDialog::clearShownOrder()
{
    m_ui->resultLabel->clear();
    m_ui->statusLabel->clear();
    m_ui->openButton->setEnabled(false);
    m_ui->copyButton->setEnabled(false);
    m_ui->qrLabel->setPixmap({});
    m_ui->qrLabel->setToolTip({});
    m_ui->qrLabel->setText(m_qrPlaceholder);
    m_ui->errorLabel->clear();
}

NewPaymentDialog::~NewPaymentDialog() = default;

void NewPaymentDialog::addCartItem(const QString& name, int quantity, const QString& price)
{
    const int row = m_ui->cartTable->rowCount();
    m_ui->cartTable->blockSignals(true);
    m_ui->cartTable->insertRow(row);
    m_ui->cartTable->setItem(row, 0, new QTableWidgetItem(name));
    m_ui->cartTable->setItem(row, 1, new QTableWidgetItem(QString::number(quantity)));
    m_ui->cartTable->setItem(row, 2, new QTableWidgetItem(price));
    auto* vat = new QComboBox(m_ui->cartTable);
    for (const VatRate rate : CartText::currentVatRates())
        vat->addItem(CartText::vatName(rate), int(rate));
    m_ui->cartTable->setCellWidget(row, 3, vat);
    m_ui->cartTable->blockSignals(false);
    updateCartTotal();
}

QString NewPaymentDialog::cellText(int row, int column) const
{
    const QTableWidgetItem* item = m_ui->cartTable->item(row, column);
    return item ? item->text().trimmed() : QString();
}

NewPaymentDialog::CartEntry NewPaymentDialog::cart() const
{
    const Currency currency = Currency::fromCode(m_ui->currencyBox->currentText());
    Cart cart;
    for (int row = 0; row < m_ui->cartTable->rowCount(); ++row) {
        CartItem item;
        item.name = cellText(row, 0);
        Money::ParseError parseError;
        const std::optional<Money> price = Money::parse(cellText(row, 2), currency, &parseError);
        if (!price && parseError != Money::ParseError::Empty)
            return {
                std::nullopt,
                tr("Cart line %1: %2").arg(row + 1).arg(Money::errorMessage(parseError, currency, cellText(row, 2)))};
        bool whole = false;
        const int quantity = cellText(row, 1).toInt(&whole);
        if (!whole || quantity < 1)
            return {std::nullopt, tr("Cart line %1: a whole quantity of at least 1 is needed.").arg(row + 1)};
        item.quantity = Quantity::whole(quantity);
        item.price = price.value_or(Money(0, currency));
        item.amount = CartItem::amountOf(item.price, item.quantity).value_or(Money(0, currency));
        const auto* vat = qobject_cast<QComboBox*>(m_ui->cartTable->cellWidget(row, 3));
        item.vat = vat ? VatRate(vat->currentData().toInt()) : VatRate::None;
        item.itemCode = QStringLiteral("item-%1").arg(row + 1);
        cart.items.append(item);
    }
    const Cart::Check check = cart.check();
    if (!check.ok())
        return {std::nullopt, CartText::problem(check)};
    return {cart, {}};
}

void NewPaymentDialog::updateCartTotal()
{
    if (!m_ui->cartBox->isChecked())
        return;
    const CartEntry entry = cart();
    if (entry.cart)
        m_ui->amountEdit->setText(entry.cart->total()->toLocaleNumber(UiLanguage::locale()));
}

void NewPaymentDialog::submit()
{
    RegisterRequest r;
    const Currency currency = Currency::fromCode(m_ui->currencyBox->currentText());
    Money::ParseError parseError;
    const std::optional<Money> amount = Money::parse(m_ui->amountEdit->text(), currency, &parseError);
    if (!amount || amount->minor() <= 0) {
        m_ui->errorLabel->setText(amount ? tr("The amount must be greater than zero.")
                                         : Money::errorMessage(parseError, currency, m_ui->amountEdit->text()));
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
    if (m_ui->cartBox->isChecked()) {
        const CartEntry entry = cart();
        if (!entry.cart) {
            m_ui->errorLabel->setText(entry.error);
            return;
        }
        r.cart = *entry.cart;
        r.amount = *entry.cart->total(); // the cart decides the amount
        r.taxSystem = m_ui->taxSystemBox->currentData().toInt();
    }
    m_registerButton->setEnabled(false);
    clearShownOrder();
    m_ui->resultLabel->setText(tr("Registering…"));
    RegisterJob* job = m_desk->registerOrder(r);
    connect(job, &RegisterJob::finished, this, [this, job, number = r.orderNumber] {
        if (!job->succeeded()) {
            m_registerButton->setEnabled(true);
            m_ui->resultLabel->clear();
            m_ui->errorLabel->setText(job->error().userMessage());
            return;
        }
        showRegistered(number, job->value().orderId, job->value().formUrl);
    });
}

void NewPaymentDialog::showRegistered(const QString& number, const QString& orderId, const QString& formUrl)
{
    m_orderId = orderId;
    m_orderNumber = number;
    m_registeredNumber = number;
    m_formUrl = formUrl;
    if (m_formUrl.isEmpty()) {
        // The answer was lost and the order found by its number: registered, but its link is unknown.
        m_ui->resultLabel->setText(tr("Order id: %1\nThe gateway registered the order, but its answer with the "
                                      "payment page link was lost.")
                                       .arg(m_orderId));
    } else {
        m_ui->resultLabel->setText(tr("Order id: %1\nPayment page: %2").arg(m_orderId, m_formUrl));
        m_ui->openButton->setEnabled(true);
        m_ui->copyButton->setEnabled(true);
        m_ui->qrLabel->setPixmap(QPixmap::fromImage(QrCode::render(m_formUrl, 4)));
        m_ui->qrLabel->setToolTip(m_formUrl);
    }
    m_ui->statusLabel->setText(tr("Waiting for the payment…"));
    // "Register another" starts a new order in the form; registering it is the user's next click.
    m_registerButton->setText(tr("&Register another"));
    m_registerButton->setEnabled(true);
    m_registerButton->disconnect(this);
    connect(m_registerButton, &QPushButton::clicked, this, [this] { startNewOrder(true); });
    m_poll->start();
    emit registered();
}

void NewPaymentDialog::poll()
{
    if (m_orderId.isEmpty()) {
        // Assist gives the payment its id (billnumber) only once the customer opens the page: find it by number.
        OrderJob* lookup = m_desk->findByNumber(m_orderNumber);
        connect(lookup, &OrderJob::finished, this, [this, lookup, number = m_orderNumber] {
            if (number == m_orderNumber && lookup->succeeded() && !lookup->order().orderId.isEmpty()) {
                m_orderId = lookup->order().orderId;
                m_ui->resultLabel->setText(tr("Order id: %1\nPayment page: %2").arg(m_orderId, m_formUrl));
                poll();
            }
        });
        return;
    }
    OrderJob* job = m_desk->refresh(m_orderId);
    connect(job, &OrderJob::finished, this, [this, job, id = m_orderId] {
        if (!job->succeeded() || id != m_orderId) // failed, or about an order no longer shown
            return;
        const Order& o = job->order();
        if (o.status == m_lastStatus)
            return;
        m_lastStatus = o.status;
        m_lastOrder = o;
        m_ui->statusLabel->setText(statusText(o));
        if (o.status == OrderStatus::Held || o.status == OrderStatus::Captured || o.status == OrderStatus::Declined
            || OrderStatusText::isFinal(o.status))
            m_poll->stop();
        emit statusChanged(o.status);
    });
}

// The status in bold; a decline with the gateway's reason: its action code and what it means.
QString NewPaymentDialog::statusText(const Order& o)
{
    QString text = QStringLiteral("<b>%1</b>").arg(OrderStatusText::display(o.status).toHtmlEscaped());
    if (o.status != OrderStatus::Declined || (o.actionCode == 0 && o.actionCodeText.isEmpty()))
        return text;
    const QString reason = o.actionCodeText.isEmpty()
                               ? tr("The gateway gave action code %1.").arg(o.actionCode)
                               : tr("%1 (action code %2)").arg(o.actionCodeText).arg(o.actionCode);
    return text + QStringLiteral("<br>") + reason.toHtmlEscaped();
}

} // namespace PayDesk
