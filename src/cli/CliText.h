#pragma once

#include <QCoreApplication>

namespace PayDesk::Cli {

// paydesk-cli's human words, one translation context for all of them (CliText::tr): messages, human
// output and --help speak the language of the system's locale; --json stays as it is, English.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

} // namespace PayDesk::Cli
