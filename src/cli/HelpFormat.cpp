#include "cli/HelpFormat.h"

#include <QStringList>

namespace PayDesk::Cli {

QString HelpFormat::options(const QList<QCommandLineOption>& options)
{
    QStringList names;
    for (const QCommandLineOption& o : options) {
        QStringList forms;
        for (const QString& n : o.names())
            forms.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        names.append(forms.join(QStringLiteral(", "))
                     + (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName()));
    }
    qsizetype width = 0;
    for (const QString& n : names)
        width = qMax(width, n.size());
    QStringList lines;
    for (qsizetype i = 0; i < options.size(); ++i)
        lines.append(QStringLiteral("  ") + names[i].leftJustified(width + 2) + options[i].description());
    return lines.join(QLatin1Char('\n'));
}

} // namespace PayDesk::Cli
