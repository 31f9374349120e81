#pragma once

// Plans flexes from the application's live state: the host (ServerListModel / ConnectionManager), its
// servers (for the free capacity) and the host's share profile. Shared by the flex page, bulk flex,
// scheduled flex and Autoflex so they all see the same rules.

#include "core/Services.h"
#include "flex/FlexPlanner.h"
#include "flex/ShareProfileStore.h"

#include <QHash>

namespace virtdeck::FlexContext {

std::optional<HostSnapshot> hostOf(const Services &services, const QString &uri);
FlexHost flexHost(const Services &services, const QString &uri, const ShareProfile &profile);
HostCapacity capacity(const Services &services, const QString &uri, const ShareProfile &profile);

FlexPlan plan(const Services &services, const ShareProfileStore &profiles, const DomainSnapshot &server,
              int targetShares);

// Plans several servers one after another: each accepted plan takes its part of its host's capacity
// before the next server is planned. target(server, currentShares) gives each server's target.
QList<FlexPlan> planBatch(const Services &services, const ShareProfileStore &profiles,
                          const QList<DomainSnapshot> &servers,
                          const std::function<int(const DomainSnapshot &, int)> &target);

// The share count a server counts under its host's profile.
ShareCount currentShares(const ShareProfileStore &profiles, const DomainSnapshot &server);

} // namespace virtdeck::FlexContext
