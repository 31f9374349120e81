#include "operations/OperationListModel.h"

#include "operations/OperationQueue.h"

#include <QLocale>

namespace virtdeck {

OperationListModel::OperationListModel(OperationQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    const QList<Operation> newestFirst = queue->operations();
    m_ops = QList<Operation>(newestFirst.crbegin(), newestFirst.crend());
    reindex();
    connect(queue, &OperationQueue::operationAdded, this, &OperationListModel::onAdded);
    connect(queue, &OperationQueue::operationChanged, this, &OperationListModel::onChanged);
    connect(queue, &OperationQueue::operationsRemoved, this, &OperationListModel::onRemoved);
}

int OperationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ops.size());
}

int OperationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OperationListModel::reindex(int from)
{
    if (from == 0)
        m_index.clear();
    for (int i = from; i < m_ops.size(); ++i)
        m_index.insert(m_ops[i].id, i);
}

int OperationListModel::rowOf(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? -1 : positionOf(*it);
}

Operation OperationListModel::operationAt(int row) const
{
    return row >= 0 && row < m_ops.size() ? m_ops[positionOf(row)] : Operation();
}

void OperationListModel::onAdded(const Operation &op)
{
    if (m_index.contains(op.id))
        return onChanged(op);
    // Newest first: loaded history arrives oldest first, new operations are the newest.
    beginInsertRows({}, 0, 0);
    m_ops.append(op);
    m_index.insert(op.id, int(m_ops.size()) - 1);
    endInsertRows();
}

void OperationListModel::onChanged(const Operation &op)
{
    const int row = rowOf(op.id);
    if (row < 0)
        return onAdded(op);
    m_ops[positionOf(row)] = op;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OperationListModel::onRemoved(const QStringList &ids)
{
    // Remove contiguous runs from the bottom up so row numbers stay valid.
    QList<int> rows;
    for (const QString &id : ids) {
        const int r = rowOf(id);
        if (r >= 0)
            rows << r;
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const int lowestPosition = positionOf(rows.first());
    for (const int row : std::as_const(rows))
        m_index.remove(m_ops[positionOf(row)].id);
    int i = 0;
    while (i < rows.size()) {
        int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        beginRemoveRows({}, first, last);
        m_ops.remove(positionOf(last), last - first + 1);
        endRemoveRows();
        ++i;
    }
    // Only the operations above the oldest removed one moved.
    reindex(lowestPosition);
}

QVariant OperationListModel::display(const Operation &op, int column) const
{
    const QLocale locale;
    switch (column) {
    case StateColumn: return operationStateName(op.state);
    case TitleColumn: return op.title;
    case ServersColumn: return op.targetNames();
    case ReasonColumn: return op.reason;
    case StartedColumn: {
        const QDateTime t = (op.startedAt.isValid() ? op.startedAt : op.queuedAt).toLocalTime();
        return t.date() == QDate::currentDate() ? locale.toString(t.time(), QLocale::ShortFormat)
                                                : locale.toString(t, QLocale::ShortFormat);
    }
    case DurationColumn: {
        if (!op.startedAt.isValid())
            return QString();
        const QDateTime end = op.finishedAt.isValid() ? op.finishedAt : QDateTime::currentDateTimeUtc();
        const qint64 ms = op.startedAt.msecsTo(end);
        return ms < 10000 ? tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1))
                          : formatDuration(ms / 1000);
    }
    case ProgressColumn:
        if (op.state == OperationState::Running)
            return op.progress >= 0 ? tr("%1 % %2").arg(op.progress).arg(op.progressText) : op.progressText;
        return QString();
    case ResultColumn: return op.errorMessage.isEmpty() ? op.result : op.errorMessage;
    }
    return {};
}

QVariant OperationListModel::raw(const Operation &op, int column) const
{
    switch (column) {
    case StateColumn: return int(op.state);
    case StartedColumn: return (op.startedAt.isValid() ? op.startedAt : op.queuedAt).toMSecsSinceEpoch();
    case DurationColumn:
        return op.startedAt.isValid()
                   ? op.startedAt.msecsTo(op.finishedAt.isValid() ? op.finishedAt
                                                                  : QDateTime::currentDateTimeUtc())
                   : -1;
    case ProgressColumn: return op.progress;
    default: return display(op, column);
    }
}

QVariant OperationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation &op = m_ops[positionOf(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(op, index.column());
    case Qt::ToolTipRole:
        if (!op.errorMessage.isEmpty())
            return op.errorDetail.isEmpty() ? op.errorMessage
                                            : op.errorMessage + QLatin1Char('\n') + op.errorDetail;
        return op.title;
    case RawValueRole: return raw(op, index.column());
    case IdRole: return op.id;
    case StateRole: return int(op.state);
    case CanRetryRole: return op.canRetry();
    case CanCancelRole: {
        if (m_queue->isForeign(op.id))
            return false; // another process runs it
        if (op.state == OperationState::Queued)
            return true;
        const OperationKind *k = m_queue->kind(op.kind);
        return (op.state == OperationState::Running && k && k->cancellableWhileRunning &&
                !op.cancelRequested) ||
               m_queue->canAbandon(op);
    }
    case OperationRole: return QVariant::fromValue(op);
    }
    return {};
}

QVariant OperationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case TitleColumn: return tr("Operation");
    case ServersColumn: return tr("Servers");
    case ReasonColumn: return tr("Reason");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case ProgressColumn: return tr("Progress");
    case ResultColumn: return tr("Result");
    }
    return {};
}

} // namespace virtdeck
