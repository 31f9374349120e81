#include "flex/ScheduleRunner.h"

#include "flex/FlexContext.h"
#include "flex/FlexOperations.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

namespace virtdeck::ScheduleRunner {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ScheduleRunner)
};
} // namespace

QString reasonFor(const ScheduleRule &rule)
{
    return Text::tr("schedule rule '%1'").arg(rule.name);
}

ScheduleRunResult run(const Services &services, const ShareProfileStore &profiles, const ScheduleRule &rule)
{
    ScheduleRunResult result;
    result.rule = rule;
    QList<DomainSnapshot> servers;
    for (const QString &uri : services.servers->hostUris())
        servers << rule.selector.filter(services.servers->serversOf(uri));
    if (servers.isEmpty()) {
        result.error = Text::tr("Rule \"%1\" matched no server (%2) on the connected hosts.")
                           .arg(rule.name, rule.selector.describe());
        return result;
    }
    QList<DomainSnapshot> toFlex;
    for (const DomainSnapshot &s : std::as_const(servers)) {
        const ShareCount current = FlexContext::currentShares(profiles, s);
        if (!current.estimated && rule.targetFor(current.shares) == current.shares)
            result.unchanged << s.name;
        else
            toFlex << s;
    }
    const QList<FlexPlan> plans = FlexContext::planBatch(
        services, profiles, toFlex, [&rule](const DomainSnapshot &, int n) { return rule.targetFor(n); });
    for (const FlexPlan &p : plans) {
        if (p.refusal) {
            result.refusals << Text::tr("%1: %2").arg(p.server.name, p.refusal->message);
            continue;
        }
        Result<QString> id = FlexOperations::enqueue(*services.operations, p, reasonFor(rule));
        if (id)
            result.operationIds << id.value();
        else
            result.refusals << Text::tr("%1: %2").arg(p.server.name, id.error().message);
    }
    return result;
}

} // namespace virtdeck::ScheduleRunner
