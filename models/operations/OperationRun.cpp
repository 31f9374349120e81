#include "operations/OperationRun.h"

#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DomainSnapshot.h"
#include "operations/OperationQueue.h"

#include <QTime>

namespace virtdeck {

OperationRun::OperationRun(OperationQueue *queue, ConnectionManager *connections, const QString &id)
    : QObject(queue)
    , m_queue(queue)
    , m_connections(connections)
    , m_id(id)
{}

const Operation &OperationRun::operation() const
{
    static const Operation none;
    const Operation *op = m_queue->findMutable(m_id);
    return op ? *op : none;
}

QVariant OperationRun::param(const QString &key, const QVariant &fallback) const
{
    return operation().params.value(key, fallback);
}

bool OperationRun::isCancelRequested() const
{
    return operation().cancelRequested;
}

void OperationRun::setProgress(int percent, const QString &text)
{
    if (m_finished)
        return;
    m_queue->update(
        m_id,
        [&](Operation &op) {
            op.progress = std::clamp(percent, -1, 100);
            if (!text.isNull())
                op.progressText = text;
        },
        false);
}

void OperationRun::log(const QString &line)
{
    if (m_finished)
        return;
    const QString stamped = QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line;
    m_queue->update(
        m_id, [&](Operation &op) { op.log << stamped; }, false);
}

void OperationRun::setTargetResult(const ServerRef &target, bool succeeded)
{
    if (m_finished)
        return;
    m_queue->setTargetResult(m_id, target, succeeded);
}

void OperationRun::succeed(const QString &result)
{
    if (std::exchange(m_finished, true))
        return;
    m_queue->finish(m_id, OperationState::Succeeded, result, Error());
    deleteLater();
}

Connection *OperationRun::connectionFor(const ServerRef &server)
{
    Connection *c = m_connections ? m_connections->connection(server.uri) : nullptr;
    if (!c)
        fail(ConnectionManager::hostGone(server.name));
    return c;
}

void OperationRun::fail(const Error &error)
{
    if (std::exchange(m_finished, true))
        return;
    m_queue->finish(m_id, OperationState::Failed, QString(), error);
    deleteLater();
}

void OperationRun::cancelled(const QString &note)
{
    if (std::exchange(m_finished, true))
        return;
    m_queue->finish(m_id, OperationState::Cancelled, note, Error());
    deleteLater();
}

} // namespace virtdeck
