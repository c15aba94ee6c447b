#pragma once

#include "core/model/OperationResult.h"

#include <QDateTime>
#include <QHash>

#include <QObject>
#include <QStringList>

#include <optional>

namespace PayDesk {

class OrderListJob;
class OrderOperations;

// Captures many held payments, a few at a time, each through OrderOperations (fresh status,
// validation, journal, one send). Pausing or cancelling stops new captures; those under way finish.
class CaptureBatch : public QObject
{
    Q_OBJECT
public:
    // How an item ended, as a person acts on it.
    enum class Group { Done, Refused, TryAgain, Unknown };

    struct Item
    {
        QString orderId;
        std::optional<Money> amount; // none: everything still held
        OperationResult result;
        bool finished = false;
    };

    CaptureBatch(OrderOperations* operations, const QStringList& orderIds, QObject* parent = nullptr);
    void setAmount(int index, const Money& amount) { m_items[index].amount = amount; }
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    QString id() const { return m_id; }

    // The batch's orders were created from FROM to TO: start() lists the window's held orders once, and each capture is
    // checked against the listing while it is fresh (ListingFreshMSecs) instead of reading its status first.
    // Orders the listing lacks, and those sent after it grew stale, read their status as before.
    void setCreatedWindow(const QDateTime& from, const QDateTime& to);

    void start();
    void pause();
    void resume();
    void cancel();
    bool isPaused() const { return m_paused; }
    const QList<Item>& items() const { return m_items; }
    int countOf(OperationResult::Outcome outcome) const;
    int countIn(Group group) const;
    static Group groupOf(const OperationResult& result);
    // Sends again those that ended in a temporary failure (and only those); false when there are none.
    bool retryFailed();

    static constexpr int DefaultConcurrency = 6;
    static constexpr qint64 ListingFreshMSecs = 10000;

signals:
    void itemFinished(int index, const OperationResult& result);
    void progress(int done, int total);
    void itemRetrying(int index);
    void finished();

private:
    void launch();
    void listed(OrderListJob* job);
    std::optional<Order> freshOrder(const QString& orderId) const;

    OrderOperations* m_operations;
    QList<Item> m_items;
    QString m_id;
    int m_concurrency = DefaultConcurrency;
    QList<int> m_pending; // indexes not yet sent, in order
    int m_inFlight = 0;
    int m_done = 0;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QDateTime m_createdFrom;
    QDateTime m_createdTo;
    QHash<QString, Order> m_listed; // the batch's orders as the listing gave them
    qint64 m_listedAt = 0;          // Clock's msecs when the listing arrived
    bool m_listing = false;
};

} // namespace PayDesk
