#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace PayDesk::Sandbox {

enum class FaultKind {
    Delay,          // answer late
    Hang,           // never answer, do nothing
    Http500,        // HTTP 500, do nothing
    Reset,          // TCP reset, do nothing
    Malformed,      // broken JSON, do nothing
    Error7,         // errorCode 7 "system error", do nothing
    ApplyHang,      // do it, then never answer
    ApplyReset,     // do it, then reset the connection
    Apply500,       // do it, then answer HTTP 500
    ApplyMalformed, // do it, then answer broken JSON
    HugeTotal,      // a listing that claims 2,000,000,000 orders
    PaddedTotal,    // a listing that claims 100,000 orders more than it has
};

struct FaultRule
{
    QString endpoint; // "deposit", "getOrderStatusExtended", or "*"
    FaultKind kind = FaultKind::Delay;
    int remaining = 1; // for the next N matching calls
    int delayMs = 0;   // added before the fault acts
};

class FaultInjector
{
public:
    static constexpr int MaxCount = 1000000;
    static constexpr int MaxDelayMs = 600000; // as --latency, so that their sum fits an int

    // "endpoint:kind[:count[:delayMs]]", e.g. "deposit:apply_hang:1".
    bool addSpec(const QString& spec, QString* error);
    void add(const FaultRule& rule) { m_rules.append(rule); }
    std::optional<FaultRule> take(const QString& endpoint);
    void clear() { m_rules.clear(); }
    QJsonArray toJson() const;

    static bool parseKind(const QString& name, FaultKind* kind);
    static QString kindName(FaultKind kind);
    static bool applies(FaultKind kind);
    static bool inRange(const FaultRule& rule);

private:
    QList<FaultRule> m_rules;
};

} // namespace PayDesk::Sandbox
