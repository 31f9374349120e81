#pragma once

// A server's run state as virtdeck shows it, mapped from virDomainState, with translated names for the
// list, the filter and the overview.

#include <QMetaType>
#include <QString>

namespace virtdeck {

enum class DomainState
{
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    ShuttingDown = 4,
    ShutOff = 5,
    Crashed = 6,
    Suspended = 7, // PM-suspended by the guest
};

// From virDomainState numbers (unknown values map to NoState).
DomainState domainStateFromLibvirt(int state);
QString domainStateName(DomainState state);
// A reason text for the libvirt state reason code when it says more than the state ("booted",
// "destroyed", "migrated"...); empty otherwise.
QString domainStateReason(DomainState state, int reason);
// Active means the hypervisor holds the server (a QEMU process exists): every state but shut off; a
// crashed server preserved for inspection (on_crash=preserve) is active too.
bool isActive(DomainState state);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DomainState)
