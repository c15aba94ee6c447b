#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace PayDesk::Sandbox {

// What an RBS call answers: a JSON object; for a listing, its head with the rows kept as JSON text, so that a
// page goes out without each row being built as an object first. SOAP and the faults still see one object.
class RbsAnswer
{
public:
    RbsAnswer(QJsonObject object = {}) // NOLINT(google-explicit-constructor): most calls answer an object
        : m_head(std::move(object))
    { }
    RbsAnswer(QJsonObject head, const QString& rowsKey, QByteArray rows);

    QJsonObject& head() { return m_head; }
    // The whole answer, the rows parsed into it.
    QJsonObject object() const;
    // The whole answer as compact JSON, the rows as they were written.
    QByteArray toJson() const;

private:
    QJsonObject m_head;
    QString m_rowsKey;
    QByteArray m_rows;
};

} // namespace PayDesk::Sandbox
