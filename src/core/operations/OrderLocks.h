#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace PayDesk {

// Runs work for one order at a time: the gateway refuses a second operation on an order while
// one is under way, and a double click must never send two.
class OrderLocks
{
public:
    using Release = std::function<void()>;
    // `work` runs now if the order is free, else after the current holder releases it.
    void run(const QString& orderId, std::function<void(Release)> work);
    bool isBusy(const QString& orderId) const { return m_queues.contains(orderId); }

private:
    void next(const QString& orderId);
    QHash<QString, QList<std::function<void(Release)>>> m_queues;
};

} // namespace PayDesk
