#pragma once

// Ends a rescue boot with the guest's own reboot. A rescue boot runs a one-time copy of the definition
// with on_reboot=destroy, so a `reboot` inside the rescue system stops it (libvirt reports a reboot, then
// the stop) instead of booting the rescue options again; this watcher then starts the server with its
// persistent definition, as a "server.start" operation, so the next boot is the normal one. It knows the
// rescue instances from the rescue operations that succeed and, after (re)connecting, from the marker
// the rescue copy carries in its live metadata (virtdeck restarted while a server was in rescue).
// Created once with the operation queue by BootOperations::registerKinds, so it watches whether or not
// the boot page or the window is open; while virtdeck is not running at all, nobody starts the server
// and it stays off after the reboot (the dialog says so).

#include "hypervisor/DomainSnapshot.h"

#include <libvirt/libvirt.h>

#include <QHash>
#include <QObject>
#include <QPointer>

namespace virtdeck {

class ConnectionManager;
class OperationQueue;
struct DomainEvent;
struct Operation;

class RescueWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *MarkerNamespace = "https://virtdeck.org/xmlns/rescue/1";
    static constexpr const char *MarkerPrefix = "vdrescue";

    explicit RescueWatcher(OperationQueue *queue);

    // Starts listening to these connections' events (once; later calls with the same manager do nothing).
    void attach(ConnectionManager *connections);
    // The rescue instance of this server is running: end it with its reboot.
    void watch(const ServerRef &server);
    bool isWatching(const ServerRef &server) const { return m_watched.contains(server.key()); }

    // Worker side: marks the running rescue copy (live metadata only, never the definition).
    static Status markRescue(virDomainPtr dom);
    static bool isMarked(virDomainPtr dom);

Q_SIGNALS:
    // The rescue copy ended with a reboot and the normal start was queued (operation id).
    void normalStartQueued(const virtdeck::ServerRef &server, const QString &operationId);

private:
    void onDomainEvent(const DomainEvent &event);
    void onOperationFinished(const Operation &op);
    void findMarked(const QString &uri);
    void startNormally(const ServerRef &server);

    OperationQueue *m_queue;
    QPointer<ConnectionManager> m_connections;
    struct Watched
    {
        ServerRef server;
        bool rebooted = false;
    };
    QHash<QString, Watched> m_watched; // ServerRef::key()
};

} // namespace virtdeck
