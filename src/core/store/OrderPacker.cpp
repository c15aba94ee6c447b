#include "core/store/OrderPacker.h"

#include "core/model/OrderCodec.h"
#include "core/store/OrderBlob.h"
#include "core/store/OrderRow.h"
#include "core/store/PackedOrders.h"

namespace PayDesk {

namespace {
// ORDER without what only its packed form needs to keep: a packed batch waiting to be written holds no raw
// answer or cart in memory (by far the biggest parts of an order), only its columns' values.
Order columnsOf(const Order& order)
{
    Order o = order;
    o.raw = {};
    o.cart = {};
    return o;
}
} // namespace

OrderPacker::OrderPacker(Form form, const QList<QByteArray>& dictionaries)
    : m_blob(std::make_unique<OrderBlob>())
    , m_form(form)
{
    for (const QByteArray& dictionary : dictionaries) {
        if (m_blob->addDictionary(dictionary))
            m_dictionary = dictionary;
    }
}

OrderPacker::~OrderPacker() = default;

PackedBatch OrderPacker::pack(const QList<Order>& orders)
{
    PackedBatch batch{orders, {}, {}};
    batch.data.reserve(orders.size());
    for (const Order& o : orders) {
        if (m_form == Form::BesideColumns) {
            const Order columns = OrderRow::columnsOf(o);
            batch.data.append(OrderCodec::encode(o, &columns));
        } else {
            batch.data.append(OrderCodec::encode(o));
        }
    }
    if (m_form == Form::Cbor)
        return batch;
    if (m_dictionary.isEmpty() && orders.size() >= MinTrainingBatch) {
        const QByteArray trained =
            OrderBlob::train(batch.data.mid(0, qMin<qsizetype>(batch.data.size(), PackedOrders::TrainingSamples)));
        if (!trained.isEmpty() && m_blob->addDictionary(trained))
            m_dictionary = trained;
    }
    for (qsizetype i = 0; i < batch.data.size(); ++i) {
        batch.data[i] = m_blob->pack(batch.data.at(i));
        batch.orders[i] = columnsOf(orders.at(i));
    }
    batch.dictionary = m_dictionary;
    return batch;
}

} // namespace PayDesk
