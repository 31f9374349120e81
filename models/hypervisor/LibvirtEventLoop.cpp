#include "hypervisor/LibvirtEventLoop.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QDebug>

#include <csignal>
#include <mutex>
#include <thread>

#include <pthread.h>

namespace virtdeck::LibvirtEventLoop {

namespace {
void ignoreError(void *, virErrorPtr) {}

void runLoop()
{
    pthread_setname_np(pthread_self(), "libvirt-events");
    // The loop lives as long as the process: connections come and go, the loop does not.
    for (;;) {
        if (virEventRunDefaultImpl() < 0)
            qWarning("libvirt event loop iteration failed: %s", virGetLastErrorMessage());
    }
}
} // namespace

void ensureRunning()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // A write to the socket of a daemon that just went away (a keepalive, a stream) raises SIGPIPE,
        // whose default action kills the process. libvirt expects its callers to ignore it: the write
        // then fails with EPIPE and becomes an error like any other.
        std::signal(SIGPIPE, SIG_IGN);
        virInitialize();
        virSetErrorFunc(nullptr, ignoreError);
        if (virEventRegisterDefaultImpl() < 0)
            qFatal("Cannot register libvirt's event loop: %s", virGetLastErrorMessage());
        std::thread(runLoop).detach();
    });
}

} // namespace virtdeck::LibvirtEventLoop
