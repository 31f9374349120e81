#include "flex/BulkFlex.h"

#include "flex/FlexOperations.h"
#include "flex/FlexPlanner.h"
#include "operations/OperationQueue.h"

namespace virtdeck {

int BulkFlexRequest::targetFor(int currentShares) const
{
    switch (mode) {
    case Mode::Add: return currentShares + amount;
    case Mode::Remove: return currentShares - amount;
    case Mode::SetTo: return amount;
    }
    return currentShares;
}

QString BulkFlexRequest::describe() const
{
    switch (mode) {
    case Mode::Add: return tr("+%n shares", nullptr, amount);
    case Mode::Remove: return tr("−%n shares", nullptr, amount);
    case Mode::SetTo: return tr("set to %n shares", nullptr, amount);
    }
    return {};
}

Result<BulkFlexRequest> BulkFlexRequest::parse(Mode mode, const QString &amountText)
{
    Result<int> n = FlexPlanner::parseShares(amountText);
    if (!n)
        return n.error();
    BulkFlexRequest r;
    r.mode = mode;
    r.amount = n.value();
    return r;
}

BulkFlexBatch::BulkFlexBatch(OperationQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    connect(m_queue, &OperationQueue::operationFinished, this, &BulkFlexBatch::onFinished);
}

Status BulkFlexBatch::start(const QList<FlexPlan> &plans, const QString &reason)
{
    QList<int> accepted;
    for (int i = 0; i < plans.size(); ++i) {
        if (plans[i].refusal)
            m_skipped << tr("%1: %2").arg(plans[i].server.name, plans[i].refusal->message);
        else
            accepted << i;
    }
    if (accepted.isEmpty())
        return Error(
            tr("None of the selected servers can be flexed:\n%1").arg(m_skipped.join(QLatin1Char('\n'))));
    for (int i : std::as_const(accepted)) {
        Result<QString> id = FlexOperations::enqueue(*m_queue, plans[i], reason);
        if (id) {
            m_ids << id.value();
            m_planIndex << i;
        } else {
            m_skipped << tr("%1: %2").arg(plans[i].server.name, id.error().message);
        }
    }
    if (m_ids.isEmpty())
        return Error(
            tr("None of the selected servers can be flexed:\n%1").arg(m_skipped.join(QLatin1Char('\n'))));
    Q_EMIT progressChanged(finished(), total());
    return {};
}

void BulkFlexBatch::onFinished(const Operation &op)
{
    if (!m_ids.contains(op.id))
        return;
    if (op.state == OperationState::Succeeded)
        ++m_succeeded;
    else
        m_failed.insert(op.id, op);
    Q_EMIT progressChanged(finished(), total());
    if (isDone())
        Q_EMIT batchFinished(m_succeeded, int(m_failed.size()));
}

int BulkFlexBatch::planIndex(const QString &operationId) const
{
    const qsizetype i = m_ids.indexOf(operationId);
    return i < 0 ? -1 : m_planIndex.value(i, -1);
}

QList<Operation> BulkFlexBatch::failures() const
{
    QList<Operation> out;
    for (const QString &id : m_ids) {
        if (m_failed.contains(id))
            out << m_failed.value(id);
    }
    return out;
}

Result<int> BulkFlexBatch::retryFailed()
{
    if (m_failed.isEmpty())
        return Error(tr("No operation of this batch has failed."));
    int n = 0;
    QStringList problems;
    const QList<Operation> failed = failures();
    for (const Operation &op : failed) {
        Result<QString> id = m_queue->retry(op.id);
        if (!id) {
            problems << tr("%1: %2").arg(op.targetNames(), id.error().message);
            continue;
        }
        // The retry replaces the failed operation in the batch's count.
        m_ids.replace(m_ids.indexOf(op.id), id.value());
        m_failed.remove(op.id);
        ++n;
    }
    Q_EMIT progressChanged(finished(), total());
    if (n == 0)
        return Error(tr("Nothing could be retried:\n%1").arg(problems.join(QLatin1Char('\n'))));
    return n;
}

} // namespace virtdeck
