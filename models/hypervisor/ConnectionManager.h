#pragma once

// Owns every Connection (one per URI), relays their value signals to the models, and checks their health
// on a timer: a probe unanswered for longer than the threshold shows the host as "not responding" before
// keepalive gives up (a long job of ours does not). Lives on the GUI thread; created by Application and
// by tests.

#include "core/Result.h"
#include "hypervisor/Connection.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace virtdeck {

class CredentialBroker;

class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    CredentialBroker *credentialBroker() const { return m_broker; }

    // Validates the URI and adds a connection (not yet opened); refuses a URI already present.
    Result<Connection *> add(const Connection::Options &options);
    // Adds and opens.
    Result<Connection *> connectTo(const Connection::Options &options);
    void remove(const QString &uri);
    void removeAll();

    Connection *connection(const QString &uri) const;
    // What an action on a server says when its host was removed from the list meanwhile.
    static Error hostGone(const QString &serverName);
    QList<Connection *> connections() const;
    QStringList uris() const;
    bool contains(const QString &uri) const { return m_connections.contains(uri); }
    // The host as shown (the connection's own snapshot).
    HostSnapshot host(const QString &uri) const;
    bool isReadOnly(const QString &uri) const;

    // A host whose probe (a cheap call) goes unanswered this long shows "not responding" (default 5 s).
    void setStallThresholdMs(int ms) { m_stallThresholdMs = ms; }

Q_SIGNALS:
    void connectionAdded(const QString &uri);
    void connectionRemoved(const QString &uri);
    void hostChanged(const virtdeck::HostSnapshot &host);
    void domainsListed(const QString &uri, const QList<virtdeck::DomainSnapshot> &domains);
    void domainChanged(const virtdeck::DomainSnapshot &domain);
    void domainRemoved(const QString &uri, const QString &uuid);
    void domainEvent(const virtdeck::DomainEvent &event);

private:
    void watchWorkers();

    CredentialBroker *m_broker = nullptr;
    QHash<QString, Connection *> m_connections;
    QList<Connection *> m_order;
    QList<QThread *> m_stopping;
    QTimer *m_watchdog = nullptr;
    int m_stallThresholdMs = 5000;
};

} // namespace virtdeck
