#include "cli/SecretPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace PayDesk::Cli {

QString SecretPrompt::readLine(const QString& prompt)
{
    static QTextStream in(stdin);
    const bool tty = isTerminal();
    termios saved{};
    if (tty) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString secret = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return secret;
}

bool SecretPrompt::isTerminal()
{
    return isatty(STDIN_FILENO);
}

bool SecretPrompt::confirm(const QString& prompt)
{
    std::fprintf(stderr, "%s? [y/N] ", qPrintable(prompt));
    char answer[8] = {};
    return std::fgets(answer, sizeof answer, stdin) && (answer[0] == 'y' || answer[0] == 'Y');
}

} // namespace PayDesk::Cli
