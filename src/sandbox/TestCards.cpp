#include "sandbox/TestCards.h"

namespace PayDesk::Sandbox {

namespace {
const TestCard Cards[] = {
    {"2202205000012424", "05/28", "649", "", 0, -1, "MIR", "MIR, 3-D Secure 2 frictionless: approved"},
    {"2202205300068092", "05/26", "583", "111111", 0, 10000, "MIR", "MIR, 3-D Secure challenge, balance 100.00 RUB"},
    {"4006800900962514", "05/26", "941", "111111", 0, -1, "VISA", "VISA, 3-D Secure 1: approved"},
    {"5469980100048525", "05/26", "041", "111111", 0, -1, "MASTERCARD", "MasterCard, 3-D Secure 1: approved"},
    {"2202206100040083", "05/26", "061", "", 0, -1, "MIR", "MIR, not enrolled in 3-D Secure: approved"},
    {"2202205000060910", "06/28", "810", "111111", 116, -1, "MIR", "declined: insufficient funds (actionCode 116)"},
    {"2202202107593166", "06/22", "123", "111111", 101, -1, "MIR", "declined: card expired (actionCode 101)"},
    {"4111111111111111", "12/34", "123", "12345678", 0, -1, "VISA", "classic test card, 3-D Secure password 12345678"},
};
}

const TestCard* testCards(int* count)
{
    *count = int(std::size(Cards));
    return Cards;
}

const TestCard* findTestCard(const QString& pan)
{
    for (const TestCard& card : Cards) {
        if (pan == QLatin1String(card.pan))
            return &card;
    }
    return nullptr;
}

QString paymentSystemOf(const QString& pan)
{
    const int prefix4 = pan.left(4).toInt();
    if (pan.startsWith(QLatin1Char('4')))
        return QStringLiteral("VISA");
    if (prefix4 >= 2200 && prefix4 <= 2204)
        return QStringLiteral("MIR");
    if (pan.startsWith(QLatin1Char('5')) || (prefix4 >= 2221 && prefix4 <= 2720))
        return QStringLiteral("MASTERCARD");
    return QStringLiteral("UNDEFINED");
}

bool luhnValid(const QString& pan)
{
    if (pan.size() < 12 || pan.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = pan.size() - 1; i >= 0; --i) {
        const QChar c = pan.at(i);
        if (!c.isDigit())
            return false;
        int d = c.digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString maskPan(const QString& pan)
{
    return pan.left(6) + QStringLiteral("**") + pan.right(4);
}

} // namespace PayDesk::Sandbox
