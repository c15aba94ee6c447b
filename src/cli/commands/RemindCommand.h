#pragma once

#include "cli/Command.h"
#include "core/session/DueHolds.h"
#include "core/sync/OrderSync.h"

namespace PayDesk::Cli {

// `remind`: an incremental sync, then a desktop notification (DesktopNotifier) when holds are due
// within 24 hours or expire within 2 hours, with their count and totals per currency, in the UI
// language. Each hold is told of once as due and once more as expiring (remembered per profile in
// paydesk-cli's settings); --again tells of all of them. Run by the paydesk-remind.timer user unit.
class RemindCommand final : public Command
{
public:
    RemindCommand();

private:
    void execute(const QCommandLineParser& parser) override;
    void remind(Desk* desk, const SyncReport& sync);
    // What HOLDS has that was not told of before (every hold with --again).
    QStringList news(const QString& profileId, const DueHolds& holds) const;
    void remember(const QString& profileId, const QStringList& told) const;
    void notify(Desk* desk, const DueHolds& holds, std::function<void(const QString& error)> done);
    void report(const DueHolds& holds, bool notified, const SyncReport& sync);

    bool m_again = false;
};

} // namespace PayDesk::Cli
