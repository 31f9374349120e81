#include "hypervisor/ConnectionManager.h"

#include "hypervisor/CredentialBroker.h"
#include "hypervisor/LibvirtUri.h"

#include <QTimer>

namespace virtdeck {

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
    , m_broker(new CredentialBroker(this))
{
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(500);
    connect(m_watchdog, &QTimer::timeout, this, &ConnectionManager::watchWorkers);
    m_watchdog->start();
}

ConnectionManager::~ConnectionManager()
{
    m_broker->cancelAll();
    QList<QThread *> threads;
    for (Connection *c : std::as_const(m_order))
        threads << c->threads();
    removeAll();
    // At exit, give healthy workers a moment to close their connections cleanly. A worker stuck in a
    // hung call is left behind (the process is ending); deleting its QThread would abort.
    for (QThread *t : std::as_const(threads)) {
        if (!t->wait(2000))
            qWarning("virtdeck: a connection worker is still blocked in libvirt; leaving it");
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
}

Result<Connection *> ConnectionManager::add(const Connection::Options &options)
{
    Result<QString> uri = LibvirtUri::validate(options.uri);
    if (!uri)
        return uri.error();
    if (m_connections.contains(uri.value()))
        return Error(tr("%1 is already in the list.").arg(uri.value()));
    Connection::Options opts = options;
    opts.uri = uri.value();
    auto *c = new Connection(opts, m_broker);
    m_connections.insert(opts.uri, c);
    m_order << c;
    connect(c, &Connection::hostChanged, this, [this, c](const HostSnapshot &h) {
        if (m_connections.value(h.uri) != c)
            return;
        Q_EMIT hostChanged(h);
    });
    connect(c, &Connection::domainsListed, this, &ConnectionManager::domainsListed);
    connect(c, &Connection::domainChanged, this, &ConnectionManager::domainChanged);
    connect(c, &Connection::domainRemoved, this, &ConnectionManager::domainRemoved);
    connect(c, &Connection::domainEvent, this, &ConnectionManager::domainEvent);
    Q_EMIT connectionAdded(opts.uri);
    Q_EMIT hostChanged(c->host());
    return c;
}

Result<Connection *> ConnectionManager::connectTo(const Connection::Options &options)
{
    Result<Connection *> c = add(options);
    if (c)
        c.value()->open();
    return c;
}

void ConnectionManager::remove(const QString &uri)
{
    Connection *c = m_connections.take(uri);
    if (!c)
        return;
    m_order.removeAll(c);
    disconnect(c, nullptr, this, nullptr);
    c->shutdown();
    Q_EMIT connectionRemoved(uri);
}

void ConnectionManager::removeAll()
{
    const QStringList all = uris();
    for (const QString &uri : all)
        remove(uri);
}

Error ConnectionManager::hostGone(const QString &serverName)
{
    return Error(tr("The host of %1 is no longer in the list.").arg(serverName));
}

Connection *ConnectionManager::connection(const QString &uri) const
{
    return m_connections.value(uri);
}

QList<Connection *> ConnectionManager::connections() const
{
    return m_order;
}

QStringList ConnectionManager::uris() const
{
    QStringList out;
    for (Connection *c : m_order)
        out << c->uri();
    return out;
}

HostSnapshot ConnectionManager::host(const QString &uri) const
{
    Connection *c = m_connections.value(uri);
    if (!c)
        return {};
    return c->host();
}

bool ConnectionManager::isReadOnly(const QString &uri) const
{
    Connection *c = m_connections.value(uri);
    return c && c->isReadOnly();
}

void ConnectionManager::watchWorkers()
{
    for (Connection *c : std::as_const(m_order))
        c->checkHealth(m_stallThresholdMs);
}

} // namespace virtdeck
