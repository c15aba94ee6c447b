#pragma once

#include "core/model/GatewayError.h"
#include "core/model/Order.h"

#include <QByteArray>
#include <QCoreApplication>

namespace PayDesk {

// Reads the XML (Format=3) answers of the Assist web services (orderstate, orderresult, charge,
// cancel) into gateway-neutral Orders. Errors come as HTTP 200 with non-zero firstcode/secondcode,
// so those are checked before anything else; the inline DOCTYPE is skipped, never validated;
// every value is trimmed; billnumbers stay strings; amounts are decimal strings read exactly.
class AssistParser
{
    Q_DECLARE_TR_FUNCTIONS(AssistParser)
public:
    struct Answer
    {
        GatewayError error;  // request-level (firstcode/secondcode) or a malformed document
        QList<Order> orders; // one per <order>; an orderstate answer may hold one per payment attempt
    };

    static Answer parse(const QByteArray& xml, int holdDays);

    // The gateway-neutral state of an Assist orderstate value ("Delayed" -> Held, ...).
    static OrderStatus statusOf(const QString& orderState);
    // "5111111000965142.2" -> "5111111000965142".
    static QString plainBillnumber(const QString& billnumber);
    // The request-level error for firstcode/secondcode (both 0: none), with their meanings.
    static GatewayError codesError(int firstcode, int secondcode);
    // What a responsecode (AS000, AS100..AS998) means.
    static QString responseCodeText(const QString& code);
    // UPPER(MD5(UPPER(MD5(salt) + MD5(merchantId + orderNumber + amount + currency + state)))), hex digests.
    static QString checkValue(const QString& salt, const QString& merchantId, const QString& orderNumber,
                              const QString& amount, const QString& currency, const QString& state);

private:
    static QString firstCodeText(int code);  // what kind of failure
    static QString secondCodeText(int code); // what it is about
};

} // namespace PayDesk
