#include "diagnostics/SystemParsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace virtdeck::SystemParsers {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::SystemParsers)
};

QStringList lines(const QString &text)
{
    QString copy = text;
    copy.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return copy.split(QLatin1Char('\n'));
}

QStringList tokens(const QString &line)
{
    return line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

double number(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    return text.toDouble();
}

Error unreadable(const QString &what, const QString &text)
{
    return Error(Text::tr("The output of %1 was not understood.").arg(what), text.left(400));
}
} // namespace

// ---------------------------------------------------------------------------------------------- sizes

std::optional<quint64> parseSizeKiB(const QString &token, quint64 defaultUnitBytes)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]+(?:[.,][0-9]+)?)\\s*([KkMmGgTtPpBb]?)(i?)[Bb]?$"));
    const QRegularExpressionMatch m = re.match(token.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double value = number(m.captured(1));
    const QString unit = m.captured(2).toUpper();
    double bytes = value;
    if (unit.isEmpty())
        bytes *= double(defaultUnitBytes);
    else if (unit == QLatin1String("K"))
        bytes *= 1024.0;
    else if (unit == QLatin1String("M"))
        bytes *= 1024.0 * 1024.0;
    else if (unit == QLatin1String("G"))
        bytes *= 1024.0 * 1024.0 * 1024.0;
    else if (unit == QLatin1String("T"))
        bytes *= 1024.0 * 1024.0 * 1024.0 * 1024.0;
    else if (unit == QLatin1String("P"))
        bytes *= 1024.0 * 1024.0 * 1024.0 * 1024.0 * 1024.0;
    return quint64(std::llround(bytes / 1024.0));
}

// --------------------------------------------------------------------------------------------- uptime

namespace {
std::optional<qint64> parseUpDuration(const QString &text)
{
    static const QRegularExpression days(QStringLiteral("(\\d+)\\s*days?"));
    static const QRegularExpression clock(QStringLiteral("(\\d+):(\\d+)"));
    static const QRegularExpression hours(QStringLiteral("(\\d+)\\s*(?:hrs?|hours?)\\b"));
    static const QRegularExpression minutes(QStringLiteral("(\\d+)\\s*mins?\\b"));
    static const QRegularExpression seconds(QStringLiteral("(\\d+)\\s*secs?\\b"));
    qint64 total = 0;
    bool any = false;
    auto add = [&](const QRegularExpression &re, qint64 unit) {
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch()) {
            total += m.captured(1).toLongLong() * unit;
            any = true;
        }
    };
    add(days, 86400);
    add(hours, 3600);
    add(minutes, 60);
    add(seconds, 1);
    const QRegularExpressionMatch m = clock.match(text);
    if (m.hasMatch()) {
        total += m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60;
        any = true;
    }
    return any ? std::optional<qint64>(total) : std::nullopt;
}
} // namespace

Result<UptimeInfo> parseUptime(const QString &text)
{
    static const QRegularExpression load(
        QStringLiteral("load "
                       "averages?:\\s*([0-9]+(?:[.,][0-9]+)?)[,\\s]\\s*([0-9]+(?:[.,][0-9]+)?)[,\\s]\\s*([0-"
                       "9]+(?:[.,][0-9]+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression loadavg(
        QStringLiteral("^\\s*([0-9]+\\.[0-9]+)\\s+([0-9]+\\.[0-9]+)\\s+([0-9]+\\.[0-9]+)\\s+(\\d+)/(\\d+)"));
    static const QRegularExpression up(QStringLiteral("\\bup\\s+(.*?),\\s*(?:\\d+\\s+users?|load averages?)"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression users(QStringLiteral("(\\d+)\\s+users?\\b"),
                                          QRegularExpression::CaseInsensitiveOption);

    const QStringList all = lines(text);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const QString &line = *it;
        UptimeInfo info;
        QRegularExpressionMatch m = load.match(line);
        if (m.hasMatch()) {
            info.load1 = number(m.captured(1));
            info.load5 = number(m.captured(2));
            info.load15 = number(m.captured(3));
            const QRegularExpressionMatch u = up.match(line);
            if (u.hasMatch())
                info.upSeconds = parseUpDuration(u.captured(1));
            const QRegularExpressionMatch n = users.match(line);
            if (n.hasMatch())
                info.users = n.captured(1).toInt();
            return info;
        }
        m = loadavg.match(line);
        if (m.hasMatch()) {
            info.load1 = m.captured(1).toDouble();
            info.load5 = m.captured(2).toDouble();
            info.load15 = m.captured(3).toDouble();
            info.tasks = m.captured(5).toInt();
            return info;
        }
    }
    return unreadable(QStringLiteral("uptime"), text);
}

// ----------------------------------------------------------------------------------------------- free

Result<MemoryInfo> parseFree(const QString &text)
{
    QStringList header;
    QHash<QString, QStringList> rows; // "mem", "swap", "-/+" -> values
    for (const QString &raw : lines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            const QStringList t = tokens(line.toLower());
            if (t.contains(QLatin1String("total")) &&
                (t.contains(QLatin1String("used")) || t.contains(QLatin1String("free"))))
                header = t;
            continue;
        }
        const QString label = line.left(colon).trimmed().toLower();
        const QStringList values = tokens(line.mid(colon + 1));
        if (label == QLatin1String("mem"))
            rows.insert(QStringLiteral("mem"), values);
        else if (label == QLatin1String("swap"))
            rows.insert(QStringLiteral("swap"), values);
        else if (label.startsWith(QLatin1String("-/+")))
            rows.insert(QStringLiteral("-/+"), values);
    }
    if (!rows.contains(QStringLiteral("mem")))
        return unreadable(QStringLiteral("free"), text);
    if (header.isEmpty()) // the BSD-less classic layout
        header = {QStringLiteral("total"), QStringLiteral("used"), QStringLiteral("free")};

    auto column = [&](const QString &row, const QString &name) -> std::optional<quint64> {
        const qsizetype i = header.indexOf(name);
        const QStringList values = rows.value(row);
        if (i < 0 || i >= values.size())
            return std::nullopt;
        return parseSizeKiB(values.at(i));
    };
    MemoryInfo m;
    m.totalKiB = column(QStringLiteral("mem"), QStringLiteral("total")).value_or(0);
    m.usedKiB = column(QStringLiteral("mem"), QStringLiteral("used")).value_or(0);
    m.freeKiB = column(QStringLiteral("mem"), QStringLiteral("free")).value_or(0);
    if (m.totalKiB == 0)
        return unreadable(QStringLiteral("free"), text);
    if (auto available = column(QStringLiteral("mem"), QStringLiteral("available"))) {
        m.availableKiB = *available;
    } else if (rows.contains(QStringLiteral("-/+")) && rows.value(QStringLiteral("-/+")).size() >= 2) {
        // "-/+ buffers/cache:  used  free": free here counts buffers and cache as available.
        m.availableKiB = parseSizeKiB(rows.value(QStringLiteral("-/+")).at(1)).value_or(m.freeKiB);
        m.availableEstimated = true;
    } else {
        quint64 reclaimable = 0;
        for (const char *name : {"buffers", "cached", "cache", "buff/cache"})
            reclaimable += column(QStringLiteral("mem"), QLatin1String(name)).value_or(0);
        m.availableKiB = qMin(m.totalKiB, m.freeKiB + reclaimable);
        m.availableEstimated = true;
    }
    if (rows.contains(QStringLiteral("swap"))) {
        m.swapTotalKiB = column(QStringLiteral("swap"), QStringLiteral("total")).value_or(0);
        m.swapUsedKiB = column(QStringLiteral("swap"), QStringLiteral("used")).value_or(0);
    }
    return m;
}

// ------------------------------------------------------------------------------------------------- df

namespace {
bool ignorableFilesystem(const FilesystemUsage &fs)
{
    static const QSet<QString> pseudo = {QStringLiteral("devtmpfs"), QStringLiteral("udev"),
                                         QStringLiteral("proc"),     QStringLiteral("sysfs"),
                                         QStringLiteral("cgroup"),   QStringLiteral("cgroup2"),
                                         QStringLiteral("devfs"),    QStringLiteral("efivarfs")};
    if (fs.sizeKiB == 0 || pseudo.contains(fs.device))
        return true;
    if (fs.device.startsWith(QLatin1String("/dev/loop")) || fs.device.startsWith(QLatin1String("/dev/sr")) ||
        fs.device.startsWith(QLatin1String("/dev/cdrom")))
        return true;
    const QString &m = fs.mountPoint;
    return m.startsWith(QLatin1String("/snap/")) || m == QLatin1String("/proc") ||
           m.startsWith(QLatin1String("/proc/")) || m == QLatin1String("/sys") ||
           m.startsWith(QLatin1String("/sys/")) || m == QLatin1String("/dev");
}
} // namespace

Result<QList<FilesystemUsage>> parseDf(const QString &text)
{
    static const QRegularExpression blocks(QStringLiteral("^(\\d+)([KMG]?)-blocks$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression row(
        QStringLiteral("^(\\S.*?)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\d+%|-)\\s+(\\S.*)$"));
    quint64 unitBytes = 1024;
    bool sawHeader = false;
    QList<FilesystemUsage> out;
    QString pending; // a device name df wrapped onto its own line
    for (const QString &raw : lines(text)) {
        QString line = raw;
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("Filesystem"))) {
            sawHeader = true;
            for (const QString &t : tokens(line)) {
                const QRegularExpressionMatch m = blocks.match(t);
                if (m.hasMatch()) {
                    unitBytes = m.captured(1).toULongLong();
                    const QString scale = m.captured(2).toUpper();
                    if (scale == QLatin1String("K"))
                        unitBytes *= 1024;
                    else if (scale == QLatin1String("M"))
                        unitBytes *= 1024 * 1024;
                    else if (scale == QLatin1String("G"))
                        unitBytes *= 1024 * 1024 * 1024;
                }
            }
            continue;
        }
        if (!pending.isEmpty()) {
            line = pending + QLatin1Char(' ') + line.trimmed();
            pending.clear();
        } else if (!line.contains(QLatin1Char(' ')) && !line.contains(QLatin1Char('\t'))) {
            pending = line;
            continue;
        }
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        FilesystemUsage fs;
        fs.device = m.captured(1).trimmed();
        const auto size = parseSizeKiB(m.captured(2), unitBytes);
        const auto used = parseSizeKiB(m.captured(3), unitBytes);
        const auto available = parseSizeKiB(m.captured(4), unitBytes);
        if (!size || !used || !available)
            continue;
        fs.sizeKiB = *size;
        fs.usedKiB = *used;
        fs.availableKiB = *available;
        const QString percent = m.captured(5);
        if (percent == QLatin1String("-")) {
            const quint64 base = fs.usedKiB + fs.availableKiB;
            fs.usedPercent = base ? int(std::ceil(100.0 * double(fs.usedKiB) / double(base))) : 0;
        } else {
            fs.usedPercent = percent.chopped(1).toInt();
        }
        fs.mountPoint = m.captured(6);
        fs.ignorable = ignorableFilesystem(fs);
        out << fs;
    }
    if (!sawHeader && out.isEmpty())
        return unreadable(QStringLiteral("df"), text);
    return out;
}

// ------------------------------------------------------------------------------------------------- ps

int ProcessTable::zombies() const
{
    return int(std::count_if(processes.begin(), processes.end(),
                             [](const ProcessInfo &p) { return p.state.startsWith(QLatin1Char('Z')); }));
}

int ProcessTable::uninterruptible() const
{
    return int(std::count_if(processes.begin(), processes.end(),
                             [](const ProcessInfo &p) { return p.state.startsWith(QLatin1Char('D')); }));
}

QList<ProcessInfo> ProcessTable::topByCpu(int n) const
{
    QList<ProcessInfo> sorted = processes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ProcessInfo &a, const ProcessInfo &b) {
        return a.cpuPercent.value_or(0) > b.cpuPercent.value_or(0);
    });
    return sorted.mid(0, n);
}

QList<ProcessInfo> ProcessTable::topByMemory(int n) const
{
    QList<ProcessInfo> sorted = processes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ProcessInfo &a, const ProcessInfo &b) {
        if (a.rssKiB && b.rssKiB)
            return *a.rssKiB > *b.rssKiB;
        return a.memPercent.value_or(0) > b.memPercent.value_or(0);
    });
    return sorted.mid(0, n);
}

QList<QPair<QString, int>> ProcessTable::commandCounts(int n) const
{
    QHash<QString, int> counts;
    for (const ProcessInfo &p : processes) {
        QString name = p.command.section(QLatin1Char(' '), 0, 0);
        name = name.section(QLatin1Char('/'), -1);
        ++counts[name];
    }
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << qMakePair(it.key(), it.value());
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out.mid(0, n);
}

Result<ProcessTable> parsePs(const QString &text)
{
    enum Field
    {
        Pid,
        User,
        State,
        Cpu,
        Mem,
        Rss,
        Command,
        Other
    };
    auto fieldOf = [](const QString &name) {
        static const QHash<QString, Field> map = {
            {QStringLiteral("PID"), Pid},         {QStringLiteral("USER"), User},
            {QStringLiteral("UID"), User},        {QStringLiteral("RUSER"), User},
            {QStringLiteral("EUSER"), User},      {QStringLiteral("UNAME"), User},
            {QStringLiteral("STAT"), State},      {QStringLiteral("S"), State},
            {QStringLiteral("STATE"), State},     {QStringLiteral("%CPU"), Cpu},
            {QStringLiteral("PCPU"), Cpu},        {QStringLiteral("CPU"), Cpu},
            {QStringLiteral("C"), Cpu},           {QStringLiteral("%MEM"), Mem},
            {QStringLiteral("PMEM"), Mem},        {QStringLiteral("RSS"), Rss},
            {QStringLiteral("RES"), Rss},         {QStringLiteral("RSZ"), Rss},
            {QStringLiteral("COMMAND"), Command}, {QStringLiteral("CMD"), Command},
            {QStringLiteral("COMM"), Command},    {QStringLiteral("ARGS"), Command}};
        return map.value(name, Other);
    };
    QList<Field> columns;
    ProcessTable table;
    for (const QString &raw : lines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList t = tokens(line);
        if (t.contains(QLatin1String("PID")) && !t.first().at(0).isDigit()) {
            columns.clear();
            for (const QString &name : t)
                columns << fieldOf(name.toUpper());
            table.hasCpu = columns.contains(Cpu);
            table.hasMemory = columns.contains(Mem) || columns.contains(Rss);
            continue;
        }
        if (columns.isEmpty() || t.size() < columns.size() - 1)
            continue;
        ProcessInfo p;
        bool ok = false;
        // The last column takes the rest of the line (commands have spaces).
        QStringList cells = t.mid(0, columns.size() - 1);
        cells << QStringList(t.mid(columns.size() - 1)).join(QLatin1Char(' '));
        for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i) {
            const QString &cell = cells.at(i);
            switch (columns.at(i)) {
            case Pid: p.pid = cell.toLongLong(&ok); break;
            case User: p.user = cell; break;
            case State: p.state = cell; break;
            case Cpu: p.cpuPercent = number(cell); break;
            case Mem: p.memPercent = number(cell); break;
            case Rss:
                if (auto kib = parseSizeKiB(cell, 1024))
                    p.rssKiB = *kib;
                break;
            case Command: p.command = cell; break;
            case Other: break;
            }
        }
        if (ok)
            table.processes << p;
    }
    if (columns.isEmpty())
        return unreadable(QStringLiteral("ps"), text);
    return table;
}

// ---------------------------------------------------------------------------------------------- dmesg

QString stripKernelPrefix(const QString &line)
{
    static const QRegularExpression facility(QStringLiteral("^\\s*[a-z]+\\s*:[a-z]+\\s*:\\s*"));
    static const QRegularExpression stamp(QStringLiteral("^\\s*\\[[^\\]]*\\]\\s*"));
    QString out = line;
    out.remove(facility);
    out.remove(stamp);
    return out.trimmed();
}

KernelLog parseDmesg(const QString &text)
{
    using RE = QRegularExpression;
    static const RE oomKill(QStringLiteral("(?:out of memory|memory cgroup out of "
                                           "memory)[^:]*:\\s*kill(?:ed)? process (\\d+) \\(([^)]*)\\)"),
                            RE::CaseInsensitiveOption);
    static const RE killedLine(QStringLiteral("^killed process (\\d+) \\(([^)]*)\\)"),
                               RE::CaseInsensitiveOption);
    static const RE invoked(QStringLiteral("invoked oom-killer"), RE::CaseInsensitiveOption);
    static const RE denied(QStringLiteral("^dmesg:.*(?:not permitted|permission denied|klogctl)"),
                           RE::CaseInsensitiveOption);
    static const RE ioError(QStringLiteral("I/O error"), RE::CaseInsensitiveOption);
    static const RE readOnly(
        QStringLiteral("remounting filesystem read-only|remounted read-only|forced read-only"),
        RE::CaseInsensitiveOption);
    static const RE fsError(
        QStringLiteral("EXT[234]-fs error|XFS \\([^)]*\\): .*(?:corrupt|shutting down filesystem)|"
                       "BTRFS (?:error|critical)"),
        RE::CaseInsensitiveOption);
    static const RE hung(QStringLiteral("blocked for more than \\d+ seconds"));
    static const RE lockup(
        QStringLiteral("soft lockup|hard lockup|detected stalls? on cpus|rcu_sched (?:self-)?detected stall"),
        RE::CaseInsensitiveOption);
    static const RE segfault(QStringLiteral("\\bsegfault at\\b"));

    KernelLog log;
    QSet<qint64> killed;
    auto keep = [](QStringList &list, const QString &line) {
        if (list.size() < 20)
            list << line;
    };
    for (const QString &raw : lines(text)) {
        if (raw.trimmed().isEmpty())
            continue;
        ++log.lineCount;
        if (denied.match(raw.trimmed()).hasMatch()) {
            log.notPermitted = true;
            continue;
        }
        const QString line = stripKernelPrefix(raw);
        QRegularExpressionMatch m = oomKill.match(line);
        if (!m.hasMatch())
            m = killedLine.match(line);
        if (m.hasMatch()) {
            const qint64 pid = m.captured(1).toLongLong();
            if (!killed.contains(pid)) {
                killed.insert(pid);
                log.oomKills << OomKill{pid, m.captured(2), line};
            }
            continue;
        }
        if (invoked.match(line).hasMatch())
            ++log.oomInvocations;
        else if (readOnly.match(line).hasMatch())
            keep(log.readOnlyRemounts, line);
        else if (fsError.match(line).hasMatch())
            keep(log.filesystemErrors, line);
        else if (ioError.match(line).hasMatch())
            keep(log.ioErrors, line);
        else if (hung.match(line).hasMatch())
            keep(log.hungTasks, line);
        else if (lockup.match(line).hasMatch())
            keep(log.lockups, line);
        else if (segfault.match(line).hasMatch())
            ++log.segfaults;
    }
    return log;
}

} // namespace virtdeck::SystemParsers
