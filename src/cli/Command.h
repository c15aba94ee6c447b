#pragma once

#include "cli/CliError.h"
#include "core/gateway/GatewayJob.h"
#include "core/store/OrderQuery.h"

#include <QCommandLineOption>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace PayDesk {
class Desk;
} // namespace PayDesk

namespace PayDesk::Cli {

class CliContext;

// One paydesk-cli command, after KeePassXC's src/cli/Command.h: its name, what it does, its own
// options on a QCommandLineParser (the global ones are added to it), and an asynchronous run that
// ends by emitting finished() with the exit code, exactly once.
class Command : public QObject
{
    Q_OBJECT
public:
    ~Command() override;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    // The command's line(s) in `paydesk-cli --help`.
    QString synopsis() const { return m_synopsis; }
    // `paydesk-cli help NAME`, `paydesk-cli NAME --help`.
    QString helpText() const;

    // Parses ARGUMENTS (the words after the command's name) and runs the command.
    void start(CliContext* context, const QStringList& arguments);

signals:
    void finished(int exitCode);

protected:
    Command(QString name, QString description, QString synopsis);

    void addOption(const QCommandLineOption& option) { m_options.append(option); }
    // The flags and options every order filter takes (orders, export).
    void addOptions(const QList<QCommandLineOption>& options) { m_options.append(options); }
    virtual void execute(const QCommandLineParser& parser) = 0;

    CliContext& cli() const { return *m_context; }
    void finish(ExitCode code);
    // Prints JSON with --json, else TEXT, and finishes with Ok.
    void succeed(const QJsonObject& json, const QString& text);
    void fail(const CliError& error);
    void usage(const QString& message) { fail(CliError::usage(message)); }
    // The one positional argument; with none or several, a usage error naming USAGE and nullopt.
    std::optional<QString> onlyArgument(const QCommandLineParser& parser, const QString& usage);
    // Opens the profile's desk (cache commands); reports the error and returns null when it cannot.
    Desk* openDesk();
    // The same for a command that takes no positional arguments, which it checks first (orders, export).
    Desk* openDeskWithoutArguments(const QCommandLineParser& parser);
    // The orders FILTERS select, amounts in the profile's currency; reports a bad filter and returns nullopt.
    std::optional<OrderFilter> orderFilter(const QCommandLineParser& parser);
    // Opens the desk with its secret read first (gateway commands), then calls NEXT with it.
    void signIn(std::function<void(Desk* desk)> next);
    // Signs in and settles what an earlier run left open before a money operation.
    void signInAndReconcile(std::function<void(Desk* desk)> next);
    // Calls NEXT with JOB when it succeeds; fails with its error otherwise.
    template <typename Job, typename Next>
    void onSuccess(Job* job, Next next);
    // The order KEY names (gateway id or order number, Desk::locate), fresh from the gateway, to NEXT;
    // "no such order" plainly when nobody knows it.
    void locate(Desk* desk, const QString& key, std::function<void(const Order& order)> next);
    // Runs OPERATION on the order KEY names: by id first (the operation reads the order before sending
    // anyway), and when the gateway knows no such id, on the order located by KEY as an order number.
    void operateOn(Desk* desk, const QString& key, std::function<OperationJob*(const QString& orderId)> operation);
    // Prints how the operation ended and finishes with its exit code.
    void report(OperationJob* job, const QString& orderId);

private:
    QString m_name;
    QString m_description;
    QString m_synopsis;
    QList<QCommandLineOption> m_options;
    CliContext* m_context = nullptr;
    bool m_finished = false;
    std::unique_ptr<QCommandLineParser> m_parser; // kept for execute() after the team database is unlocked
};

template <typename Job, typename Next>
void Command::onSuccess(Job* job, Next next)
{
    connect(job, &GatewayJob::finished, this, [this, job, next] {
        if (!job->succeeded())
            return fail(CliError::of(job->error()));
        next(job);
    });
}

} // namespace PayDesk::Cli
