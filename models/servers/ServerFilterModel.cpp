#include "servers/ServerFilterModel.h"

#include "servers/ServerListModel.h"

namespace virtdeck {

ServerFilterModel::ServerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ServerListModel::RawValueRole);
    // What filterAcceptsRow() reads changes only with a server's or host's snapshot (dataChanged for all
    // roles); a stats tick changes other roles, so the proxy does not re-check the hosts above it.
    setFilterRole(ServerListModel::SearchTextRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

QString ServerFilterModel::stateFilterName(StateFilter filter)
{
    switch (filter) {
    case StateFilter::All: return tr("All states");
    case StateFilter::Running: return tr("Running");
    case StateFilter::Paused: return tr("Paused");
    case StateFilter::Stopped: return tr("Shut off");
    case StateFilter::Crashed: return tr("Crashed");
    case StateFilter::NeedsAttention: return tr("Needs attention");
    case StateFilter::PendingReboot: return tr("Pending reboot");
    }
    return {};
}

void ServerFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the documented way.
    invalidateFilter();
}

void ServerFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void ServerFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    refilter();
}

void ServerFilterModel::setHostFilter(const QString &uri)
{
    if (uri == m_host)
        return;
    m_host = uri;
    refilter();
}

void ServerFilterModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    refilter();
}

bool ServerFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_state != StateFilter::All || !m_host.isEmpty() || !m_tag.isEmpty();
}

bool ServerFilterModel::stateMatches(DomainState state, bool pendingReboot) const
{
    switch (m_state) {
    case StateFilter::All: return true;
    case StateFilter::Running: return state == DomainState::Running || state == DomainState::Blocked;
    case StateFilter::Paused: return state == DomainState::Paused || state == DomainState::Suspended;
    case StateFilter::Stopped: return state == DomainState::ShutOff;
    case StateFilter::Crashed: return state == DomainState::Crashed;
    case StateFilter::NeedsAttention:
        return state == DomainState::Crashed || state == DomainState::Paused ||
               state == DomainState::Blocked || pendingReboot;
    case StateFilter::PendingReboot: return pendingReboot;
    }
    return true;
}

bool ServerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Nothing filters: every row stays, without reading it (a tick re-checks every ticked row).
    if (!isFiltering())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = idx.data(ServerListModel::RowKindRole).value<ServerListModel::RowKind>();
    const QString uri = idx.data(ServerListModel::UriRole).toString();
    if (kind == ServerListModel::RowKind::Host) {
        // Shown when nothing filters it out; otherwise only through matching servers (recursive mode).
        if (!m_host.isEmpty() && uri != m_host)
            return false;
        return !isFiltering() || (m_words.isEmpty() && m_state == StateFilter::All && m_tag.isEmpty());
    }
    if (!m_host.isEmpty() && uri != m_host)
        return false;
    if (!stateMatches(DomainState(idx.data(ServerListModel::StateRole).toInt()),
                      idx.data(ServerListModel::PendingRebootRole).toBool()))
        return false;
    if (!m_tag.isEmpty() && !idx.data(ServerListModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = idx.data(ServerListModel::SearchTextRole).toString();
        for (const QString &w : m_words) {
            if (!haystack.contains(w))
                return false;
        }
    }
    return true;
}

int ServerFilterModel::naturalCompare(const QString &a, const QString &b)
{
    // Digit runs compare by value, other runs case-insensitively: "www-2" < "www-10" in every locale
    // (QCollator's numeric mode is not available in the C locale).
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = a[i].isDigit(), db = b[j].isDigit();
        qsizetype ei = i, ej = j;
        while (ei < a.size() && a[ei].isDigit() == da)
            ++ei;
        while (ej < b.size() && b[ej].isDigit() == db)
            ++ej;
        const QStringView ra = QStringView(a).mid(i, ei - i), rb = QStringView(b).mid(j, ej - j);
        int c = 0;
        if (da && db) {
            const QStringView ta =
                ra.mid(std::min(ra.size() - 1, ra.size() - QString::number(ra.toULongLong()).size()));
            const QStringView tb =
                rb.mid(std::min(rb.size() - 1, rb.size() - QString::number(rb.toULongLong()).size()));
            c = ta.size() != tb.size() ? (ta.size() < tb.size() ? -1 : 1) : ta.compare(tb);
        } else {
            c = ra.compare(rb, Qt::CaseInsensitive);
        }
        if (c != 0)
            return c < 0 ? -1 : 1;
        i = ei;
        j = ej;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : ((a.size() - i) > (b.size() - j) ? 1 : 0);
}

bool ServerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.metaType().id() == QMetaType::QString && r.metaType().id() == QMetaType::QString)
        return naturalCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace virtdeck
