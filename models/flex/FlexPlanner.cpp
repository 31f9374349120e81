#include "flex/FlexPlanner.h"

#include <cmath>

namespace virtdeck::FlexPlanner {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FlexPlanner)
};

bool isLive(const DomainSnapshot &s)
{
    return s.state == DomainState::Running || s.state == DomainState::Blocked;
}

// Refuses states where flexing would be surprising: libvirt cannot hot-plug into a paused guest
// reliably, and a crashed or stopping one is about to change anyway.
std::optional<Error> stateRefusal(const DomainSnapshot &s)
{
    if (isLive(s) || s.state == DomainState::ShutOff)
        return std::nullopt;
    return Error(Text::tr("%1 is %2: flex a running or shut-off server. Resume or stop it first.")
                     .arg(s.name, domainStateName(s.state).toLower()));
}

// One resource with a boot-time maximum (vCPUs, memory): now, next boot or next start.
FlexResource bounded(FlexResource::Kind kind, quint64 current, quint64 target, quint64 bootMax,
                     quint64 ceilingMax, const DomainSnapshot &s)
{
    FlexResource r;
    r.kind = kind;
    r.current = current;
    r.target = target;
    r.bootMax = bootMax;
    r.now = target;
    if (target == current && target <= bootMax) {
        r.when = FlexWhen::Unchanged;
        return r;
    }
    if (!s.active) {
        r.when = FlexWhen::NextStart;
        r.now = current;
        r.why = Text::tr("%1 is shut off").arg(s.name);
        if (target > bootMax)
            r.newMax = std::max(target, ceilingMax);
        return r;
    }
    if (target <= bootMax) {
        r.when = FlexWhen::Now;
        return r;
    }
    // Beyond the maximum the server booted with: grow as far as it allows now, the rest after a restart.
    r.when = FlexWhen::NextBoot;
    r.now = std::max(current, bootMax);
    r.newMax = std::max(target, ceilingMax);
    r.why = kind == FlexResource::Kind::Memory
                ? Text::tr("memory max at boot is %1").arg(formatMemoryKiB(bootMax))
                : Text::tr("vCPU max at boot is %1").arg(bootMax);
    return r;
}
} // namespace

Result<int> parseShares(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const qlonglong n = t.toLongLong(&ok);
    if (t.isEmpty() || !ok)
        return Error(Text::tr("\"%1\" is not a number of shares: type a whole number such as 4.").arg(t));
    if (n < 1)
        return Error(Text::tr("A server needs at least 1 share; %1 is not allowed.").arg(n));
    if (n > ShareProfile::MaxShares)
        return Error(Text::tr("%1 shares is far beyond any server size (at most %2).")
                         .arg(n)
                         .arg(ShareProfile::MaxShares));
    return int(n);
}

ShareCount currentShares(const DomainSnapshot &server, const ShareProfile &profile)
{
    ShareCount c;
    if (server.metadata.shares) {
        c.shares = *server.metadata.shares;
        return c;
    }
    c.estimated = true;
    c.estimate = profile.estimate(server).value_or(0.0);
    c.shares = std::max(profile.minShares, int(std::lround(c.estimate)));
    return c;
}

int liveCeiling(const DomainSnapshot &server, const ShareProfile &profile, const FlexHost &host)
{
    if (!server.active)
        return profile.liveCeiling;
    return profile.liveCeilingWithin(server.maxVcpus, server.maxMemoryKiB, host.cpus);
}

FlexPlan plan(const DomainSnapshot &server, int targetShares, const Result<ShareProfile> &profile,
              const FlexHost &host, const HostCapacity &capacity)
{
    if (profile)
        return plan(server, targetShares, profile.value(), host, capacity);
    FlexPlan p;
    p.server = server.ref();
    p.targets.shares = targetShares;
    p.refusal = Error(Text::tr("The share profile for %1 is not valid, so nothing can be flexed there until "
                               "it is fixed.")
                          .arg(host.uri),
                      profile.error().message);
    return p;
}

FlexPlan plan(const DomainSnapshot &s, int targetShares, const ShareProfile &profile, const FlexHost &host,
              const HostCapacity &capacity)
{
    FlexPlan p;
    p.server = s.ref();
    p.profileName = profile.name;
    p.active = s.active;
    p.persistent = s.persistent;
    p.absoluteMax = profile.absoluteMax;
    const ShareCount from = currentShares(s, profile);
    p.fromShares = from.shares;
    p.fromEstimated = from.estimated;
    p.estimate = from.estimate;
    p.liveCeiling = liveCeiling(s, profile, host);
    p.capacity = capacity;
    p.freeShares = capacity.freeShares(profile);
    p.capacityText = capacity.describe(profile);

    const int shares = std::clamp(targetShares, 0, ShareProfile::MaxShares);
    FlexTargets &t = p.targets;
    t.shares = targetShares;
    t.vcpus = profile.vcpusFor(shares, host.cpus);
    t.memoryKiB = profile.memoryKiBFor(shares);
    t.weightField = host.weightField();
    t.cpuWeight = host.canSetWeight() ? profile.cpuWeightFor(shares) : 0;

    // Maxima for a restart: at least the target, and the profile's live ceiling so the server can then
    // flex up to it without another restart.
    const int ceilingShares = std::max(shares, profile.liveCeiling);
    const quint64 ceilingVcpus = quint64(profile.vcpusFor(ceilingShares, host.cpus));
    const quint64 ceilingMemory = profile.memoryKiBFor(ceilingShares);
    p.vcpus = bounded(FlexResource::Kind::Vcpus, quint64(s.vcpus), quint64(t.vcpus), quint64(s.maxVcpus),
                      ceilingVcpus, s);
    p.memory =
        bounded(FlexResource::Kind::Memory, s.memoryKiB, t.memoryKiB, s.maxMemoryKiB, ceilingMemory, s);
    if (s.active && s.definition.currentMemoryKiB > 0 && p.memory.when == FlexWhen::Unchanged &&
        s.definition.currentMemoryKiB != t.memoryKiB)
        p.memory.when = FlexWhen::Now; // the balloon is at the target's size but its target differs
    t.newMaxVcpus = int(p.vcpus.newMax);
    t.newMaxMemoryKiB = p.memory.newMax;

    FlexResource &w = p.weight;
    w.kind = FlexResource::Kind::CpuWeight;
    w.current = s.cpuShares.value_or(0);
    w.target = profile.cpuWeightFor(shares);
    w.now = w.target;
    if (!host.canSetWeight()) {
        w.when = FlexWhen::Skipped;
        w.now = w.current;
        w.why = host.weightUnsupportedReason();
    } else if (s.cpuShares && *s.cpuShares == w.target) {
        w.when = FlexWhen::Unchanged;
    } else {
        w.when = s.active ? FlexWhen::Now : FlexWhen::NextStart;
        if (!s.active)
            w.why = Text::tr("%1 is shut off").arg(s.name);
    }

    // Refusals, the most fundamental first; the preview above is kept so the page can still show it.
    auto refuse = [&p](const QString &message, const QString &detail = {}) {
        if (!p.refusal)
            p.refusal = Error(message, detail);
    };
    if (host.readOnly)
        refuse(
            Text::tr("%1 is opened read-only: changes are disabled. Reconnect without \"read-only\" to flex "
                     "its servers.")
                .arg(host.uri));
    if (!s.metadataError.isEmpty())
        refuse(Text::tr("The virtdeck metadata of %1 cannot be read, so its share count cannot be written.")
                   .arg(s.name),
               s.metadataError);
    if (auto e = stateRefusal(s))
        refuse(e->message);
    if (targetShares < profile.minShares)
        refuse(Text::tr("A server needs at least %n shares (profile \"%1\").", nullptr, profile.minShares)
                   .arg(profile.name));
    if (targetShares > profile.absoluteMax)
        refuse(Text::tr("%1 shares is above the absolute maximum of %2 shares (profile \"%3\").")
                   .arg(targetShares)
                   .arg(profile.absoluteMax)
                   .arg(profile.name));
    if (!s.persistent && (p.vcpus.newMax > 0 || p.memory.newMax > 0))
        refuse(Text::tr("%1 is transient (it has no persistent definition), so it cannot grow beyond its "
                        "boot-time maxima: at most %n shares.",
                        nullptr, p.liveCeiling)
                   .arg(s.name));
    if (t.cpuWeight > 0 && (t.cpuWeight < host.weightMin || t.cpuWeight > host.weightMax))
        refuse(
            Text::tr("CPU weight %1 is outside the range this host accepts (%2 to %3, %4). Change the share "
                     "profile's \"cpuWeightPerShare\" or the share count.")
                .arg(t.cpuWeight)
                .arg(host.weightMin)
                .arg(host.weightMax)
                .arg(host.weightRangeSource));
    if (s.active) {
        const QString noRoom = capacity.refusalFor(s, t.vcpus, t.memoryKiB);
        if (!noRoom.isEmpty())
            refuse(Text::tr("%1 shares do not fit on this host. %2").arg(targetShares).arg(noRoom));
    }
    if (!p.refusal && p.changesNothing())
        refuse(Text::tr("%1 already has %n shares: nothing to change.", nullptr, targetShares).arg(s.name));
    return p;
}

} // namespace virtdeck::FlexPlanner
