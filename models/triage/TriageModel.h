#pragma once

// The findings of a TriageEngine as a table (finding, server, host, since, evidence, action), updated
// in place from the engine's batched changes: one dataChanged per contiguous run of changed rows.
// Formatting only in DisplayRole; RawValueRole sorts (worst first on the Finding column). Shown by the
// triage dock through TriageFilterModel.

#include "triage/TriageFinding.h"

#include <QAbstractTableModel>
#include <QHash>

namespace virtdeck {

class TriageEngine;

class TriageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FindingColumn,
        ServerColumn,
        HostColumn,
        SinceColumn,
        EvidenceColumn,
        ActionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        KeyRole,          // QString: TriageFinding::key()
        SeverityRole,     // int(TriageSeverity)
        AcknowledgedRole, // bool
        FindingRole,      // TriageFinding
        ActionPageRole    // QString: the server page the action opens (empty: the host page)
    };

    explicit TriageModel(TriageEngine *engine, QObject *parent = nullptr);

    TriageEngine *engine() const { return m_engine; }
    std::optional<TriageFinding> findingAt(int row) const;
    int rowOf(const QString &key) const { return m_index.value(key, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onChanged(const QList<TriageFinding> &changed, const QStringList &removed);
    void onAcknowledged(const QStringList &keys);
    void emitRuns(QList<int> rows, int firstColumn, int lastColumn, const QList<int> &roles = {});
    void reindex(int from);
    QVariant display(const TriageFinding &f, int column) const;
    QVariant raw(const TriageFinding &f, int column) const;

    TriageEngine *m_engine;
    QList<TriageFinding> m_rows;
    QHash<QString, int> m_index;
};

} // namespace virtdeck
