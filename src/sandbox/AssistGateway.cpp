#include "sandbox/AssistGateway.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace PayDesk::Sandbox {

namespace {
QString gmt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
}

QByteArray xmlHeader()
{
    // As Assist sends it: an inline DOCTYPE that the documents do not even conform to.
    return "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n"
           "<!DOCTYPE result [\n<!ATTLIST result\n firstcode CDATA #REQUIRED\n secondcode CDATA #REQUIRED\n count "
           "CDATA #REQUIRED>\n"
           "<!ELEMENT result (order*)>]>\n";
}
} // namespace

AssistGateway::AssistGateway(SandboxClock* clock, AssistConfig config)
    : m_clock(clock)
    , m_config(std::move(config))
{ }

QByteArray AssistGateway::errorAnswer(int firstcode, int secondcode)
{
    return xmlHeader()
           + QStringLiteral("<result firstcode='%1' secondcode='%2' count='0'></result>")
                 .arg(firstcode)
                 .arg(secondcode)
                 .toUtf8();
}

QString AssistGateway::decimal(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

bool AssistGateway::parseAmount(const QString& text, qint64* minor)
{
    // "1500.5", "1500,50", "1500": at most 2 decimals, dot or comma.
    static const QRegularExpression format(QStringLiteral("^(\\d{1,13})(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch m = format.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QString cents = m.captured(2).leftJustified(2, QLatin1Char('0'));
    *minor = m.captured(1).toLongLong() * 100 + cents.toLongLong();
    return true;
}

bool AssistGateway::authenticate(const FormData& form, QByteArray* error) const
{
    if (form.value(QStringLiteral("Merchant_ID")) != m_config.merchantId)
        *error = errorAnswer(10, 100);
    else if (form.value(QStringLiteral("Login")) != m_config.login)
        *error = errorAnswer(7, 101);
    else if (form.value(QStringLiteral("Password")) != m_config.password)
        *error = errorAnswer(7, 102);
    else if (form.value(QStringLiteral("Format")) != QLatin1String("3"))
        *error = errorAnswer(4, 103); // this sandbox speaks XML only
    else
        return true;
    return false;
}

void AssistGateway::expireHolds()
{
    const qint64 limit = qint64(m_config.holdDays) * 86400 * 1000;
    for (AssistOrder& o : m_orders) {
        if (o.state == QLatin1String("Delayed") && m_clock->nowMs() - o.authorizedMs > limit) {
            o.state = QStringLiteral("Canceled");
            o.canceled = o.amount;
            o.operations.append({300, o.amount, o.authorizedMs + limit});
        }
    }
}

AssistOrder* AssistGateway::order(const QString& billnumber)
{
    const auto it = m_byBill.constFind(billnumber.section(QLatin1Char('.'), 0, 0).trimmed());
    return it == m_byBill.cend() ? nullptr : &m_orders[it.value()];
}

AssistOrder* AssistGateway::startPayment(const FormData& form, QString* error)
{
    qint64 amount = 0;
    if (form.value(QStringLiteral("Merchant_ID")) != m_config.merchantId) {
        *error = QStringLiteral("Unknown Merchant_ID");
        return nullptr;
    }
    if (form.value(QStringLiteral("OrderNumber")).isEmpty()
        || !parseAmount(form.value(QStringLiteral("OrderAmount")), &amount) || amount <= 0) {
        *error = QStringLiteral("OrderNumber and OrderAmount are required");
        return nullptr;
    }
    AssistOrder o;
    o.billnumber = QString::number(m_nextBill++);
    o.orderNumber = form.value(QStringLiteral("OrderNumber"));
    o.amount = amount;
    o.currency = form.value(QStringLiteral("OrderCurrency")).isEmpty() ? QStringLiteral("RUB")
                                                                       : form.value(QStringLiteral("OrderCurrency"));
    o.comment = form.value(QStringLiteral("OrderComment"));
    o.email = form.value(QStringLiteral("Email"));
    o.delay = form.value(QStringLiteral("Delay")) == QLatin1String("1");
    o.createdMs = m_clock->nowMs();
    m_byBill.insert(o.billnumber, int(m_orders.size()));
    m_orders.append(o);
    return &m_orders.last();
}

QString AssistGateway::pay(const QString& billnumber, const QString& pan, const QString& holder)
{
    AssistOrder* o = order(billnumber);
    if (!o || o->state != QLatin1String("In Process"))
        return QStringLiteral("Not payable");
    const QString digits = QString(pan).remove(QLatin1Char(' '));
    o->pan = digits.left(6) + QStringLiteral("****") + digits.right(4);
    o->holder = holder;
    o->authorizedMs = m_clock->nowMs();
    // The documented decline card of the RBS sandbox declines here too.
    if (digits == QLatin1String("2202205000060910")) {
        o->state = QStringLiteral("Declined");
        return o->state;
    }
    o->approvalCode = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    o->operations.append({100, o->amount, o->authorizedMs});
    if (o->delay) {
        o->state = QStringLiteral("Delayed");
    } else {
        o->state = QStringLiteral("Approved");
        o->charged = o->amount;
    }
    return o->state;
}

void AssistGateway::seed(int count, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0xA5515u);
    static const char* const Goods[] = {"Билеты в театр", "Доставка цветов", "Книга", "Кофе в зёрнах", "Подписка"};
    for (int i = 0; i < count; ++i) {
        AssistOrder o;
        o.billnumber = QString::number(m_nextBill++);
        o.orderNumber = QStringLiteral("AS-%1").arg(200001 + i);
        o.amount = qint64(rng.bounded(50000, 5000000));
        o.currency = QStringLiteral("RUB");
        o.comment = QString::fromUtf8(Goods[rng.bounded(5)]);
        o.email = QStringLiteral("buyer%1@example.ru").arg(rng.bounded(1000));
        o.createdMs = m_clock->nowMs() - qint64(rng.bounded(3 * 86400)) * 1000;
        o.delay = rng.bounded(100) < 70;
        const int roll = int(rng.bounded(100));
        if (roll < 10) {
            o.state = QStringLiteral("Declined");
        } else {
            o.authorizedMs = o.createdMs + 60000;
            o.pan = QStringLiteral("220220****2424");
            o.holder = QStringLiteral("TEST CARDHOLDER");
            o.approvalCode = QString::number(rng.bounded(100000, 999999));
            o.operations.append({100, o.amount, o.authorizedMs});
            if (!o.delay || roll >= 70) {
                o.charged = roll >= 85 ? o.amount / 2 : o.amount;
                o.state = o.charged == o.amount ? QStringLiteral("Approved") : QStringLiteral("PartialDelayed");
                o.operations.append({200, o.charged, o.authorizedMs + 3600000});
            } else {
                o.state = QStringLiteral("Delayed");
            }
        }
        m_byBill.insert(o.billnumber, int(m_orders.size()));
        m_orders.append(o);
    }
}

QByteArray AssistGateway::ordersAnswer(const QList<const AssistOrder*>& orders, bool withOperations) const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("result"));
    w.writeAttribute(QStringLiteral("firstcode"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("secondcode"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("count"), QString::number(orders.size()));
    for (const AssistOrder* o : orders) {
        w.writeStartElement(QStringLiteral("order"));
        w.writeTextElement(QStringLiteral("ordernumber"), o->orderNumber);
        w.writeTextElement(QStringLiteral("billnumber"), o->billnumber);
        w.writeTextElement(QStringLiteral("testmode"), QStringLiteral("1"));
        w.writeTextElement(QStringLiteral("ordercomment"), o->comment);
        w.writeTextElement(QStringLiteral("orderamount"), decimal(o->amount));
        w.writeTextElement(QStringLiteral("ordercurrency"), o->currency);
        w.writeTextElement(QStringLiteral("email"), o->email);
        w.writeTextElement(QStringLiteral("orderdate"), gmt(o->authorizedMs ? o->authorizedMs : o->createdMs));
        w.writeTextElement(QStringLiteral("orderstate"), o->state);
        w.writeTextElement(QStringLiteral("meannumber"), o->pan);
        w.writeTextElement(QStringLiteral("cardholder"), o->holder);
        w.writeTextElement(QStringLiteral("approvalcode"), o->approvalCode);
        w.writeTextElement(QStringLiteral("packetdate"), gmt(m_clock->nowMs()));
        if (!m_config.checkWord.isEmpty()) {
            // UPPER(MD5(UPPER(MD5(word) + MD5(merchant + ordernumber + amount + currency + state)))), as Assist signs.
            const auto md5 = [](const QString& t) {
                return QCryptographicHash::hash(t.toUtf8(), QCryptographicHash::Md5).toHex();
            };
            const QByteArray inner =
                QByteArray(md5(m_config.checkWord)
                           + md5(m_config.merchantId + o->orderNumber + decimal(o->amount) + o->currency + o->state))
                    .toUpper();
            w.writeTextElement(
                QStringLiteral("checkvalue"),
                QString::fromLatin1(QCryptographicHash::hash(inner, QCryptographicHash::Md5).toHex().toUpper()));
        }
        if (withOperations) {
            for (int i = 0; i < o->operations.size(); ++i) {
                const AssistOrder::Operation& op = o->operations.at(i);
                w.writeStartElement(QStringLiteral("operation"));
                w.writeTextElement(QStringLiteral("billnumber"), QStringLiteral("%1.%2").arg(o->billnumber).arg(i + 1));
                w.writeTextElement(QStringLiteral("operationtype"), QString::number(op.type));
                w.writeTextElement(QStringLiteral("operationstate"), QStringLiteral("Success"));
                w.writeTextElement(QStringLiteral("amount"), decimal(op.amount));
                w.writeTextElement(QStringLiteral("currency"), o->currency);
                w.writeTextElement(QStringLiteral("responsecode"), QStringLiteral("AS000"));
                w.writeTextElement(QStringLiteral("operationdate"), gmt(op.timeMs));
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    return xmlHeader() + out;
}

QByteArray AssistGateway::operationAnswer(const AssistOrder& o, int operationType, qint64 amount, int index) const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("result"));
    w.writeAttribute(QStringLiteral("firstcode"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("secondcode"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    w.writeStartElement(QStringLiteral("orders"));
    w.writeStartElement(QStringLiteral("order"));
    w.writeTextElement(QStringLiteral("ordernumber"), o.orderNumber);
    w.writeTextElement(QStringLiteral("responsecode"), QStringLiteral(" AS000 "));
    w.writeTextElement(QStringLiteral("message"), QStringLiteral(" Завершено успешно. "));
    w.writeTextElement(QStringLiteral("ordercomment"), o.comment);
    w.writeTextElement(QStringLiteral("orderdate"), gmt(o.authorizedMs));
    w.writeTextElement(QStringLiteral("amount"), decimal(amount));
    w.writeTextElement(QStringLiteral("currency"), o.currency);
    w.writeTextElement(QStringLiteral("meannumber"), o.pan);
    w.writeTextElement(QStringLiteral("approvalcode"), o.approvalCode);
    w.writeTextElement(QStringLiteral("cardholder"), o.holder);
    w.writeTextElement(QStringLiteral("testmode"), QStringLiteral("1"));
    w.writeTextElement(QStringLiteral("orderstate"), o.state);
    w.writeTextElement(QStringLiteral("operationtype"), QString::number(operationType));
    w.writeTextElement(QStringLiteral("billnumber"), QStringLiteral("%1.%2").arg(o.billnumber).arg(index));
    w.writeTextElement(QStringLiteral("orderamount"), decimal(o.amount));
    w.writeTextElement(QStringLiteral("ordercurrency"), o.currency);
    w.writeTextElement(QStringLiteral("packetdate"), gmt(m_clock->nowMs()));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    return xmlHeader() + out;
}

QByteArray AssistGateway::findAnswer(const FormData& form, bool withOperations,
                                     const std::function<bool(const AssistOrder&)>& matches)
{
    QByteArray error;
    if (!authenticate(form, &error))
        return error;
    expireHolds();
    QList<const AssistOrder*> found;
    for (const AssistOrder& o : m_orders) {
        if (matches(o))
            found.append(&o);
    }
    return found.isEmpty() ? errorAnswer(10, 201) : ordersAnswer(found, withOperations);
}

QByteArray AssistGateway::orderState(const FormData& form)
{
    const QString number = form.value(QStringLiteral("Ordernumber"));
    return findAnswer(form, false, [&number](const AssistOrder& o) { return o.orderNumber == number; });
}

QByteArray AssistGateway::orderResult(const FormData& form)
{
    const QString bill = form.value(QStringLiteral("Billnumber")).section(QLatin1Char('.'), 0, 0);
    const QString number = form.value(QStringLiteral("Ordernumber"));
    return findAnswer(form, true, [&bill, &number](const AssistOrder& o) {
        return bill.isEmpty() ? o.orderNumber == number : o.billnumber == bill;
    });
}

QByteArray AssistGateway::resultByDate(const FormData& form)
{
    QByteArray error;
    if (!authenticate(form, &error))
        return error;
    expireHolds();
    const auto when = [&form](const char* prefix) {
        const auto part = [&form, prefix](const char* name) {
            return form.value(QString::fromLatin1(prefix) + QString::fromLatin1(name)).toInt();
        };
        return QDateTime(QDate(part("Year"), part("Month"), part("Day")), QTime(part("Hour"), part("Min")), Qt::UTC);
    };
    QDateTime from = when("Start");
    QDateTime to = when("End");
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), Qt::UTC);
    // At most one day; otherwise the last three hours, as the service does.
    if (!from.isValid() || !to.isValid() || from > to || from.secsTo(to) > 86400) {
        to = now;
        from = now.addSecs(-3 * 3600);
    }
    QList<const AssistOrder*> found;
    for (const AssistOrder& o : m_orders) {
        if (o.createdMs >= from.toMSecsSinceEpoch() && o.createdMs <= to.toMSecsSinceEpoch())
            found.append(&o);
    }
    return ordersAnswer(found, true);
}

AssistOrder* AssistGateway::operationTarget(const FormData& form, QByteArray* error)
{
    if (!authenticate(form, error))
        return nullptr;
    expireHolds();
    AssistOrder* o = order(form.value(QStringLiteral("Billnumber")));
    const bool hasAmount = form.contains(QStringLiteral("Amount"));
    if (!o)
        *error = errorAnswer(10, 143);
    else if (hasAmount != form.contains(QStringLiteral("Currency")))
        *error = errorAnswer(3, hasAmount ? 105 : 108); // Amount and Currency come together or not at all
    return error->isEmpty() ? o : nullptr;
}

QByteArray AssistGateway::charge(const FormData& form)
{
    QByteArray error;
    AssistOrder* o = operationTarget(form, &error);
    if (!o)
        return error;
    const bool hasAmount = form.contains(QStringLiteral("Amount"));
    qint64 amount = o->amount;
    if (hasAmount) {
        if (!parseAmount(form.value(QStringLiteral("Amount")), &amount) || amount <= 0 || amount > o->amount)
            return errorAnswer(5, 108);
        if (form.value(QStringLiteral("Currency")) != o->currency)
            return errorAnswer(5, 105);
    }
    // A repeated confirmation never takes money twice: it answers with what was done.
    if (o->state == QLatin1String("Approved") || o->state == QLatin1String("PartialDelayed")) {
        for (int i = 0; i < o->operations.size(); ++i) {
            if (o->operations[i].type == 200)
                return operationAnswer(*o, 200, o->operations[i].amount, i + 1);
        }
        return operationAnswer(*o, 200, o->charged, 1);
    }
    if (o->state != QLatin1String("Delayed"))
        return errorAnswer(15, 307);
    o->charged = amount;
    o->state = amount == o->amount ? QStringLiteral("Approved") : QStringLiteral("PartialDelayed");
    o->operations.append({200, amount, m_clock->nowMs()});
    return operationAnswer(*o, 200, amount, int(o->operations.size()));
}

QByteArray AssistGateway::cancel(const FormData& form)
{
    QByteArray error;
    AssistOrder* o = operationTarget(form, &error);
    if (!o)
        return error;
    const bool hasAmount = form.contains(QStringLiteral("Amount"));
    if (o->state == QLatin1String("Delayed")) {
        // A hold is released in full only; to take less, charge less.
        if (hasAmount)
            return errorAnswer(15, 300);
        o->canceled = o->amount;
        o->state = QStringLiteral("Canceled");
        o->operations.append({300, o->amount, m_clock->nowMs()});
        return operationAnswer(*o, 300, o->amount, int(o->operations.size()));
    }
    if (o->state != QLatin1String("Approved") && o->state != QLatin1String("PartialDelayed")
        && o->state != QLatin1String("PartialCanceled"))
        return errorAnswer(15, 301);
    const qint64 left = o->charged - o->canceled;
    qint64 amount = left;
    if (hasAmount && (!parseAmount(form.value(QStringLiteral("Amount")), &amount) || amount <= 0 || amount > left))
        return errorAnswer(5, 108);
    o->canceled += amount;
    o->state = o->canceled == o->charged ? QStringLiteral("Canceled") : QStringLiteral("PartialCanceled");
    o->operations.append({300, amount, m_clock->nowMs()});
    return operationAnswer(*o, 300, amount, int(o->operations.size()));
}

} // namespace PayDesk::Sandbox
