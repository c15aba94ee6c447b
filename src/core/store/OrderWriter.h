#pragma once

#include "core/model/Order.h"

#include <QObject>
#include <QThread>

namespace PayDesk {

class OrderCache;

// Stores batches of orders on a thread of its own, through its own connection to the cache file,
// so that a sync parses the next pages while SQLite writes the last ones.
class OrderWriter : public QObject
{
    Q_OBJECT
public:
    // Writes through SOURCE.reopen(): a connection of its own to the same cache.
    explicit OrderWriter(const OrderCache* source, QObject* parent = nullptr);
    ~OrderWriter() override;

    // The first write into an empty cache starts a bulk load (OrderCache::beginBulkLoad).
    void write(const QString& profile, const QList<Order>& orders);
    // After the last write: ends a bulk load (building the indexes, on the writer's thread), then closed().
    void close();
    int pending() const { return m_pending; }

signals:
    void written(int changed);         // in the owner's thread, one per write()
    void failed(const QString& error); // instead of written()
    void drained();                    // nothing left to write
    void closed(const QString& error); // after close(); error empty when the indexes are in place

private:
    void done(int changed, const QString& error);

    QThread m_thread;
    QObject* m_context;            // lives in m_thread
    OrderCache* m_store = nullptr; // created, used and deleted in m_thread
    const OrderCache* m_source;
    int m_pending = 0;
    bool m_bulk = false; // used in m_thread
};

} // namespace PayDesk
