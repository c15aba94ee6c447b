#pragma once

#include "core/model/Order.h"

#include <QByteArray>

#include <optional>

namespace PayDesk {

// Order <-> compact CBOR, lossless (the gateway's raw answer included): how the cache keeps
// every detail of an order without knowing which gateway it came from.
class OrderCodec
{
public:
    static QByteArray encode(const Order& order);
    // The order, or nullopt with the reason in `why` when DATA is not an order this codec wrote:
    // unreadable CBOR, trailing bytes, a field of the wrong type, an amount or a time out of range.
    static std::optional<Order> decode(const QByteArray& data, QString* why = nullptr);
};

} // namespace PayDesk
