#pragma once

#include "core/model/Order.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace PayDesk {

class OrderBlob;

// A batch of orders with each one's stored form made ahead of the write (OrderCache::upsertPacked).
struct PackedBatch
{
    QList<Order> orders;    // packed: without their raw answers and carts (those are in `data` only)
    QList<QByteArray> data; // one per order, in order
    QByteArray dictionary;  // what `data` was packed with (empty: none); the cache keeps it with the rows
};

// The CPU half of storing orders: each one's CBOR (OrderCodec), zstd-packed against the cache's newest
// dictionary, so that a sync packs the next batch on a thread of its own while the cache writes the last
// one. A packer made for a cache without a dictionary trains one on the first batch big enough; every
// batch it packs carries that dictionary, so whichever batch is stored first keeps it in the cache.
// Not thread-safe: one thread at a time.
class OrderPacker
{
public:
    static constexpr int MinTrainingBatch = 1000;

    // How a cache keeps an order: its CBOR as it is (before schema 6), zstd-packed (6 to 9), or packed with only
    // what its row's columns do not hold (10: OrderRow).
    enum class Form { Cbor, Packed, BesideColumns };

    // DICTIONARIES: the cache's, oldest first.
    OrderPacker(Form form, const QList<QByteArray>& dictionaries);
    ~OrderPacker();
    OrderPacker(const OrderPacker&) = delete;
    OrderPacker& operator=(const OrderPacker&) = delete;

    bool hasDictionary() const { return !m_dictionary.isEmpty(); }
    PackedBatch pack(const QList<Order>& orders);

private:
    std::unique_ptr<OrderBlob> m_blob;
    QByteArray m_dictionary;
    Form m_form;
};

} // namespace PayDesk
