#include "flex/FlexOperations.h"

#include "flex/FlexRunner.h"
#include "operations/OperationQueue.h"
#include "operations/OperationRun.h"

namespace virtdeck::FlexOperations {

void registerKinds(OperationQueue &queue)
{
    OperationKind k;
    k.kind = QLatin1String(ApplyKind);
    k.changesServers = true;
    // Stopping between two libvirt calls would leave a half-flexed server; a failure rolls back instead.
    k.cancellableWhileRunning = false;
    k.start = [](OperationRun *run) { (new FlexRunner(run))->start(); };
    queue.registerKind(k);
}

Result<QString> enqueue(OperationQueue &queue, const FlexPlan &plan, const QString &reason)
{
    if (plan.refusal)
        return *plan.refusal;
    QVariantMap params = plan.targets.toParams();
    params.insert(QStringLiteral("fromShares"), plan.fromShares);
    params.insert(QStringLiteral("fromEstimated"), plan.fromEstimated);
    params.insert(QStringLiteral("profile"), plan.profileName);
    params.insert(QStringLiteral("summary"), plan.summary());
    if (plan.weight.when == FlexWhen::Skipped)
        params.insert(QStringLiteral("weightNote"), plan.weight.why);
    return queue.enqueue(QLatin1String(ApplyKind), plan.title(), {plan.server}, params, reason);
}

} // namespace virtdeck::FlexOperations
