#include "flex/ShareProfile.h"

#include "flex/JsonFieldReader.h"
#include "hypervisor/DomainSnapshot.h"

#include <nlohmann/json.hpp>

namespace virtdeck {

quint64 ShareProfile::memoryKiBFor(int shares) const
{
    return quint64(std::max(shares, 0)) * quint64(memoryMiBPerShare) * 1024ull;
}

int ShareProfile::vcpusFor(int shares, int hostCpus) const
{
    const int per = std::max(sharesPerVcpu, 1);
    int n = (std::max(shares, 0) + per - 1) / per;
    n = std::max(n, minVcpus);
    if (hostCpus > 0)
        n = std::min(n, hostCpus);
    return std::max(n, 1);
}

quint64 ShareProfile::cpuWeightFor(int shares) const
{
    return quint64(std::max(shares, 0)) * cpuWeightPerShare;
}

int ShareProfile::liveCeilingWithin(int maxVcpus, quint64 maxMemoryKiB, int hostCpus) const
{
    int best = 0;
    for (int n = minShares; n <= absoluteMax; ++n) {
        if (memoryKiBFor(n) > maxMemoryKiB || vcpusFor(n, hostCpus) > maxVcpus)
            break;
        best = n;
    }
    return best;
}

std::optional<double> ShareProfile::estimate(const DomainSnapshot &server) const
{
    if (server.memoryKiB == 0 || memoryMiBPerShare <= 0)
        return std::nullopt;
    return double(server.memoryKiB) / (double(memoryMiBPerShare) * 1024.0);
}

Status ShareProfile::validate(const QString &origin) const
{
    nlohmann::json j = toJson();
    Result<ShareProfile> again = fromJson(j, origin);
    if (!again)
        return again.error();
    return {};
}

Result<ShareProfile> ShareProfile::fromJson(const nlohmann::json &object, const QString &origin)
{
    return read(ShareProfile(), object, origin, true);
}

Result<ShareProfile> ShareProfile::withOverrides(const ShareProfile &base, const nlohmann::json &object,
                                                 const QString &origin)
{
    return read(base, object, origin, false);
}

Result<ShareProfile> ShareProfile::read(const ShareProfile &base, const nlohmann::json &object,
                                        const QString &origin, bool complete)
{
    JsonFieldReader r(object, origin);
    r.rejectUnknown({"format", "name", "title", "memoryMiBPerShare", "cpuWeightPerShare", "sharesPerVcpu",
                     "minVcpus", "minShares", "liveCeiling", "absoluteMax", "cpuOvercommit",
                     "hostMemoryReserveMiB", "cgroupVersion"});
    ShareProfile p = base;
    r.integer("format", 1, 1, false); // only version 1 exists; the reader explains any other value
    if (auto v = r.string("name", complete))
        p.name = *v;
    if (auto v = r.string("title", false, true))
        p.title = *v;
    if (auto v = r.integer("memoryMiBPerShare", MinMemoryMiBPerShare, MaxMemoryMiBPerShare, complete))
        p.memoryMiBPerShare = int(*v);
    if (auto v = r.integer("cpuWeightPerShare", 1, qint64(MaxCpuWeight), complete))
        p.cpuWeightPerShare = quint64(*v);
    if (auto v = r.integer("sharesPerVcpu", 1, 256, complete))
        p.sharesPerVcpu = int(*v);
    if (auto v = r.integer("minVcpus", 1, 1024, complete))
        p.minVcpus = int(*v);
    if (auto v = r.integer("minShares", 1, MaxShares, complete))
        p.minShares = int(*v);
    if (auto v = r.integer("liveCeiling", 1, MaxShares, complete))
        p.liveCeiling = int(*v);
    if (auto v = r.integer("absoluteMax", 1, MaxShares, complete))
        p.absoluteMax = int(*v);
    if (auto v = r.number("cpuOvercommit", 1.0, 64.0, complete))
        p.cpuOvercommit = *v;
    if (auto v = r.integer("hostMemoryReserveMiB", 0, 16 * 1024 * 1024, complete))
        p.hostMemoryReserveMiB = int(*v);
    if (auto v = r.integer("cgroupVersion", 0, 2, false))
        p.cgroupVersion = int(*v);

    // Relations between fields, once each field is fine on its own.
    if (r.ok()) {
        if (p.liveCeiling < p.minShares)
            r.addError(tr("\"liveCeiling\" (%1) must not be below \"minShares\" (%2).")
                           .arg(p.liveCeiling)
                           .arg(p.minShares));
        if (p.absoluteMax < p.liveCeiling)
            r.addError(tr("\"absoluteMax\" (%1) must not be below \"liveCeiling\" (%2).")
                           .arg(p.absoluteMax)
                           .arg(p.liveCeiling));
        if (p.cpuWeightFor(p.absoluteMax) > MaxCpuWeight)
            r.addError(
                tr("\"cpuWeightPerShare\" × \"absoluteMax\" is %1, above the largest CPU weight any host "
                   "accepts (%2).")
                    .arg(p.cpuWeightFor(p.absoluteMax))
                    .arg(MaxCpuWeight));
        if (p.cpuWeightFor(p.minShares) < 2 && p.cgroupVersion != 2)
            r.addError(
                tr("\"cpuWeightPerShare\" × \"minShares\" is %1, below the smallest CPU weight cgroup v1 "
                   "accepts (2).")
                    .arg(p.cpuWeightFor(p.minShares)));
        if (quint64(p.memoryMiBPerShare) * quint64(p.absoluteMax) > 16ull * 1024 * 1024)
            r.addError(
                tr("\"memoryMiBPerShare\" × \"absoluteMax\" is above 16 TiB; that is not a server size."));
    }
    if (!r.ok())
        return Error(tr("The share profile is not valid:\n%1").arg(r.errors().join(QLatin1Char('\n'))));
    return p;
}

nlohmann::json ShareProfile::toJson() const
{
    nlohmann::json j = {{"format", 1},
                        {"name", name.toStdString()},
                        {"title", title.toStdString()},
                        {"memoryMiBPerShare", memoryMiBPerShare},
                        {"cpuWeightPerShare", cpuWeightPerShare},
                        {"sharesPerVcpu", sharesPerVcpu},
                        {"minVcpus", minVcpus},
                        {"minShares", minShares},
                        {"liveCeiling", liveCeiling},
                        {"absoluteMax", absoluteMax},
                        {"cpuOvercommit", cpuOvercommit},
                        {"hostMemoryReserveMiB", hostMemoryReserveMiB}};
    if (cgroupVersion != 0)
        j["cgroupVersion"] = cgroupVersion;
    return j;
}

} // namespace virtdeck
