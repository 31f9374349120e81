#include "hypervisor/DomainState.h"

#include <libvirt/libvirt.h>

#include <QCoreApplication>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::DomainState)
};
} // namespace

DomainState domainStateFromLibvirt(int state)
{
    if (state >= 0 && state <= 7)
        return static_cast<DomainState>(state);
    return DomainState::NoState;
}

QString domainStateName(DomainState state)
{
    switch (state) {
    case DomainState::NoState: return Text::tr("Unknown");
    case DomainState::Running: return Text::tr("Running");
    case DomainState::Blocked: return Text::tr("Blocked");
    case DomainState::Paused: return Text::tr("Paused");
    case DomainState::ShuttingDown: return Text::tr("Shutting down");
    case DomainState::ShutOff: return Text::tr("Shut off");
    case DomainState::Crashed: return Text::tr("Crashed");
    case DomainState::Suspended: return Text::tr("Suspended");
    }
    return Text::tr("Unknown");
}

QString domainStateReason(DomainState state, int reason)
{
    switch (state) {
    case DomainState::Running:
        switch (reason) {
        case VIR_DOMAIN_RUNNING_MIGRATED: return Text::tr("migrated");
        case VIR_DOMAIN_RUNNING_RESTORED: return Text::tr("restored");
        case VIR_DOMAIN_RUNNING_UNPAUSED: return Text::tr("resumed");
        case VIR_DOMAIN_RUNNING_CRASHED: return Text::tr("after a crash");
        case VIR_DOMAIN_RUNNING_WAKEUP: return Text::tr("woken up");
        default: return {};
        }
    case DomainState::Paused:
        switch (reason) {
        case VIR_DOMAIN_PAUSED_USER: return Text::tr("by a user");
        case VIR_DOMAIN_PAUSED_MIGRATION: return Text::tr("migrating");
        case VIR_DOMAIN_PAUSED_SAVE: return Text::tr("saving");
        case VIR_DOMAIN_PAUSED_DUMP: return Text::tr("dumping memory");
        case VIR_DOMAIN_PAUSED_IOERROR: return Text::tr("disk I/O error");
        case VIR_DOMAIN_PAUSED_WATCHDOG: return Text::tr("watchdog fired");
        case VIR_DOMAIN_PAUSED_SHUTTING_DOWN: return Text::tr("shutting down");
        case VIR_DOMAIN_PAUSED_CRASHED: return Text::tr("guest crashed");
        case VIR_DOMAIN_PAUSED_STARTING_UP: return Text::tr("starting up");
        default: return {};
        }
    case DomainState::ShutOff:
        switch (reason) {
        case VIR_DOMAIN_SHUTOFF_SHUTDOWN: return Text::tr("shut down");
        case VIR_DOMAIN_SHUTOFF_DESTROYED: return Text::tr("forced off");
        case VIR_DOMAIN_SHUTOFF_CRASHED: return Text::tr("crashed");
        case VIR_DOMAIN_SHUTOFF_MIGRATED: return Text::tr("migrated away");
        case VIR_DOMAIN_SHUTOFF_FAILED: return Text::tr("failed to start");
        default: return {};
        }
    case DomainState::Crashed:
        return reason == VIR_DOMAIN_CRASHED_PANICKED ? Text::tr("kernel panic") : QString();
    default: return {};
    }
}

bool isActive(DomainState state)
{
    return state != DomainState::ShutOff && state != DomainState::NoState;
}

} // namespace virtdeck
