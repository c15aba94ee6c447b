#include "sandbox/JsonText.h"

#include <QJsonDocument>

namespace PayDesk::Sandbox {

JsonText& JsonText::beginObject(QLatin1StringView key)
{
    member(key);
    m_text.append('{');
    m_empty.push_back(true);
    return *this;
}

JsonText& JsonText::endObject()
{
    m_text.append('}');
    m_empty.pop_back();
    return *this;
}

JsonText& JsonText::beginArray(QLatin1StringView key)
{
    member(key);
    m_text.append('[');
    m_empty.push_back(true);
    return *this;
}

JsonText& JsonText::endArray()
{
    m_text.append(']');
    m_empty.pop_back();
    return *this;
}

JsonText& JsonText::field(QLatin1StringView key, const QString& value)
{
    member(key);
    string(value);
    return *this;
}

JsonText& JsonText::field(QLatin1StringView key, qint64 value)
{
    member(key);
    m_text.append(QByteArray::number(value));
    return *this;
}

JsonText& JsonText::field(QLatin1StringView key, const QJsonObject& value)
{
    return raw(key, QJsonDocument(value).toJson(QJsonDocument::Compact));
}

JsonText& JsonText::raw(QLatin1StringView key, const QByteArray& json)
{
    member(key);
    m_text.append(json);
    return *this;
}

// A comma before every member but a container's first, then the key if the container is an object.
void JsonText::member(QLatin1StringView key)
{
    if (m_empty.empty())
        return;
    if (!m_empty.back())
        m_text.append(',');
    m_empty.back() = false;
    if (!key.isEmpty()) {
        m_text.append('"').append(key.data(), key.size()).append("\":");
    }
}

void JsonText::string(const QString& value)
{
    static const char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    m_text.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_text.append("\\\"");
            break;
        case '\\':
            m_text.append("\\\\");
            break;
        case '\b':
            m_text.append("\\b");
            break;
        case '\f':
            m_text.append("\\f");
            break;
        case '\n':
            m_text.append("\\n");
            break;
        case '\r':
            m_text.append("\\r");
            break;
        case '\t':
            m_text.append("\\t");
            break;
        default:
            if (u < 0x20)
                m_text.append("\\u00").append(Hex[u >> 4]).append(Hex[u & 0xf]);
            else
                m_text.append(c);
        }
    }
    m_text.append('"');
}

} // namespace PayDesk::Sandbox
