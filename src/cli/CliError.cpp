#include "cli/CliError.h"
#include "cli/CliText.h"

#include "cli/JsonField.h"
#include "core/model/EnumNames.h"
#include "core/model/GatewayError.h"
#include "core/model/OperationResult.h"
#include "core/profiles/ProfileError.h"
#include "core/session/WorkplaceError.h"
#include "core/store/StoreError.h"

#include <iterator>

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

// Stable keys for scripts, in each kind's enum order.
constexpr const char* GatewayKindKeys[] = {"none",    "network", "tls",    "timeout",   "http",    "malformed",
                                           "refused", "auth",    "config", "cancelled", "invalid", "storage"};
static_assert(std::size(GatewayKindKeys) == std::size_t(GatewayError::Kind::Storage) + 1);
constexpr const char* StoreKindKeys[] = {"none",        "cache-unreadable", "cache-unwritable", "disk-full",
                                         "not-a-cache", "cache-damaged",    "cache-newer"};
static_assert(std::size(StoreKindKeys) == std::size_t(StoreError::Kind::NewerSchema) + 1);
constexpr const char* ProfileKindKeys[] = {"none",       "profile-invalid",  "profile-exists",   "no-such-profile",
                                           "no-profile", "several-profiles", "profile-not-saved"};
static_assert(std::size(ProfileKindKeys) == std::size_t(ProfileError::Kind::CannotSave) + 1);
} // namespace

QJsonObject CliError::toJson() const
{
    QJsonObject o{field("kind", kind), field("message", message), field("exitCode", int(code))};
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
    CliError e = make(code, EnumNames::key(GatewayKindKeys, error.kind), error.userMessage());
    e.gatewayCode = error.gatewayCode;
    return e;
}

CliError CliError::noSuchOrder(const QString& key)
{
    return make(
        Usage, QStringLiteral("no-such-order"),
        CliText::tr("No such order: %1 is neither an order id nor an order number the gateway knows.").arg(key));
}

CliError CliError::of(const StoreError& error)
{
    return make(error.isBadInput() ? Usage : Unknown, EnumNames::key(StoreKindKeys, error.kind), error.userMessage());
}

CliError CliError::of(const ProfileError& error)
{
    return make(error.isBadInput() ? Usage : Unknown, EnumNames::key(ProfileKindKeys, error.kind), error.userMessage());
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
