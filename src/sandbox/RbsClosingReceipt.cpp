#include "sandbox/RbsClosingReceipt.h"

#include "sandbox/RbsGateway.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PayDesk::Sandbox {

namespace {
QJsonObject error(int code, bool english, const char* ru, const char* en)
{
    return {{QStringLiteral("errorCode"), QString::number(code)},
            {QStringLiteral("errorMessage"), QString::fromUtf8(english ? en : ru)}};
}

// The order's cart as the closing receipt prints it: every line paid in full (paymentMethod 4).
QJsonObject fullPayment(QJsonObject bundle)
{
    QJsonObject cart = bundle.value(QStringLiteral("cartItems")).toObject();
    QJsonArray items;
    for (const QJsonValue& v : cart.value(QStringLiteral("items")).toArray()) {
        QJsonObject item = v.toObject();
        item[QStringLiteral("itemAttributes")] =
            QJsonObject{{QStringLiteral("attributes"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("paymentMethod")},
                                                {QStringLiteral("value"), QStringLiteral("4")}}}}};
        items.append(item);
    }
    cart[QStringLiteral("items")] = items;
    bundle[QStringLiteral("cartItems")] = cart;
    return bundle;
}
} // namespace

QJsonObject RbsClosingReceipt::close(RbsGateway& gateway, const FormData& form, const QString& merchant, bool english)
{
    const QString id = form.value(QStringLiteral("mdOrder"));
    const QString number = form.value(QStringLiteral("orderNumber"));
    if (id.isEmpty() && number.isEmpty())
        return error(1, english, "Ожидается [mdOrder] или [orderNumber]", "[mdOrder] or [orderNumber] expected");
    SandboxOrder* o = id.isEmpty() ? gateway.orderByNumber(merchant, number) : gateway.order(id);
    if (!o || o->merchant != merchant)
        return error(6, english, "Заказ не найден", "Order not found");
    if (o->status != Deposited && o->status != Refunded)
        return error(7, english, "Неверный статус заказа", "Invalid order status");
    if (o->refunded >= o->deposited)
        return error(7, english, "Сумма возвратов не меньше суммы списания",
                     "Refunds are not below the deposited amount");
    const QString amountText = form.value(QStringLiteral("amount"));
    qint64 amount = o->deposited - o->refunded;
    if (!amountText.isEmpty()) {
        bool ok = false;
        amount = amountText.toLongLong(&ok);
        if (!ok || amount <= 0 || amountText.size() > 12)
            return error(5, english, "Неверная сумма", "Invalid amount");
    }
    QJsonObject bundle = o->orderBundle;
    if (form.contains(QStringLiteral("orderBundle")))
        bundle = QJsonDocument::fromJson(form.value(QStringLiteral("orderBundle")).toUtf8()).object();
    if (bundle.isEmpty())
        return error(5, english, "У заказа нет корзины", "The order has no cart");
    gateway.addReceipt(*o, 1, amount, fullPayment(bundle));
    return {{QStringLiteral("success"), true}};
}

} // namespace PayDesk::Sandbox
