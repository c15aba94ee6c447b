#pragma once

#include <QCommandLineOption>

namespace PayDesk::Cli {

// A command's option --NAME VALUE_NAME, written short enough for several to share a line.
inline QCommandLineOption option(const char* name, const QString& description, const char* valueName)
{
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

// A command's flag --NAME, which takes no value.
inline QCommandLineOption flag(const char* name, const QString& description)
{
    return {QString::fromLatin1(name), description};
}

} // namespace PayDesk::Cli
