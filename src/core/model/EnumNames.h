#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <optional>

namespace PayDesk {

// One spelling of an enum value: a stable key, a colour, or a text marked with QT_TRANSLATE_NOOP.
template <typename Enum>
struct EnumName
{
    Enum value;
    const char* text;
};

namespace EnumNames {

// The spelling of VALUE in TABLE; nullptr when the table has none.
template <typename Enum, std::size_t N>
const char* find(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const EnumName<Enum>& name : table) {
        if (name.value == value)
            return name.text;
    }
    return nullptr;
}

template <typename Enum, std::size_t N>
QString key(const EnumName<Enum> (&table)[N], Enum value, const QString& fallback = {})
{
    const char* text = find(table, value);
    return text ? QString::fromUtf8(text) : fallback;
}

// The value spelled KEY in TABLE.
template <typename Enum, std::size_t N>
std::optional<Enum> value(const EnumName<Enum> (&table)[N], const QString& key)
{
    for (const EnumName<Enum>& name : table) {
        if (key == QString::fromUtf8(name.text))
            return name.value;
    }
    return std::nullopt;
}

// The translation, in CONTEXT, of VALUE's text.
template <typename Enum, std::size_t N>
QString translated(const char* context, const EnumName<Enum> (&table)[N], Enum value)
{
    const char* text = find(table, value);
    return text ? QCoreApplication::translate(context, text) : QString();
}

} // namespace EnumNames
} // namespace PayDesk
