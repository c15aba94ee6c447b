#pragma once

#include "core/gateway/GatewayJob.h"
#include "core/io/OrderExporter.h"
#include "core/operations/JournalReconciler.h"
#include "core/session/GatewayCapabilities.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderStore.h"
#include "core/sync/OrderSync.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace PayDesk {

class CaptureBatch;

// The desk's views of the cache, each a fixed filter of statuses.
enum class DeskView { NeedsCapture, AllOrders, Refunds };

// The sidebar's figures; `trusted` is false when the cache could not be read (never a confident 0).
struct ViewCounts
{
    int held = 0;
    int due = 0; // held and due within DeadlinePolicy::DueWithinHours
    int all = 0;
    int refunds = 0;
    bool trusted = true;
};
class GatewayClient;
class OrderOperations;
class OrderStore;

// One profile at the desk: its gateway, its cache and journal, and everything a user does with
// them. Every money operation goes through the journal and lands in the cache; the views listen
// to orderChanged() and ordersChanged().
class Desk : public QObject
{
    Q_OBJECT
public:
    Desk(GatewayClient* client, OrderStore* store, QString profileId, QString profileName, QObject* parent = nullptr);
    ~Desk() override;

    QString profileId() const { return m_profileId; }
    GatewayCapabilities capabilities() const;
    QString profileName() const { return m_profileName; }
    // Where test payments send the customer back to; the sandbox has a page of its own.
    QString returnUrl() const { return m_returnUrl; }
    void setReturnUrl(const QString& url) { m_returnUrl = url; }

    void startSync(const SyncOptions& options = {});
    void cancelSync();
    bool isSyncing() const;

    OperationJob* capture(const QString& orderId, std::optional<Money> amount = std::nullopt);
    OperationJob* reverse(const QString& orderId);
    OperationJob* refund(const QString& orderId, std::optional<Money> amount = std::nullopt);
    RegisterJob* registerOrder(const RegisterRequest& request);
    CaptureBatch* captureBatch(const QStringList& orderIds);
    // Asks the gateway for the order's status (stored in the cache) and its fiscal receipts.
    OrderJob* refresh(const QString& orderId);
    QList<Receipt> knownReceipts(const QString& orderId) const { return m_receipts.value(orderId); }
    void reconcile();

    // The cached order; a damaged one is reported through cacheDamaged() and read as absent.
    std::optional<Order> order(const QString& orderId);
    // Asks the gateway for the order with this merchant's number (stored in the cache when found).
    OrderJob* findByNumber(const QString& orderNumber);

    // The cache through the desk's views: rows in pages, counts, held amounts for the chart, the journal.
    static OrderFilter filterOf(DeskView view);
    QList<OrderSummary> orders(const OrderFilter& filter, int offset, int limit) const;
    int count(const OrderFilter& filter) const;
    ViewCounts viewCounts() const;
    QList<HeldAmount> heldAmounts() const;
    QList<OrderSummary> dueOrders(int limit) const;
    QList<JournalEntry> journalEntries(const JournalFilter& filter) const;
    // The journal's entries for one order, its registration included: the timeline of its details.
    QList<JournalEntry> history(const Order& order) const;
    // The orders the filter selects / the journal's entries, as CSV written whole or not at all.
    ExportResult exportOrders(const OrderFilter& filter, const QString& path);
    ExportResult exportJournal(const JournalFilter& filter, const QString& path) const;

signals:
    // Orders whose cached form could not be read: left out of the views and fetched again by the next sync.
    void cacheDamaged(const QList<DamagedRow>& rows, const QString& cacheFile);
    void syncProgress(const SyncProgress& progress);
    void syncFinished(const SyncReport& report);
    void reconciled(const ReconcileReport& report);
    void orderChanged(const QString& orderId);
    void ordersChanged();

private:
    void remember(const Order& order);
    void reportDamage();
    OperationJob* track(OperationJob* job);

    GatewayClient* m_client;
    OrderStore* m_store;
    QString m_profileId;
    QString m_profileName;
    QString m_returnUrl = QStringLiteral("https://example.org/paydesk/return");
    std::unique_ptr<OperationJournal> m_journal;
    OrderOperations* m_operations;
    OrderSync* m_sync;
    QHash<QString, QList<Receipt>> m_receipts; // as last fetched by refresh()
};

} // namespace PayDesk
