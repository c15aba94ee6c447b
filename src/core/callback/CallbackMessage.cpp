#include "core/callback/CallbackMessage.h"

#include <QUrl>

#include <algorithm>

namespace PayDesk {

namespace {
QString decoded(QString part)
{
    part.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// The query of a URL, or the text itself when it is a query already.
QString queryOf(QString text)
{
    text = text.trimmed();
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    if (question >= 0)
        text = text.mid(question + 1);
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        text.truncate(hash);
    return text;
}
} // namespace

std::optional<CallbackMessage> CallbackMessage::parse(const QString& text, QString* why)
{
    CallbackMessage m;
    for (const QString& pair : queryOf(text).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        m.m_params.append({decoded(pair.left(equals)), decoded(pair.mid(equals + 1))});
    }
    const bool known =
        !m.orderId().isEmpty() || !m.operationName().isEmpty() || !m.value(QStringLiteral("bindingId")).isEmpty();
    if (m.m_params.isEmpty() || !known) {
        if (why)
            *why = m.m_params.isEmpty() ? tr("It holds no parameters.")
                                        : tr("It has neither mdOrder, operation nor bindingId.");
        return std::nullopt;
    }
    return m;
}

QString CallbackMessage::value(const QString& name) const
{
    for (const auto& [key, value] : m_params) {
        if (key == name)
            return value;
    }
    return {};
}

QString CallbackMessage::orderId() const
{
    const QString id = value(QStringLiteral("mdOrder"));
    return id.isEmpty() ? value(QStringLiteral("mdorder")) : id;
}

CallbackOperation CallbackMessage::operation() const
{
    static const char* const Names[] = {
        "approved",          "deposited",           "reversed",       "refunded",
        "declinedByTimeout", "declinedCardpresent", "bindingCreated", "bindingActivityChanged"};
    const QString name = operationName();
    for (std::size_t i = 0; i < std::size(Names); ++i) {
        if (name == QLatin1String(Names[i]))
            return CallbackOperation(i);
    }
    if (name == QLatin1String("bindingDeactivated"))
        return CallbackOperation::BindingChanged;
    return CallbackOperation::Other;
}

QByteArray CallbackMessage::signedString() const
{
    Params signedParams;
    for (const auto& p : m_params) {
        if (p.first != QLatin1String("checksum") && p.first != QLatin1String("sign_alias"))
            signedParams.append(p);
    }
    std::stable_sort(signedParams.begin(), signedParams.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray text;
    for (const auto& [name, value] : std::as_const(signedParams))
        text += name.toUtf8() + ';' + value.toUtf8() + ';';
    return text;
}

} // namespace PayDesk
