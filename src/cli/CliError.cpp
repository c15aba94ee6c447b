#include "cli/CliError.h"

#include "core/model/GatewayError.h"
#include "core/model/OperationResult.h"
#include "core/profiles/ProfileError.h"
#include "core/session/WorkplaceError.h"
#include "core/store/StoreError.h"

namespace PayDesk::Cli {

namespace {
CliError make(ExitCode code, const QString& kind, const QString& message)
{
    CliError e;
    e.code = code;
    e.kind = kind;
    e.message = message;
    return e;
}

QString gatewayKindKey(GatewayError::Kind kind)
{
    switch (kind) {
    case GatewayError::Kind::None:
        return QStringLiteral("none");
    case GatewayError::Kind::Network:
        return QStringLiteral("network");
    case GatewayError::Kind::Tls:
        return QStringLiteral("tls");
    case GatewayError::Kind::Timeout:
        return QStringLiteral("timeout");
    case GatewayError::Kind::Http:
        return QStringLiteral("http");
    case GatewayError::Kind::Malformed:
        return QStringLiteral("malformed");
    case GatewayError::Kind::Gateway:
        return QStringLiteral("refused");
    case GatewayError::Kind::Auth:
        return QStringLiteral("auth");
    case GatewayError::Kind::Config:
        return QStringLiteral("config");
    case GatewayError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case GatewayError::Kind::Validation:
        return QStringLiteral("invalid");
    case GatewayError::Kind::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

QString storeKindKey(const StoreError& error)
{
    switch (error.kind) {
    case StoreError::Kind::None:
        return QStringLiteral("none");
    case StoreError::Kind::CannotRead:
        return QStringLiteral("cache-unreadable");
    case StoreError::Kind::CannotWrite:
        return QStringLiteral("cache-unwritable");
    case StoreError::Kind::DiskFull:
        return QStringLiteral("disk-full");
    case StoreError::Kind::NotACache:
        return QStringLiteral("not-a-cache");
    case StoreError::Kind::Damaged:
        return QStringLiteral("cache-damaged");
    case StoreError::Kind::NewerSchema:
        return QStringLiteral("cache-newer");
    }
    return QStringLiteral("cache");
}

QString profileKindKey(const ProfileError& error)
{
    switch (error.kind) {
    case ProfileError::Kind::None:
        return QStringLiteral("none");
    case ProfileError::Kind::Invalid:
        return QStringLiteral("profile-invalid");
    case ProfileError::Kind::Duplicate:
        return QStringLiteral("profile-exists");
    case ProfileError::Kind::NotFound:
        return QStringLiteral("no-such-profile");
    case ProfileError::Kind::NoneYet:
        return QStringLiteral("no-profile");
    case ProfileError::Kind::Ambiguous:
        return QStringLiteral("several-profiles");
    case ProfileError::Kind::CannotSave:
        return QStringLiteral("profile-not-saved");
    }
    return QStringLiteral("profile");
}
} // namespace

QJsonObject CliError::toJson() const
{
    QJsonObject o{
        {QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}, {QStringLiteral("exitCode"), int(code)}};
    if (!gatewayCode.isEmpty())
        o.insert(QStringLiteral("gatewayCode"), gatewayCode);
    return o;
}

CliError CliError::usage(const QString& message)
{
    return make(Usage, QStringLiteral("usage"), message);
}

CliError CliError::failed(const QString& kind, const QString& message)
{
    return make(Unknown, kind, message);
}

CliError CliError::of(const GatewayError& error)
{
    ExitCode code = Unknown;
    switch (error.kind) {
    case GatewayError::Kind::Gateway:
    case GatewayError::Kind::Auth:
    case GatewayError::Kind::Validation:
        code = Refused;
        break;
    case GatewayError::Kind::Config:
        code = Usage;
        break;
    default:
        break;
    }
    CliError e = make(code, gatewayKindKey(error.kind), error.userMessage());
    e.gatewayCode = error.gatewayCode;
    return e;
}

CliError CliError::of(const StoreError& error)
{
    return make(error.isBadInput() ? Usage : Unknown, storeKindKey(error), error.userMessage());
}

CliError CliError::of(const ProfileError& error)
{
    return make(error.isBadInput() ? Usage : Unknown, profileKindKey(error), error.userMessage());
}

CliError CliError::of(const WorkplaceError& error)
{
    switch (error.kind) {
    case WorkplaceError::Kind::Profile:
        return of(error.profile);
    case WorkplaceError::Kind::Cache:
        return of(error.cache);
    case WorkplaceError::Kind::Keychain:
        // Unavailable or locked is the machine's problem (3); a profile without its secret is the user's (2).
        return error.keychain.status == SecretResult::Status::NotFound
                   ? make(Usage, QStringLiteral("no-secret"), error.userMessage())
                   : make(Unknown, QStringLiteral("keychain-unavailable"), error.userMessage());
    case WorkplaceError::Kind::None:
        break;
    }
    return make(Unknown, QStringLiteral("unknown"), error.userMessage());
}

ExitCode CliError::exitCodeOf(const OperationResult& result)
{
    switch (result.outcome) {
    case OperationResult::Outcome::Done:
        return Ok;
    case OperationResult::Outcome::Refused:
        return of(result.error).code == Usage ? Usage : Refused;
    default:
        return Unknown;
    }
}

} // namespace PayDesk::Cli
