#pragma once

#include <QString>

#include <optional>

namespace PayDesk {

// Which protocol a profile speaks. Gateway facts stay behind their client; the rest of PayDesk
// names a gateway only by this.
enum class GatewayKind { Rbs, Assist };

namespace GatewayKinds {
// "rbs", "assist": the spelling of profiles.ini, the CLI's --gateway and JSON output.
QString key(GatewayKind kind);
std::optional<GatewayKind> fromKey(const QString& key);
} // namespace GatewayKinds

} // namespace PayDesk
