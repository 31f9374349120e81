#pragma once

// Sorts the triage table on raw values (worst first by default) and hides acknowledged findings unless
// asked to show them. Used by the triage dock.

#include <QSortFilterProxyModel>

namespace virtdeck {

class TriageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TriageFilterModel(QObject *parent = nullptr);

    void setShowAcknowledged(bool show);
    bool showsAcknowledged() const { return m_showAcknowledged; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showAcknowledged = false;
};

} // namespace virtdeck
