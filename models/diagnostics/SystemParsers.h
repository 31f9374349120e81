#pragma once

// Parsers for what the diagnosis checklist reads over SSH: uptime (or /proc/loadavg), free, df -P, ps
// and dmesg, as printed by procps, coreutils, util-linux, BusyBox and the BSDs. They take the raw text,
// tolerate the variants seen in the wild (decimal commas, unit suffixes, wrapped lines, missing columns)
// and return values; FindingRules turns the values into findings. Pure functions, any thread.

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace virtdeck::SystemParsers {

struct UptimeInfo
{
    std::optional<qint64> upSeconds;
    std::optional<int> users;
    double load1 = 0;
    double load5 = 0;
    double load15 = 0;
    std::optional<int> tasks; // /proc/loadavg only: scheduling entities (threads included)
};
Result<UptimeInfo> parseUptime(const QString &text);

struct MemoryInfo
{
    quint64 totalKiB = 0;
    quint64 usedKiB = 0;
    quint64 freeKiB = 0;
    quint64 availableKiB = 0;
    bool availableEstimated = false; // no "available" column: free + buffers + cache
    quint64 swapTotalKiB = 0;
    quint64 swapUsedKiB = 0;

    double availablePercent() const { return totalKiB ? 100.0 * double(availableKiB) / double(totalKiB) : 0; }
    double swapUsedPercent() const
    {
        return swapTotalKiB ? 100.0 * double(swapUsedKiB) / double(swapTotalKiB) : 0;
    }
};
// Values without a unit are KiB (free's default, and `free -k`); "1.5Gi", "512M", "0B" are understood.
Result<MemoryInfo> parseFree(const QString &text);

struct FilesystemUsage
{
    QString device;
    quint64 sizeKiB = 0;
    quint64 usedKiB = 0;
    quint64 availableKiB = 0;
    int usedPercent = 0;
    QString mountPoint;
    // Always full or not a disk: loop devices (snaps), optical media, devtmpfs, /proc, /sys...
    bool ignorable = false;
};
Result<QList<FilesystemUsage>> parseDf(const QString &text);

struct ProcessInfo
{
    qint64 pid = 0;
    QString user;
    QString state; // "S", "R", "Z", "D<"...
    std::optional<double> cpuPercent;
    std::optional<double> memPercent;
    std::optional<quint64> rssKiB;
    QString command;
};
struct ProcessTable
{
    QList<ProcessInfo> processes;
    bool hasCpu = false;
    bool hasMemory = false; // %MEM or RSS

    int count() const { return int(processes.size()); }
    int zombies() const;
    int uninterruptible() const; // state D: usually waiting for a disk or NFS
    QList<ProcessInfo> topByCpu(int n) const;
    QList<ProcessInfo> topByMemory(int n) const;
    // The n commands with the most processes: {"apache2", 812}.
    QList<QPair<QString, int>> commandCounts(int n) const;
};
// Columns are found by their header (PID, USER, STAT, %CPU, %MEM, RSS, VSZ, COMMAND...); the last
// column takes the rest of the line.
Result<ProcessTable> parsePs(const QString &text);

struct OomKill
{
    qint64 pid = 0;
    QString process;
    QString line;
};
struct KernelLog
{
    int lineCount = 0;
    bool notPermitted = false; // dmesg_restrict: the user may not read the kernel log
    QList<OomKill> oomKills;   // one per killed pid
    int oomInvocations = 0;    // "invoked oom-killer" lines
    QStringList ioErrors;
    QStringList readOnlyRemounts;
    QStringList filesystemErrors;
    QStringList hungTasks;
    QStringList lockups;
    int segfaults = 0;
};
// Never fails: an empty or unreadable log gives an empty KernelLog.
KernelLog parseDmesg(const QString &text);

// A size as free, df -h or busybox ps print it, in KiB: "123" (defaultUnitBytes each), "1.5Gi",
// "512M", "16m", "0B". nullopt when it is not a size.
std::optional<quint64> parseSizeKiB(const QString &token, quint64 defaultUnitBytes = 1024);
// A kernel log line without its timestamp or facility prefix.
QString stripKernelPrefix(const QString &line);

} // namespace virtdeck::SystemParsers
