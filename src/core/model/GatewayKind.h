#pragma once

#include <QString>

#include <optional>

namespace PayDesk {

// Which protocol a profile speaks. Gateway facts stay behind their client; the rest of PayDesk
// names a gateway only by this.
// RbsSoap is the same RBS gateway over its WSDL (SOAP) merchant web service.
enum class GatewayKind { Rbs, Assist, RbsSoap };

namespace GatewayKinds {
// "rbs", "assist", "rbs-soap": the spelling of profiles.ini, the CLI's --gateway and JSON output.
QString key(GatewayKind kind);
std::optional<GatewayKind> fromKey(const QString& key);
} // namespace GatewayKinds

} // namespace PayDesk
