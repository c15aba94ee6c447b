// RbsParser on arbitrary bytes read as a JSON answer, the way RbsClient reads every answer kind:
// the error of any answer, one order (getOrderStatusExtended, getOrderStatus), a page of orders
// (getLastOrdersForMerchants' orderStatuses), and the dates and statuses inside them.
#include "core/gateway/rbs/RbsParser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace PayDesk;

namespace {
void checkOrder(const Order& o)
{
    // Every amount carries the one currency the order is in; a status is one of the neutral ones.
    if (o.approved.currency() != o.amount.currency() || o.captured.currency() != o.amount.currency()
        || o.refunded.currency() != o.amount.currency())
        abort();
    (void)OrderStatusText::key(o.status);
    (void)o.capturable();
    (void)o.refundable();
    (void)o.card.lastFour();
    (void)o.amount.toDecimalString();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject answer = doc.object();
    const GatewayError error = RbsParser::errorOf(answer);
    if (error.isError())
        (void)error.userMessage();
    (void)RbsParser::errorCodeOf(answer);
    checkOrder(RbsParser::parseOrder(answer, 7));
    for (const QJsonValue& row : answer.value(QStringLiteral("orderStatuses")).toArray())
        checkOrder(RbsParser::parseOrder(row.toObject(), 30));
    for (auto it = answer.begin(); it != answer.end(); ++it) {
        (void)RbsParser::fromMillis(it.value());
        if (it.value().isDouble())
            (void)RbsParser::neutralStatus(it.value().toInt(), it.value().toInteger(), qint64(size));
    }
    return 0;
}
