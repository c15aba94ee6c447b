#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace PayDesk::Cli {

class CliContext;
class Command;

// paydesk-cli: reads the global options before the command, finds the command in the registry
// and starts it; quits the event loop with the command's exit code.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject* parent = nullptr);
    ~Cli() override;
    void start();

private:
    void finishWith(int code);

    QStringList m_arguments;
    CliContext* m_context;
    std::unique_ptr<Command> m_command;
};

} // namespace PayDesk::Cli
