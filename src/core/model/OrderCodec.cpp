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
// makes the whole row damaged, since a half-trusted order is worse than none. A field the data does not
// hold leaves its target as it was (the order beside the data, or a default).
class FieldReader
{
public:
    explicit FieldReader(const QCborMap& map)
        : m_map(map)
    { }

    bool has(const char* key) const { return m_map.contains(QLatin1String(key)); }

    void text(const char* key, QString& target)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            fault(key);
        target = v.toString();
    }

    template <typename Int>
    void integer(const char* key, Int& target, qint64 min, qint64 max)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isInteger() || v.toInteger() < min || v.toInteger() > max)
            return fault(key);
        target = Int(v.toInteger());
    }

    void time(const char* key, QDateTime& target)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        target = QDateTime();
        constexpr qint64 year9999 = 253402300799999LL;
        qint64 ms = -1;
        if (!v.isNull())
            integer(key, ms, 0, year9999);
        if (ms >= 0)
            target = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }

    void flag(const char* key, bool& target)
    {
        const QCborValue v = m_map.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            fault(key);
        target = v.toBool();
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

void readParams(FieldReader& r, Order& o)
{
    if (!r.has("params"))
        return;
    const QCborArray params = r.array("params");
    if (params.size() % 2 != 0)
        r.fault("params");
    o.merchantParams.clear();
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

// The raw answer's values that repeat one of the order's columns are kept as a CBOR simple value naming it
// (a JSON answer holds no simple values but true, false and null).
enum class RawRef : quint8 { OrderId = 1, OrderNumber, Description, MaskedPan, Email, AmountMinor, CreatedMs };

QCborValue refFor(const QCborValue& v, const Order& beside)
{
    const auto ref = [](RawRef r) { return QCborValue(QCborSimpleType(quint8(r))); };
    if (v.isString()) {
        const QString s = v.toString();
        if (s.isEmpty())
            return v;
        if (s == beside.orderId)
            return ref(RawRef::OrderId);
        if (s == beside.orderNumber)
            return ref(RawRef::OrderNumber);
        if (s == beside.description)
            return ref(RawRef::Description);
        if (s == beside.card.maskedPan)
            return ref(RawRef::MaskedPan);
        if (s == beside.email)
            return ref(RawRef::Email);
    } else if (v.isInteger()) {
        if (v.toInteger() == beside.amount.minor())
            return ref(RawRef::AmountMinor);
        if (beside.created.isValid() && v.toInteger() == beside.created.toMSecsSinceEpoch())
            return ref(RawRef::CreatedMs);
    }
    return v;
}

std::optional<QCborValue> valueFor(RawRef r, const Order& beside)
{
    switch (r) {
    case RawRef::OrderId:
        return QCborValue(beside.orderId);
    case RawRef::OrderNumber:
        return QCborValue(beside.orderNumber);
    case RawRef::Description:
        return QCborValue(beside.description);
    case RawRef::MaskedPan:
        return QCborValue(beside.card.maskedPan);
    case RawRef::Email:
        return QCborValue(beside.email);
    case RawRef::AmountMinor:
        return QCborValue(beside.amount.minor());
    case RawRef::CreatedMs:
        if (beside.created.isValid())
            return QCborValue(beside.created.toMSecsSinceEpoch());
        break;
    }
    return std::nullopt;
}

// Writes V as toCbor() does, with the values that repeat one of BESIDE's columns as references to it (walking
// the answer read-only: rewriting its containers in place copied each of them).
void writeReferring(QCborStreamWriter& w, const QCborValue& v, const Order& beside)
{
    if (v.isMap()) {
        const QCborMap m = v.toMap();
        w.startMap(quint64(m.size()));
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            it.key().toCbor(w);
            writeReferring(w, it.value(), beside);
        }
        w.endMap();
    } else if (v.isArray()) {
        const QCborArray a = v.toArray();
        w.startArray(quint64(a.size()));
        for (const QCborValue& item : a)
            writeReferring(w, item, beside);
        w.endArray();
    } else {
        refFor(v, beside).toCbor(w);
    }
}

// Restores the references in a raw answer's maps and arrays; false when a simple value names nothing BESIDE holds.
bool restoreRaw(QCborValue& v, const Order* beside)
{
    if (v.isMap()) {
        QCborMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it) {
            QCborValue item = it.value();
            if (!restoreRaw(item, beside))
                return false;
            it.value() = item;
        }
        v = m;
    } else if (v.isArray()) {
        QCborArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCborValue item = a.at(i);
            if (!restoreRaw(item, beside))
                return false;
            a[i] = item;
        }
        v = a;
    } else if (v.isSimpleType() && !v.isBool() && !v.isNull()) {
        const std::optional<QCborValue> restored =
            beside ? valueFor(RawRef(quint8(v.toSimpleType())), *beside) : std::nullopt;
        if (!restored)
            return false;
        v = *restored;
    }
    return true;
}

} // namespace

QByteArray OrderCodec::encode(const Order& o, const Order* beside)
{
    // With BESIDE, a field equal to its value there is left out: decode takes it from there.
    const Order none;
    const Order& base = beside ? *beside : none;
    const bool thin = beside != nullptr;
    QByteArray out;
    out.reserve(1024);
    QCborStreamWriter w(&out);
    w.startMap();
    if (!thin || o.gateway != base.gateway)
        put(w, "gw", GatewayKinds::key(o.gateway));
    for (const auto& f : TextFields) {
        if (!thin || o.*f.member != base.*f.member)
            put(w, f.key, o.*f.member);
    }
    if (!thin || o.status != base.status)
        put(w, "st", OrderStatusText::key(o.status));
    if (!thin || o.gatewayStatus != base.gatewayStatus)
        put(w, "gst", o.gatewayStatus);
    if (!thin || o.actionCode != base.actionCode)
        put(w, "ac", o.actionCode);
    const bool sameCurrency = o.amount.currency() == base.amount.currency();
    if (!thin || !sameCurrency)
        put(w, "cur", o.amount.currency().code());
    for (const auto& f : AmountFields) {
        if (!thin || !sameCurrency || (o.*f.member).minor() != (base.*f.member).minor())
            put(w, f.key, (o.*f.member).minor());
    }
    for (const auto& f : CardFields) {
        if (!thin || o.card.*f.member != base.card.*f.member)
            put(w, f.key, o.card.*f.member);
    }
    if (!thin || o.merchantParams != base.merchantParams) {
        w.append(QLatin1String("params"));
        w.startArray(quint64(o.merchantParams.size()) * 2);
        for (const auto& p : o.merchantParams) {
            w.append(p.first);
            w.append(p.second);
        }
        w.endArray();
    }
    if (!thin || o.taxSystem != base.taxSystem)
        put(w, "tax", o.taxSystem);
    for (const auto& f : TimeFields) {
        if (!thin || o.*f.member != base.*f.member)
            putTime(w, f.key, o.*f.member);
    }
    if (!thin || o.testMode != base.testMode) {
        w.append(QLatin1String("test"));
        w.append(o.testMode);
    }
    if (!thin || o.paymentWay != base.paymentWay)
        put(w, "pway", PaymentWays::key(o.paymentWay)); // "way" held the gateway's own word before
    if (!thin || o.advanceReceipt != base.advanceReceipt) {
        w.append(QLatin1String("adv"));
        w.append(o.advanceReceipt);
    }
    if (!o.cart.isEmpty()) {
        w.append(QLatin1String("goods"));
        QCborValue::fromJsonValue(CartJson::write(o.cart)).toCbor(w);
    }
    if (!thin || !o.raw.isEmpty()) {
        w.append(QLatin1String("raw"));
        const QCborValue raw = QCborValue::fromJsonValue(o.raw);
        if (thin)
            writeReferring(w, raw, *beside);
        else
            raw.toCbor(w);
    }
    w.endMap();
    return out;
}

std::optional<Order> OrderCodec::decode(const QByteArray& data, QString* why, const Order* beside)
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
    Order o = beside ? *beside : Order();
    if (r.has("gw") || !beside) {
        QString gw;
        r.text("gw", gw);
        const std::optional<GatewayKind> gateway = GatewayKinds::fromKey(gw);
        if (!gateway)
            r.fault("gw");
        o.gateway = gateway.value_or(GatewayKind::Rbs);
    }
    for (const auto& f : TextFields)
        r.text(f.key, o.*f.member);
    for (const auto& f : CardFields)
        r.text(f.key, o.card.*f.member);
    if (r.has("st") || !beside) {
        QString st;
        r.text("st", st);
        if (!OrderStatusText::fromKey(st, &o.status))
            r.fault("st");
    }
    r.integer("gst", o.gatewayStatus, -1, 1'000'000);
    r.integer("ac", o.actionCode, INT_MIN, INT_MAX);
    Currency currency = o.amount.currency();
    if (r.has("cur") || !beside) {
        QString code;
        r.text("cur", code);
        currency = Currency::fromCode(code);
    }
    if (!currency.isValid())
        r.fault("cur");
    for (const auto& f : AmountFields) {
        qint64 minor = (o.*f.member).minor();
        r.integer(f.key, minor, 0, Money::kMaxOrderMinor);
        o.*f.member = Money(minor, currency);
    }
    readParams(r, o);
    r.integer("tax", o.taxSystem, -1, 1000);
    for (const auto& f : TimeFields)
        r.time(f.key, o.*f.member);
    r.flag("test", o.testMode);
    if (r.has("pway") || !beside) {
        QString way;
        r.text("pway", way);
        const std::optional<PaymentWay> found = PaymentWays::fromKey(way);
        if (!found)
            r.fault("pway");
        o.paymentWay = found.value_or(PaymentWay::None);
    }
    r.flag("adv", o.advanceReceipt);
    readCart(r, o);
    if (r.has("raw")) {
        QCborValue raw = r.map("raw");
        if (!restoreRaw(raw, beside))
            r.fault("raw");
        o.raw = raw.toMap().toJsonObject();
    }
    if (o.orderId.isEmpty())
        r.fault("id");
    if (!r.problem().isEmpty())
        return refuse(r.problem());
    return o;
}

} // namespace PayDesk
