#pragma once

#include "core/model/Order.h"

#include <QStringList>
#include <QVariantList>

namespace PayDesk {

// One order as the columns of the team database's orders table: what PgOrderStore's upsert binds,
// and what a bulk load (the benchmark's COPY) writes, so that both store the very same row.
class PgOrderRow
{
public:
    // The column names, in the order values() gives them; payment_way (schema 4) last when wanted.
    static QStringList columns(bool withPaymentWay);
    // words is bound as text and cast to tsvector; data is the encoded order (OrderCodec).
    static QVariantList values(const QString& profile, const Order& order, qint64 stored, bool withPaymentWay);
};

} // namespace PayDesk
