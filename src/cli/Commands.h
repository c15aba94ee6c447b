#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace PayDesk::Cli {

class Command;

// The registry of paydesk-cli's commands, in the order `--help` lists them.
class Commands
{
public:
    static std::vector<std::unique_ptr<Command>> all();
    // The command WORDS begin with ("status", or "profile add"), and how many words name it.
    static std::unique_ptr<Command> find(const QStringList& words, int* nameWords);
    // The whole `paydesk-cli --help`: every command's synopsis, then filters, dates and exit codes.
    static QString usage();
};

} // namespace PayDesk::Cli
