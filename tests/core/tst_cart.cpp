// The typed cart: exact quantities and amounts, its checks, PayDesk's JSON form of it, and RBS's
// orderBundle read and written only by the RBS client's RbsCart.
#include "core/gateway/rbs/RbsCart.h"
#include "core/model/CartJson.h"
#include "core/model/CartText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PayDesk;

namespace {
Money rub(qint64 minor)
{
    return Money(minor, Currency::rub());
}

CartItem line(const QString& name, Quantity quantity, qint64 price, VatRate vat = VatRate::None)
{
    return {name, quantity, Measure::Piece, rub(price), *CartItem::amountOf(rub(price), quantity), vat, {}};
}
} // namespace

class TestCart : public QObject
{
    Q_OBJECT
private slots:
    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("thousandths");
        QTest::newRow("whole") << "2" << qint64(2000);
        QTest::newRow("half") << "1.5" << qint64(1500);
        QTest::newRow("three decimals") << "0.125" << qint64(125);
        QTest::newRow("zero") << "0" << qint64(-1);
        QTest::newRow("four decimals") << "1.0005" << qint64(-1);
        QTest::newRow("comma") << "1,5" << qint64(-1);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("words") << "two" << qint64(-1);
        QTest::newRow("too many") << "999999999" << qint64(-1);
    }
    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(qint64, thousandths);
        const std::optional<Quantity> q = Quantity::fromDecimalString(text);
        QCOMPARE(q.has_value(), thousandths > 0);
        if (q) {
            QCOMPARE(q->thousandths(), thousandths);
            QCOMPARE(q->toDecimalString(), text);
        }
    }

    void amountIsExactOrRefused()
    {
        QCOMPARE(CartItem::amountOf(rub(15025), Quantity::whole(2))->minor(), qint64(30050));
        QCOMPARE(CartItem::amountOf(rub(80000), *Quantity::fromDecimalString("0.25"))->minor(), qint64(20000));
        // 0.333 kg at 1.01: 33.633 kopecks is not a whole amount.
        QVERIFY(!CartItem::amountOf(rub(101), *Quantity::fromDecimalString("0.333")));
        QVERIFY(!CartItem::amountOf(rub(Money::kMaxOrderMinor), Quantity::whole(2)));
        QVERIFY(!CartItem::amountOf(rub(std::numeric_limits<qint64>::max()), Quantity::whole(3)));
    }

    void checkNamesTheLine()
    {
        Cart cart;
        QCOMPARE(cart.check().problem, Cart::Problem::Empty);
        cart.items = {line("Tea", Quantity::whole(3), 15000, VatRate::Vat20), line("Cup", Quantity::whole(1), 30000)};
        QVERIFY(cart.check().ok());
        QCOMPARE(*cart.total(), rub(75000));
        cart.items[1].amount = rub(29999);
        QCOMPARE(cart.check().problem, Cart::Problem::AmountMismatch);
        QCOMPARE(cart.check().line, 2);
        QVERIFY(CartText::problem(cart.check()).contains("2"));
        cart.items[1] = line(" ", Quantity::whole(1), 100);
        QCOMPARE(cart.check().problem, Cart::Problem::NoName);
        cart.items[1] = line("Cup", Quantity::whole(1), 100);
        cart.items[1].price = Money(100, Currency::fromCode("USD"));
        QCOMPARE(cart.check().problem, Cart::Problem::MixedCurrencies);
        cart.items = {line("A", Quantity::whole(1), Money::kMaxOrderMinor), line("B", Quantity::whole(1), 1)};
        QCOMPARE(cart.check().problem, Cart::Problem::TooLarge);
        QCOMPARE(cart.check().line, 0);
    }

    void jsonRoundTrip()
    {
        Cart cart;
        cart.items = {line("Tea", Quantity::whole(3), 15000, VatRate::Vat20)};
        cart.items.append({"Cheese", *Quantity::fromDecimalString("0.25"), Measure::Kilogram, rub(80000), rub(20000),
                           VatRate::Vat10_110, "ch-1"});
        const QJsonObject json = CartJson::write(cart);
        QCOMPARE(json["items"][1]["quantity"].toString(), QString("0.25"));
        QCOMPARE(json["items"][1]["measure"].toString(), QString("kg"));
        QCOMPARE(json["items"][1]["vat"].toString(), QString("10/110"));
        QCOMPARE(json["items"][0]["price"].toString(), QString("150.00"));
        const CartJson::Reading back = CartJson::read(json, Currency::rub());
        QVERIFY2(back.cart, qPrintable(back.error));
        QCOMPARE(*back.cart, cart);
    }

    void jsonIsCheckedLineByLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << "JSON";
        QTest::newRow("no items") << QByteArray(R"({"lines":[]})") << "items";
        QTest::newRow("empty") << QByteArray(R"({"items":[]})") << "empty";
        QTest::newRow("ambiguous price") << QByteArray(R"({"items":[{"name":"A","quantity":"1","price":"1,000"}]})")
                                         << "price";
        QTest::newRow("bad vat") << QByteArray(R"({"items":[{"name":"A","quantity":"1","price":"1.00","vat":"18%"}]})")
                                 << "vat";
        QTest::newRow("bad measure") << QByteArray(
            R"({"items":[{"name":"A","quantity":"1","price":"1.00","measure":"шт"}]})")
                                     << "measure";
        QTest::newRow("amount differs") << QByteArray(
            R"({"items":[{"name":"A","quantity":"2","price":"1.00","amount":"3.00"}]})")
                                        << "amount";
        QTest::newRow("negative amount") << QByteArray(
            R"({"items":[{"name":"A","quantity":"2","price":"1.00","amount":"-2.00"}]})")
                                         << "amount";
        QTest::newRow("no name") << QByteArray(R"({"items":[{"quantity":"1","price":"1.00"}]})") << "name";
    }
    void jsonIsCheckedLineByLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const CartJson::Reading reading = CartJson::read(text, Currency::rub());
        QVERIFY(!reading.cart);
        QVERIFY2(reading.error.contains(mentions), qPrintable(reading.error));
    }

    void rbsBundleRoundTrip()
    {
        Cart cart;
        cart.items = {line("Tea", Quantity::whole(3), 15000, VatRate::Vat20)};
        cart.items.append({"Cheese", *Quantity::fromDecimalString("0.25"), Measure::Kilogram, rub(80000), rub(20000),
                           VatRate::Vat10_110, "ch-1"});
        const QJsonObject bundle = RbsCart::toBundle(cart);
        const QJsonArray items = bundle["cartItems"]["items"].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0]["positionId"].toInt(), 1);
        QCOMPARE(items[0]["itemCode"].toString(), QString("item-1"));
        QCOMPARE(items[0]["tax"]["taxType"].toInt(), 6);
        QCOMPARE(items[0]["quantity"]["measure"].toString(), QString("0"));
        QCOMPARE(items[1]["quantity"]["value"].toDouble(), 0.25);
        QCOMPARE(items[1]["quantity"]["measure"].toString(), QString("11"));
        QCOMPARE(items[1]["tax"]["taxType"].toInt(), 4);
        Cart back = RbsCart::fromBundle(bundle, Currency::rub());
        cart.items[0].itemCode = "item-1";
        QCOMPARE(back, cart);
    }

    void rbsBundleAsOtherClientsWroteIt()
    {
        // Older carts: free-text measures, string prices, the historical 18 % code, and a line beyond range.
        const QJsonObject bundle = QJsonDocument::fromJson(R"({"cartItems":{"items":[
            {"positionId":1,"name":"Кофе","quantity":{"value":1.5,"measure":"шт."},"itemPrice":"10000",
             "itemAmount":15000,"itemCode":7,"tax":{"taxType":3}},
            {"positionId":2,"name":"Huge","quantity":{"value":1,"measure":"pcs"},"itemPrice":1e30,"itemAmount":1e30}
        ]}})")
                                       .object();
        const Cart cart = RbsCart::fromBundle(bundle, Currency::rub());
        QCOMPARE(cart.items.size(), 1);
        QCOMPARE(cart.items[0].quantity.thousandths(), qint64(1500));
        QCOMPARE(cart.items[0].measure, Measure::Piece);
        QCOMPARE(cart.items[0].price, rub(10000));
        QCOMPARE(cart.items[0].vat, VatRate::Vat18);
        QCOMPARE(cart.items[0].itemCode, QString("7"));
        QVERIFY(RbsCart::fromBundle(QJsonObject(), Currency::rub()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
