#include "core/gateway/assist/AssistParser.h"

#include "core/model/EnumNames.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QXmlStreamReader>

#include <iterator>

namespace PayDesk {

namespace {
// secondcode: a request parameter by its own name, or a thing in words (secondCodeText).
constexpr int SecondCodeParameters[] = {100, 101, 102, 103, 105, 107, 108, 143, 164};
constexpr const char* SecondCodeParameterNames[] = {"Merchant_ID", "Login",  "Password",   "Format",    "Currency",
                                                    "OrderNumber", "Amount", "Billnumber", "OrderState"};
static_assert(std::size(SecondCodeParameters) == std::size(SecondCodeParameterNames));
constexpr int SecondCodeWords[] = {104, 141, 201, 216, 300, 301, 307};
// responsecode: how an operation ended, by the number after "AS" (responseCodeText).
constexpr int ResponseCodes[] = {0, 100, 101, 102, 104, 105, 106, 107, 108, 109, 110, 200, 300, 400, 998};

// "27.09.2016 23:24" or "01.01.2011 10:51:53", GMT.
QDateTime gmt(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("dd.MM.yyyy HH:mm"));
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

Money amountOf(const QString& text, const Currency& currency, bool* ok)
{
    // Machine form first; some Assist answers print amounts for people ("1 500,50"), never ambiguous ones.
    std::optional<Money> m = Money::fromDecimalString(text.trimmed(), currency);
    if (!m)
        m = Money::parse(text, currency);
    if (m && !m->isPlausible())
        m.reset();
    *ok = m.has_value() || text.isEmpty();
    return m.value_or(Money(0, currency));
}
} // namespace

// firstcode: what kind of failure, 1..21 (13 is not used).
QString AssistParser::firstCodeText(int code)
{
    // clang-format off: indexed by the code, 1 to 21 (13 is not used)
    const QString texts[] = {QString(),
                             tr("error"),
                             tr("internal error"),
                             tr("a required parameter is missing"),
                             tr("a parameter has the wrong format"),
                             tr("a parameter has an invalid value"),
                             tr("unsuitable system version"),
                             tr("authentication error"),
                             tr("authorisation error"),
                             tr("encryption error"),
                             tr("no such object"),
                             tr("duplicate object"),
                             tr("the object is locked"),
                             QString(),
                             tr("the object is prohibited"),
                             tr("the operation is prohibited"),
                             tr("the operation timed out"),
                             tr("a limit was exceeded"),
                             tr("suspected fraud"),
                             tr("access denied"),
                             tr("3-D Secure authorisation error"),
                             tr("the operation was rejected")};
    // clang-format on
    const QString text = code >= 0 && code < int(std::size(texts)) ? texts[code] : QString();
    return text.isEmpty() ? tr("error %1").arg(code) : text;
}

QString AssistParser::secondCodeText(int code)
{
    if (code == 0)
        return {};
    if (const std::optional<std::size_t> i = EnumNames::indexOf(SecondCodeParameters, code))
        return QString::fromLatin1(SecondCodeParameterNames[*i]);
    const QString words[] = {tr("date"),
                             tr("login and/or password"),
                             tr("order"),
                             tr("operation"),
                             tr("cancellation of the authorisation"),
                             tr("refund"),
                             tr("confirmation operation")};
    static_assert(std::size(words) == std::size(SecondCodeWords));
    const std::optional<std::size_t> i = EnumNames::indexOf(SecondCodeWords, code);
    return i ? words[*i] : QString::number(code);
}

OrderStatus AssistParser::statusOf(const QString& state)
{
    // Assist's orderstate values and what each means here.
    constexpr const char* States[] = {"In Process", "Delayed",         "Approved", "PartialApproved", "PartialDelayed",
                                      "Canceled",   "PartialCanceled", "Declined", "Decline",         "Timeout"};
    constexpr OrderStatus Statuses[] = {OrderStatus::Created,        OrderStatus::Held,     OrderStatus::Captured,
                                        OrderStatus::Captured,       OrderStatus::Captured, OrderStatus::Reversed,
                                        OrderStatus::PartlyRefunded, OrderStatus::Declined, OrderStatus::Declined,
                                        OrderStatus::Declined};
    static_assert(std::size(States) == std::size(Statuses));
    const QString s = state.trimmed();
    for (std::size_t i = 0; i < std::size(States); ++i) {
        if (s == QLatin1String(States[i]))
            return Statuses[i];
    }
    return OrderStatus::Unknown;
}

QString AssistParser::plainBillnumber(const QString& billnumber)
{
    return billnumber.section(QLatin1Char('.'), 0, 0).trimmed();
}

GatewayError AssistParser::codesError(int firstcode, int secondcode)
{
    if (firstcode == 0 && secondcode == 0)
        return {};
    const QString what = secondCodeText(secondcode);
    GatewayError e = GatewayError::gateway(QStringLiteral("%1/%2").arg(firstcode).arg(secondcode),
                                           what.isEmpty() ? firstCodeText(firstcode)
                                                          : firstCodeText(firstcode) + QStringLiteral(": ") + what);
    if (firstcode == 7 || firstcode == 8 || (firstcode == 10 && secondcode == 100) || secondcode == 101
        || secondcode == 102 || secondcode == 141)
        e.kind = GatewayError::Kind::Auth;
    return e;
}

QString AssistParser::responseCodeText(const QString& code)
{
    const QString trimmed = code.trimmed();
    bool numbered = false;
    const int number = trimmed.startsWith(QLatin1String("AS")) ? trimmed.mid(2).toInt(&numbered) : -1;
    const std::optional<std::size_t> i = numbered ? EnumNames::indexOf(ResponseCodes, number) : std::nullopt;
    if (!i)
        return trimmed.isEmpty() ? QString() : tr("code %1").arg(trimmed);
    const QString texts[] = {tr("completed successfully"),
                             tr("authorisation declined"),
                             tr("declined: incorrect card number or parameters"),
                             tr("declined: insufficient funds"),
                             tr("declined: incorrect expiry date"),
                             tr("declined: card limit exceeded"),
                             tr("declined: incorrect PIN"),
                             tr("declined: error receiving data"),
                             tr("declined: suspected fraud"),
                             tr("declined: Assist operations limit exceeded"),
                             tr("3-D Secure authorisation required"),
                             tr("repeat the authorisation"),
                             tr("operation in progress, wait"),
                             tr("no payment with such parameters exists"),
                             tr("system error, contact Assist")};
    static_assert(std::size(texts) == std::size(ResponseCodes));
    return texts[*i];
}

QString AssistParser::checkValue(const QString& salt, const QString& merchantId, const QString& orderNumber,
                                 const QString& amount, const QString& currency, const QString& state)
{
    const auto md5 = [](const QString& s) {
        return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Md5).toHex();
    };
    const QByteArray inner =
        QByteArray(md5(salt) + md5(merchantId + orderNumber + amount + currency + state)).toUpper();
    return QString::fromLatin1(QCryptographicHash::hash(inner, QCryptographicHash::Md5).toHex().toUpper());
}

namespace {
// One <order> as read: its fields and, in an orderresult answer, its <operation>s.
struct RawOrder
{
    QJsonObject fields;
    QJsonArray operations;

    QString field(const char* name) const { return fields.value(QLatin1String(name)).toString(); }
};

// What the order's operations add up to: orderresult lists each charge (200) and cancellation (300).
struct OperationSums
{
    qint64 charged = 0;
    qint64 cancelled = 0;
    bool hasCharge = false;
    bool ok = true;
};

OperationSums sumOperations(const QJsonArray& operations, const Currency& currency)
{
    OperationSums sums;
    for (const QJsonValue& v : operations) {
        const QJsonObject op = v.toObject();
        bool opOk = true;
        const Money m = amountOf(op.value(QStringLiteral("amount")).toString(), currency, &opOk);
        sums.ok = sums.ok && opOk;
        const QString type = op.value(QStringLiteral("operationtype")).toString();
        if (type == QLatin1String("200")) {
            sums.hasCharge = true;
            sums.ok = sums.ok && !__builtin_add_overflow(sums.charged, m.minor(), &sums.charged);
        } else if (type == QLatin1String("300")) {
            sums.ok = sums.ok && !__builtin_add_overflow(sums.cancelled, m.minor(), &sums.cancelled);
        }
    }
    sums.ok = sums.ok && Money::isPlausibleMinor(sums.charged) && Money::isPlausibleMinor(sums.cancelled);
    return sums;
}

// Without operations, what was held, captured and refunded follows from the state and this answer's operation.
void inferAmounts(const RawOrder& raw, const Money& operation, Order& o)
{
    switch (o.status) {
    case OrderStatus::Held:
        o.approved = o.amount;
        break;
    case OrderStatus::Captured:
        o.approved = o.amount;
        // A charge answer says what this operation took; orderstate only knows the order's total.
        o.captured = raw.field("operationtype") == QLatin1String("200") && !operation.isZero() ? operation : o.amount;
        break;
    case OrderStatus::PartlyRefunded:
        o.approved = o.captured = o.amount;
        o.refunded = raw.field("operationtype") == QLatin1String("300") ? operation : Money(0, o.amount.currency());
        break;
    default:
        break;
    }
}

bool readAmounts(const RawOrder& raw, Order& o)
{
    const Currency currency =
        Currency::fromCode(raw.field("ordercurrency").isEmpty() ? raw.field("currency") : raw.field("ordercurrency"));
    bool ok = true;
    o.amount =
        amountOf(raw.field("orderamount").isEmpty() ? raw.field("amount") : raw.field("orderamount"), currency, &ok);
    if (!ok || !currency.isValid())
        return false;
    const Money operation = amountOf(raw.field("amount"), currency, &ok);
    const OperationSums sums = sumOperations(raw.operations, currency);
    if (!ok || !sums.ok)
        return false;
    if (!sums.hasCharge) {
        inferAmounts(raw, operation, o);
        return true;
    }
    o.approved = o.amount;
    o.captured = Money(sums.charged, currency);
    o.refunded = Money(sums.cancelled, currency);
    if (o.status == OrderStatus::Reversed)
        o.status = OrderStatus::Refunded; // cancelled after a charge: the money went back
    return true;
}

void readDetails(const RawOrder& raw, int holdDays, Order& o)
{
    o.actionCodeText = AssistParser::responseCodeText(raw.field("responsecode"));
    o.card.maskedPan = raw.field("meannumber");
    o.card.holder = raw.field("cardholder");
    o.card.paymentSystem = raw.field("meantypename");
    o.card.approvalCode = raw.field("approvalcode");
    o.card.expiry = raw.field("cardexpirationdate");
    o.email = raw.field("email");
    o.ip = raw.field("ipaddress");
    o.description = raw.field("ordercomment");
    o.created = gmt(raw.field("orderdate"));
    o.authorized = o.created;
    o.testMode = raw.field("testmode") == QLatin1String("1");
    if (o.status == OrderStatus::Held && o.authorized.isValid())
        o.deadline = o.authorized.addDays(holdDays);
    // Cancelled with nothing charged, at or after the deadline: the hold ran out.
    if (o.status == OrderStatus::Reversed && !raw.operations.isEmpty() && o.authorized.isValid()) {
        const QDateTime cancelled =
            gmt(raw.operations.last().toObject().value(QStringLiteral("operationdate")).toString());
        if (cancelled.isValid() && cancelled >= o.authorized.addDays(holdDays))
            o.actionCodeText = AssistParser::tr("the hold expired before it was captured");
    }
    o.raw = raw.fields;
    if (!raw.operations.isEmpty())
        o.raw.insert(QStringLiteral("operations"), raw.operations);
}

std::optional<Order> orderOf(const RawOrder& raw, int holdDays)
{
    Order o;
    o.gateway = GatewayKind::Assist;
    o.orderNumber = raw.field("ordernumber");
    o.orderId = AssistParser::plainBillnumber(raw.field("billnumber"));
    o.gatewayState = raw.field("orderstate");
    o.status = AssistParser::statusOf(o.gatewayState);
    if (!readAmounts(raw, o))
        return std::nullopt;
    readDetails(raw, holdDays, o);
    return o;
}

// The <result> element: its firstcode/secondcode say whether the request as a whole was refused.
GatewayError resultError(const QXmlStreamReader& reader)
{
    if (reader.name() != QLatin1String("result"))
        return GatewayError::of(GatewayError::Kind::Malformed, AssistParser::tr("the answer is not an Assist result"));
    bool ok1 = false, ok2 = false;
    const int first = reader.attributes().value(QLatin1String("firstcode")).toString().trimmed().toInt(&ok1);
    const int second = reader.attributes().value(QLatin1String("secondcode")).toString().trimmed().toInt(&ok2);
    if (!ok1 || !ok2)
        return GatewayError::of(GatewayError::Kind::Malformed, AssistParser::tr("firstcode/secondcode are missing"));
    return AssistParser::codesError(first, second);
}

// Walks <order> and <operation> elements below <result>, handing each finished order out.
class OrderWalker
{
public:
    explicit OrderWalker(QXmlStreamReader& reader)
        : m_reader(reader)
    { }

    // False when the document ended; `raw` holds the next order when true.
    bool next(RawOrder* raw)
    {
        while (!m_reader.atEnd()) {
            m_reader.readNext();
            if (m_reader.isStartElement())
                start();
            else if (m_reader.isEndElement() && end()) {
                *raw = m_order;
                return true;
            }
        }
        return false;
    }

private:
    void start()
    {
        const QString name = m_reader.name().toString();
        if (name == QLatin1String("order") && m_depth == 0) {
            m_depth = 1;
            m_order = {};
        } else if (name == QLatin1String("operation") && m_depth == 1) {
            m_depth = 2;
            m_operation = {};
        } else if (m_depth > 0) {
            const QString value = m_reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            (m_depth == 1 ? m_order.fields : m_operation).insert(name, value);
        }
    }

    bool end()
    {
        const QStringView name = m_reader.name();
        if (name == QLatin1String("operation") && m_depth == 2) {
            m_depth = 1;
            m_order.operations.append(m_operation);
        } else if (name == QLatin1String("order") && m_depth == 1) {
            m_depth = 0;
            return true;
        }
        return false;
    }

    QXmlStreamReader& m_reader;
    RawOrder m_order;
    QJsonObject m_operation;
    int m_depth = 0; // inside <order>: 1; inside an <operation> of it: 2
};
} // namespace

AssistParser::Answer AssistParser::parse(const QByteArray& xml, int holdDays)
{
    Answer answer;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.isStartElement())
        reader.readNext();
    if (!reader.isStartElement()) {
        answer.error = GatewayError::of(GatewayError::Kind::Malformed,
                                        reader.hasError() ? reader.errorString() : tr("the answer is empty"));
        return answer;
    }
    answer.error = resultError(reader);
    if (answer.error.isError())
        return answer;
    OrderWalker walker(reader);
    RawOrder raw;
    while (walker.next(&raw)) {
        const std::optional<Order> order = orderOf(raw, holdDays);
        if (!order) {
            answer.error =
                GatewayError::of(GatewayError::Kind::Malformed, tr("an order's amount or currency cannot be read"));
            answer.orders.clear();
            return answer;
        }
        answer.orders.append(*order);
    }
    if (reader.hasError()) {
        answer.orders.clear();
        answer.error = GatewayError::of(GatewayError::Kind::Malformed, reader.errorString());
    }
    return answer;
}

} // namespace PayDesk
