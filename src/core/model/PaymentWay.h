#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace PayDesk {

// How the customer paid, gateway-neutral; each client maps its own names (RBS paymentWay) to it.
enum class PaymentWay {
    None, // not paid, or the gateway does not say
    Card, // card details on the payment page
    StoredCard,
    MirPay,
    ApplePay,
    GooglePay,
    SamsungPay,
    Sbp,   // the Faster Payments System (QR)
    Other, // a way PayDesk does not name; the raw answer keeps the gateway's word
};

class PaymentWays
{
    Q_DECLARE_TR_FUNCTIONS(PaymentWays)
public:
    // "card", "mir_pay", ...: the cache's, the CLI's and JSON's spelling; "" for None.
    static QString key(PaymentWay way);
    static std::optional<PaymentWay> fromKey(const QString& key);
    static QString display(PaymentWay way); // translated: "Card", "Mir Pay", ...
};

} // namespace PayDesk
