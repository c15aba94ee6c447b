#include "core/model/GatewayKind.h"

namespace PayDesk::GatewayKinds {

QString key(GatewayKind kind)
{
    switch (kind) {
    case GatewayKind::Rbs:
        return QStringLiteral("rbs");
    case GatewayKind::Assist:
        return QStringLiteral("assist");
    }
    return {};
}

std::optional<GatewayKind> fromKey(const QString& key)
{
    for (GatewayKind kind : {GatewayKind::Rbs, GatewayKind::Assist}) {
        if (GatewayKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace PayDesk::GatewayKinds
