#include "core/io/BatchExporter.h"

#include "core/io/CsvExport.h"
#include "core/operations/CaptureBatch.h"

namespace PayDesk {

QString BatchExporter::groupKey(int group)
{
    static const char* const Keys[] = {"done", "refused", "try_again", "unknown"};
    return group >= 0 && group < 4 ? QString::fromLatin1(Keys[group]) : QString();
}

ExportResult BatchExporter::write(const CaptureBatch& batch, const QString& path)
{
    ExportResult result;
    CsvExport file(path);
    bool ok = file.open()
              && file.writeRow({QStringLiteral("order_number"), QStringLiteral("order_id"), QStringLiteral("outcome"),
                                QStringLiteral("currency"), QStringLiteral("captured"), QStringLiteral("gateway_code"),
                                QStringLiteral("message")});
    for (const CaptureBatch::Item& item : batch.items()) {
        if (!ok)
            break;
        const OperationResult& r = item.result;
        const bool done = r.outcome == OperationResult::Outcome::Done;
        ok = file.writeRow({r.orderKnown ? r.order.orderNumber : QString(), item.orderId,
                            item.finished ? groupKey(int(CaptureBatch::groupOf(r))) : QStringLiteral("not_sent"),
                            r.orderKnown ? r.order.captured.currency().code() : QString(),
                            done ? r.order.captured.toDecimalString() : QString(), r.error.gatewayCode,
                            done ? QString() : r.error.userMessage()});
        result.rows += ok ? 1 : 0;
    }
    if (!file.commit())
        result.error = file.errorString();
    return result;
}

} // namespace PayDesk
