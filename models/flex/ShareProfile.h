#pragma once

// What one share is on a host: memory per share, CPU weight per share, the vCPU rule, the live ceiling
// (shares reachable without a reboot, which sets the boot-time maxima) and the absolute maximum.
// Loaded from JSON (the shipped default, per-host overrides) by ShareProfileStore; used by FlexPlanner,
// the share estimator of the server list, schedules and Autoflex.

#include "core/Result.h"

#include <nlohmann/json_fwd.hpp>

#include <QCoreApplication>
#include <QString>

namespace virtdeck {

struct DomainSnapshot;

struct ShareProfile
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ShareProfile)
public:
    // Sane bounds checked on load; the host's own limits (cgroup weight range, CPUs) come on top.
    static constexpr int MaxMemoryMiBPerShare = 65536;
    static constexpr int MinMemoryMiBPerShare = 16;
    static constexpr int MaxShares = 4096;
    static constexpr quint64 MaxCpuWeight = 262144; // cgroup v1's cpu.shares maximum, the widest range

    QString name = QStringLiteral("seed");
    QString title;
    int memoryMiBPerShare = 256;
    quint64 cpuWeightPerShare = 256;
    int sharesPerVcpu = 2;
    int minVcpus = 1;
    int minShares = 1;
    int liveCeiling = 8;
    int absoluteMax = 24;
    // vCPUs of running servers may add up to host CPUs × cpuOvercommit; memory is never overcommitted.
    double cpuOvercommit = 4.0;
    int hostMemoryReserveMiB = 1024;
    // 0: detect (local hosts) or assume the range both versions accept; 1 or 2: this host's cgroup version.
    int cgroupVersion = 0;

    quint64 memoryKiBFor(int shares) const;
    // ceil(shares / sharesPerVcpu), at least minVcpus, at most hostCpus when known (> 0).
    int vcpusFor(int shares, int hostCpus) const;
    quint64 cpuWeightFor(int shares) const;
    // The largest share count whose vCPUs and memory fit within these boot-time maxima (0 if none).
    int liveCeilingWithin(int maxVcpus, quint64 maxMemoryKiB, int hostCpus) const;
    // Shares a server without a count holds, from its current memory ("≈ 3.9").
    std::optional<double> estimate(const DomainSnapshot &server) const;

    // Every field present and valid; one line per problem in the error's message.
    Status validate(const QString &origin) const;

    // A complete profile (every field required).
    static Result<ShareProfile> fromJson(const nlohmann::json &object, const QString &origin);
    // base with the fields present in object replaced (a per-host override), then validated.
    static Result<ShareProfile> withOverrides(const ShareProfile &base, const nlohmann::json &object,
                                              const QString &origin);
    nlohmann::json toJson() const;

    friend bool operator==(const ShareProfile &, const ShareProfile &) = default;

private:
    static Result<ShareProfile> read(const ShareProfile &base, const nlohmann::json &object,
                                     const QString &origin, bool complete);
};

} // namespace virtdeck
