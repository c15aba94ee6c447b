#pragma once

#include <QJsonValue>
#include <QString>

namespace PayDesk::Cli {

struct CliError;

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

private:
    bool m_json = false;
};

} // namespace PayDesk::Cli
