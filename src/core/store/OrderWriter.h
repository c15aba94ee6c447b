#pragma once

#include "core/model/Order.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace PayDesk {

class OrderCache;
class OrderPacker;
struct PackedBatch;

// Stores batches of orders in two stages on two threads of its own: one packs each batch (OrderPacker: the
// CBOR, zstd), the other writes packed batches through its own connection to the cache file. So a sync
// parses the next pages, packs the last ones and SQLite writes the ones before, all at once. Batches are
// written in the order they were given.
class OrderWriter : public QObject
{
    Q_OBJECT
public:
    // Writes through SOURCE.reopen(): a connection of its own to the same cache; packs with SOURCE.packer().
    explicit OrderWriter(const OrderCache* source, QObject* parent = nullptr);
    ~OrderWriter() override;

    // The first write into an empty cache starts a bulk load (OrderCache::beginBulkLoad).
    void write(const QString& profile, const QList<Order>& orders);
    // After the last write: ends a bulk load (building the indexes, on the writer's thread), then closed().
    void close();
    // Batches given and not yet written (packing or waiting to be written).
    int pending() const { return m_pending; }

signals:
    void written(int changed);         // in the owner's thread, one per write()
    void failed(const QString& error); // instead of written()
    void drained();                    // nothing left to write
    void closed(const QString& error); // after close(); error empty when the indexes are in place

private:
    void store(const QString& profile, const PackedBatch& batch); // in m_thread
    void done(int changed, const QString& error);

    QThread m_packThread;
    QObject* m_packContext;                // lives in m_packThread
    std::unique_ptr<OrderPacker> m_packer; // used in m_packThread; null: the cache's upsert packs
    QThread m_thread;
    QObject* m_context;            // lives in m_thread
    OrderCache* m_store = nullptr; // created, used and deleted in m_thread
    const OrderCache* m_source;
    int m_pending = 0;
    bool m_bulk = false; // used in m_thread
};

} // namespace PayDesk
