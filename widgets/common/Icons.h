#pragma once

// The application's SVG icons (resources/icons, embedded under :/icons) by meaning, so views and
// actions never spell resource paths.

#include "hypervisor/DomainState.h"
#include "hypervisor/HostSnapshot.h"

#include <QIcon>

namespace virtdeck::Icons {

QIcon state(DomainState state);
QIcon host(HostState state);
// "start", "shutdown", "reboot", "restart", "forceoff", "pause", "resume", "connect", "tags".
QIcon action(const QString &name);
QIcon application();

} // namespace virtdeck::Icons
