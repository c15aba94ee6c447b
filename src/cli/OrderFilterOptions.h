#pragma once

#include "cli/CliError.h"
#include "core/money/Currency.h"
#include "core/store/OrderQuery.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace PayDesk::Cli {

// FILTERS of `orders` and `export`: the options and their reading into an OrderFilter.
class OrderFilterOptions
{
public:
    static QList<QCommandLineOption> options();
    // Amounts are in CURRENCY, the profile's.
    static std::optional<CliError> read(const QCommandLineParser& parser, const Currency& currency,
                                        OrderFilter* filter);

private:
    static std::optional<CliError> readStatuses(const QCommandLineParser& parser, OrderFilter* filter);
    static std::optional<CliError> readAmounts(const QCommandLineParser& parser, const Currency& currency,
                                               OrderFilter* filter);
    static std::optional<CliError> readSort(const QCommandLineParser& parser, OrderFilter* filter);
};

} // namespace PayDesk::Cli
