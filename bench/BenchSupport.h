#pragma once

#include <QFile>

#include <cstdio>

// Shared by the benchmarks: one "name value unit" line, and the process's peak memory.
inline void figure(const char* name, double value, const char* unit)
{
    std::printf("%-44s %12.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
