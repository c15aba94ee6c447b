#pragma once

#include "core/model/GatewayError.h"
#include "core/model/Order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace PayDesk {

class GatewayClient;
class OrderListJob;
class OrderCache;
class OrderWriter;

struct SyncOptions
{
    QDateTime from;         // invalid: from the last successful sync (minus the overlap), or `firstDays` back
    QDateTime to;           // invalid: now
    bool full = false;      // ignore the last sync and fetch the whole period again
    int overlapSecs = 3600; // incremental windows start this much before the last one ended
    int firstDays = 90;     // how far back a profile's first sync (or a full one) reaches
    int activeDays = 3;     // unpaid orders younger than this are refreshed by status
    int refreshParallel = 4;
    // Team mode, an automatic turn: no listing when a desk of the team synced the account this recently
    // (0: a person asked, list unless another desk is listing now). Ignored on a desk of one.
    int unlessSyncedWithinSecs = 0;
};

struct SyncProgress
{
    enum class Phase { Listing, Refreshing };
    Phase phase = Phase::Listing;
    int pagesDone = 0;
    int pagesTotal = 0;
    int ordersReceived = 0;
    int refreshDone = 0;
    int refreshTotal = 0;
};

struct SyncReport
{
    GatewayError error; // Cancelled when cancelled
    QDateTime from;
    QDateTime to;
    SyncProgress progress;
    int changed = 0;   // rows inserted or moved forward in the cache
    QString stoppedAt; // where a failed sync stopped, for the user
    QString skipped;   // team mode: why this desk did not list (another desk did), the shared cache read again
    bool succeeded() const { return !error.isError(); }
};

// Brings a profile's cache up to date: every order created in the window, page by page in
// parallel (stored as each page arrives), then a status refresh of every order whose state can
// still change. What was stored stays stored when it fails; the next sync covers the gap.
class OrderSync : public QObject
{
    Q_OBJECT
public:
    OrderSync(GatewayClient* client, OrderCache* store, QString profile, QObject* parent = nullptr);

    void start(const SyncOptions& options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const SyncReport& report() const { return m_report; }

signals:
    void progress(const SyncProgress& progress);
    void finished(const SyncReport& report);

private:
    void storePending();
    void listed();
    void stored(const QString& indexError);
    void refreshNext();
    void storeRefreshed(bool force);
    void fail(const GatewayError& error, const QString& stoppedAt);
    void succeed();

    GatewayClient* m_client;
    OrderCache* m_store;
    QString m_profile;
    SyncOptions m_options;
    SyncReport m_report;
    QPointer<OrderListJob> m_listJob;
    OrderWriter* m_writer = nullptr;
    QStringList m_toRefresh;
    QList<Order> m_refreshed;
    QList<Order> m_pending; // listed, not yet stored
    int m_nextRefresh = 0;
    int m_refreshInFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace PayDesk
