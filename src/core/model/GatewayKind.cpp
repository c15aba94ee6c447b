#include "core/model/GatewayKind.h"

#include "core/model/EnumNames.h"

namespace PayDesk::GatewayKinds {

namespace {
constexpr EnumName<GatewayKind> Keys[] = {{GatewayKind::Rbs, "rbs"}, {GatewayKind::Assist, "assist"}};
}

QString key(GatewayKind kind)
{
    return EnumNames::key(Keys, kind);
}

std::optional<GatewayKind> fromKey(const QString& key)
{
    return EnumNames::value(Keys, key);
}

} // namespace PayDesk::GatewayKinds
