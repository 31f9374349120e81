#include "boot/RescueWatcher.h"

#include "boot/BootOperations.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DomainEvent.h"
#include "hypervisor/LibvirtError.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"

#include <libvirt/virterror.h>

#include <QCoreApplication>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::RescueWatcher)
};
} // namespace

RescueWatcher::RescueWatcher(OperationQueue *queue)
    : QObject(queue)
    , m_queue(queue)
{
    connect(m_queue, &OperationQueue::operationFinished, this, &RescueWatcher::onOperationFinished);
}

void RescueWatcher::attach(ConnectionManager *connections)
{
    if (!connections || m_connections == connections)
        return;
    if (m_connections)
        disconnect(m_connections, nullptr, this, nullptr);
    m_connections = connections;
    connect(connections, &ConnectionManager::domainEvent, this, &RescueWatcher::onDomainEvent);
    connect(connections, &ConnectionManager::domainsListed, this,
            [this](const QString &uri) { findMarked(uri); });
    for (const QString &uri : connections->uris())
        findMarked(uri);
}

void RescueWatcher::watch(const ServerRef &server)
{
    m_watched.insert(server.key(), Watched{server, false});
}

Status RescueWatcher::markRescue(virDomainPtr dom)
{
    if (virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, "<rescue/>", MarkerPrefix, MarkerNamespace,
                             VIR_DOMAIN_AFFECT_LIVE) < 0)
        return libvirtError(Text::tr("Cannot mark the rescue boot in the server's live definition."));
    return {};
}

bool RescueWatcher::isMarked(virDomainPtr dom)
{
    char *xml =
        virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, MarkerNamespace, VIR_DOMAIN_AFFECT_LIVE);
    if (!xml) {
        virResetLastError();
        return false;
    }
    free(xml);
    return true;
}

void RescueWatcher::onOperationFinished(const Operation &op)
{
    if (op.kind == BootOperations::rescueKind() && op.state == OperationState::Succeeded &&
        !op.targets.isEmpty())
        watch(op.targets.first());
}

void RescueWatcher::findMarked(const QString &uri)
{
    Connection *c = m_connections ? m_connections->connection(uri) : nullptr;
    if (!c)
        return;
    c->run(
        this,
        [](virConnectPtr conn) -> Result<QStringList> {
            virDomainPtr *domains = nullptr;
            const int n = virConnectListAllDomains(
                conn, &domains, VIR_CONNECT_LIST_DOMAINS_ACTIVE | VIR_CONNECT_LIST_DOMAINS_PERSISTENT);
            if (n < 0)
                return libvirtError(Text::tr("Cannot list the running servers."));
            QStringList uuids;
            for (int i = 0; i < n; ++i) {
                char uuid[VIR_UUID_STRING_BUFLEN] = {};
                if (isMarked(domains[i]) && virDomainGetUUIDString(domains[i], uuid) == 0)
                    uuids << QString::fromLatin1(uuid);
                virDomainFree(domains[i]);
            }
            free(domains);
            return uuids;
        },
        [this, uri](Result<QStringList> r) {
            if (!r)
                return;
            for (const QString &uuid : r.value()) {
                const ServerRef server{uri, uuid, QString()};
                if (!m_watched.contains(server.key()))
                    watch(server);
            }
        });
}

void RescueWatcher::onDomainEvent(const DomainEvent &event)
{
    const ServerRef server{event.uri, event.uuid, event.name};
    auto it = m_watched.find(server.key());
    if (it == m_watched.end())
        return;
    if (it->server.name.isEmpty())
        it->server.name = event.name;
    // libvirt reports the guest's reset first, then stops the copy (on_reboot=destroy).
    if (event.kind == DomainEvent::Kind::Reboot) {
        it->rebooted = true;
        return;
    }
    if (event.kind != DomainEvent::Kind::Lifecycle || event.event != VIR_DOMAIN_EVENT_STOPPED)
        return;
    const Watched w = m_watched.take(server.key());
    // Stopped without a reboot (powered off, forced off, a Restart): it stays as the user left it.
    if (w.rebooted)
        startNormally(w.server);
}

void RescueWatcher::startNormally(const ServerRef &server)
{
    const Result<QString> id =
        m_queue->enqueue(Lifecycle::kindOf(Lifecycle::Action::Start),
                         Text::tr("Start %1 normally after its rescue boot").arg(server.name), {server}, {},
                         Text::tr("the rescue boot ended with the guest's reboot"));
    if (id)
        Q_EMIT normalStartQueued(server, id.value());
}

} // namespace virtdeck
