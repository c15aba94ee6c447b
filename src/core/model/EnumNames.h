#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace PayDesk {

// Lookups in tables written in an enum's order: one entry per value, from the first to the last,
// so that a table reads as a list and its size is checked where it is defined:
//     constexpr const char* Keys[] = {"created", "pending", ...};
//     static_assert(std::size(Keys) == std::size_t(OrderStatus::Unknown) + 1);
namespace EnumNames {

template <typename Enum, typename Entry, std::size_t N>
const Entry& at(const Entry (&table)[N], Enum value)
{
    return table[std::size_t(value) < N ? std::size_t(value) : N - 1];
}

template <typename Enum, std::size_t N>
QString key(const char* const (&keys)[N], Enum value)
{
    return QString::fromLatin1(at(keys, value));
}

// The value whose key is KEY.
template <typename Enum, std::size_t N>
std::optional<Enum> value(const char* const (&keys)[N], const QString& key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

// Where VALUE stands in a list of sparse codes (the gateways' numbers), or nullopt.
template <typename Code, std::size_t N>
std::optional<std::size_t> indexOf(const Code (&codes)[N], Code value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (codes[i] == value)
            return i;
    }
    return std::nullopt;
}

} // namespace EnumNames
} // namespace PayDesk
