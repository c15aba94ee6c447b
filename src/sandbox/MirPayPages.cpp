#include "sandbox/MirPayPages.h"

#include "sandbox/PaymentPage.h"
#include "sandbox/RbsGateway.h"
#include "sandbox/TestCards.h"

#include <QUuid>

namespace PayDesk::Sandbox {

namespace {
QString t(bool english, const char* ru, const char* en)
{
    return QString::fromUtf8(english ? en : ru);
}

QString langOf(bool english)
{
    return english ? QStringLiteral("en") : QStringLiteral("ru");
}

HttpResponse refused(const SandboxOrder* order, bool english)
{
    return HttpResponse::html(PaymentPage::notPayable(order, english,
                                                      t(english, "Заказ уже оплачен, отменён или истёк",
                                                        "The order is already paid, cancelled or expired")),
                              order ? 409 : 404);
}

// The Mir cards among the test cards: what the stand-in app holds.
QString cardChoices(bool english)
{
    int count = 0;
    const TestCard* cards = testCards(&count);
    QString html;
    bool first = true;
    for (int i = 0; i < count; ++i) {
        if (QLatin1String(cards[i].system) != QLatin1String("MIR"))
            continue;
        const QString pan = QString::fromLatin1(cards[i].pan);
        html +=
            QStringLiteral("<label class=\"card\"><input type=\"radio\" name=\"pan\" value=\"%1\" id=\"card-%2\"%3>"
                           "<span>%5 •• %2<br><span class=\"muted\">%4</span></span></label>")
                .arg(pan, pan.right(4), first ? QStringLiteral(" checked") : QString(),
                     t(english, "тестовая карта: ", "test card: ") + QString::fromLatin1(cards[i].note).toHtmlEscaped(),
                     t(english, "Мир", "Mir"));
        first = false;
    }
    return html;
}
} // namespace

std::optional<HttpResponse> MirPayPages::handle(RbsGateway& gateway, const HttpRequest& request, const FormData& form)
{
    const bool english = form.value(QStringLiteral("lang")) == QLatin1String("en");
    const QString orderId = form.value(QStringLiteral("mdOrder"));
    if (request.path == QLatin1String("/payment/sandbox/mirpay") && request.method == "GET") {
        const SandboxOrder* o = gateway.order(orderId);
        if (!o || o->status != Created)
            return refused(o, english);
        return HttpResponse::redirect(QStringLiteral("/mirpay/app?mdOrder=%1&lang=%2").arg(orderId, langOf(english)));
    }
    if (request.path == QLatin1String("/mirpay/app") && request.method == "GET")
        return appPage(gateway, orderId, english);
    if (request.path == QLatin1String("/mirpay/app/pay") && request.method == "POST")
        return choose(gateway, form, english);
    if (request.path == QLatin1String("/mirpay/app/cancel") && request.method == "POST")
        return HttpResponse::redirect(
            QStringLiteral("/payment/merchants/sandbox/payment_%1.html?mdOrder=%2").arg(langOf(english), orderId));
    if (request.path == QLatin1String("/payment/sandbox/mirpay/return") && request.method == "GET")
        return handBack(gateway, form, english);
    return std::nullopt;
}

HttpResponse MirPayPages::appPage(RbsGateway& gateway, const QString& orderId, bool english)
{
    const SandboxOrder* o = gateway.order(orderId);
    if (!o || o->status != Created)
        return refused(o, english);
    const QString hidden =
        QStringLiteral("<input type=\"hidden\" name=\"mdOrder\" value=\"%1\"><input type=\"hidden\" name=\"lang\" "
                       "value=\"%2\">")
            .arg(o->id.toHtmlEscaped(), langOf(english));
    const QString body =
        QStringLiteral("<span class=\"badge\">%1</span><h1 id=\"mirpay-app\">Mir Pay</h1>"
                       "<div class=\"muted\">%2</div><div class=\"amount\">%3</div>"
                       "<form method=\"post\" action=\"/mirpay/app/pay\">%4<p>%5</p>%6"
                       "<button id=\"mirpay-pay\" type=\"submit\">%7</button></form>"
                       "<form method=\"post\" action=\"/mirpay/app/cancel\">%4"
                       "<button id=\"mirpay-cancel\" class=\"secondary\" type=\"submit\">%8</button></form>")
            .arg(t(english, "ПЕСОЧНИЦА: ВМЕСТО ПРИЛОЖЕНИЯ MIR PAY", "SANDBOX: STANDS IN FOR THE MIR PAY APP"),
                 t(english, "Заказ № ", "Order no. ") + o->orderNumber.toHtmlEscaped(),
                 PaymentPage::formatAmount(o->amount, o->currency, english), hidden,
                 t(english, "Выберите карту для оплаты", "Choose the card to pay with"), cardChoices(english),
                 t(english, "Оплатить", "Pay"), t(english, "Вернуться к способам оплаты", "Back to the payment page"));
    return HttpResponse::html(PaymentPage::document(QStringLiteral("Mir Pay"), body, english));
}

HttpResponse MirPayPages::choose(RbsGateway& gateway, const FormData& form, bool english)
{
    SandboxOrder* o = gateway.order(form.value(QStringLiteral("mdOrder")));
    const QString pan = form.value(QStringLiteral("pan"));
    if (!o || o->status != Created)
        return refused(o, english);
    if (!findTestCard(pan))
        return HttpResponse::html(
            PaymentPage::notPayable(o, english, t(english, "Карта не выбрана", "No card was chosen")), 400);
    o->pendingPan = pan;
    o->walletToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return HttpResponse::redirect(QStringLiteral("/payment/sandbox/mirpay/return?mdOrder=%1&token=%2&lang=%3")
                                      .arg(o->id, o->walletToken, langOf(english)));
}

HttpResponse MirPayPages::handBack(RbsGateway& gateway, const FormData& form, bool english)
{
    SandboxOrder* o = gateway.order(form.value(QStringLiteral("mdOrder")));
    if (!o || o->status != Created)
        return refused(o, english);
    if (o->walletToken.isEmpty() || form.value(QStringLiteral("token")) != o->walletToken)
        return HttpResponse::html(
            PaymentPage::notPayable(o, english,
                                    t(english, "Mir Pay не подтвердил оплату", "Mir Pay did not confirm the payment")),
            400);
    const QString pan = o->pendingPan; // a copy: paying clears the pending card
    const PageOutcome outcome = gateway.payWithMirPay(o->id, pan);
    if (outcome.step != PageStep::Finished)
        return HttpResponse::html(PaymentPage::notPayable(o, english, outcome.error), 400);
    return HttpResponse::redirect(outcome.redirectUrl);
}

} // namespace PayDesk::Sandbox
