#pragma once

#include "core/io/OrderExporter.h"

namespace PayDesk {

class CaptureBatch;

// A batch capture's outcome as CSV, one row per order: how it ended (done, refused, try_again,
// unknown), what was captured, and the gateway's code and words. Written whole or not at all.
class BatchExporter
{
public:
    static QString groupKey(int group); // CaptureBatch::Group as a machine-readable key
    static ExportResult write(const CaptureBatch& batch, const QString& path);
};

} // namespace PayDesk
