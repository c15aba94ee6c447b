#pragma once

#include <QString>

namespace PayDesk::Cli {

// Secrets and confirmations from standard input, not echoed on a terminal.
class SecretPrompt
{
public:
    // One line of standard input. One stream for every call: a second one would lose what the first buffered.
    static QString readLine(const QString& prompt);
    static bool isTerminal();
    // "y" or "Y" on a terminal after PROMPT.
    static bool confirm(const QString& prompt);
};

} // namespace PayDesk::Cli
