#pragma once

// Reads from a host's capabilities XML (virConnectGetCapabilities) whether it offers hardware-accelerated
// guests: a <domain type='kvm'> under some <guest><arch>. Called by TriageEngine on the connection's
// worker, once per connect, and by tests.

#include <QString>

namespace virtdeck::TriageCapabilities {

bool offersKvm(const QString &capabilitiesXml);

} // namespace virtdeck::TriageCapabilities
