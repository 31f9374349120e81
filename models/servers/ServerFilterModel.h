#pragma once

// Filters and sorts the server list: free text across name, title, tags and host; a state filter; a
// host filter; a tag filter. Host rows stay while any of their servers match (or when nothing filters).
// Sorting uses the raw-value role, with natural order for text ("www-2" before "www-10").

#include "hypervisor/DomainState.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace virtdeck {

class ServerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Groups offered by the state filter.
    enum class StateFilter
    {
        All,
        Running,
        Paused,
        Stopped,
        Crashed,
        NeedsAttention,
        PendingReboot
    };
    Q_ENUM(StateFilter)

    explicit ServerFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    void setHostFilter(const QString &uri); // empty: all hosts
    QString hostFilter() const { return m_host; }
    void setTagFilter(const QString &tag); // empty: any tag
    QString tagFilter() const { return m_tag; }
    bool isFiltering() const;

    static QString stateFilterName(StateFilter filter);
    // Natural order: digit runs by value ("www-2" before "www-10"), text case-insensitively.
    static int naturalCompare(const QString &a, const QString &b);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool stateMatches(DomainState state, bool pendingReboot) const;
    void refilter();

    QString m_text;
    QStringList m_words;
    StateFilter m_state = StateFilter::All;
    QString m_host;
    QString m_tag;
};

} // namespace virtdeck
