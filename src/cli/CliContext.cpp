#include "cli/CliContext.h"
#include "cli/CliText.h"

#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "core/store/StoreError.h"

namespace PayDesk::Cli {

CliContext::CliContext(QObject* parent)
    : QObject(parent)
    , m_workplace(new Workplace(ProfileStore::defaultPath(), this))
{ }

CliContext::~CliContext() = default;

namespace {
DeskOptions deskOptions(const GlobalSettings& settings)
{
    DeskOptions options;
    options.timeoutMs = settings.timeoutMs;
    options.cachePath = settings.dbPath;
    return options;
}
} // namespace

// Schemas 9 to 11 rebuild and repack the cache's orders as the desk opens: a minute per million, worth a word first.
void CliContext::noteUpgrade(const DeskOptions& options) const
{
    if (m_workplace->cacheNeedsUpgrade(m_profile, options))
        m_out.note(CliText::tr("Upgrading the order cache: about a minute per million orders, once. If it is "
                               "stopped, it goes on next time and nothing is lost."));
}

Desk* CliContext::openDesk(CliError* error)
{
    if (m_desk)
        return m_desk.get();
    if (const ProfileError chosen = m_workplace->choose(m_settings.profileName, &m_profile); chosen.isError()) {
        *error = CliError::of(chosen);
        return nullptr;
    }
    DeskOptions options = deskOptions(m_settings);
    options.teamPassword = m_teamPassword;
    noteUpgrade(options);
    DeskOpening opening = m_workplace->openDesk(m_profile, options);
    if (!opening.desk) {
        *error = CliError::of(opening.error);
        return nullptr;
    }
    m_desk = std::move(opening.desk);
    watch(m_desk.get());
    return m_desk.get();
}

void CliContext::signIn(std::function<void(Desk*, const CliError&)> done)
{
    if (const ProfileError chosen = m_workplace->choose(m_settings.profileName, &m_profile); chosen.isError())
        return done(nullptr, CliError::of(chosen));
    noteUpgrade(deskOptions(m_settings));
    m_workplace->signIn(m_profile, deskOptions(m_settings), this, [this, done](DeskOpening opening) {
        if (!opening.desk)
            return done(nullptr, CliError::of(opening.error));
        m_desk = std::move(opening.desk);
        watch(m_desk.get());
        done(m_desk.get(), {});
    });
}

void CliContext::unlockTeam(std::function<void()> next)
{
    Profile chosen;
    if (m_workplace->choose(m_settings.profileName, &chosen).isError() || !m_workplace->team().databaseOf(chosen))
        return next();
    m_workplace->team().readPassword(chosen, this, [this, next](const SecretResult& password) {
        m_teamPassword = password.secret; // a failure shows when the desk opens
        next();
    });
}

void CliContext::watch(Desk* desk)
{
    // A command that can go on without the cache (an order the gateway just reported) warns instead of failing.
    connect(desk, &Desk::cacheFailed, this, [this](const StoreError& error) { m_out.warn(error.userMessage()); });
    connect(desk, &Desk::cacheDamaged, this, [this, desk](const QList<DamagedRow>& rows, const QString& file) {
        for (const DamagedRow& row : rows)
            m_out.warn(
                CliText::tr("order %1 in %2 cannot be read (%3); it is left out%4")
                    .arg(row.orderId, file, row.reason,
                         desk->cacheIsReadOnly() ? QString() : CliText::tr(" and fetched again by the next sync")));
    });
}

void CliContext::reconcileThen(Desk* desk, std::function<void()> next)
{
    auto* once = new QObject(this);
    connect(desk, &Desk::reconciled, once, [this, once, next](const ReconcileReport& r) {
        once->deleteLater();
        if (r.checked > 0)
            m_out.note(CliText::tr("paydesk-cli: settled %1 operation(s) left open earlier: %2 done, %3 not done, "
                                   "%4 still unknown.")
                           .arg(r.checked)
                           .arg(r.done)
                           .arg(r.notDone)
                           .arg(r.stillOpen));
        for (const QString& p : r.problems)
            m_out.note(QStringLiteral("paydesk-cli:   ") + p);
        next();
    });
    desk->reconcile();
}

} // namespace PayDesk::Cli
