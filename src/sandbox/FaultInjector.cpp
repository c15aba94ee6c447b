#include "sandbox/FaultInjector.h"

#include <QJsonObject>

#include <iterator>

namespace PayDesk::Sandbox {

namespace {
// In FaultKind's order: the names the control endpoint and --fault take.
const char* const KindNames[] = {"delay",      "hang",        "http500",     "reset",         "malformed",
                                 "error7",     "apply_hang",  "apply_reset", "apply_http500", "apply_malformed",
                                 "huge_total", "padded_total"};
static_assert(std::size(KindNames) == std::size_t(FaultKind::PaddedTotal) + 1);
} // namespace

bool FaultInjector::parseKind(const QString& name, FaultKind* kind)
{
    for (std::size_t i = 0; i < std::size(KindNames); ++i) {
        if (name == QLatin1String(KindNames[i])) {
            *kind = FaultKind(i);
            return true;
        }
    }
    return false;
}

QString FaultInjector::kindName(FaultKind kind)
{
    return std::size_t(kind) < std::size(KindNames) ? QString::fromLatin1(KindNames[std::size_t(kind)]) : QString();
}

bool FaultInjector::applies(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Delay:
    case FaultKind::ApplyHang:
    case FaultKind::ApplyReset:
    case FaultKind::Apply500:
    case FaultKind::ApplyMalformed:
    case FaultKind::HugeTotal:
    case FaultKind::PaddedTotal:
        return true;
    case FaultKind::Hang:
    case FaultKind::Http500:
    case FaultKind::Reset:
    case FaultKind::Malformed:
    case FaultKind::Error7:
        return false;
    }
    return false;
}

bool FaultInjector::inRange(const FaultRule& rule)
{
    return rule.remaining >= 1 && rule.remaining <= MaxCount && rule.delayMs >= 0 && rule.delayMs <= MaxDelayMs;
}

bool FaultInjector::addSpec(const QString& spec, QString* error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    FaultRule rule;
    bool ok = parts.size() >= 2 && parts.size() <= 4 && !parts[0].isEmpty();
    if (ok) {
        rule.endpoint = parts[0];
        ok = parseKind(parts[1], &rule.kind);
    }
    if (ok && parts.size() >= 3)
        rule.remaining = parts[2].toInt(&ok);
    if (ok && parts.size() == 4)
        rule.delayMs = parts[3].toInt(&ok);
    if (!ok || !inRange(rule)) {
        *error = QStringLiteral("bad fault '%1': expected endpoint:kind[:count[:delayMs]]").arg(spec);
        return false;
    }
    if (rule.kind == FaultKind::Delay && parts.size() < 4)
        rule.delayMs = 1000;
    m_rules.append(rule);
    return true;
}

std::optional<FaultRule> FaultInjector::take(const QString& endpoint)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule& rule = m_rules[i];
        if (rule.endpoint != endpoint && rule.endpoint != QLatin1String("*"))
            continue;
        FaultRule taken = rule;
        if (--rule.remaining <= 0)
            m_rules.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray out;
    for (const FaultRule& rule : m_rules) {
        out.append(QJsonObject{{QStringLiteral("endpoint"), rule.endpoint},
                               {QStringLiteral("fault"), kindName(rule.kind)},
                               {QStringLiteral("count"), rule.remaining},
                               {QStringLiteral("delayMs"), rule.delayMs}});
    }
    return out;
}

} // namespace PayDesk::Sandbox
