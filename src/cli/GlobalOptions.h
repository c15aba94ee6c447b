#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace PayDesk::Cli {

struct CliError;

// What the options before or after any command say: --profile, --json, --db, --timeout.
struct GlobalSettings
{
    QString profileName; // empty: the only profile there is
    bool json = false;
    QString dbPath; // empty: the default cache
    int timeoutMs = 30000;
};

// The global options, defined and read in this one place; every command's parser knows them too,
// so they may come before the command or among its own options.
class GlobalOptions
{
public:
    static QList<QCommandLineOption> options();
    // Adds what PARSER found to SETTINGS; an invalid --timeout is a usage error.
    static std::optional<CliError> read(const QCommandLineParser& parser, GlobalSettings* settings);
    // The options' lines for a help text.
    static QString helpText();
};

} // namespace PayDesk::Cli
