#include "core/sync/OrderSync.h"
#include "core/time/Clock.h"

#include "core/gateway/GatewayClient.h"
#include "core/store/OrderStore.h"
#include "core/store/OrderWriter.h"

#include <QLoggingCategory>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcSync, "paydesk.sync", QtInfoMsg)

namespace {
const int RefreshBatch = 50;
// Pages are stored a few at a time: one transaction per page would rewrite the same index pages
// into the WAL again and again, and halve the sync's speed.
const int ListBatch = 2000;
const int MaxQueuedBatches = 3; // one packing, one writing, one waiting: every stage busy
} // namespace

OrderSync::OrderSync(GatewayClient* client, OrderCache* store, QString profile, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profile(std::move(profile))
{ }

void OrderSync::start(const SyncOptions& options)
{
    Q_ASSERT(!m_running);
    m_options = options;
    m_report = {};
    m_cancelled = false;
    m_running = true;
    m_toRefresh.clear();
    m_refreshed.clear();
    m_pending.clear();
    m_nextRefresh = 0;
    m_refreshInFlight = 0;

    const QDateTime now = Clock::nowUtc();
    // A few minutes ahead: the gateway's clock may run ahead of ours.
    m_report.to = options.to.isValid() ? options.to : now.addSecs(600);
    const StoreResult<SyncState> read = m_store->syncState(m_profile);
    if (!read.ok())
        return fail(GatewayError::of(GatewayError::Kind::Storage, read.error.userMessage()),
                    tr("stopped before the first page of the order list"));
    const SyncState& state = read.value;
    if (options.from.isValid())
        m_report.from = options.from;
    else if (!options.full && state.syncedTo.isValid())
        m_report.from = state.syncedTo.addSecs(-options.overlapSecs);
    else
        m_report.from = now.addDays(-options.firstDays);

    qCInfo(lcSync) << "sync of" << m_profile << (options.full ? "(full)" : "") << "from"
                   << m_report.from.toString(Qt::ISODate) << "to" << m_report.to.toString(Qt::ISODate);
    m_writer = new OrderWriter(m_store, this);
    connect(m_writer, &OrderWriter::written, this, [this](int changed) {
        m_report.changed += changed;
        if (m_listJob && m_writer->pending() < MaxQueuedBatches)
            m_listJob->setPaused(false);
    });
    connect(m_writer, &OrderWriter::failed, this, [this](const QString& error) {
        if (!m_report.error.isError())
            m_report.error = GatewayError::of(GatewayError::Kind::Storage, error);
        if (m_listJob)
            m_listJob->cancel();
    });
    connect(m_writer, &OrderWriter::drained, this, [this] {
        if (m_listJob && m_listJob->isFinished())
            listed();
    });

    m_listJob = m_client->listOrders(m_report.from, m_report.to);
    m_listJob->setAutoDelete(false);
    m_listJob->setKeepOrders(false);
    connect(m_listJob, &OrderListJob::pageReceived, this, [this](const QList<Order>& orders) {
        if (!m_running)
            return;
        m_pending.append(orders);
        if (m_pending.size() >= ListBatch)
            storePending();
    });
    connect(m_listJob, &OrderListJob::progress, this, [this](int done, int total, int received) {
        m_report.progress.pagesDone = done;
        m_report.progress.pagesTotal = total;
        m_report.progress.ordersReceived = received;
        emit progress(m_report.progress);
    });
    connect(m_listJob, &OrderListJob::finished, this, [this] {
        storePending();
        if (m_writer->pending() == 0)
            listed();
    });
}

void OrderSync::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_listJob)
        m_listJob->cancel();
}

void OrderSync::storePending()
{
    if (m_pending.isEmpty() || m_report.error.isError())
        return;
    m_writer->write(m_profile, m_pending);
    m_pending.clear();
    // Parsing outruns SQLite: without this, a million-order sync would queue most of itself in memory.
    if (m_writer->pending() >= MaxQueuedBatches)
        m_listJob->setPaused(true);
}

// The list is complete and every page of it is stored; the writer builds what a bulk load set aside.
void OrderSync::listed()
{
    connect(m_writer, &OrderWriter::closed, this, &OrderSync::stored);
    m_writer->close();
}

void OrderSync::stored(const QString& indexError)
{
    if (!indexError.isEmpty() && !m_report.error.isError())
        m_report.error = GatewayError::of(GatewayError::Kind::Storage, indexError);
    // Both may be mid-emission here: let them go once the event loop is back.
    m_writer->deleteLater();
    m_writer = nullptr;
    const GatewayError listError = m_listJob->error();
    m_listJob->deleteLater();
    const SyncProgress& p = m_report.progress;
    const QString where = p.pagesDone == 0
                              ? tr("stopped before the first page of the order list")
                              : tr("stopped after %1 of %2 pages of the order list").arg(p.pagesDone).arg(p.pagesTotal);
    if (m_report.error.isError())
        return fail(m_report.error, where);
    if (listError.isError())
        return fail(listError, where);
    if (m_cancelled)
        return fail(GatewayError::of(GatewayError::Kind::Cancelled), where);

    // What was created inside the window was just listed; only older open orders can be stale.
    const StoreResult<QStringList> active =
        m_store->activeOrderIds(m_profile, Clock::nowUtc().addDays(-m_options.activeDays), m_report.from);
    if (!active.ok())
        return fail(GatewayError::of(GatewayError::Kind::Storage, active.error.userMessage()), where);
    m_toRefresh = active.value;
    m_report.progress.phase = SyncProgress::Phase::Refreshing;
    m_report.progress.refreshTotal = int(m_toRefresh.size());
    emit progress(m_report.progress);
    if (m_toRefresh.isEmpty())
        return succeed();
    refreshNext();
}

void OrderSync::refreshNext()
{
    while (!m_cancelled && !m_report.error.isError() && m_nextRefresh < m_toRefresh.size()
           && m_refreshInFlight < m_options.refreshParallel) {
        OrderJob* job = m_client->fetchOrder(m_toRefresh.at(m_nextRefresh++));
        ++m_refreshInFlight;
        connect(job, &OrderJob::finished, this, [this, job] {
            --m_refreshInFlight;
            ++m_report.progress.refreshDone;
            if (job->succeeded()) {
                m_refreshed.append(job->order());
            } else if (job->error().kind != GatewayError::Kind::Gateway && !m_report.error.isError()) {
                // The gateway saying "no such order" is an answer; a dead network is not.
                m_report.error = job->error();
            }
            if (m_refreshed.size() >= RefreshBatch)
                storeRefreshed(false);
            emit progress(m_report.progress);
            refreshNext();
        });
    }
    if (m_refreshInFlight > 0)
        return;
    storeRefreshed(true);
    const QString where = tr("stopped after refreshing %1 of %2 open orders")
                              .arg(m_report.progress.refreshDone)
                              .arg(m_report.progress.refreshTotal);
    if (m_report.error.isError())
        return fail(m_report.error, where);
    if (m_cancelled)
        return fail(GatewayError::of(GatewayError::Kind::Cancelled), where);
    succeed();
}

void OrderSync::storeRefreshed(bool force)
{
    if (m_refreshed.isEmpty() || (!force && m_refreshed.size() < RefreshBatch))
        return;
    const StoreResult<int> stored = m_store->upsert(m_profile, m_refreshed);
    m_refreshed.clear();
    if (!stored.ok() && !m_report.error.isError())
        m_report.error = GatewayError::of(GatewayError::Kind::Storage, stored.error.userMessage());
    m_report.changed += stored.value;
}

void OrderSync::fail(const GatewayError& error, const QString& stoppedAt)
{
    m_report.error = error;
    m_report.error.outcomeUnknown = false;
    m_report.stoppedAt = stoppedAt;
    qCWarning(lcSync) << "sync of" << m_profile << "stopped at" << stoppedAt << ":" << error.userMessage();
    m_store->recordSyncFailure(m_profile, error.userMessage() + QStringLiteral(" (") + stoppedAt + QLatin1Char(')'));
    m_running = false;
    emit finished(m_report);
}

void OrderSync::succeed()
{
    if (const StoreError recorded = m_store->recordSyncSuccess(m_profile, m_report.to); recorded.isError())
        m_report.error = GatewayError::of(GatewayError::Kind::Storage, recorded.userMessage());
    qCInfo(lcSync) << "sync of" << m_profile << "done:" << m_report.changed << "orders changed";
    m_running = false;
    emit finished(m_report);
}

} // namespace PayDesk
