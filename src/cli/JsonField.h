#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QString>

#include <initializer_list>

namespace PayDesk::Cli {

// One "key": value of a QJsonObject{…}, short enough for several to share a line.
inline QPair<QString, QJsonValue> field(const char* key, const QJsonValue& value)
{
    return {QString::fromLatin1(key), value};
}

// Adds FIELDS to OBJECT: a long object built in groups (the keys' order does not matter in JSON).
inline void addFields(QJsonObject* object, std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    for (const auto& [key, value] : fields)
        object->insert(key, value);
}

} // namespace PayDesk::Cli
