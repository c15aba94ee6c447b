// AssistParser on arbitrary bytes read as an Assist XML answer (orderstate, orderresult, charge,
// cancel, resultbydate all go through parse()), then what AssistClient does with each order:
// the checkvalue, the plain billnumber, the state and response code texts.
#include "core/gateway/assist/AssistParser.h"

#include <cstdint>
#include <cstdlib>

using namespace PayDesk;

namespace {
// In the order's currency, or an untouched zero (nothing approved, captured or refunded).
bool sameCurrencyOrNone(const Money& m, const Currency& currency)
{
    return m.currency() == currency || (!m.isValid() && m.isZero());
}

void checkOrder(const Order& o)
{
    const Currency currency = o.amount.currency();
    if (!currency.isValid() || !sameCurrencyOrNone(o.approved, currency) || !sameCurrencyOrNone(o.captured, currency)
        || !sameCurrencyOrNone(o.refunded, currency))
        abort(); // parse() refuses an order whose currency it cannot read
    const auto raw = [&o](const char* name) { return o.raw.value(QLatin1String(name)).toString(); };
    (void)AssistParser::checkValue(QStringLiteral("salt"), QStringLiteral("123"), o.orderNumber, raw("orderamount"),
                                   raw("ordercurrency"), o.gatewayState);
    if (AssistParser::statusOf(o.gatewayState) == OrderStatus::Unknown && o.status != OrderStatus::Unknown)
        abort();
    (void)AssistParser::plainBillnumber(raw("billnumber"));
    (void)AssistParser::responseCodeText(raw("responsecode"));
    (void)o.capturable();
    (void)o.refundable();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray xml = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const AssistParser::Answer answer = AssistParser::parse(xml, 7);
    if (answer.error.isError()) {
        (void)answer.error.userMessage();
        if (!answer.orders.isEmpty() && answer.error.kind == GatewayError::Kind::Malformed)
            abort(); // a malformed answer yields no orders
    }
    for (const Order& o : answer.orders)
        checkOrder(o);
    if (size >= 2)
        (void)AssistParser::codesError(int(int8_t(data[0])), int(data[1]) * 3);
    return 0;
}
