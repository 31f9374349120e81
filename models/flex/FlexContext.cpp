#include "flex/FlexContext.h"

#include "hypervisor/ConnectionManager.h"
#include "servers/ServerListModel.h"

namespace virtdeck::FlexContext {

std::optional<HostSnapshot> hostOf(const Services &services, const QString &uri)
{
    if (services.connections && services.connections->contains(uri)) {
        HostSnapshot h = services.connections->host(uri);
        h.readOnly = h.readOnly || services.connections->isReadOnly(uri);
        return h;
    }
    if (services.servers)
        return services.servers->host(uri);
    return std::nullopt;
}

FlexHost flexHost(const Services &services, const QString &uri, const ShareProfile &profile)
{
    HostSnapshot h = hostOf(services, uri).value_or(HostSnapshot());
    h.uri = uri;
    return FlexHost::from(h, profile.cgroupVersion);
}

HostCapacity capacity(const Services &services, const QString &uri, const ShareProfile &profile)
{
    const HostSnapshot h = hostOf(services, uri).value_or(HostSnapshot());
    return HostCapacity::compute(
        h, services.servers ? services.servers->serversOf(uri) : QList<DomainSnapshot>(), profile);
}

ShareCount currentShares(const ShareProfileStore &profiles, const DomainSnapshot &server)
{
    const Result<ShareProfile> p = profiles.profileFor(server.uri);
    return FlexPlanner::currentShares(server, p ? p.value() : profiles.defaultProfile());
}

FlexPlan plan(const Services &services, const ShareProfileStore &profiles, const DomainSnapshot &server,
              int targetShares)
{
    const Result<ShareProfile> p = profiles.profileFor(server.uri);
    const ShareProfile &profile = p ? p.value() : profiles.defaultProfile();
    return FlexPlanner::plan(server, targetShares, p, flexHost(services, server.uri, profile),
                             capacity(services, server.uri, profile));
}

QList<FlexPlan> planBatch(const Services &services, const ShareProfileStore &profiles,
                          const QList<DomainSnapshot> &servers,
                          const std::function<int(const DomainSnapshot &, int)> &target)
{
    QList<FlexPlan> plans;
    QHash<QString, HostCapacity> capacities;
    for (const DomainSnapshot &s : servers) {
        const Result<ShareProfile> p = profiles.profileFor(s.uri);
        const ShareProfile &profile = p ? p.value() : profiles.defaultProfile();
        if (!capacities.contains(s.uri))
            capacities.insert(s.uri, capacity(services, s.uri, profile));
        const int current = FlexPlanner::currentShares(s, profile).shares;
        FlexPlan plan = FlexPlanner::plan(s, target(s, current), p, flexHost(services, s.uri, profile),
                                          capacities.value(s.uri));
        if (plan.ok())
            capacities[s.uri] = capacities.value(s.uri).after(s, plan.targets.vcpus, plan.targets.memoryKiB);
        plans << plan;
    }
    return plans;
}

} // namespace virtdeck::FlexContext
