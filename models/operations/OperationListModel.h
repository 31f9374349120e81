#pragma once

// The operations log as a table, newest first, for the operations dock: state, title, servers, reason,
// start time, duration, progress and result or error. Fed by OperationQueue's signals.

#include "operations/Operation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace virtdeck {

class OperationQueue;

class OperationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StateColumn,
        TitleColumn,
        ServersColumn,
        ReasonColumn,
        StartedColumn,
        DurationColumn,
        ProgressColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        IdRole,
        StateRole,
        CanRetryRole,
        CanCancelRole,
        OperationRole
    };

    explicit OperationListModel(OperationQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Operation operationAt(int row) const;
    int rowOf(const QString &id) const;

private:
    void onAdded(const Operation &op);
    void onChanged(const Operation &op);
    void onRemoved(const QStringList &ids);
    // Positions in m_ops of the operations from `from` on.
    void reindex(int from = 0);
    int positionOf(int row) const { return int(m_ops.size()) - 1 - row; }
    QVariant display(const Operation &op, int column) const;
    QVariant raw(const Operation &op, int column) const;

    OperationQueue *m_queue;
    // Oldest first, so that the newest (row 0) is appended and no position changes: adding an operation
    // is O(1). Row r is m_ops[size - 1 - r].
    QList<Operation> m_ops;
    QHash<QString, int> m_index; // id -> position in m_ops
};

} // namespace virtdeck
