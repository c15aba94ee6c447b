#include "core/operations/OrderOperations.h"

#include "core/model/CartText.h"

#include "core/gateway/JobPromise.h"
#include "core/operations/ClosingReceipt.h"
#include "core/operations/OperationEvidence.h"

#include <QLoggingCategory>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcOps, "paydesk.ops", QtInfoMsg)

OrderOperations::OrderOperations(GatewayClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

// AMOUNT, or all of LIMIT when none is asked for; TOO_MUCH (%1 asked, %2 the limit) when it is more.
QString OrderOperations::takeUpTo(std::optional<Money> amount, const Money& limit, const QString& tooMuch,
                                  Money* effective)
{
    if (amount && amount->minor() > limit.minor())
        return tooMuch.arg(amount->toDisplayString(), limit.toDisplayString());
    *effective = amount.value_or(limit);
    return {};
}

QString OrderOperations::refusal(OperationKind kind, const Order& order, std::optional<Money> amount, Money* effective)
{
    const QString status = OrderStatusText::display(order.status);
    const Currency currency = order.amount.currency();
    if (amount && amount->currency() != currency)
        return tr("The order is in %1, not %2.").arg(currency.code(), amount->currency().code());
    if (amount && amount->minor() <= 0)
        return tr("The amount must be greater than zero.");
    switch (kind) {
    case OperationKind::Capture:
        if (order.status != OrderStatus::Held)
            return tr("Only a held payment can be captured; this order is %1.").arg(status.toLower());
        return takeUpTo(amount, order.capturable(), tr("%1 is more than the %2 still held."), effective);
    case OperationKind::Reverse:
        if (order.status == OrderStatus::Captured || order.status == OrderStatus::PartlyRefunded)
            return tr("The payment is already captured: refund it instead.");
        if (order.status != OrderStatus::Held)
            return tr("Only a held payment can be reversed; this order is %1.").arg(status.toLower());
        *effective = order.capturable();
        return {};
    case OperationKind::Refund:
        if (order.status != OrderStatus::Captured && order.status != OrderStatus::PartlyRefunded)
            return order.status == OrderStatus::Held
                       ? tr("The payment is only held: reverse it instead of refunding.")
                       : tr("Only a captured payment can be refunded; this order is %1.").arg(status.toLower());
        return takeUpTo(amount, order.refundable(), tr("%1 is more than the %2 that can still be refunded."),
                        effective);
    case OperationKind::PayByBinding:
        if (order.status != OrderStatus::Created)
            return tr("Only an unpaid order can be paid; this order is %1.").arg(status.toLower());
        *effective = order.amount;
        return {};
    case OperationKind::Register:
        return tr("An order that exists cannot be registered again.");
    case OperationKind::CloseReceipt:
        if (const QString why = ClosingReceipt::refusal(order); !why.isEmpty())
            return why;
        *effective = ClosingReceipt::amountOf(order);
        return {};
    }
    return {};
}

void OrderOperations::setJournal(OperationJournal* journal, const QString& profile)
{
    m_journal = journal;
    m_profile = profile;
    if (journal && journal->isTeam())
        m_claims = std::make_unique<OrderClaims>(journal->database());
}

void OrderOperations::setClaimLeaseSecs(int seconds)
{
    if (m_claims)
        m_claims->setLeaseSecs(seconds);
}

void OrderOperations::refuseLater(const JobPromise<OperationJob>& promise, OperationKind kind,
                                  const GatewayError& error, const OrderLocks::Release& release)
{
    OperationResult refused;
    refused.kind = kind;
    refused.refusedBeforeSending = true;
    refused.error = error;
    release();
    // Never within capture(): the caller connects to the job after it returns.
    QMetaObject::invokeMethod(
        promise.job(), [promise, refused] { promise.complete(refused); }, Qt::QueuedConnection);
}

GatewayError OrderOperations::claimOrder(OperationKind kind, const QString& orderId, OrderLocks::Release* release)
{
    if (!m_claims)
        return {};
    const StoreResult<Claim> claim = m_claims->claim(m_profile, orderId, kind);
    if (!claim.ok())
        return GatewayError::of(GatewayError::Kind::Storage, claim.error.userMessage());
    if (!claim.value.taken)
        return GatewayError::of(GatewayError::Kind::Validation, claim.value.refusal());
    *release = [this, orderId, local = *release] {
        m_claims->release(m_profile, orderId);
        local();
    };
    return {};
}

OperationJob* OrderOperations::run(OperationKind kind, const QString& orderId, std::optional<Money> amount,
                                   std::function<OperationJob*(const Money&)> send, const QString& batch,
                                   const std::optional<Order>& fresh)
{
    const JobPromise<OperationJob> promise(this);
    OperationJob* job = promise.job();
    job->setProperty("orderId", orderId);
    // One line per money operation: what, on which order, and how it ended (never card data or secrets).
    connect(job, &OperationJob::finished, this, [job, kind, orderId] {
        const OperationResult& r = job->result();
        qCInfo(lcOps).noquote() << OperationResult::kindKey(kind) << orderId << OperationResult::outcomeKey(r.outcome)
                                << (r.refusedBeforeSending ? "(not sent)" : "")
                                << (r.settledFromStatus ? "(settled from the order's status)" : "")
                                << (r.error.isError() ? r.error.userMessage() : QString());
    });
    Step step{promise, kind, amount, std::move(send), batch, {}};
    m_locks.run(orderId, [this, step, orderId, fresh](OrderLocks::Release release) mutable {
        if (const GatewayError busy = claimOrder(step.kind, orderId, &release); busy.isError())
            return refuseLater(step.promise, step.kind, busy, release);
        step.release = std::move(release);
        // In a team another desk may have acted since the listing: only a status read after the claim counts.
        if (fresh && !m_claims) { // from the event loop, as after a status read: whoever got the job has connected
            QMetaObject::invokeMethod(
                this, [this, step, fresh] { checkAndSend(step, *fresh); }, Qt::QueuedConnection);
            return;
        }
        OrderJob* status = m_client->fetchOrder(orderId);
        connect(status, &OrderJob::finished, step.promise.job(), [this, step, status] {
            if (status->succeeded())
                return checkAndSend(step, status->order());
            OperationResult result;
            result.kind = step.kind;
            result.refusedBeforeSending = true;
            result.error = status->error();
            result.error.outcomeUnknown = false; // a status read changes nothing
            step.promise.complete(result);
            step.release();
        });
    });
    return job;
}

// The checks before sending, against the order's status NOW: refused with the reason, or journaled and sent.
void OrderOperations::checkAndSend(const Step& step, const Order& now)
{
    OperationResult result;
    result.kind = step.kind;
    result.refusedBeforeSending = true;
    result.order = now;
    result.orderKnown = true;
    const auto refuse = [&step, &result](const GatewayError& error) {
        result.error = error;
        step.promise.complete(result);
        step.release();
    };
    Money effective;
    const QString why = refusal(step.kind, now, step.amount, &effective);
    if (!why.isEmpty())
        return refuse(GatewayError::of(GatewayError::Kind::Validation, why));
    qint64 entry = 0;
    if (m_journal) {
        // An earlier operation on this order without a known end (a crash, a lost answer) comes first.
        JournalFilter open;
        open.orderId = now.orderId;
        open.openOnly = true;
        const StoreResult<QList<JournalEntry>> earlier = m_journal->entries(m_profile, open);
        // A journal that cannot be read may hide such an operation: nothing is sent either.
        if (!earlier.ok())
            return refuse(GatewayError::of(GatewayError::Kind::Storage, earlier.error.userMessage()));
        if (!earlier.value.isEmpty())
            return refuse(
                GatewayError::of(GatewayError::Kind::Validation, tr("An earlier operation on this order has no "
                                                                    "known outcome yet. Reconcile the journal "
                                                                    "first; nothing was sent.")));
        const StoreError journaled = journalIntent(step.kind, now, effective, step.batch, &entry);
        if (journaled.isError()) // nothing leaves without its journal entry
            return refuse(GatewayError::of(GatewayError::Kind::Storage, journaled.userMessage()));
    }
    OperationJob* sent = step.send(effective);
    connect(sent, &OperationJob::finished, step.promise.job(),
            [this, step, sent, entry] { conclude(step.promise, entry, sent->result(), step.release); });
}

StoreError OrderOperations::journalIntent(OperationKind kind, const Order& before, const Money& amount,
                                          const QString& batch, qint64* entry)
{
    const StoreResult<qint64> begun = m_journal->begin(m_profile, kind, before, amount, batch);
    if (!begun.ok())
        return begun.error;
    *entry = begun.value;
    const StoreError sent = m_journal->markSent(begun.value);
    if (sent.isError())
        m_journal->finish(begun.value, JournalEntry::State::Refused, QStringLiteral("local"), {}, sent.userMessage());
    return sent;
}

void OrderOperations::conclude(const JobPromise<OperationJob>& promise, qint64 entry, OperationResult result,
                               const std::function<void()>& release)
{
    using Outcome = OperationResult::Outcome;
    if (!m_journal || entry == 0) {
        promise.complete(result);
        release();
        return;
    }
    const auto record = [this, entry](const OperationResult& r, const QString& resolvedBy) {
        const JournalEntry::State state = r.outcome == Outcome::Done      ? JournalEntry::State::Done
                                          : r.outcome == Outcome::Refused ? JournalEntry::State::Refused
                                                                          : JournalEntry::State::Unknown;
        m_journal->finish(entry, state, resolvedBy, r.error.gatewayCode,
                          r.error.isError() ? r.error.userMessage() : QString());
    };
    if (result.outcome != Outcome::Unknown) {
        record(result, QStringLiteral("answer"));
        promise.complete(result);
        release();
        return;
    }
    // The answer was lost: ask for the order's status (still under the order's lock) and judge.
    OrderJob* status = m_client->fetchOrder(promise.job()->property("orderId").toString());
    connect(status, &OrderJob::finished, promise.job(),
            [this, promise, status, entry, result, release, record]() mutable {
                if (status->succeeded()) {
                    result.order = status->order();
                    result.orderKnown = true;
                    switch (verdictFor(entry, status->order())) {
                    case OperationEvidence::Verdict::Done:
                        result.outcome = Outcome::Done;
                        result.error = {};
                        result.settledFromStatus = true;
                        record(result, QStringLiteral("status"));
                        break;
                    case OperationEvidence::Verdict::NotDone:
                        result.outcome = Outcome::Refused;
                        result.error.outcomeUnknown = false;
                        result.settledFromStatus = true;
                        record(result, QStringLiteral("status"));
                        break;
                    case OperationEvidence::Verdict::Undetermined:
                        record(result, QString());
                        break;
                    }
                } else {
                    record(result, QString());
                }
                promise.complete(result);
                release();
            });
}

// How the operation ended, judged by the order's status against what its journal entry recorded before it
// was sent; Undetermined when the entry cannot be read (a default entry would be judged wrongly).
OperationEvidence::Verdict OrderOperations::verdictFor(qint64 entry, const Order& now) const
{
    JournalFilter byId;
    byId.orderId = now.orderId;
    for (const JournalEntry& candidate : m_journal->entries(m_profile, byId).value) {
        if (candidate.id == entry)
            return OperationEvidence::judge(candidate, now);
    }
    return OperationEvidence::Verdict::Undetermined;
}

OperationJob* OrderOperations::capture(const QString& orderId, std::optional<Money> amount, const QString& batch,
                                       const std::optional<Order>& fresh)
{
    // The amount is always sent explicitly: RBS reads 0 as "everything", which must never happen by accident.
    return run(
        OperationKind::Capture, orderId, amount,
        [this, orderId](const Money& m) { return m_client->capture(orderId, m); }, batch, fresh);
}

OrderListJob* OrderOperations::listHeldOrders(const QDateTime& from, const QDateTime& to)
{
    return m_client->listHeldOrders(from, to);
}

OperationJob* OrderOperations::reverse(const QString& orderId)
{
    return run(OperationKind::Reverse, orderId, std::nullopt,
               [this, orderId](const Money&) { return m_client->reverse(orderId); });
}

OperationJob* OrderOperations::refund(const QString& orderId, std::optional<Money> amount)
{
    return run(OperationKind::Refund, orderId, amount,
               [this, orderId](const Money& m) { return m_client->refund(orderId, m); });
}

OperationJob* OrderOperations::payWithBinding(const QString& orderId, const QString& bindingId, const QString& cvc)
{
    return run(OperationKind::PayByBinding, orderId, std::nullopt, [this, orderId, bindingId, cvc](const Money&) {
        return m_client->payWithBinding(orderId, bindingId, cvc);
    });
}

OperationJob* OrderOperations::closeReceipt(const QString& orderId)
{
    return run(OperationKind::CloseReceipt, orderId, std::nullopt, [this, orderId](const Money& m) {
        OperationJob* sent = m_client->closeReceipt(orderId, m);
        if (sent)
            return sent;
        const JobPromise<OperationJob> refused(this); // a client without closing receipts (refusal() stops it first)
        refused.completeLater(OperationResult::failed(
            OperationKind::CloseReceipt, GatewayError::of(GatewayError::Kind::Validation,
                                                          ClosingReceipt::tr("The gateway has no closing receipt."))));
        return refused.job();
    });
}

// A cart must be whole and add up to the order's amount: the gateway would refuse it, or print a wrong receipt.
QString OrderOperations::cartProblem(const RegisterRequest& request)
{
    if (request.cart.isEmpty())
        return {};
    const Cart::Check check = request.cart.check();
    if (!check.ok())
        return CartText::problem(check);
    if (request.cart.total() != request.amount)
        return tr("The cart adds up to %1, not to the order's amount %2.")
            .arg(request.cart.total()->toDisplayString(), request.amount.toDisplayString());
    return {};
}

RegisterJob* OrderOperations::registerOrder(const RegisterRequest& request)
{
    const JobPromise<RegisterJob> promise(this);
    connect(promise.job(), &RegisterJob::finished, this, [job = promise.job(), number = request.orderNumber] {
        qCInfo(lcOps).noquote() << "register" << number << (job->succeeded() ? job->value().orderId : QString())
                                << (job->succeeded() ? "done" : job->error().userMessage());
    });
    if (request.amount.minor() <= 0 || !request.amount.isPlausible()) {
        const GatewayError error =
            GatewayError::of(GatewayError::Kind::Validation, tr("The amount must be greater than zero."));
        promise.failLater(error);
        return promise.job();
    }
    if (const QString problem = cartProblem(request); !problem.isEmpty()) {
        promise.failLater(GatewayError::of(GatewayError::Kind::Validation, problem));
        return promise.job();
    }
    qint64 entry = 0;
    if (m_journal) {
        Order intent;
        intent.orderNumber = request.orderNumber;
        intent.amount = request.amount;
        const StoreError journaled = journalIntent(OperationKind::Register, intent, request.amount, {}, &entry);
        if (journaled.isError()) {
            const GatewayError error = GatewayError::of(GatewayError::Kind::Storage, journaled.userMessage());
            promise.failLater(error);
            return promise.job();
        }
    }
    RegisterJob* sent = m_client->registerOrder(request);
    connect(sent, &RegisterJob::finished, promise.job(), [this, promise, sent, entry, number = request.orderNumber] {
        const GatewayError error = sent->error();
        if (sent->succeeded()) {
            if (entry) {
                if (!sent->value().orderId.isEmpty())
                    m_journal->attachOrder(entry, sent->value().orderId);
                m_journal->finish(entry, JournalEntry::State::Done, QStringLiteral("answer"), {}, {});
            }
            promise.complete(sent->value());
        } else if (!error.outcomeUnknown) {
            if (entry)
                m_journal->finish(entry, JournalEntry::State::Refused, QStringLiteral("answer"), error.gatewayCode,
                                  error.userMessage());
            promise.fail(error);
        } else {
            settleLostRegistration(promise, entry, number, error);
        }
    });
    return promise.job();
}

void OrderOperations::settleLostRegistration(const JobPromise<RegisterJob>& promise, qint64 entry,
                                             const QString& orderNumber, GatewayError error)
{
    OrderJob* lookup = m_client->fetchOrderByNumber(orderNumber);
    connect(lookup, &OrderJob::finished, promise.job(), [this, promise, lookup, entry, error]() mutable {
        if (lookup->succeeded()) {
            const QString orderId = lookup->order().orderId;
            if (entry) {
                m_journal->attachOrder(entry, orderId);
                m_journal->finish(entry, JournalEntry::State::Done, QStringLiteral("status"), {},
                                  tr("Registered; the answer with the payment page link was lost."));
            }
            promise.complete(Registration{orderId, QString()});
            return;
        }
        if (lookup->error().noSuchOrder) {
            error.outcomeUnknown = false; // the gateway has no such order: nothing was registered
            if (entry)
                m_journal->finish(entry, JournalEntry::State::Refused, QStringLiteral("status"), {},
                                  tr("Not registered: the gateway has no order with this number."));
        } else if (entry) {
            m_journal->finish(entry, JournalEntry::State::Unknown, QString(), error.gatewayCode, error.userMessage());
        }
        promise.fail(error);
    });
}

} // namespace PayDesk
