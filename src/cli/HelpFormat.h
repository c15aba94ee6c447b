#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace PayDesk::Cli {

// Options as lines of a help text: "  --name VALUE   description".
class HelpFormat
{
public:
    static QString options(const QList<QCommandLineOption>& options);
};

} // namespace PayDesk::Cli
