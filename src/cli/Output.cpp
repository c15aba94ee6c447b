#include "cli/Output.h"

#include "cli/CliError.h"
#include "cli/JsonField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace PayDesk::Cli {

void Output::json(const QJsonValue& value) const
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void Output::text(const QString& text) const
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

void Output::note(const QString& text) const
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

void Output::warn(const QString& text) const
{
    std::fprintf(stderr, "paydesk-cli: warning: %s\n", text.toUtf8().constData());
}

void Output::error(const CliError& error) const
{
    std::fprintf(stderr, "paydesk-cli: %s\n", error.message.toUtf8().constData());
    if (m_json)
        json(QJsonObject{field("error", error.toJson())});
}

} // namespace PayDesk::Cli
