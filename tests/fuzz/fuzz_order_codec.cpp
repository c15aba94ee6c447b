// OrderCodec::decode on arbitrary bytes (what a damaged cache file would hand it). Whatever it
// decodes must survive encode -> decode unchanged: the second encoding equals the first.
#include "core/model/OrderCodec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PayDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<Order> first = OrderCodec::decode(bytes);
    if (!first)
        return 0; // refused: not an order
    const Order& decoded = *first;
    const QByteArray once = OrderCodec::encode(decoded);
    const std::optional<Order> second = OrderCodec::decode(once);
    if (!second)
        abort(); // what it wrote itself, it must read
    const Order& again = *second;
    const QByteArray twice = OrderCodec::encode(again);
    if (once != twice) {
        fprintf(stderr, "OrderCodec round trip differs:\n  once:  %s\n  twice: %s\n", once.toHex().constData(),
                twice.toHex().constData());
        abort();
    }
    if (again.amount != decoded.amount || again.orderId != decoded.orderId || again.status != decoded.status
        || again.raw != decoded.raw || again.created != decoded.created)
        abort();
    return 0;
}
