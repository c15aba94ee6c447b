#include "sandbox/SandboxSeeder.h"

#include "sandbox/RbsGateway.h"
#include "sandbox/TestCards.h"

#include <QRandomGenerator>
#include <QUuid>

namespace PayDesk::Sandbox {

namespace {

const char* const Products[] = {
    "Кофемашина Delonghi Magnifica",
    "Наушники беспроводные",
    "Подписка на 12 месяцев",
    "Курс английского языка",
    "Доставка продуктов",
    "Книга «Мастер и Маргарита»",
    "Билет на концерт",
    "Чехол для телефона",
    "Ремонт велосипеда",
    "Гостиница, 2 ночи",
    "Корм для кошек, 10 кг",
    "Тренировка с инструктором",
    "Зимняя куртка",
    "Настольная игра",
    "Цветы с доставкой",
    "Аренда автомобиля",
};
const char* const Names[] = {"ivanov",  "petrova", "smirnov", "kuznetsova", "popov",  "sokolova",
                             "lebedev", "kozlova", "novikov", "morozova",   "volkov", "orlova"};
const char* const Holders[] = {"IVAN IVANOV", "ANNA PETROVA",   "OLEG SMIRNOV",   "MARIA KUZNETSOVA",
                               "PAVEL POPOV", "ELENA SOKOLOVA", "DMITRY LEBEDEV", "OLGA KOZLOVA"};
const char* const Domains[] = {"example.ru", "mail.example", "test.example.org"};
const char* const ApprovedPans[] = {"2202205000012424", "4006800900962514", "5469980100048525", "2202206100040083",
                                    "4111111111111111"};

template <typename T, size_t N>
const T& pick(QRandomGenerator& rng, const T (&list)[N])
{
    return list[rng.bounded(int(N))];
}

QString seededUuid(QRandomGenerator& rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = char(rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString digits(QRandomGenerator& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + rng.bounded(10));
    return s;
}

} // namespace

void SandboxSeeder::seed(RbsGateway& gateway, qint64 nowMs, int count, quint32 seed, const QString& merchant)
{
    constexpr qint64 Hour = 3600 * 1000;
    constexpr qint64 Day = 24 * Hour;
    const qint64 span = 28 * Day;
    const qint64 holdMs = gateway.config().holdMs;
    QRandomGenerator rng(seed);
    for (int i = 0; i < count; ++i) {
        SandboxOrder o;
        o.id = seededUuid(rng);
        o.merchant = merchant;
        o.orderNumber = QStringLiteral("SB-%1").arg(100001 + i);
        // Spread creation times over the span, in order, so later orders are newer.
        o.createdMs = nowMs - span + span * i / qMax(count, 1) + rng.bounded(qMax<qint64>(span / qMax(count, 1), 1));
        o.expiresMs = o.createdMs + 1200 * 1000;
        const int currencyDraw = rng.bounded(100);
        o.currency = currencyDraw < 94 ? 643 : currencyDraw < 97 ? 978 : 840;
        o.amount = qint64(rng.bounded(1, 60000)) * 100 + (rng.bounded(4) == 0 ? rng.bounded(100) : 0);
        o.preAuth = rng.bounded(100) < 55;
        o.description = QString::fromUtf8(pick(rng, Products));
        const QString name = QString::fromLatin1(pick(rng, Names));
        o.email = name + QLatin1Char('.') + digits(rng, 2) + QLatin1Char('@') + QString::fromLatin1(pick(rng, Domains));
        if (rng.bounded(3) == 0)
            o.phone = QStringLiteral("+79") + digits(rng, 9);
        o.returnUrl = QStringLiteral("https://shop.example/return");
        o.language = QStringLiteral("ru");
        if (rng.bounded(100) < 25)
            o.clientId = QStringLiteral("client-") + QString::number(rng.bounded(1, 200));

        const int outcome = rng.bounded(100);
        const QString pan = QString::fromLatin1(pick(rng, ApprovedPans));
        const TestCard* card = findTestCard(pan);
        const auto setCard = [&](bool approved) {
            o.maskedPan = maskPan(pan);
            o.expiration = QStringLiteral("20") + QString::fromLatin1(card->expiry).mid(3, 2)
                           + QString::fromLatin1(card->expiry).left(2);
            o.cardholderName = QString::fromLatin1(pick(rng, Holders));
            o.paymentSystem = paymentSystemOf(pan);
            o.ip = QStringLiteral("10.%1.%2.%3").arg(rng.bounded(256)).arg(rng.bounded(256)).arg(rng.bounded(1, 255));
            if (approved) {
                o.approvalCode = digits(rng, 6);
                o.authRefNum = digits(rng, 12);
                const int way = rng.bounded(100);
                o.paymentWay = way < 82   ? QStringLiteral("CARD")
                               : way < 94 ? QStringLiteral("MIR_PAY")
                                          : QStringLiteral("CARD_BINDING");
            }
        };
        if (outcome < 8) {
            if (o.expiresMs < nowMs) {
                o.status = Declined;
                o.actionCode = -2007;
                o.operations.append({o.expiresMs, QStringLiteral("DECLINE"), 0, QStringLiteral("auto"), {}});
            }
        } else if (outcome < 16) {
            setCard(false);
            o.status = Declined;
            o.actionCode = rng.bounded(2) ? 116 : -2006;
            o.operations.append(
                {o.createdMs + 60000, QStringLiteral("DECLINE"), 0, QStringLiteral("payment-page"), {}});
        } else {
            setCard(true);
            o.actionCode = 0;
            o.authMs = o.createdMs + rng.bounded(30, 600) * 1000LL;
            o.approved = o.amount;
            const int next = rng.bounded(100);
            if (o.preAuth) {
                o.status = Approved;
                o.operations.append(
                    {o.authMs, QStringLiteral("PREAUTHORIZATION"), o.amount, QStringLiteral("payment-page"), {}});
                const qint64 captureAt = o.authMs + rng.bounded(1, 72) * Hour;
                if (next < 45 && captureAt < nowMs) {
                    o.deposited =
                        rng.bounded(10) < 7 ? o.amount : qMax<qint64>(100, o.amount * rng.bounded(30, 95) / 100);
                    o.depositedMs = captureAt;
                    o.status = Deposited;
                    o.operations.append(
                        {captureAt, QStringLiteral("COMPLETION"), o.deposited, QStringLiteral("api"), {}});
                } else if (next < 58 && captureAt < nowMs) {
                    o.status = Reversed;
                    o.reversedMs = captureAt;
                    o.operations.append({captureAt, QStringLiteral("REVERSAL"), o.amount, QStringLiteral("api"), {}});
                } else if (nowMs - o.authMs >= holdMs) {
                    o.status = Reversed; // the hold ran out before anyone captured it
                    o.reversedMs = o.authMs + holdMs;
                    o.operations.append(
                        {o.reversedMs, QStringLiteral("REVERSAL"), o.amount, QStringLiteral("auto"), {}});
                }
            } else {
                o.status = Deposited;
                o.deposited = o.amount;
                o.depositedMs = o.authMs;
                o.operations.append(
                    {o.authMs, QStringLiteral("AUTHORIZATION"), o.amount, QStringLiteral("payment-page"), {}});
            }
            const qint64 refundAt = o.depositedMs + rng.bounded(2, 96) * Hour;
            if (o.status == Deposited && rng.bounded(100) < 14 && refundAt < nowMs) {
                o.refunded = rng.bounded(2) ? o.deposited : qMax<qint64>(100, o.deposited / 2);
                o.refundedMs = refundAt;
                o.status = Refunded;
                o.operations.append({refundAt, QStringLiteral("REFUND"), o.refunded, QStringLiteral("api"), {}});
            }
            if (!o.clientId.isEmpty()) {
                SandboxBinding b;
                b.id = seededUuid(rng);
                b.clientId = o.clientId;
                b.merchant = merchant;
                b.pan = pan;
                b.maskedPan = o.maskedPan;
                b.expiryDate = o.expiration;
                b.paymentSystem = o.paymentSystem;
                b.createdMs = o.authMs;
                gateway.addBinding(b);
                o.bindingId = b.id;
            }
        }
        gateway.insertOrder(std::move(o));
    }
}

} // namespace PayDesk::Sandbox
