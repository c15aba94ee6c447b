#pragma once

#include "cli/ExitCode.h"

#include <QJsonObject>
#include <QString>

namespace PayDesk {
struct GatewayError;
struct OperationResult;
struct ProfileError;
struct StoreError;
struct WorkplaceError;
} // namespace PayDesk

namespace PayDesk::Cli {

// An error as paydesk-cli reports it: the exit code, a stable kind for scripts (--json), the
// message for people, and the gateway's own code when there is one. Every typed error of core is
// mapped here and nowhere else.
struct CliError
{
    ExitCode code = Unknown;
    QString kind;
    QString message;
    QString gatewayCode;

    // {"kind": …, "message": …, "exitCode": …, "gatewayCode": … (only when the gateway gave one)}
    QJsonObject toJson() const;

    static CliError usage(const QString& message);
    static CliError failed(const QString& kind, const QString& message); // could not do it: exit 3
    static CliError of(const GatewayError& error);
    // Neither the cache nor the gateway knows KEY as an order id or an order number: exit 2.
    static CliError noSuchOrder(const QString& key);
    static CliError of(const StoreError& error);
    static CliError of(const ProfileError& error);
    static CliError of(const WorkplaceError& error);
    // Done 0; refused 1 (2 when the profile cannot be used as it is); unknown outcome 3.
    static ExitCode exitCodeOf(const OperationResult& result);
};

} // namespace PayDesk::Cli
