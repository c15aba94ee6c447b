#include "core/model/OrderStatus.h"

namespace PayDesk {

namespace {
struct Name
{
    OrderStatus status;
    const char* key;
};
const Name Names[] = {
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
} // namespace

QString OrderStatusText::key(OrderStatus status)
{
    for (const Name& n : Names) {
        if (n.status == status)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("unknown");
}

bool OrderStatusText::fromKey(const QString& key, OrderStatus* status)
{
    for (const Name& n : Names) {
        if (key == QLatin1String(n.key)) {
            *status = n.status;
            return true;
        }
    }
    return false;
}

QString OrderStatusText::display(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Created:
        return tr("Created");
    case OrderStatus::Pending:
        return tr("Pending");
    case OrderStatus::Held:
        return tr("Held");
    case OrderStatus::Captured:
        return tr("Captured");
    case OrderStatus::Reversed:
        return tr("Reversed");
    case OrderStatus::Refunded:
        return tr("Refunded");
    case OrderStatus::PartlyRefunded:
        return tr("Partly refunded");
    case OrderStatus::Declined:
        return tr("Declined");
    case OrderStatus::Unknown:
        return tr("Unknown");
    }
    return tr("Unknown");
}

bool OrderStatusText::isFinal(OrderStatus status)
{
    return status == OrderStatus::Reversed || status == OrderStatus::Refunded || status == OrderStatus::Declined;
}

} // namespace PayDesk
