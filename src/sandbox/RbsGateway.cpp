#include "sandbox/RbsGateway.h"

#include "sandbox/JsonText.h"
#include "sandbox/TestCards.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace PayDesk::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 DefaultSessionSecs = 1200;
const QSet<int> KnownCurrencies = {643, 810, 978, 840, 933, 398, 156};
const QStringList TransactionStates = {QStringLiteral("CREATED"),   QStringLiteral("APPROVED"),
                                       QStringLiteral("DEPOSITED"), QStringLiteral("DECLINED"),
                                       QStringLiteral("REVERSED"),  QStringLiteral("REFUNDED")};

QString tr2(bool english, const char* ru, const char* en)
{
    return QString::fromUtf8(english ? en : ru);
}

QJsonObject error(int code, bool english, const char* ru, const char* en, bool numeric = false)
{
    return {{QStringLiteral("errorCode"), numeric ? QJsonValue(code) : QJsonValue(QString::number(code))},
            {QStringLiteral("errorMessage"), tr2(english, ru, en)}};
}

QJsonObject processedOk(bool english)
{
    return error(0, english, "Обработка запроса прошла без системных ошибок",
                 "The request has been processed without system errors");
}

// Integer minor units: digits only, at most 12 of them.
bool parseMinor(const QString& text, qint64* out)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    *out = text.toLongLong();
    return true;
}

const QTimeZone& moscow()
{
    static const QTimeZone zone(3 * 3600);
    return zone;
}

qint64 parseMoscow(const QString& text, const QString& format)
{
    QDateTime dt = QDateTime::fromString(text, format);
    if (!dt.isValid())
        return -1;
    dt.setTimeZone(moscow());
    return dt.toMSecsSinceEpoch();
}

QString minorToDecimal(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

QString actionText(int code, bool english)
{
    switch (code) {
    case -100:
        return tr2(english, "Не было попыток оплаты", "No payment attempts");
    case 0:
        return tr2(english, "Платёж успешно проведён", "Payment is successful");
    case -2007:
        return tr2(english, "Истек срок ожидания ввода данных", "Payment session expired");
    case -2006:
        return tr2(english, "Неверный ответ ACS эмитента", "3-D Secure authentication failed");
    case 101:
        return tr2(english, "Истёк срок действия карты", "Card expired");
    case 116:
        return tr2(english, "Недостаточно средств", "Insufficient funds");
    default:
        return {};
    }
}

QString paymentState(int status)
{
    switch (status) {
    case Approved:
        return QStringLiteral("APPROVED");
    case Deposited:
        return QStringLiteral("DEPOSITED");
    case Reversed:
        return QStringLiteral("REVERSED");
    case Refunded:
        return QStringLiteral("REFUNDED");
    case Declined:
        return QStringLiteral("DECLINED");
    default:
        return QStringLiteral("CREATED");
    }
}

bool isAbsoluteUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
           && !url.host().isEmpty();
}

QString randomDigits(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return s;
}

// Validates a cart (orderBundle or depositItems) against the amount it must add up to.
// Returns an empty object when fine, or the gateway's error.
QJsonObject checkCart(const QJsonObject& bundle, qint64 total, int currency, bool english)
{
    const QJsonArray items =
        bundle.value(QStringLiteral("cartItems")).toObject().value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        return error(8, english, "Неверный формат корзины: нет позиций", "Invalid cart format: no items");
    qint64 sum = 0;
    QSet<qint64> positions;
    for (const QJsonValue& v : items) {
        const QJsonObject item = v.toObject();
        const qint64 positionId = item.value(QStringLiteral("positionId")).toVariant().toLongLong();
        const QString name = item.value(QStringLiteral("name")).toString();
        const double quantity =
            item.value(QStringLiteral("quantity")).toObject().value(QStringLiteral("value")).toDouble(-1);
        const QJsonValue itemAmount = item.value(QStringLiteral("itemAmount"));
        const QJsonValue itemPrice = item.value(QStringLiteral("itemPrice"));
        if (positionId < 1 || positions.contains(positionId) || name.isEmpty() || quantity <= 0
            || !itemAmount.isDouble())
            return error(8, english, "Неверный формат корзины", "Invalid cart format");
        positions.insert(positionId);
        const qint64 amount = itemAmount.toVariant().toLongLong();
        // quantity may have up to 3 decimals: compare in thousandths to stay exact.
        if (itemPrice.isDouble()) {
            const qint64 price = itemPrice.toVariant().toLongLong();
            const qint64 milli = qRound64(quantity * 1000);
            if ((price * milli + 500) / 1000 != amount)
                return error(8, english, "Сумма позиции не равна цене, умноженной на количество",
                             "Item amount is not price times quantity");
        }
        const QJsonValue itemCurrency = item.value(QStringLiteral("itemCurrency"));
        if (!itemCurrency.isUndefined() && itemCurrency.toVariant().toInt() != currency)
            return error(8, english, "Валюта корзины не совпадает с валютой заказа",
                         "Cart currency differs from the order currency");
        sum += amount;
    }
    if (sum != total)
        return error(8, english, "Сумма корзины не совпадает с суммой заказа",
                     "Cart total differs from the order amount");
    return {};
}

} // namespace

RbsGateway::RbsGateway(SandboxClock* clock, RbsConfig config)
    : m_clock(clock)
    , m_config(std::move(config))
{ }

QString RbsGateway::authenticate(const FormData& form, bool english, QJsonObject* err) const
{
    const QString token = form.value(QStringLiteral("token"));
    const QString user = form.value(QStringLiteral("userName"));
    const QString password = form.value(QStringLiteral("password"));
    if (!token.isEmpty()) {
        if (!user.isEmpty() || !password.isEmpty()) {
            *err = error(5, english, "Нельзя передавать одновременно token и userName/password",
                         "Do not send token together with userName/password");
            return {};
        }
        if (m_config.tokens.contains(token))
            return m_config.tokens.value(token);
    } else if (user.isEmpty() || password.isEmpty()) {
        *err = error(5, english, "[userName] или [password] или [token] не заполнены",
                     "[userName] or [password] or [token] is empty");
        return {};
    } else if (m_config.users.contains(user) && m_config.users.value(user) == password) {
        return user;
    }
    *err = error(5, english, "Доступ запрещён", "Access denied");
    return {};
}

QString RbsGateway::newOrderId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SandboxOrder* RbsGateway::insertOrder(SandboxOrder order)
{
    if (order.id.isEmpty())
        order.id = newOrderId();
    m_orders.push_back(std::move(order));
    SandboxOrder* stored = &m_orders.back();
    m_byId.insert(stored->id, stored);
    m_byNumber.insert(stored->merchant + QLatin1Char('\n') + stored->orderNumber, stored);
    changed();
    return stored;
}

void RbsGateway::addBinding(const SandboxBinding& binding)
{
    m_bindings.insert(binding.id, binding);
}

SandboxOrder* RbsGateway::order(const QString& id)
{
    SandboxOrder* o = m_byId.value(id);
    if (o)
        refresh(*o);
    return o;
}

SandboxOrder* RbsGateway::findForMerchant(const FormData& form, const QString& merchant)
{
    SandboxOrder* o = nullptr;
    const QString id = form.value(QStringLiteral("orderId"));
    if (!id.isEmpty())
        o = m_byId.value(id);
    else if (form.contains(QStringLiteral("orderNumber")))
        o = m_byNumber.value(merchant + QLatin1Char('\n') + form.value(QStringLiteral("orderNumber")));
    if (!o || o->merchant != merchant)
        return nullptr;
    refresh(*o);
    return o;
}

qint64 RbsGateway::deadlineOf(const SandboxOrder& order) const
{
    return order.autoReverseMs > 0 ? order.autoReverseMs : order.authMs + m_config.holdMs;
}

void RbsGateway::refresh(SandboxOrder& order)
{
    const qint64 now = m_clock->nowMs();
    if ((order.status == Created || order.status == AcsAuth) && now > order.expiresMs) {
        order.status = Declined;
        order.actionCode = -2007;
        order.operations.append({order.expiresMs, QStringLiteral("DECLINE"), 0, QStringLiteral("auto"), {}});
        changed();
        event(order, "declinedByTimeout", true, order.amount);
    } else if (order.status == Approved && now >= deadlineOf(order)) {
        order.status = Reversed;
        order.reversedMs = deadlineOf(order);
        order.operations.append(
            {order.reversedMs, QStringLiteral("REVERSAL"), order.approved, QStringLiteral("auto"), {}});
        changed();
        event(order, "reversed", true, order.approved);
    }
}

bool RbsGateway::tryLock(const QString& orderId)
{
    if (orderId.isEmpty())
        return true;
    if (m_locked.contains(orderId))
        return false;
    m_locked.insert(orderId);
    return true;
}

void RbsGateway::unlock(const QString& orderId)
{
    m_locked.remove(orderId);
}

QString RbsGateway::lockKey(const FormData& form) const
{
    const QString id = form.value(QStringLiteral("orderId"));
    return id.isEmpty() ? form.value(QStringLiteral("mdOrder")) : id;
}

QJsonObject RbsGateway::registerOrder(const FormData& form, const QString& merchant, bool preAuth, bool english)
{
    SandboxOrder order;
    order.merchant = merchant;
    order.preAuth = preAuth;
    order.orderNumber = form.value(QStringLiteral("orderNumber"));
    if (order.orderNumber.isEmpty())
        return error(4, english, "Номер заказа не может быть пуст", "Order number cannot be empty");
    if (order.orderNumber.size() > 36)
        return error(5, english, "Неверный номер заказа", "Invalid order number");
    if (!form.contains(QStringLiteral("amount")))
        return error(4, english, "Сумма заказа не указана", "Amount is not specified");
    if (!parseMinor(form.value(QStringLiteral("amount")), &order.amount))
        return error(5, english, "Неверная сумма", "Invalid amount");
    const QString currency = form.value(QStringLiteral("currency"));
    if (!currency.isEmpty()) {
        bool ok = false;
        order.currency = currency.toInt(&ok);
        if (!ok || !KnownCurrencies.contains(order.currency)) {
            QJsonObject e = error(3, english, "Валюта с кодом не найдена", "Currency with the code is not found");
            e[QStringLiteral("errorMessage")] =
                QString(e.value(QStringLiteral("errorMessage")).toString() + QLatin1Char(' ') + currency);
            return e;
        }
    }
    order.returnUrl = form.value(QStringLiteral("returnUrl"));
    if (order.returnUrl.isEmpty())
        return error(4, english, "URL возврата не указан", "Return URL is not specified");
    if (!isAbsoluteUrl(order.returnUrl))
        return error(4, english, "URL возврата некорректен", "Return URL is invalid");
    order.failUrl = form.value(QStringLiteral("failUrl"));
    if (!order.failUrl.isEmpty() && !isAbsoluteUrl(order.failUrl))
        return error(4, english, "URL неуспешной оплаты некорректен", "Fail URL is invalid");
    if (m_byNumber.contains(merchant + QLatin1Char('\n') + order.orderNumber))
        return error(1, english, "Заказ с таким номером уже обработан",
                     "Order number is duplicated, order with given order number is processed already");

    const auto parseJsonField = [&form](const QString& name, QJsonObject* out) {
        const QString text = form.value(name);
        if (text.isEmpty())
            return true;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        *out = doc.object();
        return true;
    };
    if (!parseJsonField(QStringLiteral("jsonParams"), &order.jsonParams))
        return error(4, english, "Неверный формат параметра jsonParams", "Invalid jsonParams format");
    if (!parseJsonField(QStringLiteral("orderBundle"), &order.orderBundle))
        return error(8, english, "Неверный формат корзины", "Invalid cart format");
    if (!order.orderBundle.isEmpty()) {
        const QJsonObject cartError = checkCart(order.orderBundle, order.amount, order.currency, english);
        if (!cartError.isEmpty())
            return cartError;
    }
    if (form.contains(QStringLiteral("taxSystem"))) {
        bool ok = false;
        order.taxSystem = form.value(QStringLiteral("taxSystem")).toInt(&ok);
        if (!ok || order.taxSystem < 0 || order.taxSystem > 5)
            return error(4, english, "Неверное значение параметра taxSystem", "Invalid taxSystem value");
    }
    for (const QString& features : form.values(QStringLiteral("features"))) {
        for (const QString& f : features.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
            if (f.trimmed() == QLatin1String("AUTO_PAYMENT"))
                order.autoPayment = true;
        }
    }
    const qint64 now = m_clock->nowMs();
    order.createdMs = now;
    qint64 sessionSecs = DefaultSessionSecs;
    if (form.contains(QStringLiteral("sessionTimeoutSecs"))) {
        bool ok = false;
        sessionSecs = form.value(QStringLiteral("sessionTimeoutSecs")).toLongLong(&ok);
        if (!ok || sessionSecs <= 0)
            return error(4, english, "Неверное значение sessionTimeoutSecs", "Invalid sessionTimeoutSecs");
    }
    order.expiresMs = now + sessionSecs * 1000;
    if (form.contains(QStringLiteral("expirationDate"))) {
        order.expiresMs =
            parseMoscow(form.value(QStringLiteral("expirationDate")), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (order.expiresMs <= now)
            return error(4, english, "Неверная дата expirationDate", "Invalid expirationDate");
    }
    if (preAuth && form.contains(QStringLiteral("autoReverseDate"))) {
        order.autoReverseMs =
            parseMoscow(form.value(QStringLiteral("autoReverseDate")), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (order.autoReverseMs <= now)
            return error(4, english, "Неверная дата autoReverseDate", "Invalid autoReverseDate");
    }
    order.description = form.value(QStringLiteral("description"));
    order.language = form.value(QStringLiteral("language"));
    order.clientId = form.value(QStringLiteral("clientId"));
    order.email = form.value(QStringLiteral("email"));
    if (order.email.isEmpty())
        order.email = order.jsonParams.value(QStringLiteral("email")).toString();
    order.phone = form.value(QStringLiteral("phone"));
    order.id = newOrderId();
    const SandboxOrder* stored = insertOrder(std::move(order));

    const QString page = english ? QStringLiteral("payment_en.html") : QStringLiteral("payment_ru.html");
    // Like the bank's classic gateway: a successful register answer carries no errorCode.
    return {{QStringLiteral("orderId"), stored->id},
            {QStringLiteral("formUrl"), QString(m_config.publicBaseUrl + QStringLiteral("/payment/merchants/sandbox/")
                                                + page + QStringLiteral("?mdOrder=") + stored->id)}};
}

RbsGateway::AmountRequest RbsGateway::amountRequest(const FormData& form, const QString& merchant, bool english,
                                                    const QJsonObject& badAmount)
{
    AmountRequest request;
    if (form.value(QStringLiteral("orderId")).isEmpty())
        request.error = error(4, english, "Не указан номер заказа [orderId]", "[orderId] is empty");
    else if (!form.contains(QStringLiteral("amount")))
        request.error = error(4, english, "Сумма не указана", "Amount is not specified");
    else if (!parseMinor(form.value(QStringLiteral("amount")), &request.amount))
        request.error = badAmount;
    else if (!(request.order = findForMerchant(form, merchant)))
        request.error = error(6, english, "Незарегистрированный OrderId", "Unregistered OrderId");
    return request;
}

QJsonObject RbsGateway::deposit(const FormData& form, const QString& merchant, bool english)
{
    const AmountRequest request =
        amountRequest(form, merchant, english, error(5, english, "Неверная сумма", "Incorrect amount"));
    if (!request.order)
        return request.error;
    SandboxOrder* o = request.order;
    const qint64 amount = request.amount;
    if (o->status == Deposited || o->status == Refunded || (o->status == Reversed && o->preAuth && o->deposited > 0))
        return error(7, english, "Платёж должен быть в корректном состоянии", "Payment must be in the correct state");
    if (o->status != Approved)
        return error(7, english, "Не найдена успешная предавторизация", "No successful pre-authorization found");
    const qint64 capture = amount == 0 ? o->approved : amount;
    if (capture > o->approved)
        return error(5, english, "Сумма завершения превышает сумму холдирования", "Deposit amount exceeds the hold");
    if ((o->currency == 643 || o->currency == 810) && capture < 100)
        return error(5, english, "Сумма завершения должна быть равна нулю или не меньше одного рубля",
                     "The deposit amount must be equal to zero or not less than one rouble");
    if (!o->orderBundle.isEmpty() && capture != o->approved) {
        const QString itemsText = form.value(QStringLiteral("depositItems"));
        if (itemsText.isEmpty())
            return error(4, english, "Для частичного завершения заказа с корзиной нужен depositItems",
                         "depositItems is required for a partial deposit of an order with a cart");
        const QJsonObject items = QJsonDocument::fromJson(itemsText.toUtf8()).object();
        QJsonObject wrapped{{QStringLiteral("cartItems"), items.contains(QStringLiteral("items"))
                                                              ? QJsonValue(items)
                                                              : items.value(QStringLiteral("cartItems"))}};
        const QJsonObject cartError = checkCart(wrapped, capture, o->currency, english);
        if (!cartError.isEmpty())
            return cartError;
    }
    const qint64 now = m_clock->nowMs();
    o->deposited = capture;
    o->depositedMs = now;
    o->status = Deposited; // one deposit per order: an uncaptured rest is released
    o->operations.append({now, QStringLiteral("COMPLETION"), capture, QStringLiteral("api"), {}});
    if (!o->orderBundle.isEmpty())
        addReceipt(*o, 1, capture);
    changed();
    event(*o, "deposited", true, capture);
    return error(0, english, "Успешно", "Success", true);
}

QJsonObject RbsGateway::reverse(const FormData& form, const QString& merchant, bool english)
{
    if (form.value(QStringLiteral("orderId")).isEmpty())
        return error(4, english, "Не указан номер заказа [orderId]", "[orderId] is empty");
    SandboxOrder* o = findForMerchant(form, merchant);
    if (!o)
        return error(6, english, "Незарегистрированный OrderId", "Unregistered OrderId");
    qint64 amount = 0;
    if (form.contains(QStringLiteral("amount")) && !parseMinor(form.value(QStringLiteral("amount")), &amount))
        return error(5, english, "Неверная сумма", "Incorrect amount");
    const qint64 now = m_clock->nowMs();
    const auto sameMoscowDay = [](qint64 a, qint64 b) {
        return QDateTime::fromMSecsSinceEpoch(a, moscow()).date() == QDateTime::fromMSecsSinceEpoch(b, moscow()).date();
    };
    if (o->status == Approved) {
        if (amount > o->approved)
            return error(5, english, "Неверная сумма", "Incorrect amount");
        if (amount > 0 && amount < o->approved) {
            if (o->partiallyReversed)
                return error(5, english, "Нельзя провести частичную отмену более одного раза",
                             "Partial reversal cannot be done more than once");
            o->partiallyReversed = true;
            o->approved -= amount;
            o->operations.append({now, QStringLiteral("REVERSAL"), amount, QStringLiteral("api"), {}});
            changed();
            event(*o, "reversed", true, amount);
            return processedOk(english);
        }
        o->operations.append({now, QStringLiteral("REVERSAL"), o->approved, QStringLiteral("api"), {}});
    } else if (o->status == Deposited && !o->preAuth && o->refunded == 0 && sameMoscowDay(o->depositedMs, now)
               && (amount == 0 || amount == o->deposited)) {
        o->operations.append({now, QStringLiteral("REVERSAL"), o->deposited, QStringLiteral("api"), {}});
    } else {
        return error(7, english, "Неверный статус заказа. Отмена невозможна",
                     "Invalid order state, reversal is impossible");
    }
    o->status = Reversed;
    o->reversedMs = now;
    changed();
    event(*o, "reversed", true, o->operations.last().amount);
    return processedOk(english);
}

QJsonObject RbsGateway::refund(const FormData& form, const QString& merchant, bool english)
{
    const AmountRequest request = amountRequest(
        form, merchant, english,
        error(5, english, "Ошибка значение параметра запроса", "Error, value of the request parameter", true));
    if (!request.order)
        return request.error;
    SandboxOrder* o = request.order;
    const qint64 amount = request.amount;
    if (o->status != Deposited && o->status != Refunded)
        return error(7, english, "Не найдена успешная платежная операция", "No successful payment operation found");
    const qint64 remaining = o->deposited - o->refunded;
    const qint64 value = amount == 0 ? remaining : amount;
    if (form.contains(QStringLiteral("expectedDepositedAmount"))) {
        qint64 expected = 0;
        if (!parseMinor(form.value(QStringLiteral("expectedDepositedAmount")), &expected) || expected != o->deposited)
            return error(5, english, "Сумма списания не совпадает с ожидаемой",
                         "Deposited amount differs from the expected one");
    }
    const QString externalId = form.value(QStringLiteral("externalRefundId"));
    if (!externalId.isEmpty()) {
        for (const SandboxOperation& op : std::as_const(o->operations)) {
            if (op.type == QLatin1String("REFUND") && op.externalRefundId == externalId) {
                if (op.amount == value)
                    return {{QStringLiteral("errorCode"), QStringLiteral("0")}};
                return error(5, english, "Возврат с таким externalRefundId уже выполнен с другими данными",
                             "A refund with this externalRefundId exists with different data");
            }
        }
    }
    if (value <= 0 || value > remaining)
        return error(7, english, "Общая сумма возвратов превышает сумму заказа",
                     "Total refund amount exceeds the order amount");
    const qint64 now = m_clock->nowMs();
    o->refunded += value;
    o->refundedMs = now;
    o->status = Refunded;
    o->operations.append({now, QStringLiteral("REFUND"), value, QStringLiteral("api"), externalId});
    if (!o->orderBundle.isEmpty())
        addReceipt(*o, 4, value);
    changed();
    event(*o, "refunded", true, value);
    return {{QStringLiteral("errorCode"), QStringLiteral("0")}};
}

QJsonObject RbsGateway::decline(const FormData& form, const QString& merchant, bool english)
{
    if (form.value(QStringLiteral("orderId")).isEmpty() && form.value(QStringLiteral("orderNumber")).isEmpty())
        return error(1, english, "Ожидается [orderId] или [orderNumber]", "[orderId] or [orderNumber] expected");
    SandboxOrder* o = findForMerchant(form, merchant);
    if (!o)
        return error(6, english, "Заказ не найден", "Order not found");
    if (o->status != Created)
        return error(5, english, "Неверный статус заказа", "Invalid order status");
    o->status = Declined;
    o->operations.append({m_clock->nowMs(), QStringLiteral("DECLINE"), 0, QStringLiteral("api"), {}});
    changed();
    return processedOk(english);
}

QJsonObject RbsGateway::orderStatus(const FormData& form, const QString& merchant, bool english, bool byToken)
{
    if (form.value(QStringLiteral("orderId")).isEmpty() && form.value(QStringLiteral("orderNumber")).isEmpty())
        return error(1, english, "Ожидается [orderId] или [orderNumber]", "[orderId] or [orderNumber] expected");
    if (byToken && form.value(QStringLiteral("orderId")).isEmpty())
        return error(5, english, "При авторизации по токену нужен orderId", "orderId is required with a token");
    SandboxOrder* o = findForMerchant(form, merchant);
    if (!o) {
        QJsonObject e = error(6, english, "Заказ не найден", "Order not found");
        e[QStringLiteral("merchantOrderParams")] = QJsonArray();
        e[QStringLiteral("attributes")] = QJsonArray();
        return e;
    }
    return toStatusJson(*o, english);
}

RbsAnswer RbsGateway::lastOrders(const FormData& form, const QString& merchant, bool english)
{
    const QString sizeText = form.value(QStringLiteral("size"));
    const QString fromText = form.value(QStringLiteral("from"));
    const QString toText = form.value(QStringLiteral("to"));
    const QString statesText = form.value(QStringLiteral("transactionStates"));
    if (sizeText.isEmpty() || fromText.isEmpty() || toText.isEmpty() || statesText.isEmpty())
        return error(5, english, "Не заполнено одно из обязательных полей", "One of the mandatory fields is empty");
    bool ok = false;
    const int size = sizeText.toInt(&ok);
    if (!ok || size <= 0)
        return error(5, english, "Неверное значение параметра size", "Invalid size");
    if (size > 200)
        return error(10, english, "Значение параметра size превышает максимально допустимое",
                     "The size value exceeds the maximum allowed");
    int page = 0;
    if (form.contains(QStringLiteral("page"))) {
        page = form.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 0)
            return error(5, english, "Неверное значение параметра page", "Invalid page");
    }
    const qint64 from = parseMoscow(fromText, QStringLiteral("yyyyMMddHHmmss"));
    const qint64 to = parseMoscow(toText, QStringLiteral("yyyyMMddHHmmss"));
    if (from < 0 || to < 0)
        return error(5, english, "Неверный формат даты", "Invalid date format");
    if (from > to)
        return error(5, english, "Дата начала периода позже даты окончания", "Period start is after its end");
    QSet<int> wanted;
    for (const QString& s : statesText.split(QLatin1Char(','))) {
        const int index = int(TransactionStates.indexOf(s.trimmed()));
        if (index < 0)
            return error(5, english, "Неверный формат параметра transactionStates", "Invalid transactionStates format");
        static const int StatusOf[] = {Created, Approved, Deposited, Declined, Reversed, Refunded};
        wanted.insert(StatusOf[index]);
    }
    if (wanted.contains(Created))
        wanted.insert(AcsAuth);
    for (const QString& m : form.value(QStringLiteral("merchants")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (m.trimmed() != merchant)
            return error(10, english, "Недостаточно прав для просмотра транзакций указанного мерчанта",
                         "No rights to view the transactions of this merchant");
    }
    const bool byCreated = form.value(QStringLiteral("searchByCreatedDate")) == QLatin1String("true");

    const QString key = merchant + QLatin1Char('|') + fromText + QLatin1Char('|') + toText + QLatin1Char('|')
                        + statesText + (byCreated ? QStringLiteral("|c") : QStringLiteral("|p"));
    if (m_listCache.key != key || m_listCache.generation != m_generation) {
        m_listCache.rows.clear();
        for (SandboxOrder& o : m_orders) {
            if (o.merchant != merchant)
                continue;
            refresh(o);
            const qint64 t = byCreated ? o.createdMs : o.authMs;
            if (t < from || t > to || (!byCreated && o.authMs == 0) || !wanted.contains(o.status))
                continue;
            m_listCache.rows.push_back(&o);
        }
        m_listCache.key = key;
        m_listCache.generation = m_generation;
    }
    JsonText rows;
    rows.beginArray();
    const qsizetype first = qsizetype(page) * size;
    const qsizetype total = qsizetype(m_listCache.rows.size());
    for (qsizetype i = first; i < total && i < first + size; ++i)
        rows.raw({}, statusText(*m_listCache.rows[size_t(i)], english));
    QJsonObject head = error(0, english, "Успешно", "Success", true);
    head[QStringLiteral("totalCount")] = total;
    head[QStringLiteral("page")] = page;
    head[QStringLiteral("pageSize")] = size;
    return RbsAnswer(head, QStringLiteral("orderStatuses"), rows.endArray().take());
}

QJsonObject RbsGateway::payByBinding(const FormData& form, const QString& merchant, bool english)
{
    const QString orderId = form.value(QStringLiteral("mdOrder"));
    const QString bindingId = form.value(QStringLiteral("bindingId"));
    if (orderId.isEmpty())
        return error(5, english, "[mdOrder] не заполнен", "[mdOrder] is empty", true);
    if (bindingId.isEmpty())
        return error(5, english, "[bindingId] не заполнен", "[bindingId] is empty", true);
    SandboxOrder* o = m_byId.value(orderId);
    if (!o || o->merchant != merchant)
        return error(6, english, "Заказ не найден", "Order not found", true);
    refresh(*o);
    const auto binding = m_bindings.constFind(bindingId);
    if (binding == m_bindings.constEnd() || binding->merchant != merchant)
        return error(2, english, "Связка не найдена", "Binding not found", true);
    if (binding->clientId != o->clientId)
        return error(1, english, "Заказ не может быть оплачен данной связкой",
                     "The order cannot be paid with this binding", true);
    if (o->status != Created)
        return error(5, english, "Неверный статус заказа", "Invalid order status", true);
    const TestCard* card = findTestCard(binding->pan);
    if (!o->autoPayment) {
        const QString cvc = form.value(QStringLiteral("cvc"));
        if (cvc.isEmpty())
            return error(5, english, "CVC не указан", "CVC is not specified", true);
        if (card && cvc != QLatin1String(card->cvc))
            return error(5, english, "Неверный CVC", "Invalid CVC", true);
    }
    const int declineCode = card && card->declineCode                                   ? card->declineCode
                            : (card && card->balance >= 0 && o->amount > card->balance) ? 116
                                                                                        : 0;
    if (declineCode) {
        // As live gateways do: errorCode 0, the decline is in `error` and processingErrorType.
        o->status = Declined;
        o->actionCode = declineCode;
        o->maskedPan = binding->maskedPan;
        o->operations.append({m_clock->nowMs(), QStringLiteral("DECLINE"), 0, QStringLiteral("binding"), {}});
        changed();
        const QString text =
            tr2(english,
                "Операция отклонена. Проверьте введенные данные, достаточность средств на карте и повторите операцию.",
                "Operation declined. Check the data entered and the funds on the card and try again.");
        return {{QStringLiteral("errorCode"), 0},
                {QStringLiteral("error"), text},
                {QStringLiteral("errorMessage"), text},
                {QStringLiteral("processingErrorType"), QStringLiteral("CLIENT_ERROR")},
                {QStringLiteral("is3DSVer2"), false}};
    }
    completePayment(*o, binding->pan, binding->expiryDate, {}, QStringLiteral("binding"));
    o->bindingId = binding->id;
    return {{QStringLiteral("errorCode"), 0},
            {QStringLiteral("redirect"), finishUrl(*o, true)},
            {QStringLiteral("info"), tr2(english, "Ваш платёж обработан, происходит переадресация",
                                         "Your payment has been processed, redirecting")}};
}

QJsonObject RbsGateway::bindings(const FormData& form, const QString& merchant, bool english)
{
    const QString clientId = form.value(QStringLiteral("clientId"));
    if (clientId.isEmpty())
        return error(5, english, "[clientId] не заполнен", "[clientId] is empty");
    QJsonArray list;
    for (const SandboxBinding& b : std::as_const(m_bindings)) {
        if (b.merchant != merchant || b.clientId != clientId)
            continue;
        list.append(
            QJsonObject{{QStringLiteral("bindingId"), b.id},
                        {QStringLiteral("maskedPan"), b.maskedPan},
                        {QStringLiteral("expiryDate"), b.expiryDate},
                        {QStringLiteral("paymentWay"), QStringLiteral("CARD")},
                        {QStringLiteral("paymentSystem"), b.paymentSystem},
                        {QStringLiteral("displayLabel"), QString(QStringLiteral("XXXXXXXXXXXX") + b.pan.right(4))},
                        {QStringLiteral("bindingCategory"), QStringLiteral("COMMON")},
                        {QStringLiteral("clientId"), b.clientId}});
    }
    QJsonObject answer = list.isEmpty() ? error(2, english, "Информация не найдена", "Information not found")
                                        : error(0, english, "Успешно", "Success");
    answer[QStringLiteral("bindings")] = list;
    return answer;
}

QJsonObject RbsGateway::receiptStatus(const FormData& form, const QString& merchant, bool english)
{
    const QString uuid = form.value(QStringLiteral("uuid"));
    SandboxOrder* o = nullptr;
    if (!uuid.isEmpty()) {
        for (SandboxOrder& candidate : m_orders) {
            for (const SandboxReceipt& r : std::as_const(candidate.receipts)) {
                if (r.uuid == uuid && candidate.merchant == merchant)
                    o = &candidate;
            }
        }
    } else if (form.value(QStringLiteral("orderId")).isEmpty() && form.value(QStringLiteral("orderNumber")).isEmpty()) {
        return error(1, english, "Ожидается [orderId] или [orderNumber]", "[orderId] or [orderNumber] expected");
    } else {
        o = findForMerchant(form, merchant);
    }
    if (!o)
        return error(6, english, "Заказ не найден", "Order not found");
    QJsonArray receipts;
    for (const SandboxReceipt& r : std::as_const(o->receipts)) {
        if (!uuid.isEmpty() && r.uuid != uuid)
            continue;
        QJsonObject receipt{
            {QStringLiteral("receiptStatus"), r.receiptStatus},
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("shift_number"), r.shiftNumber},
            {QStringLiteral("fiscal_receipt_number"), r.fiscalReceiptNumber},
            {QStringLiteral("receipt_date_time"), r.timeMs},
            {QStringLiteral("fn_number"), QStringLiteral("9999078900004792")},
            {QStringLiteral("ecr_registration_number"), QStringLiteral("0000000001002292")},
            {QStringLiteral("fiscal_document_number"), r.fiscalDocumentNumber},
            {QStringLiteral("fiscal_document_attribute"), r.fiscalDocumentAttribute},
            {QStringLiteral("amount_total"), minorToDecimal(r.amount)},
            {QStringLiteral("OFD"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Sandbox OFD")},
                                                {QStringLiteral("website"), QStringLiteral("ofd.sandbox.invalid")},
                                                {QStringLiteral("INN"), QStringLiteral("7704358518")}}}};
        if (!r.ofdOrderBundle.isEmpty())
            receipt[QStringLiteral("ofdOrderBundle")] = r.ofdOrderBundle;
        receipts.append(receipt);
    }
    QJsonObject answer = error(0, english, "Успешно", "Success");
    answer[QStringLiteral("orderNumber")] = o->orderNumber;
    answer[QStringLiteral("orderId")] = o->id;
    answer[QStringLiteral("receipt")] = receipts;
    return answer;
}

SandboxOrder* RbsGateway::orderByNumber(const QString& merchant, const QString& orderNumber)
{
    SandboxOrder* o = m_byNumber.value(merchant + QLatin1Char('\n') + orderNumber);
    if (o)
        refresh(*o);
    return o;
}

void RbsGateway::addReceipt(SandboxOrder& order, int receiptStatus, qint64 amount, const QJsonObject& bundle)
{
    SandboxReceipt r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.receiptStatus = receiptStatus;
    r.timeMs = m_clock->nowMs();
    r.amount = amount;
    r.fiscalReceiptNumber = order.receipts.size() + 1;
    r.fiscalDocumentNumber = 1000 + qint64(m_orders.size()) + order.receipts.size();
    r.fiscalDocumentAttribute = QRandomGenerator::global()->bounded(100000000, 999999999);
    r.ofdOrderBundle = bundle;
    order.receipts.append(r);
    changed();
}

void RbsGateway::completePayment(SandboxOrder& o, const QString& pan, const QString& expiryYyyyMm,
                                 const QString& holder, const QString& source)
{
    const qint64 now = m_clock->nowMs();
    o.maskedPan = maskPan(pan);
    o.expiration = expiryYyyyMm;
    if (!holder.isEmpty())
        o.cardholderName = holder;
    o.paymentSystem = paymentSystemOf(pan);
    o.approvalCode = randomDigits(6);
    o.authRefNum = randomDigits(12);
    o.authMs = now;
    o.actionCode = 0;
    o.ip = QStringLiteral("127.0.0.1");
    o.paymentWay = source == QLatin1String("binding")   ? QStringLiteral("CARD_BINDING")
                   : source == QLatin1String("mir-pay") ? QStringLiteral("MIR_PAY")
                                                        : QStringLiteral("CARD");
    o.pendingPan.clear();
    o.approved = o.amount;
    if (o.preAuth) {
        o.status = Approved;
        o.operations.append({now, QStringLiteral("PREAUTHORIZATION"), o.amount, source, {}});
    } else {
        o.status = Deposited;
        o.deposited = o.amount;
        o.depositedMs = now;
        o.operations.append({now, QStringLiteral("AUTHORIZATION"), o.amount, source, {}});
        if (!o.orderBundle.isEmpty())
            addReceipt(o, 1, o.amount);
    }
    if (!o.clientId.isEmpty() && source != QLatin1String("binding")) {
        QString existing;
        for (const SandboxBinding& b : std::as_const(m_bindings)) {
            if (b.merchant == o.merchant && b.clientId == o.clientId && b.pan == pan)
                existing = b.id;
        }
        if (existing.isEmpty()) {
            SandboxBinding b;
            b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            b.clientId = o.clientId;
            b.merchant = o.merchant;
            b.pan = pan;
            b.maskedPan = o.maskedPan;
            b.expiryDate = expiryYyyyMm;
            b.paymentSystem = o.paymentSystem;
            b.createdMs = now;
            m_bindings.insert(b.id, b);
            existing = b.id;
        }
        o.bindingId = existing;
    }
    changed();
    event(o, paymentEvent(o), true, o.amount);
}

QString RbsGateway::finishUrl(const SandboxOrder& order, bool success) const
{
    QString url = success || order.failUrl.isEmpty() ? order.returnUrl : order.failUrl;
    url += url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    url += QStringLiteral("orderId=") + order.id + QStringLiteral("&lang=")
           + (order.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ru"));
    return url;
}

PageOutcome RbsGateway::payWithCard(const QString& orderId, const CardPayment& card)
{
    SandboxOrder* o = order(orderId);
    const bool english = o && o->language == QLatin1String("en");
    if (!o)
        return {PageStep::FormError, {}, tr2(english, "Заказ не найден", "Order not found")};
    if (o->status != Created)
        return {PageStep::FormError,
                {},
                tr2(english, "Заказ уже оплачен или отменён", "The order is already paid or cancelled")};
    QString pan = card.pan;
    pan.remove(QLatin1Char(' '));
    if (!luhnValid(pan))
        return {PageStep::FormError, {}, tr2(english, "Неверный номер карты", "Invalid card number")};
    const QStringList mmyy = card.expiry.trimmed().split(QLatin1Char('/'));
    const int month = mmyy.value(0).toInt();
    const int year = mmyy.value(1).toInt();
    if (mmyy.size() != 2 || month < 1 || month > 12 || year < 0 || year > 99)
        return {PageStep::FormError, {}, tr2(english, "Неверный срок действия карты", "Invalid expiry date")};
    const QString expiryYyyyMm =
        QStringLiteral("20%1%2").arg(year, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    const TestCard* test = findTestCard(pan);
    if (test) {
        if (card.expiry.trimmed() != QLatin1String(test->expiry) || card.cvc != QLatin1String(test->cvc))
            return {PageStep::FormError, {}, tr2(english, "Неверные данные карты", "The card data are wrong")};
    } else {
        const QDate now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), moscow()).date();
        if (2000 + year < now.year() || (2000 + year == now.year() && month < now.month()))
            return {PageStep::FormError, {}, tr2(english, "Срок действия карты истёк", "The card has expired")};
        if (card.cvc.size() != 3 || !card.cvc.at(0).isDigit() || !card.cvc.at(2).isDigit())
            return {PageStep::FormError, {}, tr2(english, "Неверный CVC", "Invalid CVC")};
    }
    o->expiration = expiryYyyyMm;
    o->cardholderName = card.holder.trimmed().toUpper();
    o->maskedPan = maskPan(pan);
    if (test && *test->acsCode) {
        o->status = AcsAuth;
        o->pendingPan = pan;
        changed();
        return {PageStep::NeedsAcs, {}, {}};
    }
    int declineCode = test ? test->declineCode : 0;
    if (!declineCode && test && test->balance >= 0 && o->amount > test->balance)
        declineCode = 116;
    if (declineCode) {
        o->status = Declined;
        o->actionCode = declineCode;
        o->paymentSystem = paymentSystemOf(pan);
        o->operations.append({m_clock->nowMs(), QStringLiteral("DECLINE"), 0, QStringLiteral("payment-page"), {}});
        changed();
        event(*o, paymentEvent(*o), false, o->amount);
        return {PageStep::Finished, finishUrl(*o, false), {}};
    }
    completePayment(*o, pan, expiryYyyyMm, o->cardholderName, QStringLiteral("payment-page"));
    return {PageStep::Finished, finishUrl(*o, true), {}};
}

PageOutcome RbsGateway::confirmAcs(const QString& orderId, const QString& code)
{
    SandboxOrder* o = order(orderId);
    if (!o || o->status != AcsAuth)
        return {PageStep::FormError, {}, QStringLiteral("No 3-D Secure authentication is pending for this order")};
    const TestCard* test = findTestCard(o->pendingPan);
    const QString pan = o->pendingPan;
    if (!test || code != QLatin1String(test->acsCode))
        return declineOnPage(*o, -2006);
    int declineCode = test->declineCode;
    if (!declineCode && test->balance >= 0 && o->amount > test->balance)
        declineCode = 116;
    if (declineCode) {
        o->paymentSystem = paymentSystemOf(pan);
        return declineOnPage(*o, declineCode);
    }
    completePayment(*o, pan, o->expiration, o->cardholderName, QStringLiteral("payment-page"));
    return {PageStep::Finished, finishUrl(*o, true), {}};
}

PageOutcome RbsGateway::payWithMirPay(const QString& orderId, const QString& pan)
{
    SandboxOrder* o = order(orderId);
    const TestCard* card = findTestCard(pan);
    if (!o || o->status != Created || !card)
        return {PageStep::FormError, {}, QStringLiteral("The order cannot be paid with this card")};
    o->pendingPan.clear();
    o->walletToken.clear();
    o->maskedPan = maskPan(pan);
    o->paymentSystem = paymentSystemOf(pan);
    int declineCode = card->declineCode;
    if (!declineCode && card->balance >= 0 && o->amount > card->balance)
        declineCode = 116;
    if (declineCode)
        return declineOnPage(*o, declineCode);
    const QString expiry = QString::fromLatin1(card->expiry); // MM/YY
    completePayment(*o, pan, QStringLiteral("20") + expiry.mid(3, 2) + expiry.left(2), {}, QStringLiteral("mir-pay"));
    return {PageStep::Finished, finishUrl(*o, true), {}};
}

PageOutcome RbsGateway::cancelPayment(const QString& orderId)
{
    SandboxOrder* o = order(orderId);
    if (!o || (o->status != Created && o->status != AcsAuth))
        return {PageStep::FormError, {}, QStringLiteral("The order cannot be cancelled")};
    return declineOnPage(*o, -2007);
}

PageOutcome RbsGateway::declineOnPage(SandboxOrder& o, int actionCode)
{
    o.status = Declined;
    o.actionCode = actionCode;
    o.pendingPan.clear();
    o.operations.append({m_clock->nowMs(), QStringLiteral("DECLINE"), 0, QStringLiteral("payment-page"), {}});
    changed();
    event(o, paymentEvent(o), false, o.amount);
    return {PageStep::Finished, finishUrl(o, false), {}};
}

QJsonObject RbsGateway::toStatusJson(const SandboxOrder& o, bool english) const
{
    return QJsonDocument::fromJson(statusText(o, english)).object();
}

QByteArray RbsGateway::statusText(const SandboxOrder& o, bool english) const
{
    JsonText j;
    j.beginObject()
        .field("errorCode"_L1, QStringLiteral("0"))
        .field("errorMessage"_L1, tr2(english, "Успешно", "Success"))
        .field("orderNumber"_L1, o.orderNumber)
        .field("orderStatus"_L1, o.status)
        .field("actionCode"_L1, o.actionCode)
        .field("actionCodeDescription"_L1, actionText(o.actionCode, english))
        .field("amount"_L1, o.amount)
        .field("currency"_L1, QString::number(o.currency))
        .field("date"_L1, o.createdMs)
        .field("orderDescription"_L1, o.description);
    if (o.autoReverseMs > 0) // the merchant's own hold deadline, as registered
        j.field(
            "autoReverseDate"_L1,
            QDateTime::fromMSecsSinceEpoch(o.autoReverseMs, moscow()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    j.beginArray("merchantOrderParams"_L1);
    for (auto it = o.jsonParams.constBegin(); it != o.jsonParams.constEnd(); ++it)
        j.beginObject().field("name"_L1, it.key()).field("value"_L1, it.value().toVariant().toString()).endObject();
    j.endArray().beginArray("transactionAttributes"_L1).endArray();
    j.beginArray("attributes"_L1).beginObject().field("name"_L1, QStringLiteral("mdOrder")).field("value"_L1, o.id);
    j.endObject().endArray();
    if (!o.maskedPan.isEmpty())
        cardText(j, o);
    if (!o.bindingId.isEmpty())
        j.beginObject("bindingInfo"_L1).field("clientId"_L1, o.clientId).field("bindingId"_L1, o.bindingId).endObject();
    if (o.authMs > 0) {
        j.field("authDateTime"_L1, o.authMs).field("authRefNum"_L1, o.authRefNum);
        j.field("terminalId"_L1, QStringLiteral("12345678"));
    }
    if (!o.paymentWay.isEmpty())
        j.field("paymentWay"_L1, o.paymentWay);
    for (const auto& [key, ms] :
         {std::pair{"depositedDate"_L1, o.depositedMs}, std::pair{"reversedDate"_L1, o.reversedMs},
          std::pair{"refundedDate"_L1, o.refundedMs}}) {
        if (ms > 0)
            j.field(key, ms);
    }
    amountsText(j, o, english);
    if (!o.orderBundle.isEmpty())
        j.field("orderBundle"_L1, o.orderBundle);
    if (o.taxSystem >= 0)
        j.field("taxSystem"_L1, o.taxSystem);
    refundsText(j, o);
    return j.endObject().take();
}

void RbsGateway::cardText(JsonText& j, const SandboxOrder& o)
{
    j.beginObject("cardAuthInfo"_L1)
        .field("maskedPan"_L1, o.maskedPan)
        .field("pan"_L1, o.maskedPan)
        .field("expiration"_L1, o.expiration)
        .field("cardholderName"_L1, o.cardholderName)
        .field("paymentSystem"_L1, o.paymentSystem.isEmpty() ? QStringLiteral("UNDEFINED") : o.paymentSystem);
    if (!o.approvalCode.isEmpty())
        j.field("approvalCode"_L1, o.approvalCode);
    j.endObject().field("ip"_L1, o.ip.isEmpty() ? QStringLiteral("127.0.0.1") : o.ip);
}

void RbsGateway::amountsText(JsonText& j, const SandboxOrder& o, bool english)
{
    const bool neverApproved = o.status == Created || o.status == AcsAuth || (o.status == Declined && o.authMs == 0);
    j.beginObject("paymentAmountInfo"_L1)
        .field("paymentState"_L1, paymentState(o.status))
        .field("approvedAmount"_L1, neverApproved ? 0 : o.approved)
        .field("depositedAmount"_L1, o.deposited)
        .field("refundedAmount"_L1, o.refunded)
        .field("feeAmount"_L1, 0)
        .field("totalAmount"_L1, o.amount)
        .endObject();
    j.beginObject("bankInfo"_L1)
        .field("bankName"_L1, QStringLiteral("SANDBOX TEST BANK"))
        .field("bankCountryCode"_L1, QStringLiteral("RU"))
        .field("bankCountryName"_L1, tr2(english, "Россия", "Russia"))
        .endObject();
    if (!o.email.isEmpty() || !o.phone.isEmpty()) {
        j.beginObject("payerData"_L1);
        if (!o.email.isEmpty())
            j.field("email"_L1, o.email);
        if (!o.phone.isEmpty())
            j.field("phone"_L1, o.phone);
        j.endObject();
    }
}

void RbsGateway::refundsText(JsonText& j, const SandboxOrder& o)
{
    bool any = false;
    for (const SandboxOperation& op : o.operations) {
        if (op.type != QLatin1String("REFUND"))
            continue;
        if (!any)
            j.beginArray("refunds"_L1);
        any = true;
        j.beginObject()
            .field("date"_L1, op.timeMs)
            .field("amount"_L1, op.amount)
            .field("actionCode"_L1, 0)
            .field("referenceNumber"_L1, o.authRefNum);
        if (!op.externalRefundId.isEmpty())
            j.field("externalRefundId"_L1, op.externalRefundId);
        j.endObject();
    }
    if (any)
        j.endArray();
}

QJsonObject RbsGateway::inspect(const QString& orderId)
{
    SandboxOrder* o = order(orderId);
    if (!o)
        return {{QStringLiteral("found"), false}};
    QJsonArray ops;
    for (const SandboxOperation& op : std::as_const(o->operations)) {
        ops.append(QJsonObject{{QStringLiteral("time"), op.timeMs},
                               {QStringLiteral("type"), op.type},
                               {QStringLiteral("amount"), op.amount},
                               {QStringLiteral("source"), op.source}});
    }
    QJsonObject j = toStatusJson(*o, true);
    j[QStringLiteral("found")] = true;
    j[QStringLiteral("orderId")] = o->id;
    j[QStringLiteral("merchant")] = o->merchant;
    j[QStringLiteral("preAuth")] = o->preAuth;
    j[QStringLiteral("operations")] = ops;
    j[QStringLiteral("locked")] = m_locked.contains(o->id);
    j[QStringLiteral("holdDeadline")] = o->authMs > 0 && o->preAuth ? QJsonValue(deadlineOf(*o)) : QJsonValue();
    j[QStringLiteral("sessionExpires")] = o->expiresMs;
    return j;
}

} // namespace PayDesk::Sandbox
