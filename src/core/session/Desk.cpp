#include "core/session/Desk.h"

#include "core/gateway/GatewayClient.h"
#include "core/gateway/JobPromise.h"
#include "core/money/MoneyTotals.h"
#include "core/operations/CaptureBatch.h"
#include "core/operations/OrderOperations.h"
#include "core/session/DeadlinePolicy.h"
#include "core/store/OrderStore.h"
#include "core/team/TeamLink.h"

namespace PayDesk {

Desk::Desk(GatewayClient* client, OrderCache* store, QString profileId, QString profileName, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profileId(std::move(profileId))
    , m_profileName(std::move(profileName))
    , m_journal(std::make_unique<OperationJournal>(store->database()))
    , m_operations(new OrderOperations(client, this))
    , m_sync(new OrderSync(client, store, m_profileId, this))
{
    m_operations->setJournal(m_journal.get(), m_profileId);
    connect(m_sync, &OrderSync::progress, this, &Desk::syncProgress);
    connect(m_sync, &OrderSync::finished, this, [this](SyncReport report) {
        report.error.profileName = m_profileName; // a refused login names whose
        emit ordersChanged();
        emit syncFinished(report);
    });
    if (TeamLink::isTeam(*store)) {
        m_team = new TeamLink(this, store, m_profileId);
        connect(m_team, &TeamLink::changedElsewhere, this, &Desk::ordersChanged);
        connect(m_team, &TeamLink::syncSkipped, this, [this](const SyncReport& report) {
            emit ordersChanged();
            emit syncFinished(report);
        });
    }
}

Desk::Desk(std::unique_ptr<GatewayClient> client, std::unique_ptr<OrderCache> store, QString profileId,
           QString profileName, QObject* parent)
    : Desk(client.get(), store.get(), std::move(profileId), std::move(profileName), parent)
{
    m_ownedClient = std::move(client);
    m_ownedStore = std::move(store);
}

Desk::~Desk()
{
    // The sync, batches and reconcilers use the client and the cache: they go first, one at a time
    // (one may take another with it).
    while (!children().isEmpty())
        delete children().constFirst();
}

void Desk::setSettleSecs(int seconds)
{
    m_settleSecs = seconds;
    m_operations->setClaimLeaseSecs(3 * seconds + 5);
}

void Desk::startSync(const SyncOptions& options)
{
    if (!m_sync->isRunning() && (!m_team || m_team->mayList(options)))
        m_sync->start(options);
}

void Desk::cancelSync()
{
    m_sync->cancel();
}

bool Desk::isSyncing() const
{
    return m_sync->isRunning();
}

void Desk::remember(const Order& order)
{
    const StoreResult<int> stored = m_store->upsert(m_profileId, {order});
    if (stored.ok())
        emit orderChanged(order.orderId);
    else
        emit cacheFailed(stored.error);
}

OperationJob* Desk::track(OperationJob* job)
{
    connect(job, &OperationJob::finished, this, [this, job] {
        if (job->result().orderKnown)
            remember(job->result().order);
        else if (m_team)
            m_team->tell(); // its journal entry changed all the same
    });
    return job;
}

OperationJob* Desk::capture(const QString& orderId, std::optional<Money> amount)
{
    return track(m_operations->capture(orderId, amount));
}

OperationJob* Desk::reverse(const QString& orderId)
{
    return track(m_operations->reverse(orderId));
}

OperationJob* Desk::refund(const QString& orderId, std::optional<Money> amount)
{
    return track(m_operations->refund(orderId, amount));
}

RegisterJob* Desk::registerOrder(const RegisterRequest& request)
{
    RegisterJob* job = m_operations->registerOrder(request);
    connect(job, &RegisterJob::finished, this, [this, job] {
        if (job->succeeded() && !job->value().orderId.isEmpty())
            emit orderChanged(job->value().orderId);
    });
    return job;
}

OperationJob* Desk::payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc)
{
    return track(m_operations->payWithBinding(orderId, bindingId, cvc));
}

OperationJob* Desk::closeReceipt(const QString& orderId)
{
    OperationJob* job = track(m_operations->closeReceipt(orderId));
    connect(job, &OperationJob::finished, this, [this, job, orderId] {
        if (job->result().outcome == OperationResult::Outcome::Done)
            refresh(orderId); // the new receipt in knownReceipts()
    });
    return job;
}

void HeldSelection::add(const Order& o)
{
    orderIds.append(o.orderId);
    MoneyTotals sum;
    for (const Money& m : totals)
        sum.add(m);
    sum.add(o.capturable());
    totals = sum.list();
}

HeldSelection Desk::heldOrders(int dueWithinHours) const
{
    OrderFilter filter = filterOf(DeskView::NeedsCapture);
    filter.dueWithinHours = dueWithinHours;
    HeldSelection selection;
    const StoreError read = m_store->forEach(m_profileId, filter, [&selection](const Order& o) { selection.add(o); });
    if (read.isError())
        selection = HeldSelection{{}, {}, read};
    return selection;
}

CaptureBatch* Desk::captureBatch(const QStringList& orderIds)
{
    auto* batch = new CaptureBatch(m_operations, orderIds, this);
    // The batch's checks come from one listing of the days its orders were created in (as the cache knows them).
    QDateTime from;
    QDateTime to;
    for (const QString& id : orderIds) {
        if (const std::optional<Order> o = m_store->order(m_profileId, id).value; o && o->created.isValid()) {
            from = from.isValid() ? qMin(from, o->created) : o->created;
            to = to.isValid() ? qMax(to, o->created) : o->created;
        }
    }
    if (from.isValid())
        batch->setCreatedWindow(from.addSecs(-60), to.addSecs(60));
    connect(batch, &CaptureBatch::itemFinished, this, [this](int, const OperationResult& result) {
        if (result.orderKnown)
            remember(result.order);
    });
    return batch;
}

OrderJob* Desk::status(const QString& orderId)
{
    return rememberFound(m_client->fetchOrder(orderId));
}

OrderJob* Desk::rememberFound(OrderJob* job)
{
    connect(job, &OrderJob::finished, this, [this, job] {
        if (job->succeeded())
            remember(job->order());
    });
    return job;
}

ReceiptListJob* Desk::receipts(const QString& orderId)
{
    return m_client->receipts(orderId);
}

BindingListJob* Desk::bindings(const QString& clientId)
{
    return m_client->bindings(clientId);
}

OrderJob* Desk::refresh(const QString& orderId)
{
    ReceiptListJob* receipts = m_client->receipts(orderId);
    connect(receipts, &ReceiptListJob::finished, this, [this, receipts, orderId] {
        if (receipts->succeeded()) {
            m_receipts.insert(orderId, receipts->value());
            emit orderChanged(orderId);
        }
    });
    return status(orderId);
}

void Desk::reconcile()
{
    auto* reconciler = new JournalReconciler(m_client, m_journal.get(), m_store, m_profileId, this);
    if (m_settleSecs >= 0)
        reconciler->setSettleSecs(m_settleSecs);
    connect(reconciler, &JournalReconciler::finished, this, [this, reconciler](const ReconcileReport& report) {
        reconciler->deleteLater();
        if (report.done + report.notDone > 0)
            emit ordersChanged();
        emit reconciled(report);
    });
    reconciler->start();
}

std::optional<Order> Desk::order(const QString& orderId)
{
    const std::optional<Order> found = reported(m_store->order(m_profileId, orderId));
    reportDamage();
    return found;
}

ExportResult Desk::exportOrders(const OrderFilter& filter, const QString& path)
{
    const ExportResult result = OrderExporter::exportOrders(*m_store, m_profileId, filter, path);
    reportDamage();
    return result;
}

ExportResult Desk::exportJournal(const JournalFilter& filter, const QString& path) const
{
    const StoreResult<QList<JournalEntry>> entries = m_journal->entries(m_profileId, filter);
    if (!entries.ok())
        return ExportResult{0, entries.error.userMessage()};
    return OrderExporter::exportJournal(entries.value, path);
}

void Desk::reportDamage()
{
    const QList<DamagedRow> damaged = m_store->takeDamagedRows();
    if (damaged.isEmpty())
        return;
    emit cacheDamaged(damaged, m_store->path());
    emit ordersChanged();
}

GatewayCapabilities Desk::capabilities() const
{
    return GatewayCapabilities::of(m_client->kind());
}

OrderJob* Desk::findByNumber(const QString& orderNumber)
{
    return rememberFound(m_client->fetchOrderByNumber(orderNumber));
}

OrderJob* Desk::locate(const QString& key)
{
    std::optional<Order> known = order(key);
    if (!known)
        known = reported(m_store->orderByNumber(m_profileId, key));
    if (known)
        return status(known->orderId);
    JobPromise<OrderJob> promise(this);
    // Then the gateway: an id it knows, else a number it knows; each answer ends the job with what it says.
    const auto settle = [promise](OrderJob* job) {
        if (job->succeeded())
            promise.complete(job->order());
        else
            promise.fail(job->error());
    };
    OrderJob* byId = status(key);
    connect(byId, &OrderJob::finished, this, [this, key, byId, settle, promise] {
        if (!byId->error().noSuchOrder)
            return settle(byId);
        OrderJob* byNumber = findByNumber(key);
        connect(byNumber, &OrderJob::finished, promise.job(), [byNumber, settle] { settle(byNumber); });
    });
    return promise.job();
}

OrderFilter Desk::filterOf(DeskView view)
{
    OrderFilter f;
    switch (view) {
    case DeskView::NeedsCapture:
    case DeskView::Expired:
        f.statuses = {OrderStatus::Held};
        f.holds = view == DeskView::Expired ? HoldDeadline::Expired : HoldDeadline::Open;
        f.sortColumn = OrderColumn::Deadline;
        f.sortOrder = view == DeskView::Expired ? Qt::DescendingOrder : Qt::AscendingOrder;
        break;
    case DeskView::Refunds:
        f.statuses = {OrderStatus::Reversed, OrderStatus::Refunded, OrderStatus::PartlyRefunded};
        break;
    case DeskView::AllOrders:
        break;
    }
    return f;
}

QList<OrderSummary> Desk::orders(const OrderFilter& filter, int offset, int limit) const
{
    return reported(m_store->orders(m_profileId, filter, offset, limit));
}

int Desk::count(const OrderFilter& filter) const
{
    return reported(m_store->count(m_profileId, filter));
}

StoreError Desk::forEachOrder(const OrderFilter& filter, const std::function<void(const Order&)>& visit, int limit)
{
    const StoreError read = m_store->forEach(m_profileId, filter, visit, limit);
    reportDamage();
    return read;
}

bool Desk::hasSynced() const
{
    return syncState().syncedAt.isValid();
}

SyncState Desk::syncState() const
{
    return reported(m_store->syncState(m_profileId));
}

QString Desk::cacheFile() const
{
    return m_store->path();
}

bool Desk::cacheIsReadOnly() const
{
    return m_store->isReadOnly();
}

ViewCounts Desk::viewCounts() const
{
    OrderFilter due = filterOf(DeskView::NeedsCapture);
    due.dueWithinHours = DeadlinePolicy::DueWithinHours;
    const StoreResult<int> held = m_store->count(m_profileId, filterOf(DeskView::NeedsCapture));
    const StoreResult<int> dueSoon = m_store->count(m_profileId, due);
    const StoreResult<int> all = m_store->count(m_profileId, filterOf(DeskView::AllOrders));
    const StoreResult<int> refunds = m_store->count(m_profileId, filterOf(DeskView::Refunds));
    const StoreResult<int> expired = m_store->count(m_profileId, filterOf(DeskView::Expired));
    for (const StoreResult<int>* read : {&held, &dueSoon, &all, &refunds, &expired}) {
        if (!read->ok()) {
            reported(*read);
            ViewCounts unknown;
            unknown.trusted = false; // never a confident 0
            return unknown;
        }
    }
    return ViewCounts{held.value, dueSoon.value, all.value, refunds.value, expired.value, true, false};
}

QList<HeldAmount> Desk::heldAmounts() const
{
    return reported(m_store->heldAmounts(m_profileId));
}

QList<Money> Desk::totals(const OrderFilter& filter, TotalOf what) const
{
    return reported(m_store->totals(m_profileId, filter, what));
}

QList<OrderSummary> Desk::dueOrders(int limit) const
{
    OrderFilter due = filterOf(DeskView::NeedsCapture);
    due.dueWithinHours = DeadlinePolicy::DueWithinHours;
    return orders(due, 0, limit);
}

StoreResult<QList<JournalEntry>> Desk::journalEntries(const JournalFilter& filter) const
{
    return m_journal->entries(m_profileId, filter);
}

QList<JournalEntry> Desk::history(const Order& order) const
{
    JournalFilter mine;
    mine.orderId = order.orderId;
    mine.orderNumber = order.orderNumber;
    return reported(journalEntries(mine));
}

} // namespace PayDesk
