#include "flex/FlexSteps.h"

#include "hypervisor/DomainXml.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/LibvirtHandles.h"
#include "hypervisor/SnapshotBuilder.h"

#include <libvirt/virterror.h>

#include <cstring>

namespace virtdeck {

namespace {
constexpr unsigned int Live = VIR_DOMAIN_AFFECT_LIVE;
constexpr unsigned int Config = VIR_DOMAIN_AFFECT_CONFIG;

QString formatValue(FlexStep::Kind kind, quint64 v)
{
    if (kind == FlexStep::Kind::Memory || kind == FlexStep::Kind::MaxMemory)
        return formatMemoryKiB(v);
    return QString::number(v);
}

// Adds the live and persistent changes of one value: one LIVE|CONFIG call when both are the same
// change, else a LIVE call and a CONFIG call. Memory always uses two calls because the test driver
// refuses LIVE|CONFIG for memory (both work on QEMU).
void addPair(QList<FlexStep> &steps, FlexStep::Kind kind, const FlexCurrent &c, quint64 liveOld,
             quint64 liveNew, quint64 configOld, quint64 configNew, bool combine, const QString &field = {},
             std::optional<quint64> liveKnown = std::nullopt,
             std::optional<quint64> configKnown = std::nullopt, bool knownMatters = false)
{
    const bool liveChange = c.active && liveNew != liveOld;
    const bool configChange = c.persistent && configNew != configOld;
    auto make = [&](unsigned int flags, quint64 value, quint64 old, std::optional<quint64> known) {
        FlexStep s;
        s.kind = kind;
        s.flags = flags;
        s.value = value;
        s.field = field;
        if (!knownMatters || known)
            s.previous = old;
        return s;
    };
    if (combine && c.active && c.persistent && liveChange && configChange && liveOld == configOld &&
        liveNew == configNew) {
        steps << make(Live | Config, liveNew, liveOld, liveKnown && configKnown ? liveKnown : std::nullopt);
        return;
    }
    if (liveChange)
        steps << make(Live, liveNew, liveOld, liveKnown);
    if (configChange)
        steps << make(Config, configNew, configOld, configKnown);
}
FlexStep single(FlexStep::Kind kind, unsigned int flags, quint64 value, quint64 previous)
{
    FlexStep s;
    s.kind = kind;
    s.flags = flags;
    s.value = value;
    s.previous = previous;
    return s;
}
} // namespace

QString FlexStep::describe() const
{
    const QString where = (flags & Live) && (flags & Config) ? tr("now and at next boot")
                          : (flags & Live)                   ? tr("now")
                                                             : tr("in the definition");
    const QString from = previous ? formatValue(kind, *previous) : tr("unknown");
    const QString to = formatValue(kind, value);
    switch (kind) {
    case Kind::MaxVcpus: return tr("maximum vCPUs at next boot: %1 → %2").arg(from, to);
    case Kind::MaxMemory: return tr("maximum memory at next boot: %1 → %2").arg(from, to);
    case Kind::Vcpus: return tr("vCPUs %1: %2 → %3").arg(where, from, to);
    case Kind::Memory: return tr("memory %1: %2 → %3").arg(where, from, to);
    case Kind::Weight: return tr("CPU weight (%1) %2: %3 → %4").arg(field, where, from, to);
    case Kind::Shares:
        return tr("share count in the metadata: %1 → %2").arg(previous ? from : tr("none"), to);
    }
    return {};
}

QString FlexStep::describeUndo() const
{
    if (!previous && kind != Kind::Shares)
        return tr("%1 (the previous value is unknown, so it is left as is)").arg(describe());
    const QString back = previous ? formatValue(kind, *previous) : tr("none");
    switch (kind) {
    case Kind::MaxVcpus: return tr("maximum vCPUs back to %1").arg(back);
    case Kind::MaxMemory: return tr("maximum memory back to %1").arg(back);
    case Kind::Vcpus: return tr("vCPUs back to %1").arg(back);
    case Kind::Memory: return tr("memory back to %1").arg(back);
    case Kind::Weight: return tr("CPU weight back to %1").arg(back);
    case Kind::Shares: return tr("share count in the metadata back to %1").arg(back);
    }
    return {};
}

QList<FlexStep> buildFlexSteps(const FlexTargets &t, const FlexCurrent &c)
{
    QList<FlexStep> steps;
    // 1. Maxima of the persistent definition first, so the counts set after them always fit.
    if (c.persistent) {
        const int maxVcpus = std::max(t.newMaxVcpus, t.vcpus);
        if (maxVcpus > c.configMaxVcpus) {
            FlexStep s;
            s.kind = FlexStep::Kind::MaxVcpus;
            s.flags = Config | VIR_DOMAIN_VCPU_MAXIMUM;
            s.value = quint64(maxVcpus);
            s.previous = quint64(c.configMaxVcpus);
            steps << s;
        }
        const quint64 maxMemory = std::max(t.newMaxMemoryKiB, t.memoryKiB);
        if (maxMemory > c.configMaxMemoryKiB) {
            FlexStep s;
            s.kind = FlexStep::Kind::MaxMemory;
            s.flags = Config | VIR_DOMAIN_MEM_MAXIMUM;
            s.value = maxMemory;
            s.previous = c.configMaxMemoryKiB;
            steps << s;
        }
    }
    // 2. The vCPU count of the definition: reversible at any time.
    const quint64 liveVcpus = std::min<quint64>(quint64(t.vcpus), quint64(c.liveMaxVcpus));
    if (c.persistent && quint64(c.configVcpus) != quint64(t.vcpus))
        steps << single(FlexStep::Kind::Vcpus, Config, quint64(t.vcpus), quint64(c.configVcpus));
    // 3. Memory: live as far as the boot-time maximum allows (the balloon), the definition to the target.
    const quint64 liveMemory = std::min(t.memoryKiB, c.liveMaxMemoryKiB);
    addPair(steps, FlexStep::Kind::Memory, c, c.liveMemoryKiB, liveMemory, c.configMemoryKiB, t.memoryKiB,
            false);
    // 4. CPU weight, when the host can set it.
    if (t.cpuWeight > 0 && !t.weightField.isEmpty()) {
        addPair(steps, FlexStep::Kind::Weight, c, c.liveWeight.value_or(0), t.cpuWeight,
                c.configWeight.value_or(0), t.cpuWeight, true, t.weightField, c.liveWeight, c.configWeight,
                true);
    }
    // 5. Live vCPUs last among the resources: taking a vCPU away needs the guest's cooperation (an undo
    // may not be possible), so nothing after it but the metadata can fail and ask for one.
    if (c.active && quint64(c.liveVcpus) != liveVcpus)
        steps << single(FlexStep::Kind::Vcpus, Live, liveVcpus, quint64(c.liveVcpus));
    // 6. The share count, last: it is only true once everything else is.
    if (c.shares != t.shares) {
        FlexStep s;
        s.kind = FlexStep::Kind::Shares;
        s.value = quint64(t.shares);
        if (c.shares)
            s.previous = quint64(*c.shares);
        steps << s;
    }
    return steps;
}

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FlexSteps)
};

Result<DomainDescription> readDefinition(virDomainPtr dom, unsigned int flags)
{
    CString xml(virDomainGetXMLDesc(dom, flags));
    if (!xml)
        return libvirtError(Text::tr("Cannot read the server's definition."));
    return parseDomainXml(QString::fromUtf8(xml.get()));
}

std::optional<quint64> readWeight(virDomainPtr dom, const QString &field, unsigned int flags)
{
    if (field.isEmpty())
        return std::nullopt;
    int n = 0;
    CString type(virDomainGetSchedulerType(dom, &n));
    if (!type || n <= 0)
        return std::nullopt;
    QList<virTypedParameter> params(n);
    if (virDomainGetSchedulerParametersFlags(dom, params.data(), &n, flags) < 0)
        return std::nullopt;
    std::optional<quint64> out;
    const QByteArray name = field.toLatin1();
    for (int i = 0; i < n; ++i) {
        if (name != params[i].field)
            continue;
        if (params[i].type == VIR_TYPED_PARAM_ULLONG)
            out = params[i].value.ul;
        else if (params[i].type == VIR_TYPED_PARAM_UINT)
            out = params[i].value.ui;
    }
    virTypedParamsClear(params.data(), n);
    return out;
}
} // namespace

Result<FlexCurrent> readFlexCurrent(virDomainPtr dom, const QString &weightField)
{
    FlexCurrent c;
    c.active = virDomainIsActive(dom) == 1;
    c.persistent = virDomainIsPersistent(dom) == 1;
    Result<DomainDescription> live = readDefinition(dom, 0);
    if (!live)
        return live.error();
    DomainDescription config = live.value();
    if (c.active && c.persistent) {
        Result<DomainDescription> inactive = readDefinition(dom, VIR_DOMAIN_XML_INACTIVE);
        if (!inactive)
            return inactive.error();
        config = inactive.value();
    }
    c.liveVcpus = live->vcpus;
    c.liveMaxVcpus = live->maxVcpus;
    c.liveMemoryKiB = live->currentMemoryKiB;
    c.liveMaxMemoryKiB = live->memoryKiB;
    c.configVcpus = config.vcpus;
    c.configMaxVcpus = config.maxVcpus;
    c.configMemoryKiB = config.currentMemoryKiB;
    c.configMaxMemoryKiB = config.memoryKiB;
    // The scheduler reports the weight in force even when the XML does not spell it out.
    c.liveWeight = c.active ? readWeight(dom, weightField, Live) : std::nullopt;
    c.configWeight = c.persistent ? readWeight(dom, weightField, Config) : std::nullopt;
    if (!c.liveWeight && c.active)
        c.liveWeight = live->cpuShares;
    if (!c.configWeight && c.persistent)
        c.configWeight = config.cpuShares;
    Result<ServerMetadata> meta = SnapshotBuilder::readMetadata(dom);
    if (!meta)
        return Error(
            Text::tr("The server's virtdeck metadata cannot be read, so its share count cannot be written."),
            meta.error().toString());
    c.shares = meta->shares;
    return c;
}

Status applyFlexStep(virDomainPtr dom, const FlexStep &step, bool undo)
{
    if (undo && !step.previous && step.kind != FlexStep::Kind::Shares)
        return {}; // nothing known to restore; describeUndo() says so in the log
    const quint64 v = undo ? step.previous.value_or(0) : step.value;
    int rc = 0;
    switch (step.kind) {
    case FlexStep::Kind::MaxVcpus:
    case FlexStep::Kind::Vcpus: rc = virDomainSetVcpusFlags(dom, unsigned(v), step.flags); break;
    case FlexStep::Kind::MaxMemory:
    case FlexStep::Kind::Memory:
        rc = virDomainSetMemoryFlags(dom, static_cast<unsigned long>(v), step.flags);
        break;
    case FlexStep::Kind::Weight: {
        virTypedParameter param;
        std::memset(&param, 0, sizeof param);
        const QByteArray name = step.field.toLatin1();
        std::strncpy(param.field, name.constData(), VIR_TYPED_PARAM_FIELD_LENGTH - 1);
        // cpu_shares is an unsigned long long; Xen's credit "weight" an unsigned int.
        if (step.field == QLatin1String("weight")) {
            param.type = VIR_TYPED_PARAM_UINT;
            param.value.ui = unsigned(v);
        } else {
            param.type = VIR_TYPED_PARAM_ULLONG;
            param.value.ul = v;
        }
        rc = virDomainSetSchedulerParametersFlags(dom, &param, 1, step.flags);
        break;
    }
    case FlexStep::Kind::Shares: {
        const std::optional<int> shares =
            undo ? (step.previous ? std::optional<int>(int(*step.previous)) : std::nullopt)
                 : std::optional<int>(int(step.value));
        return SnapshotBuilder::updateMetadata(dom, [shares](ServerMetadata &m) { m.shares = shares; });
    }
    }
    if (rc < 0)
        return libvirtError(undo ? Text::tr("Cannot undo: %1.").arg(step.describeUndo())
                                 : Text::tr("Cannot set %1.").arg(step.describe()));
    return {};
}

bool isGuestTimeoutError(const Error &error)
{
    return error.code == VIR_ERR_OPERATION_TIMEOUT;
}

bool isUnsupportedError(const Error &error)
{
    return error.code == VIR_ERR_NO_SUPPORT || error.code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

} // namespace virtdeck
