// OrderCodec::decode on arbitrary bytes (what a damaged cache file would hand it). Whatever it
// decodes must survive encode -> decode unchanged: the second encoding equals the first.
#include "model/OrderCodec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PayDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Order decoded = OrderCodec::decode(bytes);
    const QByteArray once = OrderCodec::encode(decoded);
    const Order again = OrderCodec::decode(once);
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
