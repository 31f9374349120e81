#pragma once

// libvirt's default event loop (keepalive, domain events, stream callbacks) registered once, before the
// first connection, and run on one dedicated thread for the whole process. Connection calls
// ensureRunning() before opening; tests may call it directly.

namespace virtdeck::LibvirtEventLoop {

// Registers the default implementation and starts its thread on the first call; later calls return.
// Also silences libvirt's default error printing to stderr (errors are reported as values).
void ensureRunning();

} // namespace virtdeck::LibvirtEventLoop
