#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace PayDesk::Sandbox {

// application/x-www-form-urlencoded as a browser and a form decoder read it: '+' is a space,
// %XX are UTF-8 bytes. Names may repeat (features=A&features=B).
class FormData
{
public:
    static FormData parse(const QByteArray& encoded);
    void merge(const FormData& other);
    void add(const QString& name, const QString& value) { m_items.append({name, value}); }

    bool contains(const QString& name) const;
    QString value(const QString& name) const;
    QStringList values(const QString& name) const;
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace PayDesk::Sandbox
