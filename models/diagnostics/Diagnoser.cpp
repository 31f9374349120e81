#include "diagnostics/Diagnoser.h"

#include "diagnostics/OutputText.h"
#include "diagnostics/SshSession.h"
#include "diagnostics/SshTargetCheck.h"
#include "diagnostics/TcpProbe.h"

#include <QElapsedTimer>
#include <QLocale>

namespace virtdeck {

using namespace SystemParsers;
using StepStatus = DiagnosisStep::Status;

namespace {

// What a run collects on the way, for the rules at the end.
struct Collected
{
    std::optional<UptimeInfo> uptime;
    std::optional<MemoryInfo> memory;
    std::optional<QList<FilesystemUsage>> disks;
    std::optional<ProcessTable> processes;
    std::optional<KernelLog> kernel;
};

class Runner
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::Diagnoser)
public:
    Runner(const Diagnoser::Input &input, SshPrompter *prompter, const CancelFlag &cancel,
           const Diagnoser::Progress &progress)
        : m_input(input)
        , m_prompter(prompter)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_report(Diagnoser::plan(input))
    {}

    DiagnosisReport run();

private:
    DiagnosisStep &step(const QString &id) { return m_report.steps[m_report.stepIndex(id)]; }
    void update(const QString &id, StepStatus status, const QString &summary = {}, const QString &error = {});
    void skipRest(const QString &why);
    bool stopIfCancelled();
    void checkState();
    std::unique_ptr<SshSession> reach();
    std::unique_ptr<SshSession> reachThroughProxy(std::unique_ptr<SshSession> session);
    bool login(SshSession &session);
    void runChecks(SshSession &session);
    QString interpret(const QString &id, const CommandResult &result);
    void conclude();
    DiagnosisReport finish();

    const Diagnoser::Input &m_input;
    SshPrompter *m_prompter;
    CancelFlag m_cancel;
    const Diagnoser::Progress &m_progress;
    DiagnosisReport m_report;
    Collected m_seen;
    QString m_user;
};

void Runner::update(const QString &id, StepStatus status, const QString &summary, const QString &error)
{
    const int index = m_report.stepIndex(id);
    DiagnosisStep &s = m_report.steps[index];
    s.status = status;
    if (!summary.isNull())
        s.summary = summary;
    if (!error.isNull())
        s.error = error;
    if (m_progress)
        m_progress(index, s);
}

void Runner::skipRest(const QString &why)
{
    for (DiagnosisStep &s : m_report.steps) {
        if (s.status == StepStatus::Pending || s.status == StepStatus::Running)
            update(s.id, StepStatus::Skipped, why);
    }
}

bool Runner::stopIfCancelled()
{
    if (!isCancelled(m_cancel))
        return false;
    m_report.cancelled = true;
    skipRest(tr("cancelled"));
    return true;
}

void Runner::checkState()
{
    const QString name = m_input.server.name;
    m_report.findings += FindingRules::forState(m_input.state, name);
    update(QStringLiteral("hypervisor"), StepStatus::Done,
           tr("%1, %n vCPU(s)", nullptr, m_input.vcpus).arg(domainStateName(m_input.state)));
}

std::unique_ptr<SshSession> Runner::reach()
{
    const QString name = m_input.server.name;
    const QList<SshTarget> targets = Diagnoser::candidates(m_input);
    if (targets.isEmpty()) {
        const QString why =
            m_input.fakeAddresses ? tr("the demo's addresses are made up") : tr("no address known");
        update(QStringLiteral("reachability"), StepStatus::Failed, why, m_input.addressError);
        m_report.findings += FindingRules::forNoAddress(name, m_input.fakeAddresses);
        skipRest(tr("no address to connect to"));
        return nullptr;
    }
    update(QStringLiteral("reachability"), StepStatus::Running);
    QElapsedTimer clock;
    clock.start();
    std::optional<TcpProbeResult> first;
    for (const SshTarget &target : targets) {
        auto session = std::make_unique<SshSession>(target, m_input.options, m_prompter, m_cancel);
        if (Status s = session->configure(); !s) {
            update(QStringLiteral("reachability"), StepStatus::Failed, s.error().message,
                   s.error().toString());
            m_report.findings += FindingRules::forSshFailure(session->failure(), s.error(), name,
                                                             m_input.options.connectTimeoutMs);
            skipRest(tr("SSH is not configured"));
            return nullptr;
        }
        m_report.endpoint = session->describe();
        // The ssh config reaches this server through a proxy: a direct probe would test a path SSH
        // does not take.
        if (!session->proxyCommand().isEmpty())
            return reachThroughProxy(std::move(session));
        const TcpProbeResult probe = TcpProbe::probe(session->effectiveHost(), session->effectivePort(),
                                                     m_input.options.connectTimeoutMs, m_cancel);
        step(QStringLiteral("reachability")).durationMs = clock.elapsed();
        if (probe.connected()) {
            update(QStringLiteral("reachability"), StepStatus::Done, TcpProbe::describe(probe));
            return session;
        }
        if (probe.outcome == TcpProbeResult::Outcome::Cancelled || stopIfCancelled())
            return nullptr;
        if (!first)
            first = probe;
    }
    update(QStringLiteral("reachability"), StepStatus::Failed, TcpProbe::describe(*first));
    m_report.findings += FindingRules::forProbe(*first, name);
    skipRest(tr("the SSH port does not answer"));
    return nullptr;
}

std::unique_ptr<SshSession> Runner::reachThroughProxy(std::unique_ptr<SshSession> session)
{
    const QString id = QStringLiteral("reachability");
    if (session->jumpHost().isEmpty()) {
        update(id, StepStatus::Skipped,
               tr("not probed directly: your SSH configuration reaches %1 through a ProxyCommand, so the "
                  "login below tests the path SSH takes")
                   .arg(session->effectiveHost()));
        return session;
    }
    QElapsedTimer clock;
    clock.start();
    const TcpProbeResult probe =
        TcpProbe::probe(session->jumpHost(), session->jumpPort(), m_input.options.connectTimeoutMs, m_cancel);
    step(id).durationMs = clock.elapsed();
    if (probe.outcome == TcpProbeResult::Outcome::Cancelled || stopIfCancelled())
        return nullptr;
    if (probe.connected()) {
        update(id, StepStatus::Done,
               tr("jump host: %1; %2 itself is reached through it (ProxyJump in your SSH configuration)")
                   .arg(TcpProbe::describe(probe), session->effectiveHost()));
        return session;
    }
    update(id, StepStatus::Failed, tr("jump host: %1").arg(TcpProbe::describe(probe)),
           session->proxyCommand());
    m_report.findings += FindingRules::forProbe(
        probe, tr("%1 (the jump host of %2)").arg(session->jumpHost(), m_input.server.name));
    skipRest(tr("the jump host does not answer"));
    return nullptr;
}

bool Runner::login(SshSession &session)
{
    update(QStringLiteral("login"), StepStatus::Running);
    QElapsedTimer clock;
    clock.start();
    const Status s = session.connect();
    step(QStringLiteral("login")).durationMs = clock.elapsed();
    m_report.endpoint = session.describe();
    m_user = session.effectiveUser();
    if (!s) {
        if (session.failure() == SshSession::Failure::Cancelled || isCancelled(m_cancel)) {
            stopIfCancelled();
            return false;
        }
        update(QStringLiteral("login"), StepStatus::Failed, s.error().message, s.error().toString());
        m_report.findings += FindingRules::forSshFailure(session.failure(), s.error(), m_input.server.name,
                                                         m_input.options.connectTimeoutMs);
        skipRest(tr("not logged in"));
        return false;
    }
    update(QStringLiteral("login"), StepStatus::Done,
           tr("logged in as %1 (%2); host key %3 %4")
               .arg(session.effectiveUser(), session.authMethod(), session.hostKeyType(),
                    session.hostKeyFingerprint()));
    return true;
}

QString Runner::interpret(const QString &id, const CommandResult &r)
{
    const QString text = QString::fromUtf8(r.out);
    const QLocale locale;
    if (id == QLatin1String("uptime")) {
        Result<UptimeInfo> u = parseUptime(text);
        if (!u)
            return u.error().message;
        m_seen.uptime = u.value();
        QString line = tr("load %1 / %2 / %3")
                           .arg(locale.toString(u->load1, 'f', 2), locale.toString(u->load5, 'f', 2),
                                locale.toString(u->load15, 'f', 2));
        if (u->upSeconds)
            line += QLatin1String(", ") + tr("up %1").arg(formatDuration(*u->upSeconds));
        return line;
    }
    if (id == QLatin1String("memory")) {
        Result<MemoryInfo> m = parseFree(text);
        if (!m)
            return m.error().message;
        m_seen.memory = m.value();
        return tr("%1 available of %2 (%3 %)")
            .arg(formatMemoryKiB(m->availableKiB), formatMemoryKiB(m->totalKiB),
                 locale.toString(m->availablePercent(), 'f', 1));
    }
    if (id == QLatin1String("disk")) {
        Result<QList<FilesystemUsage>> d = parseDf(text);
        if (!d)
            return d.error().message;
        m_seen.disks = d.value();
        const FilesystemUsage *fullest = nullptr;
        for (const FilesystemUsage &fs : d.value()) {
            if (!fs.ignorable && (!fullest || fs.usedPercent > fullest->usedPercent))
                fullest = &fs;
        }
        return fullest ? tr("%n filesystem(s); the fullest: %1 at %2 %", nullptr, int(d->size()))
                             .arg(fullest->mountPoint)
                             .arg(fullest->usedPercent)
                       : tr("no disk filesystem listed");
    }
    if (id == QLatin1String("processes")) {
        Result<ProcessTable> p = parsePs(text);
        if (!p)
            return p.error().message;
        m_seen.processes = p.value();
        QString line = tr("%n process(es)", nullptr, p->count());
        if (p->hasCpu && p->count() > 0) {
            const ProcessInfo top = p->topByCpu(1).constFirst();
            line += QLatin1String("; ") + tr("busiest: %1").arg(FindingRules::describeProcess(top));
        }
        return line;
    }
    if (id == QLatin1String("kernel")) {
        KernelLog k = parseDmesg(text + QString::fromUtf8(r.err));
        m_seen.kernel = k;
        if (k.notPermitted)
            return tr("not readable by %1").arg(m_user);
        return tr("%n line(s) read", nullptr, k.lineCount) +
               (k.oomKills.isEmpty()
                    ? QString()
                    : QLatin1String("; ") + tr("%n out-of-memory kill(s)", nullptr, int(k.oomKills.size())));
    }
    return tr("%n line(s)", nullptr, int(r.out.count('\n')));
}

void Runner::runChecks(SshSession &session)
{
    for (const Diagnoser::Check &check : Diagnoser::checks()) {
        if (stopIfCancelled())
            return;
        update(check.id, StepStatus::Running);
        Result<CommandResult> r = session.run(check.command, m_input.stepTimeoutMs);
        DiagnosisStep &s = step(check.id);
        if (!r) {
            s.durationMs = 0;
            update(check.id, StepStatus::Failed, r.error().message, r.error().toString());
            if (!session.isConnected()) {
                skipRest(tr("the connection broke"));
                return;
            }
            continue;
        }
        s.hasOutput = true;
        s.output = r.value();
        s.durationMs = r->durationMs;
        if (r->cancelled) {
            stopIfCancelled();
            return;
        }
        if (r->timedOut) {
            update(check.id, StepStatus::Failed,
                   tr("no answer within %1 s").arg(m_input.stepTimeoutMs / 1000.0));
            continue;
        }
        const QString summary = interpret(check.id, r.value());
        const bool understood = check.id == QLatin1String("syslog") ||
                                (check.id == QLatin1String("uptime") && m_seen.uptime) ||
                                (check.id == QLatin1String("memory") && m_seen.memory) ||
                                (check.id == QLatin1String("disk") && m_seen.disks) ||
                                (check.id == QLatin1String("processes") && m_seen.processes) ||
                                check.id == QLatin1String("kernel");
        update(check.id, understood ? StepStatus::Done : StepStatus::Failed, summary);
    }
}

void Runner::conclude()
{
    const FindingThresholds &t = m_input.thresholds;
    if (m_seen.disks)
        m_report.findings += FindingRules::forDisks(*m_seen.disks, t);
    m_report.findings += FindingRules::forMemory(m_seen.memory, m_seen.kernel, m_seen.processes, t);
    if (m_seen.uptime)
        m_report.findings += FindingRules::forLoad(*m_seen.uptime, m_input.vcpus, m_seen.processes, t);
    if (m_seen.processes)
        m_report.findings += FindingRules::forProcesses(*m_seen.processes, m_input.vcpus, t);
    if (m_seen.kernel)
        m_report.findings += FindingRules::forKernel(*m_seen.kernel, m_user);
    const bool anyProblem = std::any_of(m_report.findings.begin(), m_report.findings.end(),
                                        [](const Finding &f) { return f.isProblem(); });
    if (!anyProblem && !m_report.cancelled)
        m_report.findings.prepend(FindingRules::allClear());
}

DiagnosisReport Runner::finish()
{
    FindingRules::sort(m_report.findings);
    m_report.finished = true;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    return m_report;
}

DiagnosisReport Runner::run()
{
    checkState();
    const bool running = m_input.state == DomainState::Running || m_input.state == DomainState::Blocked;
    if (!running) {
        skipRest(tr("the server is not running"));
        return finish();
    }
    if (stopIfCancelled())
        return finish();
    std::unique_ptr<SshSession> session = reach();
    if (!session || stopIfCancelled())
        return finish();
    if (!login(*session))
        return finish();
    runChecks(*session);
    session->disconnect();
    conclude();
    return finish();
}

} // namespace

QList<Diagnoser::Check> Diagnoser::checks()
{
    return {
        {QStringLiteral("uptime"), tr("Uptime and load"),
         QStringLiteral("LC_ALL=C uptime 2>/dev/null || cat /proc/loadavg")},
        {QStringLiteral("memory"), tr("Memory"),
         QStringLiteral("LC_ALL=C free -k 2>/dev/null || LC_ALL=C free")},
        {QStringLiteral("disk"), tr("Disk space"),
         QStringLiteral("LC_ALL=C df -P -k 2>/dev/null || LC_ALL=C df -P")},
        {QStringLiteral("processes"), tr("Processes"),
         QStringLiteral("LC_ALL=C ps -eo pid,user,stat,pcpu,pmem,rss,comm 2>/dev/null || "
                        "ps -o pid,user,stat,rss,comm 2>/dev/null || ps")},
        {QStringLiteral("kernel"), tr("Kernel messages"),
         QStringLiteral("LC_ALL=C dmesg 2>&1 | tail -n 400")},
        {QStringLiteral("syslog"), tr("System log"),
         QStringLiteral(
             "journalctl -n 100 --no-pager -q 2>/dev/null || tail -n 100 /var/log/syslog 2>/dev/null || "
             "tail -n 100 /var/log/messages 2>/dev/null || logread 2>/dev/null | tail -n 100")},
    };
}

DiagnosisReport Diagnoser::plan(const Input &input)
{
    DiagnosisReport report;
    report.server = input.server;
    report.serverName = input.server.name;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.state = input.state;
    report.vcpus = input.vcpus;
    auto add = [&](const QString &id, const QString &title, const QString &command = {}) {
        DiagnosisStep s;
        s.id = id;
        s.title = title;
        s.command = command;
        report.steps << s;
    };
    add(QStringLiteral("hypervisor"), tr("Hypervisor state"));
    add(QStringLiteral("reachability"), tr("SSH port reachable"));
    add(QStringLiteral("login"), tr("SSH login"));
    for (const Check &c : checks())
        add(c.id, c.title, c.command);
    return report;
}

QList<SshTarget> Diagnoser::candidates(const Input &input)
{
    QList<SshTarget> out;
    SshTarget base;
    base.port = input.access.port;
    base.user = input.access.user;
    base.label = input.server.name;
    if (!input.access.host.isEmpty()) {
        base.host = input.access.host;
        return {base};
    }
    if (input.fakeAddresses)
        return {};
    QList<ServerAddress> usable;
    for (const ServerAddress &a : input.addresses) {
        // The guest agent reports whatever the guest says: only IP literals go further.
        if (a.isUsable() && SshTargetCheck::isIpLiteral(a.address))
            usable << a;
    }
    std::stable_sort(usable.begin(), usable.end(),
                     [](const ServerAddress &a, const ServerAddress &b) { return !a.ipv6 && b.ipv6; });
    for (const ServerAddress &a : std::as_const(usable)) {
        SshTarget t = base;
        t.host = a.address;
        out << t;
    }
    return out;
}

DiagnosisReport Diagnoser::run(const Input &input, SshPrompter *prompter, const CancelFlag &cancel,
                               const Progress &progress)
{
    Runner runner(input, prompter, cancel, progress);
    return runner.run();
}

} // namespace virtdeck
