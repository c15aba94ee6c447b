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

#include <functional>

#include <memory>
#include <optional>

namespace PayDesk {

class CaptureBatch;

// The desk's views of the cache, each a fixed filter: holds that can still be captured, every order,
// refunds and reversals, and holds whose deadline passed while the gateway still lists them as held.
enum class DeskView { NeedsCapture, AllOrders, Refunds, Expired };

// The sidebar's figures; `trusted` is false when the cache could not be read (never a confident 0).
struct ViewCounts
{
    int held = 0; // holds not yet expired
    int due = 0;  // of those, due within DeadlinePolicy::DueWithinHours
    int all = 0;
    int refunds = 0;
    int expired = 0; // held, deadline passed
    bool trusted = true;
    bool stale = false; // read from a cache whose last sync failed or is old: figures to be taken with care
};
class GatewayClient;
class OrderOperations;
class OrderStore;
class TeamLink;

// The held orders a filter selects, for a batch capture: their ids and what they hold per currency.
struct HeldSelection
{
    QStringList orderIds;
    QList<Money> totals; // one per currency, in the order first met
    StoreError error;    // the cache could not be read: nothing is selected

    // Adds the order and what it still holds.
    void add(const Order& order);
};

// One profile at the desk: its gateway, its cache and journal, and everything a user does with
// them. Every money operation goes through the journal and lands in the cache; the views listen
// to orderChanged() and ordersChanged().
class Desk : public QObject
{
    Q_OBJECT
public:
    Desk(GatewayClient* client, OrderCache* store, QString profileId, QString profileName, QObject* parent = nullptr);
    // A desk that owns its client and cache (as Workplace opens it).
    Desk(std::unique_ptr<GatewayClient> client, std::unique_ptr<OrderCache> store, QString profileId,
         QString profileName, QObject* parent = nullptr);
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
    OperationJob* payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc);
    // The closing receipt of a paid order whose receipt at payment was an advance; the receipts follow.
    OperationJob* closeReceipt(const QString& orderId);
    CaptureBatch* captureBatch(const QStringList& orderIds);
    // The held orders in the cache whose hold has not expired (due within DUEWITHINHOURS when it is not
    // negative), soonest deadline first.
    HeldSelection heldOrders(int dueWithinHours = -1) const;
    // Asks the gateway for the order's status (stored in the cache).
    OrderJob* status(const QString& orderId);
    // The order's status and its fiscal receipts (knownReceipts()).
    OrderJob* refresh(const QString& orderId);
    QList<Receipt> knownReceipts(const QString& orderId) const { return m_receipts.value(orderId); }
    ReceiptListJob* receipts(const QString& orderId);
    BindingListJob* bindings(const QString& clientId);
    // Settles the journal's open operations from the orders' status; emits reconciled() with the report.
    void reconcile();
    // How long an operation's answer may still arrive before the reconciler reads the status instead.
    // On a team desk it also sets how long a claim on an order lasts unless released: as long as an
    // operation may take (a status read, the request and a status read after a lost answer).
    void setSettleSecs(int seconds);

    // The cached order; a damaged one is reported through cacheDamaged() and read as absent.
    std::optional<Order> order(const QString& orderId);
    // Asks the gateway for the order with this merchant's number (stored in the cache when found).
    OrderJob* findByNumber(const QString& orderNumber);
    // The order KEY names, by its gateway id or by the merchant's order number: the cache is asked
    // first, then the gateway (by id, then by number). The order comes fresh from the gateway; the
    // job fails with GatewayError::noSuchOrder when neither the cache nor the gateway knows KEY.
    OrderJob* locate(const QString& key);

    // The cache through the desk's views: rows in pages, counts, held amounts for the chart, the journal.
    static OrderFilter filterOf(DeskView view);
    QList<OrderSummary> orders(const OrderFilter& filter, int offset, int limit) const;
    int count(const OrderFilter& filter) const;
    // Every matching order in full, in sort order, at most LIMIT (all when negative).
    StoreError forEachOrder(const OrderFilter& filter, const std::function<void(const Order&)>& visit, int limit = -1);
    // Whether the cache has been filled by a sync at least once.
    bool hasSynced() const;
    // When the last sync succeeded, and why the last one failed (empty after a success).
    SyncState syncState() const;
    QString cacheFile() const;
    bool cacheIsReadOnly() const;
    ViewCounts viewCounts() const;
    QList<HeldAmount> heldAmounts() const;
    // What the filter's orders add up to, exactly, one Money per currency (empty when the cache failed: cacheFailed()).
    QList<Money> totals(const OrderFilter& filter, TotalOf what) const;
    QList<OrderSummary> dueOrders(int limit) const;
    StoreResult<QList<JournalEntry>> journalEntries(const JournalFilter& filter) const;
    // The journal's entries for one order, its registration included: the timeline of its details.
    QList<JournalEntry> history(const Order& order) const;
    // The orders the filter selects / the journal's entries, as CSV written whole or not at all.
    ExportResult exportOrders(const OrderFilter& filter, const QString& path);
    ExportResult exportJournal(const JournalFilter& filter, const QString& path) const;

signals:
    // The cache could not be read or written: what the call returned (an empty list, a zero count,
    // no order) is not the cache's truth.
    void cacheFailed(const StoreError& error) const;
    // Orders whose cached form could not be read: left out of the views and fetched again by the next sync.
    void cacheDamaged(const QList<DamagedRow>& rows, const QString& cacheFile);
    void syncProgress(const SyncProgress& progress);
    void syncFinished(const SyncReport& report);
    void reconciled(const ReconcileReport& report);
    void orderChanged(const QString& orderId);
    void ordersChanged();

private:
    // The order a job finds lands in the cache.
    OrderJob* rememberFound(OrderJob* job);
    // The value; a failure is reported through cacheFailed() and gives the empty value.
    template <typename T>
    T reported(const StoreResult<T>& read) const
    {
        if (!read.ok())
            emit cacheFailed(read.error);
        return read.value;
    }
    void remember(const Order& order);
    void reportDamage();
    OperationJob* track(OperationJob* job);

    std::unique_ptr<GatewayClient> m_ownedClient; // when the desk owns them; destroyed after the journal
    std::unique_ptr<OrderCache> m_ownedStore;
    GatewayClient* m_client;
    OrderCache* m_store;
    QString m_profileId;
    QString m_profileName;
    QString m_returnUrl = QStringLiteral("https://example.org/paydesk/return");
    std::unique_ptr<OperationJournal> m_journal;
    OrderOperations* m_operations;
    OrderSync* m_sync;
    QHash<QString, QList<Receipt>> m_receipts; // as last fetched by refresh()
    int m_settleSecs = -1;                     // the reconciler's own default
    TeamLink* m_team = nullptr;                // on a team's cache: one syncer, the others' changes live
};

} // namespace PayDesk
