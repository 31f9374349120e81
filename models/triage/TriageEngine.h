#pragma once

// Triage across every connected host: follows what virtdeck already receives (listings, domain events,
// host states, the metrics service's stats ticks, the operation queue) and keeps the findings of
// TriageRules up to date, without any libvirt call of its own. Remembers acknowledgements (hidden until
// the finding changes). Lives on the GUI thread; created by the triage feature (app/Features), by tests
// (fed directly, with a fake clock) and by bench_triage.

#include "hypervisor/DomainEvent.h"
#include "hypervisor/HostSnapshot.h"
#include "triage/TriageAcknowledgements.h"
#include "triage/TriageFinding.h"
#include "triage/TriageSettings.h"
#include "triage/TriageTrack.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace virtdeck {

class ConnectionManager;
class MetricsService;
class OperationQueue;

class TriageEngine : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // ms since the epoch, UTC

    explicit TriageEngine(QObject *parent = nullptr);
    ~TriageEngine() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }
    void setSettings(const TriageSettings &settings);
    const TriageSettings &settings() const { return m_settings; }
    // Where acknowledgements are kept (empty: memory only); loads them. Returns the problem, if any.
    Status setAcknowledgementsFile(const QString &path);

    // Follows the live sources (any may be null); reads what they already hold.
    void attach(ConnectionManager *connections, MetricsService *metrics, OperationQueue *operations);
    // Re-evaluates time-based rules (the restart window) every intervalMs; 0 stops.
    void setRecheckInterval(int intervalMs);

    // Feeding (what attach() connects; tests and the benchmark call these directly).
    void applyHost(const HostSnapshot &host);
    // Whether the host's capabilities offer KVM; attach() asks each connected host once per connect.
    void setHostOffersKvm(const QString &uri, bool offers);
    bool hostOffersKvm(const QString &uri) const { return m_offersKvm.value(uri, false); }
    void removeHost(const QString &uri);
    void applyListing(const QString &uri, const QList<DomainSnapshot> &servers);
    void applyServer(const DomainSnapshot &server);
    void removeServer(const QString &uri, const QString &uuid);
    void applyEvent(const DomainEvent &event);
    // The host's disk errors of a server paused on an I/O error ("vda: no space left"); attach() asks
    // the host once per such pause.
    void setDiskErrors(const ServerRef &server, const QString &text);
    void applyOperation(const Operation &op);
    // One stats tick of a connection: the rates of its running servers.
    void applyRates(const QString &uri, const QList<DomainRates> &rates);
    void recheck();

    QList<TriageFinding> findings() const;
    std::optional<TriageFinding> finding(const QString &key) const;
    QList<TriageFinding> findingsOf(const ServerRef &server) const;
    int openCount() const; // not acknowledged
    bool isAcknowledged(const TriageFinding &finding) const;
    // Hides the findings until they change; persisted at once.
    Status acknowledge(const QStringList &keys);
    Status unacknowledge(const QStringList &keys);

Q_SIGNALS:
    // Once per feeding call that changed anything: findings added or updated, keys of findings gone.
    void findingsChanged(const QList<virtdeck::TriageFinding> &changed, const QStringList &removed);
    void acknowledgementsChanged(const QStringList &keys);

private:
    void evaluate(const QString &serverKey);
    void setFindings(const QString &ownerKey, const QList<TriageFinding> &now);
    void flush();
    TriageTrack *trackOf(const QString &uri, const QString &uuid);
    void onTick(const QString &uri, const QList<ServerRef> &servers);
    void probeCapabilities(const HostSnapshot &host);
    void probeDiskErrors(const DomainSnapshot &server);
    void evaluateHost(const QString &uri);

    Clock m_clock;
    TriageSettings m_settings;
    TriageAcknowledgements m_acks;
    QHash<QString, TriageTrack> m_tracks;   // ServerRef::key()
    QHash<QString, HostSnapshot> m_hosts;   // uri
    QHash<QString, qint64> m_hostLostSince; // uri -> ms
    QHash<QString, bool> m_offersKvm;       // uri
    QHash<QString, QDateTime> m_probedFor;  // uri -> connectedSince the capabilities were read for
    QPointer<ConnectionManager> m_connections;
    QHash<QString, QStringList> m_keysByOwner;   // ServerRef::key() or uri -> finding keys
    QHash<QString, TriageFinding> m_findings;    // TriageFinding::key()
    QHash<QString, QList<Operation>> m_earlyOps; // operations on servers not listed yet
    QList<TriageFinding> m_pendingChanged;
    QStringList m_pendingRemoved;
    QPointer<MetricsService> m_metrics;
    QPointer<OperationQueue> m_operations;
    QTimer *m_recheck = nullptr;
    int m_openCount = 0;
};

} // namespace virtdeck
