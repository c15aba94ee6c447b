#pragma once

#include "cli/CliError.h"
#include "core/money/Money.h"

#include <QDateTime>

#include <optional>

class QCommandLineParser;

namespace PayDesk::Cli {

// Option values read into typed values; a value that does not read is a usage error naming the option.
class Arguments
{
public:
    // "2026-11-01" is a local day: its start, or its end with END_OF_DAY. Anything else is ISO 8601.
    static QDateTime date(const QString& text, bool endOfDay);
    // --from/--to of PARSER into FROM and TO (left as they are when not given).
    static std::optional<CliError> period(const QCommandLineParser& parser, QDateTime* from, QDateTime* to);
    // The option NAME's amount in CURRENCY.
    static std::optional<Money> amount(const QCommandLineParser& parser, const QString& name, const Currency& currency,
                                       CliError* error);
    // The option NAME as a whole number from MIN to MAX, or FALLBACK when it is not given.
    static std::optional<int> number(const QCommandLineParser& parser, const QString& name, int min, int max,
                                     int fallback, const QString& complaint, CliError* error);
};

} // namespace PayDesk::Cli
