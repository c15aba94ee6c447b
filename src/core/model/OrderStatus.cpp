#include "core/model/OrderStatus.h"

#include "core/model/EnumNames.h"

#include <iterator>

namespace PayDesk {

namespace {
// In the enum's order; the CLI's and JSON's spelling.
constexpr const char* Keys[] = {"created",  "pending",         "held",     "captured", "reversed",
                                "refunded", "partly_refunded", "declined", "unknown"};
static_assert(std::size(Keys) == std::size_t(OrderStatus::Unknown) + 1);
} // namespace

QString OrderStatusText::key(OrderStatus status)
{
    return EnumNames::key(Keys, status);
}

bool OrderStatusText::fromKey(const QString& key, OrderStatus* status)
{
    const std::optional<OrderStatus> found = EnumNames::value<OrderStatus>(Keys, key);
    if (found)
        *status = *found;
    return found.has_value();
}

QString OrderStatusText::display(OrderStatus status)
{
    const QString names[] = {tr("Created"),  tr("Pending"),         tr("Held"),     tr("Captured"), tr("Reversed"),
                             tr("Refunded"), tr("Partly refunded"), tr("Declined"), tr("Unknown")};
    static_assert(std::size(names) == std::size(Keys));
    return EnumNames::at(names, status);
}

bool OrderStatusText::isFinal(OrderStatus status)
{
    return status == OrderStatus::Reversed || status == OrderStatus::Refunded || status == OrderStatus::Declined;
}

} // namespace PayDesk
