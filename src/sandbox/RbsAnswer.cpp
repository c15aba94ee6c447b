#include "sandbox/RbsAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PayDesk::Sandbox {

RbsAnswer::RbsAnswer(QJsonObject head, const QString& rowsKey, QByteArray rows)
    : m_head(std::move(head))
    , m_rowsKey(rowsKey)
    , m_rows(std::move(rows))
{ }

QJsonObject RbsAnswer::object() const
{
    QJsonObject whole = m_head;
    if (!m_rowsKey.isEmpty())
        whole[m_rowsKey] = QJsonDocument::fromJson(m_rows).array();
    return whole;
}

QByteArray RbsAnswer::toJson() const
{
    QByteArray text = QJsonDocument(m_head).toJson(QJsonDocument::Compact);
    if (m_rowsKey.isEmpty())
        return text;
    text.chop(1); // the head's closing brace
    if (!m_head.isEmpty())
        text.append(',');
    return text.append('"').append(m_rowsKey.toUtf8()).append("\":").append(m_rows).append('}');
}

} // namespace PayDesk::Sandbox
