#pragma once

#include "cli/Command.h"
#include "core/callback/CallbackReport.h"

namespace PayDesk::Cli {

// `callback verify 'QUERY-OR-URL'`: whether a callback the shop received is genuine (the profile's
// callback key, or --certificate), what it says happened to which order, and whether the gateway agrees
// now (not with --offline). Exits 0 when genuine, 1 when its checksum is wrong or missing, 2 when it
// cannot be read or checked.
class CallbackVerifyCommand final : public Command
{
public:
    CallbackVerifyCommand();

private:
    void execute(const QCommandLineParser& parser) override;
    void check(const QString& text, const CallbackKey& key, bool offline);
    void show(const CallbackReport& report);
};

} // namespace PayDesk::Cli
