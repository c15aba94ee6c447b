#pragma once

#include "core/model/Order.h"

#include <QString>
#include <QVariant>

#include <utility>

class QSqlQuery;

namespace PayDesk {

// An order's row in the SQLite cache: the fields its columns keep, as an order. From schema 10 the packed
// form holds only the rest (OrderCodec with this order beside it), so a field is never kept twice.
class OrderRow
{
public:
    static constexpr int PackedColumn = 15;
    static constexpr int PaymentWaySchema = 7; // the version that added orders.payment_way

    // The SELECT list of a row ("o") that read() reads, with PACKED for the packed form's column; a cache
    // before PaymentWaySchema (opened read-only) has no payment way.
    static QString select(int schema, const char* packed = "o.data");

    // ORDER as its row's columns give it back.
    static Order columnsOf(const Order& order);
    // The order the columns of a query over Columns hold.
    static Order read(const QSqlQuery& query);

    // A gateway id as the orders table keeps it: from IdBlobSchema a canonical (lowercase) UUID in 16 bytes,
    // anything else (Assist's numbers, an older schema) as its text; and back from either.
    static constexpr int IdBlobSchema = 11;
    static QVariant idKey(const QString& orderId, int schema);
    static QString idText(const QVariant& stored);
    // The kept ids [first, last) of the UUIDs that begin with PREFIX (hex digits, hyphens where a UUID has
    // them, any case); an empty range when no UUID begins so.
    static std::pair<QByteArray, QByteArray> idBlobRange(const QString& prefix);

    // A time as a column keeps it (0: none), and back.
    static qint64 stamp(const QDateTime& t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
    static QDateTime fromStamp(qint64 ms);
};

} // namespace PayDesk
