#include "diagnostics/FindingRules.h"

#include "hypervisor/DomainSnapshot.h"

#include <QLocale>

#include <algorithm>

namespace virtdeck::FindingRules {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FindingRules)
};

using Severity = Finding::Severity;
using Action = Finding::Action;
using namespace SystemParsers;

Finding make(const QString &id, Severity severity, const QString &title, const QString &detail,
             const QString &advice, Action action = Action::None, const QStringList &evidence = {})
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.advice = advice;
    f.action = action;
    f.evidence = evidence;
    return f;
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 2);
}

// The advice for a server that runs but cannot be reached over SSH: the serial console, and SysRq when
// even the console does not answer.
QString consoleAdvice()
{
    return Text::tr(
        "Open the serial console and log in there to look at load, memory and disks. If the console "
        "does not answer either, send SysRq keys from the console page: \"m\" prints memory use, "
        "\"t\" the tasks, \"w\" the blocked ones; \"s\", \"u\", \"b\" sync, remount read-only and "
        "reboot as a last resort.");
}
} // namespace

QList<Finding> forState(DomainState state, const QString &name)
{
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked: return {};
    case DomainState::Paused:
        return {make(
            QStringLiteral("state.paused"), Severity::Critical, Text::tr("%1 is paused").arg(name),
            Text::tr("The hypervisor holds %1 paused: it does not run, answer the network or keep time. "
                     "That alone explains why it does not respond.")
                .arg(name),
            Text::tr("Resume it. If nobody paused it, the hypervisor may have paused it after a disk error "
                     "or a full storage pool on the host: check the host's storage first."),
            Action::ResumeServer)};
    case DomainState::ShutOff:
        return {make(
            QStringLiteral("state.off"), Severity::Critical, Text::tr("%1 is shut off").arg(name),
            Text::tr("The hypervisor reports %1 shut off.").arg(name),
            Text::tr("Start it. If it stopped by itself, its console output and the host's logs tell why."),
            Action::StartServer)};
    case DomainState::Crashed:
        return {make(
            QStringLiteral("state.crashed"), Severity::Critical, Text::tr("%1 has crashed").arg(name),
            Text::tr("The hypervisor reports that %1 crashed (a guest kernel panic, or the hypervisor "
                     "process died).")
                .arg(name),
            Text::tr("Open its console to read the last messages, then force it off and start it again."),
            Action::OpenConsole)};
    case DomainState::ShuttingDown:
        return {
            make(QStringLiteral("state.shuttingdown"), Severity::Warning,
                 Text::tr("%1 is shutting down").arg(name),
                 Text::tr("The hypervisor reports %1 shutting down.").arg(name),
                 Text::tr("Wait until it is off, then start it. If it stays in this state, force it off."))};
    case DomainState::Suspended:
        return {make(QStringLiteral("state.suspended"), Severity::Critical,
                     Text::tr("%1 is suspended by its operating system").arg(name),
                     Text::tr("Its operating system put %1 to sleep (power management).").arg(name),
                     Text::tr("Wake it up: a key press on its console usually does."), Action::OpenConsole)};
    case DomainState::NoState: break;
    }
    return {make(QStringLiteral("state.unknown"), Severity::Warning,
                 Text::tr("The state of %1 is unknown").arg(name),
                 Text::tr("The hypervisor does not say whether %1 runs.").arg(name),
                 Text::tr("Check the host's connection, then diagnose again."))};
}

QList<Finding> forNoAddress(const QString &name, bool fake)
{
    if (fake) {
        return {make(
            QStringLiteral("address.demo"), Severity::Info, Text::tr("No real address for %1").arg(name),
            Text::tr("%1 runs on libvirt's test driver (the demo), whose addresses are made up, so virtdeck "
                     "does not connect to them.")
                .arg(name),
            Text::tr("Set a host name or IP address in the server's SSH access to check it over SSH."),
            Action::EditSshAccess)};
    }
    return {
        make(QStringLiteral("address.none"), Severity::Warning, Text::tr("No address known for %1").arg(name),
             Text::tr("The hypervisor reports no IP address for %1: no DHCP lease, no guest agent answer, no "
                      "ARP entry.")
                 .arg(name),
             Text::tr("Set its host name or IP address in its SSH access, or install qemu-guest-agent in it. "
                      "If it used to have an address, its network may be down: open the console."),
             Action::EditSshAccess)};
}

QList<Finding> forProbe(const TcpProbeResult &probe, const QString &name)
{
    const QString where =
        QStringLiteral("%1:%2").arg(probe.address.isEmpty() ? probe.host : probe.address).arg(probe.port);
    switch (probe.outcome) {
    case TcpProbeResult::Outcome::Connected:
    case TcpProbeResult::Outcome::Cancelled: return {};
    case TcpProbeResult::Outcome::Refused:
        return {make(
            QStringLiteral("ssh.refused"), Severity::Critical, Text::tr("SSH refuses connections"),
            Text::tr("%1 runs, but %2 refuses connections: sshd has stopped, or a firewall rejects them.")
                .arg(name, where),
            consoleAdvice(), Action::OpenConsole)};
    case TcpProbeResult::Outcome::TimedOut:
        return {make(
            QStringLiteral("ssh.timeout"), Severity::Critical, Text::tr("No answer on the SSH port"),
            Text::tr("%1 runs, but %2 did not answer within %3 ms: the server hangs or is overloaded, or "
                     "a firewall drops the packets.")
                .arg(name, where)
                .arg(probe.elapsedMs),
            consoleAdvice(), Action::OpenConsole)};
    case TcpProbeResult::Outcome::NoRoute:
        return {make(
            QStringLiteral("network.noroute"), Severity::Critical, Text::tr("No route to the server"),
            Text::tr("%1 runs, but the network reports no route to %2 (the connection failed after %3 ms).")
                .arg(name, where)
                .arg(probe.elapsedMs),
            Text::tr("The server may be isolated from the network; contact the network team."), Action::None,
            {probe.detail})};
    case TcpProbeResult::Outcome::NotFound:
        return {
            make(QStringLiteral("network.dns"), Severity::Warning,
                 Text::tr("The host name %1 cannot be resolved").arg(probe.host),
                 Text::tr("The name set for %1 does not resolve to an address (%2).").arg(name, probe.detail),
                 Text::tr("Correct the host name in the server's SSH access."), Action::EditSshAccess)};
    case TcpProbeResult::Outcome::Failed: break;
    }
    return {make(QStringLiteral("network.failed"), Severity::Warning,
                 Text::tr("Cannot connect to %1").arg(where),
                 Text::tr("Connecting to %1 failed: %2.").arg(where, probe.detail),
                 Text::tr("Check the address in the server's SSH access."), Action::EditSshAccess)};
}

QList<Finding> forSshFailure(SshSession::Failure failure, const Error &error, const QString &name,
                             int connectTimeoutMs)
{
    using F = SshSession::Failure;
    switch (failure) {
    case F::None:
    case F::Cancelled: return {};
    case F::Timeout:
    case F::Handshake:
        return {make(
            QStringLiteral("ssh.silent"), Severity::Critical,
            Text::tr("The SSH port accepts connections but SSH does not answer"),
            Text::tr("Connections to %1 are accepted, but no SSH exchange completed within %2 s: sshd, or "
                     "the whole server, is overloaded or hung.")
                .arg(name)
                .arg(connectTimeoutMs / 1000.0),
            consoleAdvice(), Action::OpenConsole, {error.toString()})};
    case F::Refused:
        return forProbe(TcpProbeResult{TcpProbeResult::Outcome::Refused, {}, 0, {}, 0, error.detail}, name);
    case F::NoRoute:
        return forProbe(TcpProbeResult{TcpProbeResult::Outcome::NoRoute, {}, 0, {}, 0, error.detail}, name);
    case F::NotFound:
        return {make(QStringLiteral("network.dns"), Severity::Warning,
                     Text::tr("The host name cannot be resolved"), error.message,
                     Text::tr("Correct the host name in the server's SSH access."), Action::EditSshAccess)};
    case F::HostKeyChanged:
        return {make(
            QStringLiteral("ssh.hostkey-changed"), Severity::Critical,
            Text::tr("The server's host key has changed"), error.message,
            Text::tr("Ask whoever manages %1 whether it was reinstalled. Only then remove the old key with "
                     "ssh-keygen -R and diagnose again; until then, treat the connection as unsafe.")
                .arg(name),
            Action::None, {error.detail})};
    case F::HostKeyRefused:
        return {
            make(QStringLiteral("ssh.hostkey-refused"), Severity::Info,
                 Text::tr("Host key not accepted: the checks over SSH were skipped"), error.message,
                 Text::tr("Compare the fingerprint with the one the server's administrator gives you, then "
                          "diagnose again and accept it."),
                 Action::None, {error.detail})};
    case F::AuthDenied:
        return {
            make(QStringLiteral("ssh.auth"), Severity::Warning, Text::tr("virtdeck could not log in"),
                 error.message,
                 Text::tr("Check the user in the server's SSH access, your keys (ssh-agent, ~/.ssh) or the "
                          "password. The server itself answers, so it is not hung."),
                 Action::EditSshAccess, {error.detail})};
    case F::AuthCancelled:
        return {make(QStringLiteral("ssh.auth-cancelled"), Severity::Info,
                     Text::tr("Login cancelled: the checks over SSH were skipped"), error.message,
                     QString())};
    case F::Config:
        return {make(QStringLiteral("ssh.config"), Severity::Warning, Text::tr("virtdeck did not start SSH"),
                     error.message,
                     Text::tr("Correct the server's SSH access (or your SSH configuration), then diagnose "
                              "again. Nothing was sent to the server."),
                     Action::EditSshAccess, {error.detail})};
    case F::HostKeyError:
    case F::Channel: break;
    }
    return {make(QStringLiteral("ssh.error"), Severity::Warning, Text::tr("The SSH session failed"),
                 error.message, Text::tr("See the details; the server itself answered."), Action::None,
                 {error.detail})};
}

QList<Finding> forDisks(const QList<FilesystemUsage> &filesystems, const FindingThresholds &t)
{
    QList<Finding> out;
    for (const FilesystemUsage &fs : filesystems) {
        if (fs.ignorable || fs.usedPercent < t.diskFullPercent)
            continue;
        out << make(
            QStringLiteral("disk.full"), Severity::Critical,
            Text::tr("%1 is %2 % full").arg(fs.mountPoint).arg(fs.usedPercent),
            Text::tr("%1 (%2) has %3 free of %4. Programs that write there fail, and a full system disk "
                     "stops logins, databases and logging.")
                .arg(fs.mountPoint, fs.device, formatMemoryKiB(fs.availableKiB), formatMemoryKiB(fs.sizeKiB)),
            Text::tr("Clean up (old logs, caches, core dumps, package archives) or enlarge the disk."),
            Action::None,
            {QStringLiteral("%1 %2 %3 %4 %5% %6")
                 .arg(fs.device)
                 .arg(fs.sizeKiB)
                 .arg(fs.usedKiB)
                 .arg(fs.availableKiB)
                 .arg(fs.usedPercent)
                 .arg(fs.mountPoint)});
    }
    return out;
}

QString describeProcess(const ProcessInfo &p)
{
    QStringList parts{QString::number(p.pid)};
    if (!p.user.isEmpty())
        parts << p.user;
    if (p.cpuPercent)
        parts << Text::tr("%1 % CPU").arg(QLocale().toString(*p.cpuPercent, 'f', 1));
    if (p.rssKiB)
        parts << formatMemoryKiB(*p.rssKiB);
    else if (p.memPercent)
        parts << Text::tr("%1 % memory").arg(QLocale().toString(*p.memPercent, 'f', 1));
    parts << p.command;
    return parts.join(QLatin1Char(' '));
}

QList<Finding> forMemory(const std::optional<MemoryInfo> &memory, const std::optional<KernelLog> &kernel,
                         const std::optional<ProcessTable> &processes, const FindingThresholds &t)
{
    QList<Finding> out;
    QStringList largest;
    if (processes && processes->hasMemory) {
        for (const ProcessInfo &p : processes->topByMemory(5))
            largest << describeProcess(p);
    }
    const QString advice =
        Text::tr("Add shares to give it more memory, or find the process that grows (the largest "
                 "are listed).");
    if (kernel && (!kernel->oomKills.isEmpty() || kernel->oomInvocations > 0)) {
        QStringList victims;
        QStringList lines;
        for (const OomKill &k : kernel->oomKills) {
            victims << QStringLiteral("%1 (%2)").arg(k.process).arg(k.pid);
            lines << k.line;
        }
        const int n = int(kernel->oomKills.size());
        out << make(
            QStringLiteral("memory.oom"), Severity::Critical,
            n > 0 ? Text::tr("The kernel killed %n process(es) for lack of memory", nullptr, n)
                  : Text::tr("The kernel ran out of memory"),
            n > 0 ? Text::tr("The out-of-memory killer stopped: %1.").arg(victims.join(QStringLiteral(", ")))
                  : Text::tr("The out-of-memory killer ran %n time(s).", nullptr, kernel->oomInvocations),
            advice, Action::OpenFlex, lines + largest);
    }
    if (memory) {
        const double percent = memory->availablePercent();
        const QString seen =
            Text::tr("%1 available of %2 (%3 %); swap: %4 used of %5.")
                .arg(formatMemoryKiB(memory->availableKiB), formatMemoryKiB(memory->totalKiB),
                     QLocale().toString(percent, 'f', 1), formatMemoryKiB(memory->swapUsedKiB),
                     formatMemoryKiB(memory->swapTotalKiB));
        if (percent < t.memoryCriticalPercent)
            out << make(QStringLiteral("memory.exhausted"), Severity::Critical,
                        Text::tr("Memory is exhausted"), seen, advice, Action::OpenFlex, largest);
        else if (percent < t.memoryWarningPercent)
            out << make(QStringLiteral("memory.low"), Severity::Warning, Text::tr("Memory is running low"),
                        seen, advice, Action::OpenFlex, largest);
    }
    return out;
}

QList<Finding> forLoad(const UptimeInfo &uptime, int vcpus, const std::optional<ProcessTable> &processes,
                       const FindingThresholds &t)
{
    if (vcpus <= 0 || uptime.load15 <= t.loadPerVcpu * vcpus)
        return {};
    QStringList top;
    int waiting = 0;
    if (processes) {
        if (processes->hasCpu) {
            for (const ProcessInfo &p : processes->topByCpu(5))
                top << describeProcess(p);
        }
        waiting = processes->uninterruptible();
    }
    QString detail =
        Text::tr("The 15-minute load average is %1 (1 min: %2, 5 min: %3), more than %4 × its %n "
                 "vCPU(s): processes wait for their turn.",
                 nullptr, vcpus)
            .arg(decimal(uptime.load15), decimal(uptime.load1), decimal(uptime.load5),
                 QLocale().toString(t.loadPerVcpu));
    if (waiting > 0)
        detail += QLatin1Char(' ') +
                  Text::tr("%n process(es) wait for a disk or the network (state D): part of the "
                           "load may be I/O, not CPU.",
                           nullptr, waiting);
    return {make(QStringLiteral("load.high"),
                 uptime.load15 > 2 * t.loadPerVcpu * vcpus ? Severity::Critical : Severity::Warning,
                 Text::tr("Load %1 is too high for %n vCPU(s)", nullptr, vcpus).arg(decimal(uptime.load15)),
                 detail, Text::tr("Add shares, or find the runaway process (the busiest are listed)."),
                 Action::OpenFlex, top)};
}

QList<Finding> forProcesses(const ProcessTable &processes, int vcpus, const FindingThresholds &t)
{
    QList<Finding> out;
    const int limit = qMax(t.minProcessLimit, t.processesPerVcpu * qMax(1, vcpus));
    if (processes.count() > limit) {
        QStringList common;
        for (const auto &[command, count] : processes.commandCounts(5))
            common << QStringLiteral("%1 × %2").arg(command).arg(count);
        out << make(
            QStringLiteral("processes.many"), Severity::Warning,
            Text::tr("Too many processes (%1)").arg(processes.count()),
            Text::tr("%1 processes exist, more than the %2 expected at most for %n vCPU(s). The most "
                     "common: %3.",
                     nullptr, qMax(1, vcpus))
                .arg(processes.count())
                .arg(limit)
                .arg(common.join(QStringLiteral(", "))),
            Text::tr("Find what starts them (a runaway service, a cron job piling up, a fork bomb) and stop "
                     "it; raise limits only if the load is expected."),
            Action::None, common);
    }
    if (processes.zombies() > t.zombieLimit) {
        out << make(QStringLiteral("processes.zombies"), Severity::Warning,
                    Text::tr("%n zombie process(es)", nullptr, processes.zombies()),
                    Text::tr("Finished processes whose parent never collects them pile up."),
                    Text::tr("Restart the service that spawns them (their parent)."));
    }
    return out;
}

QList<Finding> forKernel(const KernelLog &kernel, const QString &user)
{
    QList<Finding> out;
    if (!kernel.readOnlyRemounts.isEmpty() || !kernel.filesystemErrors.isEmpty()) {
        out << make(
            QStringLiteral("kernel.filesystem"), Severity::Critical,
            Text::tr("Filesystem errors in the kernel log"),
            kernel.readOnlyRemounts.isEmpty()
                ? Text::tr("The kernel reports filesystem errors.")
                : Text::tr("The kernel made a filesystem read-only after errors: writes there fail."),
            Text::tr("Check the disk from the console (fsck at the next boot) and the host's storage."),
            Action::OpenConsole, kernel.readOnlyRemounts + kernel.filesystemErrors);
    }
    if (!kernel.ioErrors.isEmpty()) {
        out << make(QStringLiteral("kernel.io"), Severity::Warning, Text::tr("I/O errors in the kernel log"),
                    Text::tr("The kernel could not read or write a disk %n time(s) recently.", nullptr,
                             int(kernel.ioErrors.size())),
                    Text::tr("Check the host's storage and the disk's image."), Action::None,
                    kernel.ioErrors);
    }
    if (!kernel.hungTasks.isEmpty()) {
        out << make(
            QStringLiteral("kernel.hung"), Severity::Warning, Text::tr("Tasks hung waiting for I/O"),
            Text::tr("The kernel reports tasks blocked for minutes, usually waiting for a disk or NFS."),
            Text::tr("Check the storage the server depends on."), Action::None, kernel.hungTasks);
    }
    if (!kernel.lockups.isEmpty()) {
        out << make(
            QStringLiteral("kernel.lockup"), Severity::Warning, Text::tr("CPU lockups in the kernel log"),
            Text::tr("A CPU was stuck: the host may be overcommitted, or the guest kernel has a problem."),
            Text::tr("Check the host's CPU load; add shares or move the server."), Action::OpenFlex,
            kernel.lockups);
    }
    if (kernel.notPermitted) {
        out << make(
            QStringLiteral("kernel.denied"), Severity::Info,
            Text::tr("Kernel messages are not readable by %1").arg(user),
            Text::tr("The kernel restricts its log to root (kernel.dmesg_restrict), so out-of-memory kills "
                     "and disk errors could not be checked."),
            Text::tr("Diagnose as root (in the server's SSH access) or allow the user to read the log."),
            Action::EditSshAccess);
    }
    return out;
}

Finding allClear()
{
    return make(QStringLiteral("ok"), Severity::Info, Text::tr("No problem found"),
                Text::tr("Load, memory, disk space, processes and kernel messages look normal."),
                Text::tr("If users still see a problem, look at the application's own logs (the tail of the "
                         "system log is in the raw output)."));
}

void sort(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
}

} // namespace virtdeck::FindingRules
