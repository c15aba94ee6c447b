#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace PayDesk::Sandbox {

// Compact JSON written straight to text, member by member. A listing page of 200 orders built as QJsonObjects
// and then serialised cost the sandbox more than the client spent parsing it, on the same two cores.
// Keys are written in the order given; strings are escaped as QJsonDocument escapes them.
class JsonText
{
public:
    JsonText& beginObject(QLatin1StringView key = {});
    JsonText& endObject();
    JsonText& beginArray(QLatin1StringView key = {});
    JsonText& endArray();

    JsonText& field(QLatin1StringView key, const QString& value);
    JsonText& field(QLatin1StringView key, qint64 value);
    JsonText& field(QLatin1StringView key, int value) { return field(key, qint64(value)); }
    JsonText& field(QLatin1StringView key, const QJsonObject& value);
    // A literal member or element, already JSON.
    JsonText& raw(QLatin1StringView key, const QByteArray& json);

    QByteArray take() { return std::move(m_text); }

private:
    void member(QLatin1StringView key);
    void string(const QString& value);

    QByteArray m_text;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
};

} // namespace PayDesk::Sandbox
