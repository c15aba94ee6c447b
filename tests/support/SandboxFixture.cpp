#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PayDesk::Sandbox;

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_options(options)
    , m_server(std::make_unique<SandboxServer>(std::move(options)))
{
    QString error;
    if (!m_server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
}

QUrl SandboxFixture::api(const QString& endpoint) const
{
    return QUrl(baseUrl() + QStringLiteral("/payment/rest/") + endpoint + QStringLiteral(".do"));
}

HttpResult SandboxFixture::call(const QString& endpoint, QList<QPair<QString, QString>> fields, bool withAuth)
{
    if (withAuth) {
        fields.prepend({QStringLiteral("password"), m_options.password});
        fields.prepend({QStringLiteral("userName"), m_options.user});
    }
    return m_http.post(api(endpoint), TestHttp::form(fields));
}

QString SandboxFixture::registerOrder(qint64 amountMinor, bool preAuth, QList<QPair<QString, QString>> extra)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("orderNumber"),
         QStringLiteral("T-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_orderCounter)},
        {QStringLiteral("amount"), QString::number(amountMinor)},
        {QStringLiteral("returnUrl"), baseUrl() + QStringLiteral("/shop/return")}};
    fields += extra;
    const HttpResult r = call(preAuth ? QStringLiteral("registerPreAuth") : QStringLiteral("register"), fields);
    return r.json.value(QStringLiteral("orderId")).toString();
}

HttpResult SandboxFixture::pay(const QString& orderId, const QString& pan, const QString& expiry, const QString& cvc,
                               const QString& acsCode)
{
    HttpResult r = m_http.post(QUrl(baseUrl() + QStringLiteral("/payment/sandbox/pay")),
                               TestHttp::form({{QStringLiteral("mdOrder"), orderId},
                                               {QStringLiteral("pan"), pan},
                                               {QStringLiteral("expiry"), expiry},
                                               {QStringLiteral("cvc"), cvc},
                                               {QStringLiteral("holder"), QStringLiteral("TEST CARDHOLDER")}}));
    if (r.status == 303 && r.location.startsWith(QLatin1String("/payment/sandbox/acs"))) {
        r = m_http.post(QUrl(baseUrl() + QStringLiteral("/payment/sandbox/acs")),
                        TestHttp::form({{QStringLiteral("mdOrder"), orderId}, {QStringLiteral("code"), acsCode}}));
    }
    return r;
}

QJsonObject SandboxFixture::status(const QString& orderId)
{
    return call(QStringLiteral("getOrderStatusExtended"), {{QStringLiteral("orderId"), orderId}}).json;
}

QJsonObject SandboxFixture::inspect(const QString& orderId)
{
    return m_http.get(QUrl(baseUrl() + QStringLiteral("/sandbox/orders/") + orderId)).json;
}

void SandboxFixture::advanceClock(qint64 seconds)
{
    m_http.post(QUrl(baseUrl() + QStringLiteral("/sandbox/clock")),
                QJsonDocument(QJsonObject{{QStringLiteral("advanceSeconds"), seconds}}).toJson(), 15000,
                "application/json");
}

void SandboxFixture::addFault(const QString& endpoint, const QString& fault, int count, int delayMs)
{
    const HttpResult r = m_http.post(QUrl(baseUrl() + QStringLiteral("/sandbox/faults")),
                                     QJsonDocument(QJsonObject{{QStringLiteral("endpoint"), endpoint},
                                                               {QStringLiteral("fault"), fault},
                                                               {QStringLiteral("count"), count},
                                                               {QStringLiteral("delayMs"), delayMs}})
                                         .toJson(),
                                     15000, "application/json");
    if (r.status != 200)
        qFatal("fault not accepted: %s", r.body.constData());
}

int SandboxFixture::operationCount(const QString& orderId, const QString& type)
{
    int n = 0;
    for (const QJsonValue& op : inspect(orderId).value(QStringLiteral("operations")).toArray())
        n += op.toObject().value(QStringLiteral("type")).toString() == type;
    return n;
}

int SandboxFixture::pendingFaults()
{
    return int(m_http.get(QUrl(baseUrl() + QStringLiteral("/sandbox/faults"))).json.value("faults").toArray().size());
}
