#pragma once

#include "cli/CliContext.h"
#include "cli/Command.h"
#include "core/session/Desk.h"

#include <QCommandLineParser>

namespace PayDesk::Cli {

// `bindings CLIENT_ID`, `receipt ORDER_ID`: a list the gateway keeps for one customer or order,
// printed as FORMAT says. The two differ only in that data, so one class serves both.
template <typename Job>
class GatewayListCommand final : public Command
{
public:
    using Item = typename std::decay_t<decltype(std::declval<Job&>().value())>::value_type;
    using Request = Job* (Desk::*)(const QString& id);

    GatewayListCommand(QString name, QString description, QString synopsis, Request request,
                       const ListFormat<Item>& format)
        : Command(std::move(name), std::move(description), std::move(synopsis))
        , m_request(request)
        , m_format(format)
    { }

private:
    void execute(const QCommandLineParser& parser) override
    {
        if (const std::optional<QString> id = onlyArgument(parser, synopsis().trimmed()))
            signIn(
                [this, id = *id](Desk* desk) { onSuccess((desk->*m_request)(id), [this](Job* job) { print(job); }); });
    }

    void print(Job* job)
    {
        cli().out().list(job->value(), m_format);
        finish(Ok);
    }

    Request m_request;
    ListFormat<Item> m_format;
};

} // namespace PayDesk::Cli
