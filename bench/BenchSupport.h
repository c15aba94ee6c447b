#pragma once

#include <QString>

#include <QFile>

#include <cstdio>

#include <unistd.h>

// Shared by the benchmarks: one "name value unit" line, and the process's peak memory.
// The key the bench's orders are kept under, as long as the app's: a team's account is the gateway's URL and
// login (TeamSetup::accountOf), and a profile's id is a 36-character UUID. A short key made both engines'
// figures look better than a merchant's.
inline const QString BenchProfile = QStringLiteral("https://3dsec.sberbank.ru/payment/rest|bench-shop-api");

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

// The CPU time (user + system) a process has used so far, in seconds; PID 0 is this process.
inline double cpuSeconds(qint64 pid = 0)
{
    QFile stat(pid == 0 ? QStringLiteral("/proc/self/stat") : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the line.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}
