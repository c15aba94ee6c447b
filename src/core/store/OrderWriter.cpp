#include "core/store/OrderWriter.h"

#include "core/store/OrderCache.h"
#include "core/store/OrderPacker.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace PayDesk {

OrderWriter::OrderWriter(const OrderCache* source, QObject* parent)
    : QObject(parent)
    , m_packContext(new QObject)
    , m_packer(source->packer())
    , m_context(new QObject)
    , m_source(source)
{
    m_packThread.setObjectName(QStringLiteral("OrderPacker"));
    m_packContext->moveToThread(&m_packThread);
    m_packThread.start();
    m_thread.setObjectName(QStringLiteral("OrderWriter"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

OrderWriter::~OrderWriter()
{
    // Packing stops first: nothing is handed to the writing thread after this.
    m_packThread.quit();
    m_packThread.wait();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_store;
            m_store = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    delete m_packContext;
}

void OrderWriter::write(const QString& profile, const QList<Order>& orders)
{
    ++m_pending;
    // Both stages go through the packing thread, so batches and close() reach the writing thread in order.
    QMetaObject::invokeMethod(
        m_packContext,
        [this, profile, orders] {
            PackedBatch batch = m_packer ? m_packer->pack(orders) : PackedBatch{orders, {}, {}};
            QMetaObject::invokeMethod(
                m_context, [this, profile, batch] { store(profile, batch); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OrderWriter::store(const QString& profile, const PackedBatch& batch)
{
    QString error;
    int changed = -1;
    if (!m_store) {
        m_store = m_source->reopen().release();
        if (m_store->lastError().isError())
            error = m_store->errorString();
        else
            m_bulk = m_store->beginBulkLoad();
    }
    if (error.isEmpty()) {
        const StoreResult<int> stored =
            m_packer ? m_store->upsertPacked(profile, batch) : m_store->upsert(profile, batch.orders);
        changed = stored.ok() ? stored.value : -1;
        if (!stored.ok())
            error = stored.error.userMessage();
    }
#ifdef __GLIBC__
    // Each stage's thread has its own malloc arena, which keeps what a batch freed: give it back, so that a
    // sync's memory stays that of the few batches in flight.
    malloc_trim(0);
#endif
    QMetaObject::invokeMethod(
        this, [this, changed, error] { done(changed, error); }, Qt::QueuedConnection);
}

void OrderWriter::close()
{
    const auto end = [this] {
        QString error;
        if (m_bulk && m_store && !m_store->endBulkLoad())
            error = m_store->errorString();
        m_bulk = false;
        QMetaObject::invokeMethod(
            this, [this, error] { emit closed(error); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_packContext, [this, end] { QMetaObject::invokeMethod(m_context, end, Qt::QueuedConnection); },
        Qt::QueuedConnection);
}

void OrderWriter::done(int changed, const QString& error)
{
    --m_pending;
    if (error.isEmpty())
        emit written(changed);
    else
        emit failed(error);
    if (m_pending == 0)
        emit drained();
}

} // namespace PayDesk
