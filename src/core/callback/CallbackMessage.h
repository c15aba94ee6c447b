#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace PayDesk {

// What a gateway's callback says happened (rbs-api.md §7.2): the operation and whether it succeeded.
enum class CallbackOperation {
    Approved,
    Deposited,
    Reversed,
    Refunded,
    DeclinedByTimeout,
    DeclinedCardPresent,
    BindingCreated,
    BindingChanged,
    Other,
};

// One callback notification as the shop received it: a GET query (or its URL, or a POST form body)
// decoded into its parameters, in the order they came.
class CallbackMessage
{
    Q_DECLARE_TR_FUNCTIONS(CallbackMessage)
public:
    using Params = QList<QPair<QString, QString>>;

    // TEXT is a URL with a query, a query with or without its leading "?", or a form body. Values are
    // percent-decoded and '+' is a space, as a web server hands them to the shop. Nullopt, with the reason
    // in WHY, when it holds no callback: no parameters, or neither mdOrder, operation nor bindingId.
    static std::optional<CallbackMessage> parse(const QString& text, QString* why = nullptr);

    const Params& params() const { return m_params; }
    QString value(const QString& name) const;
    QString checksum() const { return value(QStringLiteral("checksum")); }
    bool isSigned() const { return !checksum().isEmpty(); }
    QString orderId() const; // mdOrder (or mdorder)
    QString orderNumber() const { return value(QStringLiteral("orderNumber")); }
    QString operationName() const { return value(QStringLiteral("operation")); }
    CallbackOperation operation() const;
    // status=1: the operation succeeded; status=0: it failed.
    bool succeeded() const { return value(QStringLiteral("status")) == QLatin1String("1"); }

    // What the checksum signs (§7.3): every parameter but checksum and sign_alias, sorted by name in
    // code-point order (case-sensitive, as the vendor's Java sample sorts), as "name;value;" each.
    QByteArray signedString() const;

private:
    Params m_params;
};

} // namespace PayDesk
