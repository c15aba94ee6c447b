#include "cli/OrderFilterOptions.h"
#include "cli/CliText.h"

#include "cli/Arguments.h"
#include "cli/CommandOption.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

namespace {
const QList<QPair<QString, OrderColumn>> Columns = {{QStringLiteral("created"), OrderColumn::Created},
                                                    {QStringLiteral("number"), OrderColumn::OrderNumber},
                                                    {QStringLiteral("id"), OrderColumn::OrderId},
                                                    {QStringLiteral("status"), OrderColumn::Status},
                                                    {QStringLiteral("amount"), OrderColumn::Amount},
                                                    {QStringLiteral("deadline"), OrderColumn::Deadline},
                                                    {QStringLiteral("card"), OrderColumn::Card},
                                                    {QStringLiteral("email"), OrderColumn::Email},
                                                    {QStringLiteral("description"), OrderColumn::Description}};
} // namespace

QList<QCommandLineOption> OrderFilterOptions::options()
{
    return QList<QCommandLineOption>(
        {option("status", CliText::tr("Only these statuses (comma-separated)."), "STATUS[,STATUS]"),
         flag("held", CliText::tr("Only held payments, soonest deadline first.")),
         option("due-within", CliText::tr("Only holds that expire within HOURS."), "HOURS"),
         option("search", CliText::tr("Card last 4, order number, gateway id, e-mail or words."), "TEXT"),
         option("from", CliText::tr("Created on or after DATE."), "DATE"),
         option("to", CliText::tr("Created on or before DATE."), "DATE"),
         option("min-amount", CliText::tr("At least this amount."), "A"),
         option("max-amount", CliText::tr("At most this amount."), "A"),
         option("sort", CliText::tr("Sort by COLUMN (newest or largest first)."), "COLUMN"),
         flag("asc", CliText::tr("Sort in ascending order."))});
}

std::optional<CliError> OrderFilterOptions::read(const QCommandLineParser& parser, const Currency& currency,
                                                 OrderFilter* f)
{
    if (std::optional<CliError> e = readStatuses(parser, f))
        return e;
    if (parser.isSet(QStringLiteral("held")) || parser.isSet(QStringLiteral("due-within"))) {
        f->statuses = {OrderStatus::Held};
        f->sortColumn = OrderColumn::Deadline;
        f->sortOrder = Qt::AscendingOrder;
    }
    CliError error;
    const std::optional<int> due = Arguments::number(parser, QStringLiteral("due-within"), 0, INT_MAX, -1,
                                                     CliText::tr("--due-within takes a number of hours"), &error);
    if (!due)
        return error;
    f->dueWithinHours = *due;
    f->text = parser.value(QStringLiteral("search"));
    if (std::optional<CliError> e = Arguments::period(parser, &f->createdFrom, &f->createdTo))
        return e;
    if (std::optional<CliError> e = readAmounts(parser, currency, f))
        return e;
    return readSort(parser, f);
}

std::optional<CliError> OrderFilterOptions::readStatuses(const QCommandLineParser& parser, OrderFilter* f)
{
    for (const QString& key : parser.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        OrderStatus s;
        if (!OrderStatusText::fromKey(key.trimmed().toLower(), &s))
            return CliError::usage(CliText::tr("unknown status \"%1\"").arg(key));
        f->statuses.append(s);
    }
    return std::nullopt;
}

std::optional<CliError> OrderFilterOptions::readAmounts(const QCommandLineParser& parser, const Currency& currency,
                                                        OrderFilter* f)
{
    for (const QString& key : {QStringLiteral("min-amount"), QStringLiteral("max-amount")}) {
        if (!parser.isSet(key))
            continue;
        CliError error;
        const std::optional<Money> amount = Arguments::amount(parser, key, currency, &error);
        if (!amount)
            return error;
        (key == QLatin1String("min-amount") ? f->minAmount : f->maxAmount) = amount->minor();
    }
    return std::nullopt;
}

std::optional<CliError> OrderFilterOptions::readSort(const QCommandLineParser& parser, OrderFilter* f)
{
    if (parser.isSet(QStringLiteral("sort"))) {
        const QString name = parser.value(QStringLiteral("sort"));
        const auto column =
            std::find_if(Columns.begin(), Columns.end(), [&](const auto& c) { return c.first == name; });
        if (column == Columns.end())
            return CliError::usage(CliText::tr("unknown sort column \"%1\"").arg(name));
        f->sortColumn = column->second;
        f->sortOrder = Qt::DescendingOrder;
    }
    if (parser.isSet(QStringLiteral("asc")))
        f->sortOrder = Qt::AscendingOrder;
    return std::nullopt;
}

} // namespace PayDesk::Cli
