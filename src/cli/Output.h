#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace PayDesk::Cli {

struct CliError;

// How a list prints: {"KEY": [json(item), …]} with --json, else line(item) a line, or NONE when empty.
template <typename Item>
struct ListFormat
{
    const char* key;
    QJsonObject (*json)(const Item&);
    QString (*line)(const Item&);
    const char* none;
};

// Where paydesk-cli writes: results on stdout (text, or JSON with --json), notes, warnings and
// errors on stderr; with --json an error is also a {"error": {…}} object on stdout.
class Output
{
public:
    void setJson(bool json) { m_json = json; }
    bool isJson() const { return m_json; }

    void json(const QJsonValue& value) const;
    void text(const QString& text) const;
    // A line on stderr as it is (progress, hints, "No orders match.").
    void note(const QString& text) const;
    // "paydesk-cli: warning: …" on stderr.
    void warn(const QString& text) const;
    // "paydesk-cli: …" on stderr; and the error object on stdout with --json.
    void error(const CliError& error) const;
    template <typename Item>
    void list(const QList<Item>& items, const ListFormat<Item>& format) const;

private:
    bool m_json = false;
};

template <typename Item>
void Output::list(const QList<Item>& items, const ListFormat<Item>& format) const
{
    QJsonArray all;
    QStringList lines;
    for (const Item& item : items) {
        all.append(format.json(item));
        lines.append(format.line(item));
    }
    if (m_json)
        json(QJsonObject{{QString::fromLatin1(format.key), all}});
    else
        text(lines.isEmpty() ? QString::fromLatin1(format.none) : lines.join(QLatin1Char('\n')));
}

} // namespace PayDesk::Cli
