#include "diagnostics/AddressBook.h"

#include "diagnostics/SshTargetCheck.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DomainEvent.h"
#include "hypervisor/SnapshotBuilder.h"
#include "servers/ServerListModel.h"

#include <libvirt/virterror.h>

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::AddressBook)
};

// DHCP needs a few seconds after a start before the lease (and the agent) know the address.
constexpr int SecondLookMs = 30000;

// The override's refusal (host or user SshTargetCheck does not accept), empty when it may be used.
QString accessProblem(const SshAccess &access, const QString &name)
{
    if (!access.host.isEmpty()) {
        if (Status s = SshTargetCheck::checkHost(access.host, name); !s)
            return s.error().message;
    }
    if (Status s = SshTargetCheck::checkUser(access.user, name); !s)
        return s.error().message;
    return {};
}

// Interface names and MACs come from the guest agent too: keep what such names are made of.
QString printable(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.:@-]{1,32}$"));
    return allowed.match(text).hasMatch() ? text : QString();
}

QString hostPort(const SshAccess &access)
{
    if (access.port <= 0)
        return access.host;
    const QString host = access.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + access.host + QLatin1Char(']')
                             : access.host;
    return QStringLiteral("%1:%2").arg(host).arg(access.port);
}
} // namespace

AddressBook::AddressBook(ConnectionManager *connections, ServerListModel *servers, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_servers(servers)
{
    qRegisterMetaType<virtdeck::ServerRef>();
    if (m_connections)
        connect(m_connections, &ConnectionManager::domainEvent, this, &AddressBook::onDomainEvent);
    if (m_connections) {
        connect(m_connections, &ConnectionManager::domainsListed, this, [this](const QString &uri) {
            // After a reconnect the cache may be stale: fetch again when asked.
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                if (it.key().startsWith(uri + QLatin1Char('#')))
                    it->fetchedAt = QDateTime();
            }
        });
    }
    if (m_servers) {
        connect(m_servers, &ServerListModel::serverUpdated, this, &AddressBook::onServerUpdated);
        connect(m_servers, &ServerListModel::serverRemoved, this, [this](const ServerRef &server) {
            m_entries.remove(server.key());
            settle(server.key());
        });
    }
}

AddressBook::~AddressBook() = default;

AddressBook::Entry AddressBook::entry(const ServerRef &server) const
{
    Entry e = m_entries.value(server.key());
    if (m_servers) {
        if (auto s = m_servers->server(server))
            e.access = s->metadata.ssh;
    }
    return e;
}

QList<ServerAddress> AddressBook::addresses(const ServerRef &server) const
{
    return m_entries.value(server.key()).addresses;
}

QString AddressBook::displayText(const ServerRef &server) const
{
    const Entry e = entry(server);
    if (!accessProblem(e.access, server.name).isEmpty())
        return Text::tr("(SSH access refused)");
    if (!e.access.host.isEmpty())
        return hostPort(e.access);
    QStringList out;
    for (const ServerAddress &a : e.addresses) {
        if (a.isUsable())
            out << a.address;
    }
    return out.join(QStringLiteral(", "));
}

QString AddressBook::toolTip(const ServerRef &server) const
{
    const Entry e = entry(server);
    QStringList lines;
    if (const QString problem = accessProblem(e.access, server.name); !problem.isEmpty()) {
        lines << problem;
    } else if (!e.access.isEmpty()) {
        const QString user = e.access.user.isEmpty() ? QString() : e.access.user + QLatin1Char('@');
        lines << Text::tr("SSH access set for this server: %1")
                     .arg(user +
                          (e.access.host.isEmpty() ? Text::tr("(reported address)") : hostPort(e.access)));
    }
    for (const ServerAddress &a : e.addresses) {
        lines << Text::tr("%1/%2 on %3 (%4)")
                     .arg(a.address)
                     .arg(a.prefix)
                     .arg(a.interfaceName.isEmpty() ? a.mac : a.interfaceName,
                          ServerAddress::sourceName(a.source));
    }
    if (hasFakeAddresses(server) && !e.addresses.isEmpty())
        lines << Text::tr("These addresses are invented by libvirt's test driver.");
    if (e.addresses.isEmpty() && !e.error.isEmpty())
        lines << Text::tr("No address: %1").arg(e.error);
    return lines.join(QLatin1Char('\n'));
}

bool AddressBook::hasFakeAddresses(const ServerRef &server) const
{
    return m_connections && m_connections->host(server.uri).driverType == QLatin1String("TEST");
}

SshTarget AddressBook::sshTarget(const ServerRef &server) const
{
    const Entry e = entry(server);
    SshTarget t;
    t.label = server.name;
    if (const QString problem = accessProblem(e.access, server.name); !problem.isEmpty()) {
        t.problem = problem; // nothing of it goes further
        return t;
    }
    t.port = e.access.port;
    t.user = e.access.user;
    if (!e.access.host.isEmpty()) {
        t.host = e.access.host;
        return t;
    }
    if (hasFakeAddresses(server))
        return t;
    for (const ServerAddress &a : e.addresses) {
        if (a.isUsable() && SshTargetCheck::isIpLiteral(a.address) && (!a.ipv6 || t.host.isEmpty())) {
            const bool better = t.host.isEmpty() || (!a.ipv6 && t.host.contains(QLatin1Char(':')));
            if (better)
                t.host = a.address;
        }
    }
    return t;
}

void AddressBook::ensure(const ServerRef &server)
{
    const auto it = m_entries.constFind(server.key());
    if (it != m_entries.constEnd() && (it->pending || it->fetchedAt.isValid()))
        return;
    schedule(server);
}

void AddressBook::refresh(const ServerRef &server)
{
    if (m_entries.value(server.key()).pending)
        return;
    schedule(server);
}

void AddressBook::fetch(const QList<ServerRef> &servers, QObject *context, std::function<void()> done)
{
    Waiter w;
    w.context = context;
    w.done = std::move(done);
    for (const ServerRef &s : servers) {
        w.keys.insert(s.key());
        if (!m_entries.value(s.key()).pending)
            schedule(s);
    }
    if (w.keys.isEmpty()) {
        QTimer::singleShot(0, context, w.done);
        return;
    }
    m_waiters << w;
}

void AddressBook::remember(const ServerRef &server, const QList<ServerAddress> &addresses,
                           const QString &error)
{
    Entry &e = m_entries[server.key()];
    const bool changed = e.addresses != addresses || e.error != error;
    e.addresses = addresses;
    e.error = error;
    e.fetchedAt = QDateTime::currentDateTimeUtc();
    if (changed)
        Q_EMIT addressesChanged(server);
}

void AddressBook::schedule(const ServerRef &server)
{
    Entry &e = m_entries[server.key()];
    e.pending = true;
    m_queue[server.uri] << server;
    if (!std::exchange(m_flushScheduled, true))
        QTimer::singleShot(0, this, &AddressBook::flush);
}

void AddressBook::flush()
{
    m_flushScheduled = false;
    const QHash<QString, QList<ServerRef>> queue = std::exchange(m_queue, {});
    for (auto it = queue.cbegin(); it != queue.cend(); ++it)
        fetchHost(it.key(), it.value());
}

void AddressBook::fetchHost(const QString &uri, const QList<ServerRef> &servers)
{
    Connection *c = m_connections ? m_connections->connection(uri) : nullptr;
    if (!c) {
        store(uri, {}, servers, Text::tr("The host is not connected."));
        return;
    }
    QStringList uuids;
    for (const ServerRef &s : servers)
        uuids << s.uuid;
    // One worker job per host for all its servers: the list asks for many at once.
    c->runMonitoring(
        this,
        [uuids](virConnectPtr conn) -> Result<QList<Fetched>> {
            QList<Fetched> out;
            for (const QString &uuid : uuids) {
                Fetched f;
                f.uuid = uuid;
                Result<DomainHandle> dom = SnapshotBuilder::lookup(conn, uuid);
                if (!dom) {
                    f.error = dom.error().message;
                } else if (Result<QList<ServerAddress>> a = query(dom.value().get()); a) {
                    f.addresses = a.value();
                } else {
                    f.error = a.error().toString();
                }
                out << f;
            }
            return out;
        },
        [this, uri, servers](Result<QList<Fetched>> r) {
            store(uri, r ? r.value() : QList<Fetched>(), servers, r ? QString() : r.error().message);
        });
}

void AddressBook::store(const QString &uri, const QList<Fetched> &results, const QList<ServerRef> &asked,
                        const QString &error)
{
    QHash<QString, Fetched> byUuid;
    for (const Fetched &f : results)
        byUuid.insert(f.uuid, f);
    for (const ServerRef &s : asked) {
        Entry &e = m_entries[s.key()];
        const Fetched f = byUuid.value(s.uuid, Fetched{s.uuid, {}, error});
        const bool changed = e.addresses != f.addresses || e.error != f.error || !e.fetchedAt.isValid();
        e.addresses = f.addresses;
        e.error = f.error;
        e.pending = false;
        e.fetchedAt = QDateTime::currentDateTimeUtc();
        if (changed)
            Q_EMIT addressesChanged(ServerRef{uri, s.uuid, s.name});
        settle(s.key());
    }
}

void AddressBook::settle(const QString &key)
{
    for (qsizetype i = 0; i < m_waiters.size();) {
        m_waiters[i].keys.remove(key);
        if (m_waiters[i].keys.isEmpty()) {
            Waiter w = m_waiters.takeAt(i);
            if (w.context && w.done)
                w.done();
            continue;
        }
        ++i;
    }
}

void AddressBook::onDomainEvent(const DomainEvent &event)
{
    const ServerRef server{event.uri, event.uuid, event.name};
    if (event.kind == DomainEvent::Kind::MetadataChange) {
        Q_EMIT addressesChanged(server); // the SSH override may have changed
        return;
    }
    if (event.kind != DomainEvent::Kind::Lifecycle)
        return;
    switch (event.event) {
    case VIR_DOMAIN_EVENT_STARTED:
    case VIR_DOMAIN_EVENT_RESUMED:
        refresh(server);
        QTimer::singleShot(SecondLookMs, this, [this, server] {
            if (m_entries.contains(server.key()))
                refresh(server);
        });
        break;
    case VIR_DOMAIN_EVENT_STOPPED:
        if (m_entries.contains(server.key())) {
            m_entries[server.key()].addresses.clear();
            m_entries[server.key()].error.clear();
            Q_EMIT addressesChanged(server);
        }
        break;
    default: break;
    }
}

void AddressBook::onServerUpdated(const DomainSnapshot &server)
{
    auto it = m_entries.find(server.ref().key());
    if (it == m_entries.end())
        return;
    if (it->access != server.metadata.ssh) {
        it->access = server.metadata.ssh;
        Q_EMIT addressesChanged(server.ref());
    }
}

Result<QList<ServerAddress>> AddressBook::query(virDomainPtr dom)
{
    if (virDomainIsActive(dom) != 1)
        return QList<ServerAddress>();
    struct Source
    {
        unsigned int libvirt;
        ServerAddress::Source ours;
    };
    // Lease and ARP first: the agent also lists addresses only the guest can use (docker bridges...).
    const Source sources[] = {{VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, ServerAddress::Source::Lease},
                              {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP, ServerAddress::Source::Arp},
                              {VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, ServerAddress::Source::Agent}};
    QList<ServerAddress> out;
    QStringList errors;
    bool anyAnswered = false;
    for (const Source &source : sources) {
        virDomainInterfacePtr *ifaces = nullptr;
        const int n = virDomainInterfaceAddresses(dom, &ifaces, source.libvirt, 0);
        if (n < 0) {
            errors << QString::fromUtf8(virGetLastErrorMessage());
            continue;
        }
        anyAnswered = true;
        for (int i = 0; i < n; ++i) {
            const virDomainInterfacePtr iface = ifaces[i];
            for (unsigned int j = 0; j < iface->naddrs; ++j) {
                ServerAddress a;
                a.address = QString::fromUtf8(iface->addrs[j].addr);
                a.prefix = int(iface->addrs[j].prefix);
                a.ipv6 = iface->addrs[j].type == VIR_IP_ADDR_TYPE_IPV6;
                a.interfaceName = printable(QString::fromUtf8(iface->name));
                a.mac = printable(QString::fromUtf8(iface->hwaddr));
                a.source = source.ours;
                const bool known = std::any_of(
                    out.cbegin(), out.cend(), [&](const ServerAddress &b) { return b.address == a.address; });
                // The agent reports what the guest says: only IP literals are kept.
                if (!known && SshTargetCheck::isIpLiteral(a.address))
                    out << a;
            }
            virDomainInterfaceFree(iface);
        }
        free(ifaces);
    }
    if (!anyAnswered)
        return Error(Text::tr("The hypervisor reports no address for this server."),
                     errors.join(QStringLiteral("; ")));
    return out;
}

} // namespace virtdeck
