#include "core/model/OrderCodec.h"

#include "core/model/CartJson.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>

#include <climits>

namespace PayDesk {

// CBOR, written field by field: building a QJsonObject of thirty keys per order cost the sync
// more than SQLite did. Integers (minor units, milliseconds) stay integers, exactly.
namespace {
void put(QCborStreamWriter& w, const char* key, const QString& value)
{
    w.append(QLatin1String(key));
    w.append(value);
}

void put(QCborStreamWriter& w, const char* key, qint64 value)
{
    w.append(QLatin1String(key));
    w.append(value);
}

void putTime(QCborStreamWriter& w, const char* key, const QDateTime& t)
{
    w.append(QLatin1String(key));
    if (t.isValid())
        w.append(t.toMSecsSinceEpoch());
    else
        w.appendNull();
}

// The plain fields, each under its key: encode and decode walk the same lists.
template <typename Owner, typename Value>
struct Field
{
    const char* key;
    Value Owner::*member;
};
constexpr Field<Order, QString> TextFields[] = {
    {"id", &Order::orderId},          {"num", &Order::orderNumber},
    {"gstate", &Order::gatewayState}, {"act", &Order::actionCodeText},
    {"desc", &Order::description},    {"client", &Order::clientId},
    {"binding", &Order::bindingId},   {"email", &Order::email},
    {"phone", &Order::phone},         {"ip", &Order::ip},
};
constexpr Field<CardInfo, QString> CardFields[] = {
    {"pan", &CardInfo::maskedPan},         {"exp", &CardInfo::expiry},
    {"holder", &CardInfo::holder},         {"ps", &CardInfo::paymentSystem},
    {"approval", &CardInfo::approvalCode},
};
constexpr Field<Order, Money> AmountFields[] = {
    {"amt", &Order::amount},
    {"apr", &Order::approved},
    {"cap", &Order::captured},
    {"ref", &Order::refunded},
};
constexpr Field<Order, QDateTime> TimeFields[] = {
    {"created", &Order::created},       {"authorized", &Order::authorized}, {"capturedAt", &Order::capturedAt},
    {"reversedAt", &Order::reversedAt}, {"refundedAt", &Order::refundedAt}, {"deadline", &Order::deadline},
};

// Reads the fields of a decoded order, checking each one's type and range; the first problem found
// makes the whole row damaged, since a half-trusted order is worse than none.
class FieldReader
{
public:
    explicit FieldReader(const QCborMap& map)
        : m_map(map)
    { }

    QString text(const char* key)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            fault(key);
        return v.toString();
    }

    qint64 integer(const char* key, qint64 fallback, qint64 min, qint64 max)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isInteger() || v.toInteger() < min || v.toInteger() > max) {
            fault(key);
            return fallback;
        }
        return v.toInteger();
    }

    QDateTime time(const char* key)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return {};
        constexpr qint64 year9999 = 253402300799999LL;
        const qint64 ms = integer(key, -1, 0, year9999);
        return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }

    QCborMap map(const char* key)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isMap())
            fault(key);
        return v.toMap();
    }

    QCborArray array(const char* key)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fault(key);
        return v.toArray();
    }

    void fault(const char* key)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("field \"%1\" has a wrong type or value").arg(QLatin1String(key));
    }
    QString problem() const { return m_problem; }

private:
    const QCborMap& m_map;
    QString m_problem;
};

Money amount(FieldReader& r, const char* key, Currency currency)
{
    return Money(r.integer(key, 0, 0, Money::kMaxOrderMinor), currency);
}

void readParams(FieldReader& r, Order& o)
{
    const QCborArray params = r.array("params");
    if (params.size() % 2 != 0)
        r.fault("params");
    for (qsizetype i = 0; i + 1 < params.size(); i += 2) {
        if (!params.at(i).isString() || !params.at(i + 1).isString())
            r.fault("params");
        o.merchantParams.append({params.at(i).toString(), params.at(i + 1).toString()});
    }
}

// Carts cached before PayDesk had a cart of its own ("cart", RBS's form) are read again by the next refresh.
void readCart(FieldReader& r, Order& o)
{
    const QCborMap goods = r.map("goods");
    if (goods.isEmpty())
        return;
    const CartJson::Reading reading = CartJson::readStored(goods.toJsonObject(), o.amount.currency());
    if (!reading.cart)
        r.fault("goods");
    o.cart = reading.cart.value_or(Cart());
}

} // namespace

QByteArray OrderCodec::encode(const Order& o)
{
    QByteArray out;
    out.reserve(1024);
    QCborStreamWriter w(&out);
    w.startMap();
    put(w, "gw", GatewayKinds::key(o.gateway));
    for (const auto& f : TextFields)
        put(w, f.key, o.*f.member);
    put(w, "st", OrderStatusText::key(o.status));
    put(w, "gst", o.gatewayStatus);
    put(w, "ac", o.actionCode);
    put(w, "cur", o.amount.currency().code());
    for (const auto& f : AmountFields)
        put(w, f.key, (o.*f.member).minor());
    for (const auto& f : CardFields)
        put(w, f.key, o.card.*f.member);
    w.append(QLatin1String("params"));
    w.startArray(quint64(o.merchantParams.size()) * 2);
    for (const auto& p : o.merchantParams) {
        w.append(p.first);
        w.append(p.second);
    }
    w.endArray();
    put(w, "tax", o.taxSystem);
    for (const auto& f : TimeFields)
        putTime(w, f.key, o.*f.member);
    w.append(QLatin1String("test"));
    w.append(o.testMode);
    put(w, "pway", PaymentWays::key(o.paymentWay)); // "way" held the gateway's own word before
    w.append(QLatin1String("adv"));
    w.append(o.advanceReceipt);
    if (!o.cart.isEmpty()) {
        w.append(QLatin1String("goods"));
        QCborValue::fromJsonValue(CartJson::write(o.cart)).toCbor(w);
    }
    w.append(QLatin1String("raw"));
    QCborValue::fromJsonValue(o.raw).toCbor(w);
    w.endMap();
    return out;
}

std::optional<Order> OrderCodec::decode(const QByteArray& data, QString* why)
{
    QCborStreamReader reader(data);
    const QCborValue top = QCborValue::fromCbor(reader);
    const auto refuse = [why](const QString& reason) -> std::optional<Order> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (reader.lastError() != QCborError::NoError)
        return refuse(QStringLiteral("not readable CBOR: ") + reader.lastError().toString());
    if (reader.currentOffset() != data.size())
        return refuse(QStringLiteral("trailing bytes after the order"));
    if (!top.isMap())
        return refuse(QStringLiteral("not a map"));
    const QCborMap m = top.toMap();
    FieldReader r(m);
    Order o;
    const std::optional<GatewayKind> gateway = GatewayKinds::fromKey(r.text("gw"));
    if (!gateway)
        r.fault("gw");
    o.gateway = gateway.value_or(GatewayKind::Rbs);
    for (const auto& f : TextFields)
        o.*f.member = r.text(f.key);
    for (const auto& f : CardFields)
        o.card.*f.member = r.text(f.key);
    if (!OrderStatusText::fromKey(r.text("st"), &o.status))
        r.fault("st");
    o.gatewayStatus = int(r.integer("gst", -1, -1, 1'000'000));
    o.actionCode = int(r.integer("ac", 0, INT_MIN, INT_MAX));
    const Currency currency = Currency::fromCode(r.text("cur"));
    if (!currency.isValid())
        r.fault("cur");
    for (const auto& f : AmountFields)
        o.*f.member = amount(r, f.key, currency);
    readParams(r, o);
    o.taxSystem = int(r.integer("tax", -1, -1, 1000));
    for (const auto& f : TimeFields)
        o.*f.member = r.time(f.key);
    const QCborValue test = m.value(QLatin1String("test"));
    if (!test.isUndefined() && !test.isBool())
        r.fault("test");
    o.testMode = test.toBool();
    const std::optional<PaymentWay> way = PaymentWays::fromKey(r.text("pway"));
    if (!way)
        r.fault("pway");
    o.paymentWay = way.value_or(PaymentWay::None);
    const QCborValue advance = m.value(QLatin1String("adv"));
    if (!advance.isUndefined() && !advance.isBool())
        r.fault("adv");
    o.advanceReceipt = advance.toBool();
    readCart(r, o);
    o.raw = r.map("raw").toJsonObject();
    if (o.orderId.isEmpty())
        r.fault("id");
    if (!r.problem().isEmpty())
        return refuse(r.problem());
    return o;
}

} // namespace PayDesk
