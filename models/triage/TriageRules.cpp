#include "triage/TriageRules.h"

#include <libvirt/libvirt.h>

#include <QCoreApplication>
#include <QLocale>

namespace virtdeck::TriageRules {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::TriageRules)
};

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString percentText(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0) + QStringLiteral(" %");
}

QString hostLabel(const HostSnapshot &host, const QString &uri)
{
    return !host.displayName.isEmpty() ? host.displayName : !host.hostname.isEmpty() ? host.hostname : uri;
}

TriageFinding make(const TriageTrack &t, const HostSnapshot &host, TriageKind kind, TriageSeverity severity,
                   qint64 sinceMs, bool exact, const QString &evidence, const QString &detail = {})
{
    TriageFinding f;
    f.kind = kind;
    f.severity = severity;
    f.server = t.server.ref();
    f.hostName = hostLabel(host, t.server.uri);
    f.since = fromMs(sinceMs);
    f.sinceExact = exact;
    f.evidence = evidence;
    f.fingerprint = TriageFinding::kindKey(kind) + QLatin1Char('@') + QString::number(sinceMs) +
                    (detail.isEmpty() ? QString() : QLatin1Char('|') + detail);
    return f;
}

qint64 runningSinceMs(const TriageTrack &t)
{
    return t.server.runningSince.isValid() ? t.server.runningSince.toMSecsSinceEpoch() : t.stateSinceMs;
}

bool isRescueCmdline(const QString &cmdline)
{
    const QStringList words = cmdline.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.contains(QStringLiteral("init=/bin/sh"));
}

void stateRules(QList<TriageFinding> &out, const TriageTrack &t, const HostSnapshot &host,
                const TriageSettings &settings)
{
    const DomainSnapshot &s = t.server;
    const QString reason = domainStateReason(s.state, s.stateReason);
    if (s.state == DomainState::Crashed) {
        out << make(t, host, TriageKind::Crashed, TriageSeverity::Critical, t.stateSinceMs, t.stateSinceExact,
                    reason.isEmpty() ? Text::tr("the hypervisor reports the guest crashed")
                                     : Text::tr("the hypervisor reports: %1").arg(reason),
                    QString::number(s.stateReason));
    } else if (s.state == DomainState::Paused && !isTransientPause(s.stateReason)) {
        const bool error = s.stateReason == VIR_DOMAIN_PAUSED_IOERROR ||
                           s.stateReason == VIR_DOMAIN_PAUSED_WATCHDOG ||
                           s.stateReason == VIR_DOMAIN_PAUSED_CRASHED;
        out << make(
            t, host, TriageKind::Paused, error ? TriageSeverity::Critical : TriageSeverity::Warning,
            t.stateSinceMs, t.stateSinceExact,
            (reason.isEmpty() ? Text::tr("paused, no reason given by the hypervisor")
                              : Text::tr("paused: %1").arg(reason)) +
                (t.diskErrors.isEmpty() ? QString() : QStringLiteral(" (") + t.diskErrors + QLatin1Char(')')),
            QString::number(s.stateReason));
    } else if (s.state == DomainState::ShutOff) {
        const bool failed =
            s.stateReason == VIR_DOMAIN_SHUTOFF_CRASHED || s.stateReason == VIR_DOMAIN_SHUTOFF_FAILED;
        const bool unexplained =
            t.stoppedAtMs >= 0 && !t.explained(t.stoppedAtMs, settings.explainSlackSeconds);
        if (failed || unexplained) {
            QString text = reason.isEmpty() ? Text::tr("shut off") : Text::tr("shut off: %1").arg(reason);
            if (unexplained)
                text += Text::tr("; no virtdeck operation stopped it");
            out << make(t, host, TriageKind::ShutOffUnexpectedly,
                        failed ? TriageSeverity::Critical : TriageSeverity::Warning,
                        t.stoppedAtMs >= 0 ? t.stoppedAtMs : t.stateSinceMs,
                        t.stoppedAtMs >= 0 || t.stateSinceExact, text, QString::number(s.stateReason));
        }
    }
}

void runRules(QList<TriageFinding> &out, const TriageTrack &t, const HostSnapshot &host, bool offersKvm,
              const TriageSettings &settings, qint64 nowMs)
{
    const DomainSnapshot &s = t.server;
    const qint64 since = runningSinceMs(t);
    if (s.definition.domainType == QLatin1String("qemu") && offersKvm) {
        out << make(t, host, TriageKind::NoHardwareAcceleration, TriageSeverity::Warning, since,
                    s.runningSinceExact,
                    Text::tr("domain type qemu: the CPU is emulated (about 1/50 of normal speed), while "
                             "the host offers kvm"));
    }
    if (s.runningSinceExact && s.runningSince.isValid() &&
        nowMs - since < qint64(settings.restartWindowSeconds) * 1000 &&
        !t.explained(since, settings.explainSlackSeconds)) {
        out << make(t, host, TriageKind::RestartedByHost, TriageSeverity::Warning, since, true,
                    Text::tr("running for %1; no virtdeck operation and no guest reboot explains the start")
                        .arg(formatDuration(std::max<qint64>(0, (nowMs - since) / 1000))));
    }
    const bool rescue = t.rescueSinceMs >= 0 || isRescueCmdline(s.definition.boot.cmdline);
    if (rescue) {
        out << make(
            t, host, TriageKind::RescueBoot, TriageSeverity::Notice,
            t.rescueSinceMs >= 0 ? t.rescueSinceMs : since, t.rescueSinceMs >= 0 || s.runningSinceExact,
            Text::tr("booted with the rescue options (command line: %1); the next boot uses the "
                     "normal definition")
                .arg(s.definition.boot.cmdline.isEmpty() ? Text::tr("none") : s.definition.boot.cmdline));
    } else if (!s.pendingChanges.isEmpty()) {
        const QString changes = s.pendingChanges.join(QStringLiteral("; "));
        out << make(t, host, TriageKind::PendingChanges, TriageSeverity::Notice,
                    t.pendingSinceMs >= 0 ? t.pendingSinceMs : since, false,
                    Text::tr("reboot to apply: %1").arg(changes), changes);
    }
}

void figureRules(QList<TriageFinding> &out, const TriageTrack &t, const HostSnapshot &host,
                 const TriageSettings &settings)
{
    if (t.stealSinceMs >= 0) {
        out << make(t, host, TriageKind::CpuSteal, TriageSeverity::Warning, t.stealSinceMs, true,
                    Text::tr("vCPU wait %1 on average over %2 (now %3; threshold %4)")
                        .arg(percentText(t.stealAverage()), formatDuration(settings.stealWindowSeconds),
                             isGap(t.stealNow) ? QStringLiteral("–") : percentText(t.stealNow),
                             percentText(settings.stealPercent)));
    }
    if (t.peggedSinceMs >= 0 && t.lastWallMs - t.peggedSinceMs >= qint64(settings.peggedSeconds) * 1000) {
        out << make(
            t, host, TriageKind::CpuPegged, TriageSeverity::Warning, t.peggedSinceMs, true,
            Text::tr("CPU %1 of its %n vCPU(s) for %2: flex it to more CPU", nullptr, t.vcpus)
                .arg(percentText(t.cpuPercent), formatDuration((t.lastWallMs - t.peggedSinceMs) / 1000)));
    }
    if (t.memoryFullSinceMs >= 0) {
        out << make(t, host, TriageKind::MemoryExhausted, TriageSeverity::Warning, t.memoryFullSinceMs, true,
                    Text::tr("balloon at %1 of %2 maximum; %3 usable in the guest")
                        .arg(formatMemoryKiB(t.memoryKiB), formatMemoryKiB(t.server.maxMemoryKiB),
                             formatMemoryKiB(t.memoryUsableKiB)));
    }
}
} // namespace

bool isTransientPause(int reason)
{
    switch (reason) {
    case VIR_DOMAIN_PAUSED_MIGRATION:
    case VIR_DOMAIN_PAUSED_SAVE:
    case VIR_DOMAIN_PAUSED_DUMP:
    case VIR_DOMAIN_PAUSED_FROM_SNAPSHOT:
    case VIR_DOMAIN_PAUSED_SHUTTING_DOWN:
    case VIR_DOMAIN_PAUSED_SNAPSHOT:
    case VIR_DOMAIN_PAUSED_STARTING_UP:
    case VIR_DOMAIN_PAUSED_POSTCOPY: return true;
    default: return false;
    }
}

QList<TriageFinding> serverFindings(const TriageTrack &track, const HostSnapshot &host, bool hostOffersKvm,
                                    const TriageSettings &settings, qint64 nowMs)
{
    QList<TriageFinding> out;
    if (!track.known)
        return out;
    stateRules(out, track, host, settings);
    if (track.server.active && track.server.state != DomainState::Crashed) {
        runRules(out, track, host, hostOffersKvm, settings, nowMs);
        figureRules(out, track, host, settings);
    }
    return out;
}

std::optional<TriageFinding> hostFinding(const HostSnapshot &host, qint64 sinceMs, bool sinceExact)
{
    const bool lost = host.state == HostState::NotResponding ||
                      (host.state == HostState::Disconnected && host.nextRetry.isValid());
    if (!lost)
        return std::nullopt;
    TriageFinding f;
    f.kind = TriageKind::HostNotResponding;
    f.severity = TriageSeverity::Critical;
    f.server = ServerRef{host.uri, {}, {}};
    f.hostName = hostLabel(host, host.uri);
    f.since = fromMs(sinceMs);
    f.sinceExact = sinceExact;
    f.evidence = host.reason.isEmpty() ? hostStateName(host.state)
                                       : hostStateName(host.state) + QStringLiteral(": ") + host.reason;
    if (!host.reasonDetail.isEmpty())
        f.evidence += QStringLiteral(" (") + host.reasonDetail + QLatin1Char(')');
    f.fingerprint = TriageFinding::kindKey(f.kind) + QLatin1Char('@') + QString::number(sinceMs);
    return f;
}

} // namespace virtdeck::TriageRules
