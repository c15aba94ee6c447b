#include "sandbox/FormData.h"

#include <QUrl>

namespace PayDesk::Sandbox {

namespace {
QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}
} // namespace

FormData FormData::parse(const QByteArray& encoded)
{
    FormData form;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        form.m_items.append({decodeComponent(name), decodeComponent(value)});
    }
    return form;
}

void FormData::merge(const FormData& other)
{
    m_items += other.m_items;
}

bool FormData::contains(const QString& name) const
{
    for (const auto& item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString FormData::value(const QString& name) const
{
    for (const auto& item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QStringList FormData::values(const QString& name) const
{
    QStringList out;
    for (const auto& item : m_items) {
        if (item.first == name)
            out.append(item.second);
    }
    return out;
}

} // namespace PayDesk::Sandbox
