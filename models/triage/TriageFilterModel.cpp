#include "triage/TriageFilterModel.h"

#include "triage/TriageModel.h"

namespace virtdeck {

TriageFilterModel::TriageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TriageModel::RawValueRole);
    setDynamicSortFilter(true);
}

void TriageFilterModel::setShowAcknowledged(bool show)
{
    if (show == m_showAcknowledged)
        return;
    m_showAcknowledged = show;
    invalidateFilter();
}

bool TriageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showAcknowledged)
        return true;
    return !sourceModel()->index(sourceRow, 0, sourceParent).data(TriageModel::AcknowledgedRole).toBool();
}

bool TriageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(TriageModel::RawValueRole);
    const QVariant b = right.data(TriageModel::RawValueRole);
    const int order = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                             : 0;
    if (order != 0)
        return order < 0;
    // Ties: the older finding first (it has waited longest), then by key for a stable order.
    const qint64 sa =
        left.siblingAtColumn(TriageModel::SinceColumn).data(TriageModel::RawValueRole).toLongLong();
    const qint64 sb =
        right.siblingAtColumn(TriageModel::SinceColumn).data(TriageModel::RawValueRole).toLongLong();
    if (sa != sb)
        return sa < sb;
    return left.data(TriageModel::KeyRole).toString() < right.data(TriageModel::KeyRole).toString();
}

} // namespace virtdeck
