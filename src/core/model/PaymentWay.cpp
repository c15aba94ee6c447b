#include "core/model/PaymentWay.h"

#include "core/model/EnumNames.h"

#include <iterator>

namespace PayDesk {

namespace {
constexpr const char* Keys[] = {"",           "card",        "stored_card", "mir_pay", "apple_pay",
                                "google_pay", "samsung_pay", "sbp",         "other"};
static_assert(std::size(Keys) == std::size_t(PaymentWay::Other) + 1);
} // namespace

QString PaymentWays::key(PaymentWay way)
{
    return EnumNames::key(Keys, way);
}

std::optional<PaymentWay> PaymentWays::fromKey(const QString& key)
{
    return EnumNames::value<PaymentWay>(Keys, key);
}

QString PaymentWays::display(PaymentWay way)
{
    const QString names[] = {QString(),        tr("Card"),        tr("Stored card"), tr("Mir Pay"), tr("Apple Pay"),
                             tr("Google Pay"), tr("Samsung Pay"), tr("SBP"),         tr("Other")};
    static_assert(std::size(names) == std::size(Keys));
    return EnumNames::at(names, way);
}

} // namespace PayDesk
