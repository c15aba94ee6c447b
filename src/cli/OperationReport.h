#pragma once

#include "cli/ExitCode.h"
#include "core/model/OperationResult.h"

namespace PayDesk::Cli {

class Output;

// How a money operation ended, for people (done / refused / OUTCOME UNKNOWN with what to do) or as
// JSON, and the exit code that goes with it.
class OperationReport
{
public:
    static ExitCode print(const Output& out, const QString& orderId, const OperationResult& result);

private:
    static void printDone(const Output& out, const OperationResult& result);
};

} // namespace PayDesk::Cli
