#pragma once

#include "cli/CliError.h"
#include "cli/GlobalOptions.h"
#include "cli/Output.h"
#include "core/profiles/Profile.h"

#include <QObject>

#include <functional>
#include <memory>

namespace PayDesk {
class Desk;
class Workplace;
struct DeskOptions;
} // namespace PayDesk

namespace PayDesk::Cli {

// What one run of paydesk-cli shares between the parsing and the command: the global settings,
// the output, the workplace (profiles and keychain) and, once a command opens it, the desk of the
// chosen profile. Commands reach core only through Workplace and Desk.
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(QObject* parent = nullptr);
    ~CliContext() override;

    GlobalSettings& settings() { return m_settings; }
    const Output& out() const { return m_out; }
    void applySettings() { m_out.setJson(m_settings.json); }
    Workplace& workplace() { return *m_workplace; }

    // The desk of the chosen profile over the cache, its secret read when a request leaves:
    // enough for the cache's own commands. Null with ERROR set when it cannot be opened.
    Desk* openDesk(CliError* error);
    // The desk with the profile's secret read first, so that a keychain failure is known before
    // anything is sent; for the commands that talk to the gateway.
    void signIn(std::function<void(Desk* desk, const CliError& error)> done);
    // Reads the chosen profile's team database password from the keychain when it is in team mode,
    // then NEXT (at once otherwise): desks open synchronously afterwards.
    void unlockTeam(std::function<void()> next);
    // Settles what an earlier run left open (reported on stderr), then NEXT.
    void reconcileThen(Desk* desk, std::function<void()> next);
    const Profile& profile() const { return m_profile; }

private:
    void noteUpgrade(const DeskOptions& options) const;
    void watch(Desk* desk);

    GlobalSettings m_settings;
    Output m_out;
    Workplace* m_workplace;
    Profile m_profile;
    std::unique_ptr<Desk> m_desk;
    QString m_teamPassword; // in memory only
};

} // namespace PayDesk::Cli
