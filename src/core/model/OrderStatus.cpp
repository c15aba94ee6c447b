#include "core/model/OrderStatus.h"

#include "core/model/EnumNames.h"

namespace PayDesk {

namespace {
constexpr EnumName<OrderStatus> Keys[] = {
    {OrderStatus::Created, "created"},
    {OrderStatus::Pending, "pending"},
    {OrderStatus::Held, "held"},
    {OrderStatus::Captured, "captured"},
    {OrderStatus::Reversed, "reversed"},
    {OrderStatus::Refunded, "refunded"},
    {OrderStatus::PartlyRefunded, "partly_refunded"},
    {OrderStatus::Declined, "declined"},
    {OrderStatus::Unknown, "unknown"},
};

constexpr EnumName<OrderStatus> Names[] = {
    {OrderStatus::Created, QT_TRANSLATE_NOOP("OrderStatusText", "Created")},
    {OrderStatus::Pending, QT_TRANSLATE_NOOP("OrderStatusText", "Pending")},
    {OrderStatus::Held, QT_TRANSLATE_NOOP("OrderStatusText", "Held")},
    {OrderStatus::Captured, QT_TRANSLATE_NOOP("OrderStatusText", "Captured")},
    {OrderStatus::Reversed, QT_TRANSLATE_NOOP("OrderStatusText", "Reversed")},
    {OrderStatus::Refunded, QT_TRANSLATE_NOOP("OrderStatusText", "Refunded")},
    {OrderStatus::PartlyRefunded, QT_TRANSLATE_NOOP("OrderStatusText", "Partly refunded")},
    {OrderStatus::Declined, QT_TRANSLATE_NOOP("OrderStatusText", "Declined")},
    {OrderStatus::Unknown, QT_TRANSLATE_NOOP("OrderStatusText", "Unknown")},
};
} // namespace

QString OrderStatusText::key(OrderStatus status)
{
    return EnumNames::key(Keys, status, QStringLiteral("unknown"));
}

bool OrderStatusText::fromKey(const QString& key, OrderStatus* status)
{
    const std::optional<OrderStatus> found = EnumNames::value(Keys, key);
    if (found)
        *status = *found;
    return found.has_value();
}

QString OrderStatusText::display(OrderStatus status)
{
    return EnumNames::translated("OrderStatusText", Names, status);
}

bool OrderStatusText::isFinal(OrderStatus status)
{
    return status == OrderStatus::Reversed || status == OrderStatus::Refunded || status == OrderStatus::Declined;
}

} // namespace PayDesk
