#include "triage/TriageModel.h"

#include "triage/TriageEngine.h"

#include <QLocale>

#include <algorithm>

namespace virtdeck {

TriageModel::TriageModel(TriageEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    m_rows = engine->findings();
    reindex(0);
    connect(engine, &TriageEngine::findingsChanged, this, &TriageModel::onChanged);
    connect(engine, &TriageEngine::acknowledgementsChanged, this, &TriageModel::onAcknowledged);
}

std::optional<TriageFinding> TriageModel::findingAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int TriageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TriageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TriageModel::reindex(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).key(), i);
}

void TriageModel::emitRuns(QList<int> rows, int firstColumn, int lastColumn, const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int i = 0;
    while (i < rows.size()) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn), roles);
        i = j + 1;
    }
}

void TriageModel::onChanged(const QList<TriageFinding> &changed, const QStringList &removed)
{
    // Removals first, bottom up, in contiguous runs.
    QList<int> gone;
    for (const QString &key : removed) {
        const int row = m_index.value(key, -1);
        if (row >= 0)
            gone << row;
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    int i = 0;
    while (i < gone.size()) {
        int j = i;
        while (j + 1 < gone.size() && gone.at(j + 1) == gone.at(j) - 1)
            ++j;
        const int first = gone.at(j), last = gone.at(i);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_index.remove(m_rows.at(r).key());
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!gone.isEmpty())
        reindex(gone.last());

    QList<int> updated;
    QList<TriageFinding> added;
    for (const TriageFinding &f : changed) {
        const int row = m_index.value(f.key(), -1);
        if (row >= 0) {
            m_rows[row] = f;
            updated << row;
        } else if (std::none_of(added.cbegin(), added.cend(),
                                [&f](const TriageFinding &a) { return a.key() == f.key(); })) {
            added << f;
        } else {
            for (TriageFinding &a : added) {
                if (a.key() == f.key())
                    a = f;
            }
        }
    }
    emitRuns(updated, 0, ColumnCount - 1);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows << added;
        reindex(first);
        endInsertRows();
    }
}

void TriageModel::onAcknowledged(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const int row = m_index.value(key, -1);
        if (row >= 0)
            rows << row;
    }
    emitRuns(rows, 0, ColumnCount - 1, {AcknowledgedRole});
}

QVariant TriageModel::display(const TriageFinding &f, int column) const
{
    switch (column) {
    case FindingColumn: return f.title();
    case ServerColumn: return f.isHostFinding() ? tr("(host)") : f.server.name;
    case HostColumn: return f.hostName;
    case SinceColumn: {
        const qint64 secs = std::max<qint64>(
            0, f.since.msecsTo(QDateTime::fromMSecsSinceEpoch(m_engine->now(), Qt::UTC)) / 1000);
        const QString when = QLocale().toString(f.since.toLocalTime(), QLocale::ShortFormat);
        return f.sinceExact ? tr("%1 (%2 ago)").arg(when, formatDuration(secs))
                            : tr("≥ %1 ago (already so when virtdeck connected)").arg(formatDuration(secs));
    }
    case EvidenceColumn: return f.evidence;
    case ActionColumn: return f.actionText();
    }
    return {};
}

QVariant TriageModel::raw(const TriageFinding &f, int column) const
{
    switch (column) {
    case FindingColumn: return int(f.severity) * 100 + int(f.kind);
    case ServerColumn: return f.server.name.toLower();
    case HostColumn: return f.hostName.toLower();
    case SinceColumn: return f.since.toMSecsSinceEpoch();
    case EvidenceColumn: return f.evidence;
    case ActionColumn: return f.actionPage();
    }
    return {};
}

QVariant TriageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const TriageFinding &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(f, index.column());
    case Qt::ToolTipRole:
        return index.column() == EvidenceColumn || index.column() == FindingColumn
                   ? QVariant(TriageFinding::severityName(f.severity) + QStringLiteral(": ") + f.evidence)
                   : QVariant();
    case RawValueRole: return raw(f, index.column());
    case KeyRole: return f.key();
    case SeverityRole: return int(f.severity);
    case AcknowledgedRole: return m_engine->isAcknowledged(f);
    case FindingRole: return QVariant::fromValue(f);
    case ActionPageRole: return f.actionPage();
    default: return {};
    }
}

QVariant TriageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FindingColumn: return tr("Finding");
    case ServerColumn: return tr("Server");
    case HostColumn: return tr("Host");
    case SinceColumn: return tr("Since");
    case EvidenceColumn: return tr("Evidence");
    case ActionColumn: return tr("Action");
    }
    return {};
}

} // namespace virtdeck
