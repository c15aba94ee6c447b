#include "sandbox/PaymentPage.h"

#include "sandbox/SandboxOrder.h"
#include "sandbox/TestCards.h"

namespace PayDesk::Sandbox {

namespace {

QString t(bool english, const char* ru, const char* en)
{
    return QString::fromUtf8(english ? en : ru);
}

QString page(const QString& title, const QString& body, bool english)
{
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%2</title><style>"
               "body{font-family:system-ui,'DejaVu Sans',sans-serif;background:#f3f5f8;margin:0;color:#1d2733}"
               "main{max-width:440px;margin:40px auto;background:#fff;border-radius:12px;padding:28px;"
               "box-shadow:0 2px 12px rgba(0,0,0,.08)}"
               "h1{font-size:20px;margin:0 0 4px}.amount{font-size:28px;font-weight:600;margin:12px 0}"
               ".muted{color:#607080;font-size:14px}label{display:block;margin:14px 0 4px;font-size:14px}"
               "input{width:100%;box-sizing:border-box;padding:10px;font-size:16px;border:1px solid "
               "#c5ced8;border-radius:6px}"
               ".row{display:flex;gap:12px}.row>div{flex:1}"
               "button{margin-top:18px;width:100%;padding:12px;font-size:16px;border:0;border-radius:6px;"
               "background:#1b7f3b;color:#fff;cursor:pointer}button.secondary{background:#e4e8ee;color:#1d2733}"
               "button.mirpay{background:#0f754e;font-weight:600}.card{display:flex;gap:10px;align-items:center;"
               "border:1px solid #c5ced8;border-radius:8px;padding:10px;margin:8px 0}.card input{width:auto}"
               ".error{background:#fdecea;color:#9b1c1c;padding:10px;border-radius:6px;margin-top:12px}"
               ".badge{display:inline-block;background:#ffe08a;color:#5c4400;font-size:12px;padding:2px "
               "8px;border-radius:10px}"
               "table{font-size:12px;border-collapse:collapse;width:100%}td{padding:3px;border-top:1px solid #eee}"
               "</style></head><body><main>%3</main></body></html>")
        .arg(english ? QStringLiteral("en") : QStringLiteral("ru"), title.toHtmlEscaped(), body);
}

QString header(const SandboxOrder& order, bool english)
{
    return QStringLiteral("<span class=\"badge\">%1</span><h1>%2</h1><div class=\"muted\">%3 %4</div>"
                          "<div class=\"amount\" id=\"amount\">%5</div>%6")
        .arg(t(english, "ТЕСТОВЫЙ ШЛЮЗ PAYDESK", "PAYDESK TEST GATEWAY"), t(english, "Оплата заказа", "Order payment"),
             t(english, "Заказ №", "Order no."), order.orderNumber.toHtmlEscaped(),
             PaymentPage::formatAmount(order.amount, order.currency, english),
             order.description.isEmpty()
                 ? QString()
                 : QStringLiteral("<div class=\"muted\">%1</div>").arg(order.description.toHtmlEscaped()));
}

QString errorBlock(const QString& error)
{
    return error.isEmpty()
               ? QString()
               : QStringLiteral("<div class=\"error\" id=\"error\" role=\"alert\">%1</div>").arg(error.toHtmlEscaped());
}

QString currencySign(int currency, bool english)
{
    switch (currency) {
    case 643:
    case 810:
        return english ? QStringLiteral("RUB") : QStringLiteral("₽");
    case 978:
        return QStringLiteral("EUR");
    case 840:
        return QStringLiteral("USD");
    case 933:
        return QStringLiteral("BYN");
    case 398:
        return QStringLiteral("KZT");
    case 156:
        return QStringLiteral("CNY");
    default:
        return QString::number(currency);
    }
}

} // namespace

QString PaymentPage::formatAmount(qint64 minor, int currency, bool english)
{
    QString whole = QString::number(minor / 100);
    const QString sep = english ? QStringLiteral(",") : QStringLiteral("\u00a0");
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, sep);
    return QStringLiteral("%1%2%3\u00a0%4")
        .arg(whole, english ? QStringLiteral(".") : QStringLiteral(","))
        .arg(minor % 100, 2, 10, QLatin1Char('0'))
        .arg(currencySign(currency, english));
}

QString PaymentPage::document(const QString& title, const QString& body, bool english)
{
    return page(title, body, english);
}

QString PaymentPage::orderHeader(const SandboxOrder& order, bool english)
{
    return header(order, english);
}

QString PaymentPage::cardForm(const SandboxOrder& order, bool english, const QString& error)
{
    int count = 0;
    const TestCard* cards = testCards(&count);
    QString rows;
    for (int i = 0; i < count; ++i) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(QString::fromLatin1(cards[i].pan), QString::fromLatin1(cards[i].expiry),
                         QString::fromLatin1(cards[i].cvc), QString::fromLatin1(cards[i].acsCode),
                         QString::fromLatin1(cards[i].note));
    }
    const QString lang = english ? QStringLiteral("en") : QStringLiteral("ru");
    const QString body =
        header(order, english) + errorBlock(error)
        + QStringLiteral("<form method=\"get\" action=\"/payment/sandbox/mirpay\"><input type=\"hidden\" "
                         "name=\"mdOrder\" value=\"%1\"><input type=\"hidden\" name=\"lang\" value=\"%2\">"
                         "<button id=\"mirpay\" class=\"mirpay\" type=\"submit\">%3</button></form>"
                         "<p class=\"muted\" style=\"text-align:center\">%4</p>")
              .arg(order.id.toHtmlEscaped(), english ? QStringLiteral("en") : QStringLiteral("ru"),
                   t(english, "Оплатить через Mir Pay", "Pay with Mir Pay"), t(english, "или картой", "or by card"))
        + QStringLiteral(
              "<form method=\"post\" action=\"/payment/sandbox/pay\" id=\"payform\">"
              "<input type=\"hidden\" name=\"mdOrder\" value=\"%1\"><input type=\"hidden\" name=\"lang\" value=\"%2\">"
              "<label for=\"pan\">%3</label><input id=\"pan\" name=\"pan\" inputmode=\"numeric\" "
              "autocomplete=\"cc-number\" required>"
              "<div class=\"row\"><div><label for=\"expiry\">%4</label><input id=\"expiry\" name=\"expiry\" "
              "placeholder=\"MM/YY\" autocomplete=\"cc-exp\" required></div>"
              "<div><label for=\"cvc\">CVC</label><input id=\"cvc\" name=\"cvc\" type=\"password\" "
              "inputmode=\"numeric\" autocomplete=\"cc-csc\" required></div></div>"
              "<label for=\"holder\">%5</label><input id=\"holder\" name=\"holder\" autocomplete=\"cc-name\">"
              "<button id=\"pay\" type=\"submit\">%6 %7</button></form>"
              "<form method=\"post\" action=\"/payment/sandbox/cancel\"><input type=\"hidden\" name=\"mdOrder\" "
              "value=\"%1\">"
              "<button id=\"cancel\" class=\"secondary\" type=\"submit\">%8</button></form>"
              "<details style=\"margin-top:18px\"><summary class=\"muted\">%9</summary><table>%10</table></details>")
              .arg(order.id.toHtmlEscaped(), lang, t(english, "Номер карты", "Card number"),
                   t(english, "Срок действия (ММ/ГГ)", "Expiry (MM/YY)"),
                   t(english, "Имя держателя", "Cardholder name"), t(english, "Оплатить", "Pay"),
                   formatAmount(order.amount, order.currency, english),
                   t(english, "Отказаться от оплаты", "Cancel payment"), t(english, "Тестовые карты", "Test cards"))
              .arg(rows);
    return page(t(english, "Оплата заказа", "Order payment"), body, english);
}

QString PaymentPage::acsForm(const SandboxOrder& order, bool english, const QString& error)
{
    const QString body =
        QStringLiteral("<span class=\"badge\">3-D Secure</span><h1>%1</h1>"
                       "<div class=\"muted\">%2 %3</div><div class=\"amount\">%4</div>%5"
                       "<form method=\"post\" action=\"/payment/sandbox/acs\"><input type=\"hidden\" name=\"mdOrder\" "
                       "value=\"%6\">"
                       "<label for=\"code\">%7</label><input id=\"code\" name=\"code\" inputmode=\"numeric\" "
                       "autocomplete=\"one-time-code\" required>"
                       "<button id=\"confirm\" type=\"submit\">%8</button></form>")
            .arg(t(english, "Подтверждение платежа", "Confirm the payment"), t(english, "Карта", "Card"),
                 order.maskedPan.toHtmlEscaped(), formatAmount(order.amount, order.currency, english),
                 errorBlock(error), order.id.toHtmlEscaped(),
                 t(english, "Код из SMS (в песочнице: 111111 или 12345678)",
                   "Code from the SMS (sandbox: 111111 or 12345678)"),
                 t(english, "Подтвердить", "Confirm"));
    return page(QStringLiteral("3-D Secure"), body, english);
}

QString PaymentPage::notPayable(const SandboxOrder* order, bool english, const QString& reason)
{
    QString body = order ? header(*order, english) : QStringLiteral("<h1>%1</h1>").arg(t(english, "Оплата", "Payment"));
    body += QStringLiteral("<div class=\"error\" id=\"error\">%1</div>").arg(reason.toHtmlEscaped());
    return page(t(english, "Оплата невозможна", "Payment is not possible"), body, english);
}

QString PaymentPage::returnPage(const SandboxOrder* order, bool english)
{
    if (!order)
        return notPayable(nullptr, english, t(english, "Заказ не найден", "Order not found"));
    const bool paid = order->status == Approved || order->status == Deposited;
    const QString body = header(*order, english)
                         + QStringLiteral("<h1 id=\"result\" data-status=\"%1\">%2</h1><p class=\"muted\">%3</p>")
                               .arg(order->status)
                               .arg(paid ? t(english, "Оплата прошла успешно", "Payment successful")
                                         : t(english, "Оплата не прошла", "Payment failed"),
                                    t(english, "Это страница магазина из песочницы PayDesk.",
                                      "This is the PayDesk sandbox's shop page."));
    return page(t(english, "Результат оплаты", "Payment result"), body, english);
}

QString PaymentPage::index(const QString& baseUrl)
{
    return page(
        QStringLiteral("PayDesk sandbox"),
        QStringLiteral(
            "<h1>PayDesk sandbox gateway</h1><p class=\"muted\">RBS REST API at <code>%1/payment/rest/</code>."
            " Controls: <code>/sandbox/faults</code>, <code>/sandbox/clock</code>, <code>/sandbox/orders/ID</code>."
            " Run <code>paydesk-sandbox --help</code> for test cards and faults.</p>")
            .arg(baseUrl.toHtmlEscaped()),
        true);
}

} // namespace PayDesk::Sandbox
