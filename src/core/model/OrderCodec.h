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
    // With BESIDE (the order as the cache row's columns give it back), only what differs from it is
    // written, and the raw answer's values that repeat a column refer to it: the cache keeps each once.
    static QByteArray encode(const Order& order, const Order* beside = nullptr);
    // The order, or nullopt with the reason in `why` when DATA is not an order this codec wrote:
    // unreadable CBOR, trailing bytes, a field of the wrong type, an amount or a time out of range.
    // Data encoded beside an order is read with the same order beside it.
    static std::optional<Order> decode(const QByteArray& data, QString* why = nullptr, const Order* beside = nullptr);
};

} // namespace PayDesk
