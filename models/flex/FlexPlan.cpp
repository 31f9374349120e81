#include "flex/FlexPlan.h"

#include <QLocale>

namespace virtdeck {

QString FlexResource::name() const
{
    switch (kind) {
    case Kind::Vcpus: return tr("vCPUs");
    case Kind::Memory: return tr("Memory");
    case Kind::CpuWeight: return tr("CPU weight");
    }
    return {};
}

QString FlexResource::format(quint64 value) const
{
    if (kind == Kind::Memory)
        return formatMemoryKiB(value);
    return QString::number(value);
}

QString FlexResource::whenText() const
{
    switch (when) {
    case FlexWhen::Unchanged: return tr("unchanged");
    case FlexWhen::Now: return tr("now");
    case FlexWhen::NextBoot: return tr("at next boot");
    case FlexWhen::NextStart: return tr("at next start");
    case FlexWhen::Skipped: return tr("not applied");
    }
    return {};
}

QVariantMap FlexTargets::toParams() const
{
    return {{QStringLiteral("shares"), shares},
            {QStringLiteral("vcpus"), vcpus},
            {QStringLiteral("memoryKiB"), qulonglong(memoryKiB)},
            {QStringLiteral("cpuWeight"), qulonglong(cpuWeight)},
            {QStringLiteral("weightField"), weightField},
            {QStringLiteral("newMaxVcpus"), newMaxVcpus},
            {QStringLiteral("newMaxMemoryKiB"), qulonglong(newMaxMemoryKiB)}};
}

Result<FlexTargets> FlexTargets::fromParams(const QVariantMap &params)
{
    // Parameters come back from the JSON log as any integer type (or a double); read them as numbers
    // and refuse anything that is not a sane whole value, before anything is changed.
    auto number = [&params](const char *key, bool *ok) -> qint64 {
        const QVariant v = params.value(QLatin1String(key));
        bool good = false;
        const double d = v.toDouble(&good);
        *ok = good && v.isValid() && d >= 0 && d == std::floor(d) && d < 9.0e15;
        return *ok ? qint64(d) : 0;
    };
    FlexTargets t;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false, ok6 = false;
    t.shares = int(number("shares", &ok1));
    t.vcpus = int(number("vcpus", &ok2));
    t.memoryKiB = quint64(number("memoryKiB", &ok3));
    t.cpuWeight = quint64(number("cpuWeight", &ok4));
    t.newMaxVcpus = int(number("newMaxVcpus", &ok5));
    t.newMaxMemoryKiB = quint64(number("newMaxMemoryKiB", &ok6));
    t.weightField = params.value(QStringLiteral("weightField")).toString();
    if (!(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || t.shares < 1 || t.vcpus < 1 || t.memoryKiB < 1024 ||
        (t.cpuWeight > 0 && t.weightField.isEmpty()))
        return Error(
            FlexPlan::tr("The flex parameters are incomplete or not valid (shares, vCPUs, memory and "
                         "CPU weight must be positive whole numbers)."));
    return t;
}

bool FlexPlan::needsReboot() const
{
    return vcpus.when == FlexWhen::NextBoot || memory.when == FlexWhen::NextBoot;
}

bool FlexPlan::changesNothing() const
{
    for (const FlexResource &r : resources()) {
        if (r.when != FlexWhen::Unchanged && r.when != FlexWhen::Skipped)
            return false;
    }
    return !fromEstimated && fromShares == targets.shares;
}

QString FlexPlan::title() const
{
    return tr("Flex %1 to %n shares", nullptr, targets.shares).arg(server.name);
}

QString FlexPlan::summary() const
{
    QString text = tr("%n shares: vCPUs %1, memory %2", nullptr, targets.shares)
                       .arg(targets.vcpus)
                       .arg(formatMemoryKiB(targets.memoryKiB));
    if (targets.cpuWeight > 0)
        text += tr(", CPU weight %1").arg(targets.cpuWeight);
    QStringList later;
    for (const FlexResource &r : resources()) {
        if (r.when == FlexWhen::NextBoot || r.when == FlexWhen::Skipped)
            later << tr("%1 %2 (%3)").arg(r.name(), r.whenText(), r.why);
    }
    if (!later.isEmpty())
        text += QStringLiteral("; ") + later.join(QStringLiteral("; "));
    return text;
}

} // namespace virtdeck
