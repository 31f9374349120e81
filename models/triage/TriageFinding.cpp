#include "triage/TriageFinding.h"

#include <QCoreApplication>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::TriageFinding)
};
} // namespace

QString TriageFinding::key() const
{
    return server.uri + QLatin1Char('#') + server.uuid + QLatin1Char('#') + kindKey(kind);
}

QString TriageFinding::kindKey(TriageKind kind)
{
    switch (kind) {
    case TriageKind::HostNotResponding: return QStringLiteral("host-not-responding");
    case TriageKind::Crashed: return QStringLiteral("crashed");
    case TriageKind::Paused: return QStringLiteral("paused");
    case TriageKind::ShutOffUnexpectedly: return QStringLiteral("shut-off-unexpectedly");
    case TriageKind::NoHardwareAcceleration: return QStringLiteral("no-hardware-acceleration");
    case TriageKind::RestartedByHost: return QStringLiteral("restarted-by-host");
    case TriageKind::CpuSteal: return QStringLiteral("cpu-steal");
    case TriageKind::CpuPegged: return QStringLiteral("cpu-pegged");
    case TriageKind::MemoryExhausted: return QStringLiteral("memory-exhausted");
    case TriageKind::RescueBoot: return QStringLiteral("rescue-boot");
    case TriageKind::PendingChanges: return QStringLiteral("pending-changes");
    }
    return {};
}

QString TriageFinding::kindTitle(TriageKind kind)
{
    switch (kind) {
    case TriageKind::HostNotResponding: return Text::tr("Host not responding");
    case TriageKind::Crashed: return Text::tr("Crashed");
    case TriageKind::Paused: return Text::tr("Paused");
    case TriageKind::ShutOffUnexpectedly: return Text::tr("Shut off unexpectedly");
    case TriageKind::NoHardwareAcceleration: return Text::tr("No hardware acceleration");
    case TriageKind::RestartedByHost: return Text::tr("Restarted by the host");
    case TriageKind::CpuSteal: return Text::tr("CPU steal");
    case TriageKind::CpuPegged: return Text::tr("CPU pegged");
    case TriageKind::MemoryExhausted: return Text::tr("Memory at its maximum");
    case TriageKind::RescueBoot: return Text::tr("Rescue boot active");
    case TriageKind::PendingChanges: return Text::tr("Pending changes");
    }
    return {};
}

QString TriageFinding::severityName(TriageSeverity severity)
{
    switch (severity) {
    case TriageSeverity::Critical: return Text::tr("Critical");
    case TriageSeverity::Warning: return Text::tr("Warning");
    case TriageSeverity::Notice: return Text::tr("Notice");
    }
    return {};
}

QString TriageFinding::title() const
{
    return kindTitle(kind);
}

QString TriageFinding::actionPage() const
{
    switch (kind) {
    case TriageKind::HostNotResponding: return {};
    case TriageKind::Crashed:
    case TriageKind::Paused:
    case TriageKind::ShutOffUnexpectedly: return QStringLiteral("console");
    case TriageKind::CpuSteal: return QStringLiteral("charts");
    case TriageKind::CpuPegged:
    case TriageKind::MemoryExhausted: return QStringLiteral("flex");
    case TriageKind::RescueBoot: return QStringLiteral("boot");
    case TriageKind::NoHardwareAcceleration:
    case TriageKind::RestartedByHost:
    case TriageKind::PendingChanges: return QStringLiteral("overview");
    }
    return {};
}

QString TriageFinding::actionText() const
{
    switch (kind) {
    case TriageKind::HostNotResponding: return Text::tr("Open host");
    case TriageKind::Crashed:
    case TriageKind::Paused:
    case TriageKind::ShutOffUnexpectedly: return Text::tr("Open console");
    case TriageKind::CpuSteal: return Text::tr("Open chart");
    case TriageKind::CpuPegged:
    case TriageKind::MemoryExhausted: return Text::tr("Flex…");
    case TriageKind::RescueBoot: return Text::tr("Open boot");
    case TriageKind::PendingChanges: return Text::tr("Reboot to apply…");
    case TriageKind::NoHardwareAcceleration:
    case TriageKind::RestartedByHost: return Text::tr("Open overview");
    }
    return {};
}

} // namespace virtdeck
