// The RBS web service's answers and requests on arbitrary bytes: RbsSoapReader as RbsSoapWire reads
// every answer (a Fault, a <return> turned into REST's JSON, then RbsParser on it as the client
// does: one order, a page of orders), and the sandbox's SoapCall as it reads every request.
#include "core/gateway/rbs/RbsParser.h"
#include "core/gateway/rbssoap/RbsSoapReader.h"
#include "sandbox/soap/SoapCall.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

using namespace PayDesk;

namespace {
void checkOrder(const Order& o)
{
    if (o.approved.currency() != o.amount.currency() || o.captured.currency() != o.amount.currency()
        || o.refunded.currency() != o.amount.currency())
        abort();
    (void)OrderStatusText::key(o.status);
    (void)o.capturable();
    (void)o.amount.toDecimalString();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const RbsSoapReader::Answer answer = RbsSoapReader::read(body);
    // A fault or a broken body is an error with nothing read; a result is never both.
    if (answer.fault && (!answer.error.isError() || !answer.result.isEmpty()))
        abort();
    if (answer.error.isError())
        (void)answer.error.userMessage();
    (void)RbsParser::errorOf(answer.result);
    checkOrder(RbsParser::parseOrder(answer.result, 7));
    for (const QJsonValue& row : answer.result.value(QStringLiteral("orderStatuses")).toArray())
        checkOrder(RbsParser::parseOrder(row.toObject(), 30));
    const Sandbox::SoapCall call = Sandbox::SoapCall::parse(body);
    if (call.problem == Sandbox::SoapCall::Problem::None && call.endpoint.isEmpty())
        abort();
    return 0;
}
