#include "cli/Arguments.h"
#include "cli/CliText.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

QDateTime Arguments::date(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return endOfDay ? day.endOfDay() : day.startOfDay();
    return QDateTime::fromString(text, Qt::ISODate);
}

std::optional<CliError> Arguments::period(const QCommandLineParser& parser, QDateTime* from, QDateTime* to)
{
    for (const QString& key : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(key))
            continue;
        const QDateTime t = date(parser.value(key), key == QLatin1String("to"));
        if (!t.isValid())
            return CliError::usage(
                CliText::tr("--%1: \"%2\" is not a date (YYYY-MM-DD) or ISO 8601 time").arg(key, parser.value(key)));
        *(key == QLatin1String("from") ? from : to) = t;
    }
    return std::nullopt;
}

std::optional<Money> Arguments::amount(const QCommandLineParser& parser, const QString& name, const Currency& currency,
                                       CliError* error)
{
    const QString text = parser.value(name);
    Money::ParseError parseError;
    const std::optional<Money> amount = Money::parse(text, currency, &parseError);
    if (!amount)
        *error = CliError::usage(QStringLiteral("--%1: ").arg(name) + Money::errorMessage(parseError, currency, text));
    return amount;
}

std::optional<int> Arguments::number(const QCommandLineParser& parser, const QString& name, int min, int max,
                                     int fallback, const QString& complaint, CliError* error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (ok && n >= min && n <= max)
        return n;
    *error = CliError::usage(complaint);
    return std::nullopt;
}

} // namespace PayDesk::Cli
