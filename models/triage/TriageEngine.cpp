#include "triage/TriageEngine.h"

#include "boot/BootOperations.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/LibvirtHandles.h"
#include "metrics/MetricsService.h"
#include "operations/OperationQueue.h"
#include "triage/TriageCapabilities.h"
#include "triage/TriageRules.h"

#include <libvirt/libvirt.h>

#include <QSet>
#include <QTimer>

namespace virtdeck {

namespace {
QString serverKey(const QString &uri, const QString &uuid)
{
    return ServerRef{uri, uuid, {}}.key();
}
} // namespace

TriageEngine::TriageEngine(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<virtdeck::TriageFinding>();
    qRegisterMetaType<QList<virtdeck::TriageFinding>>();
}

TriageEngine::~TriageEngine() = default;

void TriageEngine::setSettings(const TriageSettings &settings)
{
    m_settings = settings;
    for (TriageTrack &t : m_tracks)
        t.applySettings(settings);
    recheck();
}

Status TriageEngine::setAcknowledgementsFile(const QString &path)
{
    m_acks = TriageAcknowledgements(path);
    Status loaded = m_acks.load();
    QStringList keys = m_findings.keys();
    if (!keys.isEmpty())
        Q_EMIT acknowledgementsChanged(keys);
    return loaded;
}

void TriageEngine::attach(ConnectionManager *connections, MetricsService *metrics, OperationQueue *operations)
{
    if (connections) {
        m_connections = connections;
        connect(connections, &ConnectionManager::hostChanged, this, &TriageEngine::applyHost);
        connect(connections, &ConnectionManager::connectionRemoved, this, &TriageEngine::removeHost);
        connect(connections, &ConnectionManager::domainsListed, this, &TriageEngine::applyListing);
        connect(connections, &ConnectionManager::domainChanged, this, &TriageEngine::applyServer);
        connect(connections, &ConnectionManager::domainRemoved, this, &TriageEngine::removeServer);
        connect(connections, &ConnectionManager::domainEvent, this, &TriageEngine::applyEvent);
        for (const QString &uri : connections->uris())
            applyHost(connections->host(uri));
    }
    if (metrics) {
        m_metrics = metrics;
        connect(metrics, &MetricsService::ticked, this, &TriageEngine::onTick);
    }
    if (operations) {
        m_operations = operations;
        connect(operations, &OperationQueue::operationAdded, this, &TriageEngine::applyOperation);
        connect(operations, &OperationQueue::operationChanged, this, &TriageEngine::applyOperation);
        connect(operations, &OperationQueue::operationFinished, this, &TriageEngine::applyOperation);
        const QList<Operation> known = operations->operations();
        for (auto it = known.crbegin(); it != known.crend(); ++it)
            applyOperation(*it);
    }
}

void TriageEngine::setRecheckInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        delete m_recheck;
        m_recheck = nullptr;
        return;
    }
    if (!m_recheck) {
        m_recheck = new QTimer(this);
        connect(m_recheck, &QTimer::timeout, this, &TriageEngine::recheck);
    }
    m_recheck->start(intervalMs);
}

TriageTrack *TriageEngine::trackOf(const QString &uri, const QString &uuid)
{
    const auto it = m_tracks.find(serverKey(uri, uuid));
    return it == m_tracks.end() ? nullptr : &it.value();
}

void TriageEngine::applyHost(const HostSnapshot &host)
{
    const bool lost = host.state == HostState::NotResponding ||
                      (host.state == HostState::Disconnected && host.nextRetry.isValid());
    const std::optional<HostSnapshot> before =
        m_hosts.contains(host.uri) ? std::optional(m_hosts.value(host.uri)) : std::nullopt;
    m_hosts.insert(host.uri, host);
    bool exact = true;
    if (!lost) {
        m_hostLostSince.remove(host.uri);
    } else if (!m_hostLostSince.contains(host.uri)) {
        m_hostLostSince.insert(host.uri, now());
        exact = before.has_value();
    }
    QList<TriageFinding> hostFindings;
    if (const std::optional<TriageFinding> f =
            TriageRules::hostFinding(host, m_hostLostSince.value(host.uri, now()), exact))
        hostFindings << *f;
    setFindings(host.uri, hostFindings);
    // What the servers' rules read from their host changed: evaluate them again.
    if (!before || before->displayName != host.displayName || before->hostname != host.hostname)
        evaluateHost(host.uri);
    probeCapabilities(host);
    flush();
}

void TriageEngine::evaluateHost(const QString &uri)
{
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        if (it->server.uri == uri)
            evaluate(it.key());
    }
}

void TriageEngine::setHostOffersKvm(const QString &uri, bool offers)
{
    if (m_offersKvm.contains(uri) && m_offersKvm.value(uri) == offers)
        return;
    m_offersKvm.insert(uri, offers);
    evaluateHost(uri);
    flush();
}

void TriageEngine::probeCapabilities(const HostSnapshot &host)
{
    // One call per connect, on the host's worker: the capabilities do not change while connected.
    if (!m_connections || host.state != HostState::Connected ||
        m_probedFor.value(host.uri) == host.connectedSince)
        return;
    Connection *c = m_connections->connection(host.uri);
    if (!c)
        return;
    m_probedFor.insert(host.uri, host.connectedSince);
    const QString uri = host.uri;
    c->run(
        this,
        [](virConnectPtr conn) -> Result<bool> {
            CString caps(virConnectGetCapabilities(conn));
            if (!caps)
                return libvirtError(tr("Cannot read the host's capabilities."));
            return TriageCapabilities::offersKvm(QString::fromUtf8(caps.get()));
        },
        [this, uri](Result<bool> offers) {
            if (offers)
                setHostOffersKvm(uri, offers.value());
            else
                m_probedFor.remove(uri); // asked again on the next host change
        });
}

void TriageEngine::removeHost(const QString &uri)
{
    m_hosts.remove(uri);
    m_hostLostSince.remove(uri);
    m_offersKvm.remove(uri);
    m_probedFor.remove(uri);
    setFindings(uri, {});
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        if (it->server.uri == uri || it.key().startsWith(uri + QLatin1Char('#'))) {
            setFindings(it.key(), {});
            it = m_tracks.erase(it);
        } else {
            ++it;
        }
    }
    flush();
}

void TriageEngine::applyListing(const QString &uri, const QList<DomainSnapshot> &servers)
{
    const qint64 t = now();
    QSet<QString> listed;
    for (const DomainSnapshot &s : servers) {
        const QString key = serverKey(uri, s.uuid);
        listed.insert(key);
        TriageTrack &track = m_tracks[key];
        track.applyServer(s, t, false);
        evaluate(key);
    }
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        if (it->known && it->server.uri == uri && !listed.contains(it.key())) {
            setFindings(it.key(), {});
            it = m_tracks.erase(it);
        } else {
            ++it;
        }
    }
    flush();
}

void TriageEngine::applyServer(const DomainSnapshot &server)
{
    const QString key = serverKey(server.uri, server.uuid);
    TriageTrack &track = m_tracks[key];
    const bool newPause =
        server.state == DomainState::Paused && (!track.known || track.server.state != server.state);
    track.applyServer(server, now(), true);
    evaluate(key);
    flush();
    if (newPause && server.stateReason == VIR_DOMAIN_PAUSED_IOERROR)
        probeDiskErrors(server);
}

void TriageEngine::setDiskErrors(const ServerRef &server, const QString &text)
{
    TriageTrack *track = trackOf(server.uri, server.uuid);
    if (!track || track->server.state != DomainState::Paused)
        return;
    track->diskErrors = text;
    evaluate(server.key());
    flush();
}

void TriageEngine::probeDiskErrors(const DomainSnapshot &server)
{
    // One call when a server pauses on an I/O error: the host knows which disk and whether it is full.
    Connection *c = m_connections ? m_connections->connection(server.uri) : nullptr;
    if (!c)
        return;
    const ServerRef ref = server.ref();
    c->runOnDomain(
        this, ref,
        [](virDomainPtr dom, virConnectPtr) -> Result<QString> {
            virDomainDiskError errors[16];
            const int n = virDomainGetDiskErrors(dom, errors, 16, 0);
            if (n < 0)
                return libvirtError(tr("Cannot read the server's disk errors."));
            QStringList parts;
            for (int i = 0; i < n; ++i) {
                const QString disk = QString::fromUtf8(errors[i].disk);
                free(errors[i].disk);
                if (errors[i].error == VIR_DOMAIN_DISK_ERROR_NO_SPACE)
                    parts << tr("%1: no space left").arg(disk);
                else if (errors[i].error == VIR_DOMAIN_DISK_ERROR_UNSPEC)
                    parts << tr("%1: I/O error").arg(disk);
            }
            return parts.join(QStringLiteral(", "));
        },
        [this, ref](Result<QString> text) {
            if (text && !text.value().isEmpty())
                setDiskErrors(ref, text.value());
        });
}

void TriageEngine::removeServer(const QString &uri, const QString &uuid)
{
    const QString key = serverKey(uri, uuid);
    m_tracks.remove(key);
    setFindings(key, {});
    flush();
}

void TriageEngine::applyEvent(const DomainEvent &event)
{
    if (event.kind != DomainEvent::Kind::Reboot)
        return; // lifecycle changes arrive as snapshots (applyServer) just before their event
    if (TriageTrack *track = trackOf(event.uri, event.uuid)) {
        track->noteReboot(now());
        evaluate(serverKey(event.uri, event.uuid));
        flush();
    }
}

void TriageEngine::applyOperation(const Operation &op)
{
    if (m_operations) {
        const OperationKind *kind = m_operations->kind(op.kind);
        if (kind && !kind->changesServers)
            return; // a diagnosis does not start or stop anything
    }
    for (const ServerRef &target : op.targets) {
        const QString key = target.key();
        TriageTrack &track = m_tracks[key];
        if (!track.known)
            track.server.uri = target.uri; // placeholder until the listing arrives
        track.noteOperation(op);
        if (op.kind == BootOperations::rescueKind() && op.state == OperationState::Succeeded &&
            op.finishedAt.isValid())
            track.rescueSinceMs = op.finishedAt.toMSecsSinceEpoch();
        evaluate(key);
    }
    flush();
}

void TriageEngine::applyRates(const QString &uri, const QList<DomainRates> &rates)
{
    for (const DomainRates &r : rates) {
        const QString key = serverKey(uri, r.uuid);
        const auto it = m_tracks.find(key);
        if (it == m_tracks.end() || !it->known || !it->server.active)
            continue;
        it->addRates(r, m_settings);
        evaluate(key);
    }
    flush();
}

void TriageEngine::onTick(const QString &uri, const QList<ServerRef> &servers)
{
    if (!m_metrics)
        return;
    QList<DomainRates> rates;
    rates.reserve(servers.size());
    for (const ServerRef &s : servers) {
        if (std::optional<DomainRates> r = m_metrics->latest(s)) {
            if (r->uuid.isEmpty())
                r->uuid = s.uuid;
            rates << *r;
        }
    }
    applyRates(uri, rates);
}

void TriageEngine::recheck()
{
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it)
        evaluate(it.key());
    flush();
}

void TriageEngine::evaluate(const QString &key)
{
    const auto it = m_tracks.constFind(key);
    if (it == m_tracks.cend())
        return;
    static const HostSnapshot unknownHost;
    const auto h = m_hosts.constFind(it->server.uri);
    const HostSnapshot &host = h == m_hosts.cend() ? unknownHost : *h;
    setFindings(key, TriageRules::serverFindings(*it, host, m_offersKvm.value(it->server.uri, false),
                                                 m_settings, now()));
}

void TriageEngine::setFindings(const QString &ownerKey, const QList<TriageFinding> &current)
{
    QStringList &keys = m_keysByOwner[ownerKey];
    if (keys.isEmpty() && current.isEmpty()) {
        m_keysByOwner.remove(ownerKey);
        return;
    }
    QStringList now;
    now.reserve(current.size());
    for (const TriageFinding &f : current) {
        const QString key = f.key();
        now << key;
        auto found = m_findings.find(key);
        if (found == m_findings.end()) {
            m_findings.insert(key, f);
            m_pendingChanged << f;
        } else if (!(*found == f)) {
            *found = f;
            m_pendingChanged << f;
        }
    }
    for (const QString &old : std::as_const(keys)) {
        if (!now.contains(old)) {
            m_findings.remove(old);
            m_pendingRemoved << old;
        }
    }
    if (now.isEmpty())
        m_keysByOwner.remove(ownerKey);
    else
        keys = now;
}

void TriageEngine::flush()
{
    if (m_pendingChanged.isEmpty() && m_pendingRemoved.isEmpty())
        return;
    // Within one call a finding may change twice, or appear and go again: send each key once, as it is now.
    QSet<QString> seen;
    QList<TriageFinding> changed;
    changed.reserve(m_pendingChanged.size());
    for (const TriageFinding &f : std::as_const(m_pendingChanged)) {
        const QString key = f.key();
        const auto it = m_findings.constFind(key);
        if (it == m_findings.cend() || seen.contains(key))
            continue;
        seen.insert(key);
        changed << *it;
    }
    QStringList removed;
    QSet<QString> gone;
    for (const QString &key : std::as_const(m_pendingRemoved)) {
        if (!m_findings.contains(key) && !gone.contains(key)) {
            gone.insert(key);
            removed << key;
        }
    }
    m_pendingChanged.clear();
    m_pendingRemoved.clear();
    if (!changed.isEmpty() || !removed.isEmpty())
        Q_EMIT findingsChanged(changed, removed);
}

QList<TriageFinding> TriageEngine::findings() const
{
    return m_findings.values();
}

std::optional<TriageFinding> TriageEngine::finding(const QString &key) const
{
    const auto it = m_findings.constFind(key);
    return it == m_findings.cend() ? std::nullopt : std::optional(*it);
}

QList<TriageFinding> TriageEngine::findingsOf(const ServerRef &server) const
{
    QList<TriageFinding> out;
    for (const QString &key : m_keysByOwner.value(server.key()))
        out << m_findings.value(key);
    return out;
}

int TriageEngine::openCount() const
{
    int n = 0;
    for (const TriageFinding &f : m_findings) {
        if (!isAcknowledged(f))
            ++n;
    }
    return n;
}

bool TriageEngine::isAcknowledged(const TriageFinding &finding) const
{
    return m_acks.contains(finding.key(), finding.fingerprint);
}

Status TriageEngine::acknowledge(const QStringList &keys)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC);
    QStringList done;
    for (const QString &key : keys) {
        const auto it = m_findings.constFind(key);
        if (it == m_findings.cend())
            continue;
        m_acks.acknowledge(key, it->fingerprint, at);
        done << key;
    }
    if (done.isEmpty())
        return {};
    Q_EMIT acknowledgementsChanged(done);
    return m_acks.save();
}

Status TriageEngine::unacknowledge(const QStringList &keys)
{
    for (const QString &key : keys)
        m_acks.remove(key);
    if (keys.isEmpty())
        return {};
    Q_EMIT acknowledgementsChanged(keys);
    return m_acks.save();
}

} // namespace virtdeck
