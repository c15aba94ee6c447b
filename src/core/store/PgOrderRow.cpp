#include "core/store/PgOrderRow.h"

#include "core/model/OrderCodec.h"
#include "core/model/PaymentWay.h"
#include "core/store/OrderStore.h"
#include "core/store/SearchWords.h"

namespace PayDesk {

namespace {
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QStringList PgOrderRow::columns(bool withPaymentWay)
{
    QStringList names{QStringLiteral("profile"),  QStringLiteral("order_id"), QStringLiteral("order_number"),
                      QStringLiteral("gateway"),  QStringLiteral("status"),   QStringLiteral("rank"),
                      QStringLiteral("currency"), QStringLiteral("amount"),   QStringLiteral("approved"),
                      QStringLiteral("captured"), QStringLiteral("refunded"), QStringLiteral("card"),
                      QStringLiteral("last4"),    QStringLiteral("email"),    QStringLiteral("description"),
                      QStringLiteral("created"),  QStringLiteral("deadline"), QStringLiteral("stored"),
                      QStringLiteral("words"),    QStringLiteral("data")};
    if (withPaymentWay)
        names.append(QStringLiteral("payment_way"));
    return names;
}

QVariantList PgOrderRow::values(const QString& profile, const Order& o, qint64 stored, bool withPaymentWay)
{
    QVariantList row;
    row.reserve(21);
    row << profile << nonNull(o.orderId) << nonNull(o.orderNumber) << GatewayKinds::key(o.gateway)
        << OrderStatusText::key(o.status) << OrderStore::progressRank(o.status) << o.amount.currency().code()
        << o.amount.minor() << o.approved.minor() << o.captured.minor() << o.refunded.minor()
        << nonNull(o.card.maskedPan) << nonNull(o.card.lastFour()) << nonNull(o.email) << nonNull(o.description)
        << (o.created.isValid() ? o.created.toMSecsSinceEpoch() : 0)
        << (o.status == OrderStatus::Held && o.deadline.isValid() ? o.deadline.toMSecsSinceEpoch() : 0) << stored
        << SearchWords::of({o.orderNumber, o.card.lastFour(), o.email, o.description}) << OrderCodec::encode(o);
    if (withPaymentWay)
        row << PaymentWays::key(o.paymentWay);
    return row;
}

} // namespace PayDesk
