#include "sandbox/CallbackNotifier.h"

#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace PayDesk::Sandbox {

namespace {
constexpr std::size_t MaxKept = 1000; // deliveries kept for /sandbox/callbacks
}

CallbackNotifier::CallbackNotifier(SandboxClock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CallbackNotifier::poll);
}

void CallbackNotifier::setTarget(const QString& merchant, const CallbackTarget& target)
{
    if (target.url.isEmpty())
        m_targets.remove(merchant);
    else
        m_targets.insert(merchant, target);
}

void CallbackNotifier::clearTargets()
{
    m_targets.clear();
}

QString CallbackNotifier::query(const QList<QPair<QString, QString>>& params)
{
    QString text;
    for (const auto& [name, value] : params) {
        if (!text.isEmpty())
            text += QLatin1Char('&');
        text += name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return text;
}

void CallbackNotifier::notify(const SandboxOrder& order, const QString& operation, bool success, qint64 amount)
{
    const auto target = m_targets.constFind(order.merchant);
    if (target == m_targets.constEnd())
        return;
    QList<QPair<QString, QString>> params = {
        {QStringLiteral("amount"), QString::number(amount)},
        {QStringLiteral("mdOrder"), order.id},
        {QStringLiteral("operation"), operation},
        {QStringLiteral("orderNumber"), order.orderNumber},
        {QStringLiteral("status"), success ? QStringLiteral("1") : QStringLiteral("0")}};
    if (!target->key.isEmpty()) {
        // name;value; pairs sorted by name (they are written sorted), HMAC-SHA256, hex, upper case.
        QByteArray signedText;
        for (const auto& [name, value] : std::as_const(params))
            signedText += name.toUtf8() + ';' + value.toUtf8() + ';';
        const QByteArray checksum =
            QMessageAuthenticationCode::hash(signedText, target->key.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .toUpper();
        params.prepend({QStringLiteral("checksum"), QString::fromLatin1(checksum)});
    }
    QString url = target->url;
    url += url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    Delivery d;
    d.merchant = order.merchant;
    d.orderId = order.id;
    d.operation = operation;
    d.url = url + query(params);
    d.dueMs = m_clock->nowMs();
    m_deliveries.push_back(d);
    while (m_deliveries.size() > MaxKept && !m_deliveries.front().inFlight)
        m_deliveries.pop_front();
    m_timer->start();
    QTimer::singleShot(0, this, &CallbackNotifier::poll);
}

void CallbackNotifier::poll()
{
    const qint64 now = m_clock->nowMs();
    bool waiting = false;
    for (Delivery& d : m_deliveries) {
        if (d.delivered || d.attempts >= Attempts)
            continue;
        waiting = true;
        if (!d.inFlight && d.dueMs <= now)
            send(d);
    }
    if (!waiting)
        m_timer->stop();
}

void CallbackNotifier::send(Delivery& d)
{
    d.inFlight = true;
    ++d.attempts;
    QNetworkRequest request{QUrl(d.url, QUrl::StrictMode)};
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery = &d] {
        reply->deleteLater();
        delivery->inFlight = false;
        delivery->lastHttpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delivery->delivered = delivery->lastHttpStatus == 200;
        if (!delivery->delivered)
            delivery->dueMs = m_clock->nowMs() + RetryMs;
    });
}

QJsonObject CallbackNotifier::toJson() const
{
    QJsonObject targets;
    for (auto it = m_targets.constBegin(); it != m_targets.constEnd(); ++it)
        targets.insert(it.key(),
                       QJsonObject{{QStringLiteral("url"), it->url}, {QStringLiteral("signed"), !it->key.isEmpty()}});
    QJsonArray deliveries;
    for (const Delivery& d : m_deliveries)
        deliveries.append(QJsonObject{{QStringLiteral("orderId"), d.orderId},
                                      {QStringLiteral("operation"), d.operation},
                                      {QStringLiteral("url"), d.url},
                                      {QStringLiteral("attempts"), d.attempts},
                                      {QStringLiteral("delivered"), d.delivered},
                                      {QStringLiteral("lastHttpStatus"), d.lastHttpStatus}});
    return {{QStringLiteral("targets"), targets}, {QStringLiteral("deliveries"), deliveries}};
}

} // namespace PayDesk::Sandbox
