#pragma once

#include "model/Order.h"

#include <QByteArray>

namespace PayDesk {

// Order <-> compact CBOR, lossless (the gateway's raw answer included): how the cache keeps
// every detail of an order without knowing which gateway it came from.
class OrderCodec
{
public:
    static QByteArray encode(const Order &order);
    static Order decode(const QByteArray &data);
};

} // namespace PayDesk
