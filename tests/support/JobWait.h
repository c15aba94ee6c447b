#pragma once

#include "core/gateway/GatewayJob.h"

#include <QSignalSpy>

#include <memory>

// Waits (up to 20 s) for a gateway job to finish and hands it over, kept alive for the test to read.
template <typename Job>
std::unique_ptr<Job> wait(Job* job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &PayDesk::GatewayJob::finished);
    if (!job->isFinished())
        spy.wait(20000);
    return std::unique_ptr<Job>(job);
}
