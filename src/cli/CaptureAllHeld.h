#pragma once

#include "cli/ExitCode.h"
#include "core/model/OperationResult.h"

#include <QObject>

#include <functional>

namespace PayDesk {
class CaptureBatch;
class Desk;
} // namespace PayDesk

namespace PayDesk::Cli {

class Output;

// `capture --all-held`: the held orders in the cache, confirmed (or --yes), captured a few at a
// time as one batch; a line per order as it ends, then the batch's summary.
class CaptureAllHeld : public QObject
{
    Q_OBJECT
public:
    CaptureAllHeld(Desk* desk, const Output& out, QObject* parent = nullptr);
    // Emits finished() with the exit code.
    void start(int dueWithinHours, int concurrency, bool confirmed);

signals:
    void finished(int exitCode);

private:
    void printItem(CaptureBatch* batch, int index, const OperationResult& result);
    void printSummary(CaptureBatch* batch);
    void end(int code);

    Desk* m_desk;
    const Output& m_out;
};

} // namespace PayDesk::Cli
