#pragma once

// The table of a command run on many servers: one row per server with its state, exit status, time
// and the first line of output; the full stdout/stderr through roles for the detail pane. Follows one
// CommandBatch (one dataChanged per changed row). Used by RunCommandDialog.

#include "diagnostics/CommandBatch.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace virtdeck {

class CommandResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ServerColumn,
        EndpointColumn,
        StateColumn,
        ExitColumn,
        DurationColumn,
        OutputColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value of the column
        StdoutRole,                      // QString, cleaned for display
        StderrRole,
        ErrorRole,    // translated connect/login error with detail
        StateRole,    // int(BatchItem::State)
        IsFailureRole // bool
    };

    explicit CommandResultsModel(QObject *parent = nullptr);

    void setBatch(CommandBatch *batch);
    CommandBatch *batch() const { return m_batch; }
    // A copy of the row's item (default item when out of range).
    BatchItem item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BatchItem &item, int column) const;
    QVariant raw(const BatchItem &item, int column) const;

    QPointer<CommandBatch> m_batch;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace virtdeck
