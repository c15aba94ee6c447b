#include "sandbox/SandboxServer.h"

#include "sandbox/HttpServer.h"
#include "sandbox/MirPayPages.h"
#include "sandbox/PaymentPage.h"
#include "sandbox/RbsClosingReceipt.h"
#include "sandbox/SandboxSeeder.h"
#include "sandbox/soap/SoapService.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

#include <iterator>

namespace PayDesk::Sandbox {

namespace {

constexpr qint64 MaxClockStepSecs = 10LL * 365 * 24 * 3600; // as --time-shift

const QSet<QString> MoneyEndpoints = {QStringLiteral("deposit"),
                                      QStringLiteral("reverse"),
                                      QStringLiteral("refund"),
                                      QStringLiteral("decline"),
                                      QStringLiteral("paymentOrderBinding"),
                                      QStringLiteral("closeOfdReceipt")};

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A listing answer whose totalCount lies, as a broken or hostile gateway's might (REST or SOAP alike).
void claimTotal(QJsonObject& answer, FaultKind kind)
{
    const qint64 real = answer.value(QStringLiteral("totalCount")).toInteger();
    answer[QStringLiteral("totalCount")] = kind == FaultKind::HugeTotal ? 2'000'000'000LL : real + 100'000;
}

HttpResponse badRequest(const QString& message)
{
    return HttpResponse::json(toJson({{QStringLiteral("error"), message}}), 400);
}

// A JSON number that is whole and within [min, max] (both well inside 2^53); text, fractions,
// NaN and values such as 1e300 are refused rather than converted.
std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= double(min) && number <= double(max)) || std::floor(number) != number)
        return std::nullopt;
    return qint64(number);
}

FormData requestForm(const HttpRequest& request)
{
    FormData form = FormData::parse(request.rawQuery);
    if (request.method == "POST")
        form.merge(FormData::parse(request.body));
    return form;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rbs(&m_clock,
            [this] {
                RbsConfig config;
                config.users.insert(m_options.user, m_options.password);
                if (!m_options.token.isEmpty())
                    config.tokens.insert(m_options.token, m_options.user);
                config.holdMs = qint64(m_options.holdDays) * 24 * 3600 * 1000;
                return config;
            }())
    , m_assist(&m_clock,
               [this] {
                   AssistConfig config;
                   config.login = m_options.user;
                   config.password = m_options.password;
                   config.merchantId = m_options.assistMerchantId;
                   config.holdDays = m_options.assistHoldDays;
                   config.checkWord = m_options.assistCheckWord;
                   return config;
               }())
    , m_callbacks(&m_clock)
{
    m_rbs.setEventSink([this](const SandboxOrder& order, const QString& operation, bool success, qint64 amount) {
        m_callbacks.notify(order, operation, success, amount);
    });
    if (!m_options.callbackUrl.isEmpty())
        m_callbacks.setTarget(m_options.user, {m_options.callbackUrl, {}});
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString* error)
{
    if (m_options.timeShiftSecs < 0 || m_options.timeShiftSecs > SandboxClock::MaxOffsetMs / 1000
        || !m_clock.advance(m_options.timeShiftSecs * 1000)) {
        *error = QStringLiteral("time shift out of range");
        return false;
    }
    for (const QString& spec : std::as_const(m_options.faults)) {
        if (!m_faults.addSpec(spec, error))
            return false;
    }
    HttpLimits limits;
    limits.idleTimeoutMs = m_options.idleTimeoutSecs * 1000;
    limits.maxConnections = m_options.maxConnections;
    m_http = new HttpServer([this](const HttpRequest& r, QPointer<HttpConnection> c) { handle(r, c); }, limits, this);
    if (!m_http->listen(QHostAddress::LocalHost, m_options.port)) {
        *error = m_http->errorString();
        return false;
    }
    m_rbs.setPublicBaseUrl(baseUrl());
    if (m_options.seedOrders > 0) {
        SandboxSeeder::seed(m_rbs, m_clock.nowMs(), m_options.seedOrders, m_options.seed, m_options.user);
        m_assist.seed(m_options.seedOrders / 10, m_options.seed);
    }
    return true;
}

quint16 SandboxServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void SandboxServer::handle(const HttpRequest& request, QPointer<HttpConnection> connection)
{
    static const QRegularExpression rbsPath(QStringLiteral("^/payment/rest/([A-Za-z]+)\\.do$"));
    const QRegularExpressionMatch match = rbsPath.match(request.path);
    if (match.hasMatch()) {
        handleRbs(match.captured(1), request, connection);
        return;
    }
    if (request.path == SoapService::Path) {
        handleSoap(request, connection);
        return;
    }
    static const QRegularExpression assistPath(
        QStringLiteral("^/(orderstate|orderresult|resultbydate|charge|cancel)/\\1\\.cfm$"));
    const QRegularExpressionMatch assist = assistPath.match(request.path);
    if (assist.hasMatch()) {
        handleAssist(assist.captured(1), request, connection);
        return;
    }
    const HttpResponse response =
        request.path.startsWith(QLatin1String("/sandbox/")) ? handleControl(request)
        : request.path.startsWith(QLatin1String("/pay/")) || request.path.startsWith(QLatin1String("/assist/"))
            ? handleAssistPage(request)
            : handlePage(request);
    if (connection)
        connection->respond(response);
}

RbsAnswer SandboxServer::callRbs(const QString& endpoint, const FormData& form, bool english, bool* known)
{
    *known = true;
    QJsonObject authError;
    const QString merchant = m_rbs.authenticate(form, english, &authError);
    if (merchant.isEmpty())
        return authError;
    if (endpoint == QLatin1String("register") || endpoint == QLatin1String("registerPreAuth"))
        return m_rbs.registerOrder(form, merchant, endpoint == QLatin1String("registerPreAuth"), english);
    if (endpoint == QLatin1String("closeOfdReceipt"))
        return RbsClosingReceipt::close(m_rbs, form, merchant, english);
    if (endpoint == QLatin1String("getOrderStatusExtended"))
        return m_rbs.orderStatus(form, merchant, english, form.contains(QStringLiteral("token")));
    if (endpoint == QLatin1String("getLastOrdersForMerchants"))
        return m_rbs.lastOrders(form, merchant, english);
    using Call = QJsonObject (RbsGateway::*)(const FormData&, const QString&, bool);
    static const char* const names[] = {"deposit",     "reverse",         "refund", "decline", "paymentOrderBinding",
                                        "getBindings", "getReceiptStatus"};
    static const Call calls[] = {&RbsGateway::deposit,      &RbsGateway::reverse,      &RbsGateway::refund,
                                 &RbsGateway::decline,      &RbsGateway::payByBinding, &RbsGateway::bindings,
                                 &RbsGateway::receiptStatus};
    static_assert(std::size(names) == std::size(calls));
    for (std::size_t i = 0; i < std::size(names); ++i) {
        if (endpoint == QLatin1String(names[i]))
            return (m_rbs.*calls[i])(form, merchant, english);
    }
    *known = false;
    return {};
}

void SandboxServer::handleRbs(const QString& endpoint, const HttpRequest& request, QPointer<HttpConnection> connection)
{
    if (request.method != "POST" && request.method != "GET") {
        connection->respond(HttpResponse::text("Method Not Allowed", 405));
        return;
    }
    serveRbs(endpoint, requestForm(request), m_faults.take(endpoint), connection,
             [](const RbsAnswer& answer) { return HttpResponse::json(answer.toJson()); });
}

void SandboxServer::handleSoap(const HttpRequest& request, QPointer<HttpConnection> connection)
{
    SoapCall call;
    if (const std::optional<HttpResponse> done =
            SoapService::precheck(request, baseUrl() + SoapService::Path, m_rbs.config(), &call)) {
        connection->respond(*done);
        return;
    }
    std::optional<FaultRule> fault = m_faults.take(call.operation); // "depositOrder:…" or, as REST, "deposit:…"
    if (!fault)
        fault = m_faults.take(call.endpoint);
    serveRbs(call.endpoint, call.form, fault, connection, [operation = call.operation](const RbsAnswer& answer) {
        return SoapService::render(operation, answer.object());
    });
}

void SandboxServer::serveRbs(const QString& endpoint, const FormData& form, const std::optional<FaultRule>& fault,
                             QPointer<HttpConnection> connection, const Render& render)
{
    const bool english = form.value(QStringLiteral("language")) == QLatin1String("en");
    m_requests.count(endpoint, form);
    QString lock;
    if (MoneyEndpoints.contains(endpoint)) {
        lock = m_rbs.lockKey(form);
        if (!m_rbs.tryLock(lock)) {
            connection->respond(render(QJsonObject{
                {QStringLiteral("errorCode"), QStringLiteral("5")},
                {QStringLiteral("errorMessage"),
                 english ? QStringLiteral("The order is locked by another action")
                         : QStringLiteral("Невозможно выполнить операцию — заказ заблокирован другим действием")}}));
            return;
        }
    }
    const HttpResponse systemError =
        render(QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("7")},
                           {QStringLiteral("errorMessage"),
                            english ? QStringLiteral("System error") : QStringLiteral("Системная ошибка")}});
    respondApi(
        fault, connection, systemError,
        [this, endpoint, form, english, lock, render, fault]() -> std::optional<HttpResponse> {
            bool known = true;
            RbsAnswer answer = callRbs(endpoint, form, english, &known);
            m_rbs.unlock(lock);
            if (!known)
                return std::nullopt;
            if (fault && (fault->kind == FaultKind::HugeTotal || fault->kind == FaultKind::PaddedTotal))
                claimTotal(answer.head(), fault->kind);
            return render(answer);
        },
        [this, lock] { m_rbs.unlock(lock); });
}

void SandboxServer::respondApi(const std::optional<FaultRule>& fault, QPointer<HttpConnection> connection,
                               const HttpResponse& systemError, std::function<std::optional<HttpResponse>()> carryOut,
                               std::function<void()> skipped)
{
    const auto act = [fault, connection, systemError, carryOut, skipped]() {
        const FaultKind kind = fault ? fault->kind : FaultKind::Delay;
        std::optional<HttpResponse> answer;
        if (!fault || FaultInjector::applies(kind)) {
            answer = carryOut();
            if (!answer) {
                if (connection)
                    connection->respond(HttpResponse::text("Not Found", 404));
                return;
            }
        } else {
            skipped();
        }
        if (!connection)
            return;
        switch (kind) {
        case FaultKind::Hang:
        case FaultKind::ApplyHang:
            return; // the connection stays open and silent until the client gives up
        case FaultKind::Reset:
        case FaultKind::ApplyReset:
            connection->resetConnection();
            return;
        case FaultKind::Http500:
        case FaultKind::Apply500:
            connection->respond(HttpResponse::html(
                QStringLiteral("<html><body><h1>500 Internal Server Error</h1></body></html>"), 500));
            return;
        case FaultKind::Malformed:
        case FaultKind::ApplyMalformed: {
            // Half of what would have been sent: unreadable JSON or XML of the right type.
            HttpResponse broken = answer ? *answer : systemError;
            broken.body = broken.body.left(broken.body.size() / 2);
            connection->respond(broken);
            return;
        }
        case FaultKind::Error7:
            connection->respond(systemError);
            return;
        case FaultKind::HugeTotal: // the answer already claims it (serveRbs)
        case FaultKind::PaddedTotal:
        case FaultKind::Delay:
            break;
        }
        connection->respond(*answer);
    };
    const int delay = m_options.latencyMs + (fault ? fault->delayMs : 0);
    if (delay > 0)
        QTimer::singleShot(delay, this, act);
    else
        act();
}

void SandboxServer::handleAssist(const QString& service, const HttpRequest& request,
                                 QPointer<HttpConnection> connection)
{
    const auto xml = [](const QByteArray& body) {
        HttpResponse r = HttpResponse::json(body);
        r.contentType = "text/xml;charset=UTF-8";
        return r;
    };
    if (request.method != "POST") {
        connection->respond(HttpResponse::text("Method Not Allowed", 405));
        return;
    }
    const FormData form = requestForm(request);
    respondApi(
        m_faults.take(service), connection, xml(AssistGateway::errorAnswer(2, 1)),
        [this, service, form, xml]() -> std::optional<HttpResponse> {
            if (service == QLatin1String("orderstate"))
                return xml(m_assist.orderState(form));
            if (service == QLatin1String("orderresult"))
                return xml(m_assist.orderResult(form));
            if (service == QLatin1String("resultbydate"))
                return xml(m_assist.resultByDate(form));
            if (service == QLatin1String("charge"))
                return xml(m_assist.charge(form));
            return xml(m_assist.cancel(form));
        },
        [] {});
}

HttpResponse SandboxServer::handleAssistPage(const HttpRequest& request)
{
    const FormData form = requestForm(request);
    const auto page = [](const QString& title, const QString& body) {
        return HttpResponse::html(
            QStringLiteral("<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>%1</title>"
                           "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}"
                           "input,button{font-size:1.1em;margin:.3em 0;width:100%}</style></head>"
                           "<body><h1>%1</h1>%2</body></html>")
                .arg(title.toHtmlEscaped(), body));
    };
    if (request.path == QLatin1String("/pay/order.cfm")) {
        QString error;
        const AssistOrder* o = m_assist.startPayment(form, &error);
        if (!o)
            return page(QStringLiteral("Assist: ошибка"), QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped()));
        return page(
            QStringLiteral("Оплата заказа %1").arg(o->orderNumber),
            QStringLiteral("<p>Сумма: <b>%1.%2 %3</b>%4</p><form method='post' action='/assist/sandbox/pay'>"
                           "<input type='hidden' name='billnumber' value='%5'>"
                           "<input type='hidden' name='return' value='%6'>"
                           "<label>Номер карты<input name='pan' inputmode='numeric' autocomplete='cc-number'></label>"
                           "<label>Держатель<input name='holder' value='TEST CARDHOLDER'></label>"
                           "<button type='submit'>Оплатить</button></form>")
                .arg(o->amount / 100)
                .arg(o->amount % 100, 2, 10, QLatin1Char('0'))
                .arg(o->currency.toHtmlEscaped())
                .arg(o->delay ? QStringLiteral(" (двухстадийная оплата)") : QString())
                .arg(o->billnumber, form.value(QStringLiteral("URL_RETURN_OK")).toHtmlEscaped()));
    }
    if (request.path == QLatin1String("/assist/sandbox/pay") && request.method == "POST") {
        const QString state = m_assist.pay(form.value(QStringLiteral("billnumber")), form.value(QStringLiteral("pan")),
                                           form.value(QStringLiteral("holder")));
        const QString back = form.value(QStringLiteral("return"));
        return page(
            state == QLatin1String("Declined") ? QStringLiteral("Платёж отклонён") : QStringLiteral("Платёж принят"),
            QStringLiteral("<p id='state'>%1</p>%2")
                .arg(state.toHtmlEscaped(),
                     back.startsWith(QLatin1String("http"))
                         ? QStringLiteral("<p><a href='%1'>Вернуться в магазин</a></p>").arg(back.toHtmlEscaped())
                         : QString()));
    }
    return HttpResponse::text("Not Found", 404);
}

HttpResponse SandboxServer::handlePage(const HttpRequest& request)
{
    const FormData form = requestForm(request);
    static const QRegularExpression pagePath(QStringLiteral("^/payment/merchants/sandbox/payment_(ru|en)\\.html$"));
    const QRegularExpressionMatch pageMatch = pagePath.match(request.path);
    if (pageMatch.hasMatch() && request.method == "GET") {
        const bool english = pageMatch.captured(1) == QLatin1String("en");
        SandboxOrder* order = m_rbs.order(form.value(QStringLiteral("mdOrder")));
        if (!order)
            return HttpResponse::html(PaymentPage::notPayable(nullptr, english,
                                                              english ? QStringLiteral("Order not found")
                                                                      : QStringLiteral("Заказ не найден")),
                                      404);
        if (order->status == AcsAuth)
            return HttpResponse::html(PaymentPage::acsForm(*order, english, {}));
        if (order->status != Created)
            return HttpResponse::html(
                PaymentPage::notPayable(order, english,
                                        english ? QStringLiteral("The order is already paid, cancelled or expired")
                                                : QStringLiteral("Заказ уже оплачен, отменён или истёк")));
        return HttpResponse::html(PaymentPage::cardForm(*order, english, {}));
    }
    if (std::optional<HttpResponse> mirPay = MirPayPages::handle(m_rbs, request, form))
        return *mirPay;
    const QString orderId = form.value(QStringLiteral("mdOrder"));
    SandboxOrder* order = m_rbs.order(orderId);
    const bool english =
        form.value(QStringLiteral("lang")) == QLatin1String("en") || (order && order->language == QLatin1String("en"));
    const auto outcomeResponse = [&](const PageOutcome& outcome, bool acs) {
        if (outcome.step == PageStep::Finished)
            return HttpResponse::redirect(outcome.redirectUrl);
        if (outcome.step == PageStep::NeedsAcs)
            return HttpResponse::redirect(QStringLiteral("/payment/sandbox/acs?mdOrder=") + orderId);
        if (!order)
            return HttpResponse::html(PaymentPage::notPayable(nullptr, english, outcome.error), 404);
        if (acs || order->status == AcsAuth)
            return HttpResponse::html(PaymentPage::acsForm(*order, english, outcome.error));
        if (order->status != Created)
            return HttpResponse::html(PaymentPage::notPayable(order, english, outcome.error));
        return HttpResponse::html(PaymentPage::cardForm(*order, english, outcome.error));
    };
    if (request.path == QLatin1String("/payment/sandbox/pay") && request.method == "POST") {
        const CardPayment card{form.value(QStringLiteral("pan")), form.value(QStringLiteral("expiry")),
                               form.value(QStringLiteral("cvc")), form.value(QStringLiteral("holder"))};
        return outcomeResponse(m_rbs.payWithCard(orderId, card), false);
    }
    if (request.path == QLatin1String("/payment/sandbox/acs")) {
        if (request.method == "GET") {
            if (!order || order->status != AcsAuth)
                return HttpResponse::html(
                    PaymentPage::notPayable(order, english, QStringLiteral("No 3-D Secure step is pending")), 404);
            return HttpResponse::html(PaymentPage::acsForm(*order, english, {}));
        }
        return outcomeResponse(m_rbs.confirmAcs(orderId, form.value(QStringLiteral("code"))), true);
    }
    if (request.path == QLatin1String("/payment/sandbox/cancel") && request.method == "POST")
        return outcomeResponse(m_rbs.cancelPayment(orderId), false);
    if (request.path == QLatin1String("/shop/return") && request.method == "GET")
        return HttpResponse::html(PaymentPage::returnPage(m_rbs.order(form.value(QStringLiteral("orderId"))), english));
    if (request.path == QLatin1String("/") && request.method == "GET")
        return HttpResponse::html(PaymentPage::index(baseUrl()));
    return HttpResponse::text("Not Found", 404);
}

HttpResponse SandboxServer::handleFaultsControl(const HttpRequest& request)
{
    if (request.method == "DELETE") {
        m_faults.clear();
    } else if (request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        FaultRule rule;
        rule.endpoint = body.value(QStringLiteral("endpoint")).toString(QStringLiteral("*"));
        const QJsonValue count = body.value(QStringLiteral("count"));
        const QJsonValue delay = body.value(QStringLiteral("delayMs"));
        const std::optional<qint64> remaining =
            count.isUndefined() ? 1 : wholeNumber(count, 1, FaultInjector::MaxCount);
        const std::optional<qint64> delayMs =
            delay.isUndefined() ? 0 : wholeNumber(delay, 0, FaultInjector::MaxDelayMs);
        if (!FaultInjector::parseKind(body.value(QStringLiteral("fault")).toString(), &rule.kind) || !remaining
            || !delayMs)
            return badRequest(QStringLiteral("expected {endpoint, fault, count (1..%1), delayMs (0..%2)}")
                                  .arg(FaultInjector::MaxCount)
                                  .arg(FaultInjector::MaxDelayMs));
        rule.remaining = int(*remaining);
        rule.delayMs = int(*delayMs);
        if (rule.kind == FaultKind::Delay && rule.delayMs == 0)
            rule.delayMs = 1000;
        m_faults.add(rule);
    } else if (request.method != "GET") {
        return HttpResponse::text("Method Not Allowed", 405);
    }
    return HttpResponse::json(toJson({{QStringLiteral("faults"), m_faults.toJson()}}));
}

HttpResponse SandboxServer::handleClockControl(const HttpRequest& request)
{
    if (request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const std::optional<qint64> seconds =
            wholeNumber(body.value(QStringLiteral("advanceSeconds")), 0, MaxClockStepSecs);
        if (!seconds)
            return badRequest(
                QStringLiteral(
                    "advanceSeconds must be a whole number of seconds from 0 to %1 (the clock only moves forward)")
                    .arg(MaxClockStepSecs));
        if (!m_clock.advance(*seconds * 1000))
            return badRequest(QStringLiteral("the clock cannot move more than %1 days ahead in all")
                                  .arg(SandboxClock::MaxOffsetMs / 86400000));
        m_rbs.sweep();
        m_callbacks.poll();
    }
    return HttpResponse::json(
        toJson({{QStringLiteral("now"), m_clock.nowMs()}, {QStringLiteral("offsetMs"), m_clock.offsetMs()}}));
}

// POST {"merchant" (default: the sandbox's login), "url" (empty: no callbacks), "key" (empty: unsigned)};
// DELETE: no callbacks for anyone; GET: the targets and the deliveries so far.
HttpResponse SandboxServer::handleCallbacksControl(const HttpRequest& request)
{
    if (request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString url = body.value(QStringLiteral("url")).toString();
        const QUrl parsed(url, QUrl::StrictMode);
        if (!url.isEmpty() && (!parsed.isValid() || !parsed.scheme().startsWith(QLatin1String("http"))))
            return badRequest(QStringLiteral("expected {merchant, url (http or https), key}"));
        m_callbacks.setTarget(body.value(QStringLiteral("merchant")).toString(m_options.user),
                              {url, body.value(QStringLiteral("key")).toString()});
    } else if (request.method == "DELETE") {
        m_callbacks.clearTargets();
    } else if (request.method != "GET") {
        return HttpResponse::text("Method Not Allowed", 405);
    }
    return HttpResponse::json(toJson(m_callbacks.toJson()));
}

HttpResponse SandboxServer::handleControl(const HttpRequest& request)
{
    if (request.path == QLatin1String("/sandbox/health"))
        return HttpResponse::json(toJson({{QStringLiteral("ok"), true},
                                          {QStringLiteral("orders"), m_rbs.orderCount()},
                                          {QStringLiteral("connections"), m_http->connectionCount()},
                                          {QStringLiteral("maxConnections"), m_http->maxConnections()},
                                          {QStringLiteral("bufferedBytes"), m_http->bufferedBytes()}}));
    if (request.path == QLatin1String("/sandbox/faults"))
        return handleFaultsControl(request);
    if (request.path == QLatin1String("/sandbox/clock"))
        return handleClockControl(request);
    if (request.path == QLatin1String("/sandbox/callbacks"))
        return handleCallbacksControl(request);
    if (request.path == QLatin1String("/sandbox/requests")) {
        if (request.method == "DELETE")
            m_requests.clear();
        return HttpResponse::json(toJson(m_requests.toJson()));
    }
    static const QRegularExpression orderPath(QStringLiteral("^/sandbox/orders/([0-9a-fA-F-]+)$"));
    const QRegularExpressionMatch m = orderPath.match(request.path);
    if (m.hasMatch() && request.method == "GET") {
        const QJsonObject state = m_rbs.inspect(m.captured(1));
        return HttpResponse::json(toJson(state), state.value(QStringLiteral("found")).toBool() ? 200 : 404);
    }
    return HttpResponse::text("Not Found", 404);
}

} // namespace PayDesk::Sandbox
