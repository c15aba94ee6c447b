#include "core/model/GatewayKind.h"

#include "core/model/EnumNames.h"

#include <iterator>

namespace PayDesk::GatewayKinds {

namespace {
constexpr const char* Keys[] = {"rbs", "assist", "rbs-soap"};
static_assert(std::size(Keys) == std::size_t(GatewayKind::RbsSoap) + 1);
} // namespace

QString key(GatewayKind kind)
{
    return EnumNames::key(Keys, kind);
}

std::optional<GatewayKind> fromKey(const QString& key)
{
    return EnumNames::value<GatewayKind>(Keys, key);
}

} // namespace PayDesk::GatewayKinds
