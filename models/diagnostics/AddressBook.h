#pragma once

// The IP addresses of every server the list shows, as the hypervisor reports them
// (virDomainInterfaceAddresses from the DHCP lease, the guest agent and the ARP table, merged), cached
// per server on the main thread and fetched on a connection's worker: on demand (ensure() from the
// list's address column, refresh() from the overview), when a server starts or resumes (and once more
// a little later, when DHCP has answered), and before a diagnosis or a command. The server's SSH access
// override (its metadata) wins over the addresses when choosing where SSH goes. Owned by
// DiagnosticsService; the lead's server list and overview read it.

#include "core/Result.h"
#include "diagnostics/ServerAddress.h"
#include "diagnostics/SshTarget.h"
#include "hypervisor/DomainSnapshot.h"

#include <libvirt/libvirt.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace virtdeck {

class ConnectionManager;
class ServerListModel;
struct DomainEvent;

class AddressBook : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QList<ServerAddress> addresses; // merged, lease first, then ARP, then agent
        QDateTime fetchedAt;            // invalid: never fetched
        QString error;                  // why none could be read (empty when the server is off)
        bool pending = false;
        SshAccess access; // the override last seen in the server's metadata
    };

    AddressBook(ConnectionManager *connections, ServerListModel *servers, QObject *parent = nullptr);
    ~AddressBook() override;

    Entry entry(const ServerRef &server) const;
    QList<ServerAddress> addresses(const ServerRef &server) const;
    // For an address column and the overview: the override "host[:port]" when set, else the usable
    // addresses joined with ", "; empty while unknown.
    QString displayText(const ServerRef &server) const;
    // Each address with its interface and source, one per line; the override and its origin first.
    QString toolTip(const ServerRef &server) const;
    // libvirt's test driver invents addresses: never connect to them.
    bool hasFakeAddresses(const ServerRef &server) const;
    // Where SSH goes for this server: the override, else the best usable address; invalid if none.
    SshTarget sshTarget(const ServerRef &server) const;

    // Fetches once if never fetched (cheap to call from data()); the answer arrives as addressesChanged.
    void ensure(const ServerRef &server);
    // Fetches again now.
    void refresh(const ServerRef &server);
    // Fetches these servers again; done() runs on the main thread once all answered, unless context died.
    void fetch(const QList<ServerRef> &servers, QObject *context, std::function<void()> done);
    // Stores addresses read elsewhere (a diagnosis reads them on its own worker job).
    void remember(const ServerRef &server, const QList<ServerAddress> &addresses, const QString &error = {});

    // Worker side: every source the host offers, merged; an inactive domain has none.
    static Result<QList<ServerAddress>> query(virDomainPtr dom);

Q_SIGNALS:
    void addressesChanged(const virtdeck::ServerRef &server);

private:
    struct Fetched
    {
        QString uuid;
        QList<ServerAddress> addresses;
        QString error;
    };
    struct Waiter
    {
        QSet<QString> keys;
        QPointer<QObject> context;
        std::function<void()> done;
    };

    void schedule(const ServerRef &server);
    void flush();
    void fetchHost(const QString &uri, const QList<ServerRef> &servers);
    void store(const QString &uri, const QList<Fetched> &results, const QList<ServerRef> &asked,
               const QString &error);
    void onDomainEvent(const DomainEvent &event);
    void onServerUpdated(const DomainSnapshot &server);
    void settle(const QString &key);

    ConnectionManager *m_connections;
    ServerListModel *m_servers;
    QHash<QString, Entry> m_entries;          // ServerRef::key()
    QHash<QString, QList<ServerRef>> m_queue; // uri -> servers to fetch
    bool m_flushScheduled = false;
    QList<Waiter> m_waiters;
};

} // namespace virtdeck
