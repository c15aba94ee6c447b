#include "core/store/OrderWriter.h"

#include "core/store/OrderCache.h"

namespace PayDesk {

OrderWriter::OrderWriter(const OrderCache* source, QObject* parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_source(source)
{
    m_thread.setObjectName(QStringLiteral("OrderWriter"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

OrderWriter::~OrderWriter()
{
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
}

void OrderWriter::write(const QString& profile, const QList<Order>& orders)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, profile, orders] {
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
                const StoreResult<int> stored = m_store->upsert(profile, orders);
                changed = stored.ok() ? stored.value : -1;
                if (!stored.ok())
                    error = stored.error.userMessage();
            }
            QMetaObject::invokeMethod(
                this, [this, changed, error] { done(changed, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OrderWriter::close()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            QString error;
            if (m_bulk && m_store && !m_store->endBulkLoad())
                error = m_store->errorString();
            m_bulk = false;
            QMetaObject::invokeMethod(
                this, [this, error] { emit closed(error); }, Qt::QueuedConnection);
        },
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
