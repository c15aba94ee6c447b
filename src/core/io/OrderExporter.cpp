#include "core/io/OrderExporter.h"

#include "core/io/CsvExport.h"
#include "core/model/OperationResult.h"
#include "core/store/OrderStore.h"

namespace PayDesk {

namespace {
QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QStringList orderRow(const Order& o)
{
    return {o.orderNumber,
            o.orderId,
            OrderStatusText::key(o.status),
            o.amount.currency().code(),
            o.amount.toDecimalString(),
            o.approved.toDecimalString(),
            o.captured.toDecimalString(),
            o.refunded.toDecimalString(),
            o.capturable().toDecimalString(),
            utc(o.created),
            utc(o.authorized),
            o.status == OrderStatus::Held ? utc(o.deadline) : QString(),
            utc(o.capturedAt),
            utc(o.reversedAt),
            utc(o.refundedAt),
            o.card.maskedPan,
            o.card.paymentSystem,
            o.email,
            o.description,
            QString::number(o.gatewayStatus),
            QString::number(o.actionCode)};
}

QStringList journalRow(const JournalEntry& e)
{
    return {QString::number(e.id),
            utc(e.created),
            e.operatorName,
            OperationResult::kindKey(e.kind),
            e.orderNumber,
            e.orderId,
            e.amount.currency().code(),
            e.amount.toDecimalString(),
            JournalEntry::stateKey(e.state),
            e.resolvedBy,
            e.gatewayCode,
            e.message,
            utc(e.sent),
            utc(e.finished),
            e.batch,
            e.host};
}
} // namespace

QStringList OrderExporter::orderColumns()
{
    return {QStringLiteral("order_number"), QStringLiteral("order_id"),       QStringLiteral("status"),
            QStringLiteral("currency"),     QStringLiteral("amount"),         QStringLiteral("approved"),
            QStringLiteral("captured"),     QStringLiteral("refunded"),       QStringLiteral("capturable"),
            QStringLiteral("created_utc"),  QStringLiteral("authorized_utc"), QStringLiteral("deadline_utc"),
            QStringLiteral("captured_utc"), QStringLiteral("reversed_utc"),   QStringLiteral("refunded_utc"),
            QStringLiteral("card"),         QStringLiteral("payment_system"), QStringLiteral("email"),
            QStringLiteral("description"),  QStringLiteral("gateway_status"), QStringLiteral("action_code")};
}

ExportResult OrderExporter::exportOrders(const OrderCache& store, const QString& profile, const OrderFilter& filter,
                                         const QString& path)
{
    ExportResult result;
    CsvExport file(path);
    bool ok = file.open() && file.writeRow(orderColumns());
    const StoreError read = ok ? store.forEach(profile, filter,
                                               [&](const Order& o) {
                                                   if (file.writeRow(orderRow(o)))
                                                       ++result.rows;
                                               })
                               : StoreError{};
    ok = ok && !read.isError();
    if (!ok && file.errorString().isEmpty())
        result.error = read.userMessage();
    else if (!file.commit())
        result.error = file.errorString();
    return result;
}

ExportResult OrderExporter::exportJournal(const QList<JournalEntry>& entries, const QString& path)
{
    ExportResult result;
    CsvExport file(path);
    bool ok = file.open()
              && file.writeRow({QStringLiteral("id"), QStringLiteral("created_utc"), QStringLiteral("operator"),
                                QStringLiteral("operation"), QStringLiteral("order_number"), QStringLiteral("order_id"),
                                QStringLiteral("currency"), QStringLiteral("amount"), QStringLiteral("state"),
                                QStringLiteral("resolved_by"), QStringLiteral("gateway_code"),
                                QStringLiteral("message"), QStringLiteral("sent_utc"), QStringLiteral("finished_utc"),
                                QStringLiteral("batch"), QStringLiteral("desk")});
    for (qsizetype i = 0; ok && i < entries.size(); ++i) {
        ok = file.writeRow(journalRow(entries.at(i)));
        result.rows += ok ? 1 : 0;
    }
    if (!file.commit())
        result.error = file.errorString();
    return result;
}

} // namespace PayDesk
