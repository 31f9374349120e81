#include "servers/ServerListModel.h"

#include "diagnostics/AddressBook.h"
#include "hypervisor/ConnectionManager.h"
#include "metrics/MetricFormat.h"
#include "metrics/MetricsService.h"

#include <QLocale>
#include <QTimer>

#include <cmath>

namespace virtdeck {

namespace {
// Sort rank of states: running first, then the ones needing attention, then the stopped.
int stateRank(DomainState s)
{
    switch (s) {
    case DomainState::Running: return 0;
    case DomainState::Blocked: return 1;
    case DomainState::Crashed: return 2;
    case DomainState::Paused: return 3;
    case DomainState::Suspended: return 4;
    case DomainState::ShuttingDown: return 5;
    case DomainState::ShutOff: return 6;
    case DomainState::NoState: return 7;
    }
    return 8;
}

bool visiblyDiffers(const DomainSnapshot &a, const DomainSnapshot &b)
{
    return a.name != b.name || a.title != b.title || a.description != b.description || a.state != b.state ||
           a.stateReason != b.stateReason || a.vcpus != b.vcpus || a.maxVcpus != b.maxVcpus ||
           a.memoryKiB != b.memoryKiB || a.maxMemoryKiB != b.maxMemoryKiB || a.metadata != b.metadata ||
           a.pendingChanges != b.pendingChanges || a.runningSince != b.runningSince ||
           a.persistent != b.persistent || a.cpuShares != b.cpuShares || a.metadataError != b.metadataError ||
           a.definition.boot != b.definition.boot || a.definition.disks != b.definition.disks ||
           a.definition.interfaces != b.definition.interfaces;
}
} // namespace

void ServerListModel::HostNode::reindex(int from)
{
    if (from == 0)
        index.clear();
    for (int i = from; i < servers.size(); ++i)
        index.insert(servers[i].uuid, i);
}

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_uptimeTimer = new QTimer(this);
    m_uptimeTimer->setInterval(30000);
    connect(m_uptimeTimer, &QTimer::timeout, this, &ServerListModel::tickUptime);
    m_uptimeTimer->start();
}

ServerListModel::~ServerListModel() = default;

void ServerListModel::attach(ConnectionManager *manager)
{
    m_manager = manager;
    connect(manager, &ConnectionManager::hostChanged, this, &ServerListModel::setHost);
    connect(manager, &ConnectionManager::connectionRemoved, this, &ServerListModel::removeHost);
    connect(manager, &ConnectionManager::domainsListed, this, &ServerListModel::applyListing);
    connect(manager, &ConnectionManager::domainChanged, this, &ServerListModel::applyServer);
    connect(manager, &ConnectionManager::domainRemoved, this, &ServerListModel::removeServer);
    for (Connection *c : manager->connections())
        setHost(manager->host(c->uri()));
}

void ServerListModel::setShareEstimator(ShareEstimator estimator)
{
    m_estimator = std::move(estimator);
    for (int h = 0; h < int(m_hosts.size()); ++h) {
        QList<int> all;
        for (int i = 0; i < m_hosts[h]->servers.size(); ++i)
            all << i;
        emitRuns(h, all);
    }
}

ServerListModel::HostNode *ServerListModel::nodeById(quint32 id) const
{
    for (const auto &n : m_hosts) {
        if (n->id == id)
            return n.get();
    }
    return nullptr;
}

int ServerListModel::hostRow(const QString &uri) const
{
    for (int i = 0; i < int(m_hosts.size()); ++i) {
        if (m_hosts[i]->host.uri == uri)
            return i;
    }
    return -1;
}

int ServerListModel::flatOffset(int hostRowNumber) const
{
    int offset = 0;
    for (int i = 0; i < hostRowNumber; ++i)
        offset += int(m_hosts[i]->servers.size());
    return offset;
}

bool ServerListModel::locate(const QModelIndex &index, HostNode **node, int *serverRow) const
{
    if (!index.isValid() || index.model() != this)
        return false;
    if (m_flat) {
        int row = index.row();
        for (const auto &n : m_hosts) {
            if (row < n->servers.size()) {
                *node = n.get();
                *serverRow = row;
                return true;
            }
            row -= int(n->servers.size());
        }
        return false;
    }
    if (index.internalId() == 0) {
        if (index.row() >= int(m_hosts.size()))
            return false;
        *node = m_hosts[index.row()].get();
        *serverRow = -1;
        return true;
    }
    HostNode *n = nodeById(quint32(index.internalId()));
    if (!n || index.row() >= n->servers.size())
        return false;
    *node = n;
    *serverRow = index.row();
    return true;
}

QModelIndex ServerListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (m_flat) {
        if (parent.isValid() || row >= serverCount())
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (!parent.isValid()) {
        if (row >= int(m_hosts.size()))
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.internalId() != 0 || parent.row() >= int(m_hosts.size()))
        return {};
    const HostNode *n = m_hosts[parent.row()].get();
    if (row >= n->servers.size())
        return {};
    return createIndex(row, column, quintptr(n->id));
}

QModelIndex ServerListModel::parent(const QModelIndex &child) const
{
    if (m_flat || !child.isValid() || child.internalId() == 0)
        return {};
    for (int i = 0; i < int(m_hosts.size()); ++i) {
        if (m_hosts[i]->id == quint32(child.internalId()))
            return createIndex(i, 0, quintptr(0));
    }
    return {};
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (m_flat)
        return parent.isValid() ? 0 : serverCount();
    if (!parent.isValid())
        return int(m_hosts.size());
    if (parent.internalId() != 0 || parent.row() >= int(m_hosts.size()))
        return 0;
    return int(m_hosts[parent.row()]->servers.size());
}

int ServerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

int ServerListModel::serverCount() const
{
    int n = 0;
    for (const auto &h : m_hosts)
        n += int(h->servers.size());
    return n;
}

QModelIndex ServerListModel::serverIndex(int hostRowNumber, int serverRow, int column) const
{
    if (m_flat)
        return createIndex(flatOffset(hostRowNumber) + serverRow, column, quintptr(0));
    return createIndex(serverRow, column, quintptr(m_hosts[hostRowNumber]->id));
}

ServerListModel::RowKind ServerListModel::rowKind(const QModelIndex &index) const
{
    HostNode *n = nullptr;
    int row = -1;
    if (locate(index, &n, &row) && row < 0)
        return RowKind::Host;
    return RowKind::Server;
}

void ServerListModel::setFlat(bool flat)
{
    if (flat == m_flat)
        return;
    beginResetModel();
    m_flat = flat;
    endResetModel();
}

void ServerListModel::setHost(const HostSnapshot &host)
{
    int row = hostRow(host.uri);
    if (row < 0) {
        auto node = std::make_unique<HostNode>();
        node->id = m_nextHostId++;
        node->host = host;
        bumpSparklines(*node);
        if (m_flat) {
            // A host without servers adds no row in the flat list.
            m_hosts.push_back(std::move(node));
        } else {
            const int at = int(m_hosts.size());
            beginInsertRows({}, at, at);
            m_hosts.push_back(std::move(node));
            endInsertRows();
        }
        Q_EMIT hostUpdated(host);
        return;
    }
    HostNode &node = *m_hosts[row];
    const bool staleChanged =
        (node.host.state == HostState::Connected) != (host.state == HostState::Connected);
    node.host = host;
    if (!m_flat)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (staleChanged || m_flat) {
        QList<int> all;
        for (int i = 0; i < node.servers.size(); ++i)
            all << i;
        emitRuns(row, all);
    }
    Q_EMIT hostUpdated(host);
}

void ServerListModel::removeHost(const QString &uri)
{
    const int row = hostRow(uri);
    if (row < 0)
        return;
    QList<ServerRef> gone;
    for (const DomainSnapshot &s : m_hosts[row]->servers) {
        gone << s.ref();
        countTags(s.metadata.tags, -1);
    }
    if (m_flat) {
        const int count = int(m_hosts[row]->servers.size());
        const int offset = flatOffset(row);
        if (count > 0)
            beginRemoveRows({}, offset, offset + count - 1);
        m_hosts.erase(m_hosts.begin() + row);
        if (count > 0)
            endRemoveRows();
    } else {
        beginRemoveRows({}, row, row);
        m_hosts.erase(m_hosts.begin() + row);
        endRemoveRows();
    }
    for (const ServerRef &r : gone)
        Q_EMIT serverRemoved(r);
    publishTags();
}

void ServerListModel::insertServers(int hostRowNumber, const QList<DomainSnapshot> &added)
{
    if (added.isEmpty())
        return;
    HostNode &node = *m_hosts[hostRowNumber];
    const int first = int(node.servers.size());
    const int last = first + int(added.size()) - 1;
    if (m_flat)
        beginInsertRows({}, flatOffset(hostRowNumber) + first, flatOffset(hostRowNumber) + last);
    else
        beginInsertRows(index(hostRowNumber, 0), first, last);
    node.servers.append(added);
    node.reindex(first);
    for (const DomainSnapshot &s : added)
        countTags(s.metadata.tags, 1);
    bumpSparklines(node);
    endInsertRows();
}

void ServerListModel::removeServerRows(int hostRowNumber, QList<int> rows)
{
    HostNode &node = *m_hosts[hostRowNumber];
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    int i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        const int base = m_flat ? flatOffset(hostRowNumber) : 0;
        if (m_flat)
            beginRemoveRows({}, base + first, base + last);
        else
            beginRemoveRows(index(hostRowNumber, 0), first, last);
        for (int r = first; r <= last; ++r)
            countTags(node.servers[r].metadata.tags, -1);
        node.servers.remove(first, last - first + 1);
        endRemoveRows();
        ++i;
    }
    if (!rows.isEmpty()) {
        node.reindex();
        bumpSparklines(node);
    }
}

void ServerListModel::setMetrics(MetricsService *metrics)
{
    if (m_metrics)
        disconnect(m_metrics, nullptr, this, nullptr);
    m_metrics = metrics;
    for (const auto &node : m_hosts)
        bumpSparklines(*node);
    if (metrics) {
        connect(
            metrics, &MetricsService::ticked, this,
            [this](const QString &uri, const QList<ServerRef> &servers) {
                const int h = hostRow(uri);
                if (h < 0)
                    return;
                bumpSparklines(*m_hosts[h]);
                const QList<int> roles{Qt::DisplayRole, RawValueRole, SparklineRole, SparklineVersionRole};
                emitColumns(uri, servers, CpuColumn, NetworkColumn, roles);
                const QModelIndex host = hostIndex(uri, CpuColumn);
                if (host.isValid())
                    Q_EMIT dataChanged(host, host.siblingAtColumn(NetworkColumn), roles);
            });
    }
}

void ServerListModel::setAddressBook(AddressBook *addresses)
{
    if (m_addresses)
        disconnect(m_addresses, nullptr, this, nullptr);
    m_addresses = addresses;
    if (addresses) {
        connect(addresses, &AddressBook::addressesChanged, this, [this](const ServerRef &server) {
            emitColumns(server.uri, {server}, AddressColumn, AddressColumn,
                        {Qt::DisplayRole, Qt::ToolTipRole, RawValueRole});
        });
    }
}

void ServerListModel::emitColumns(const QString &uri, const QList<ServerRef> &servers, int firstColumn,
                                  int lastColumn, const QList<int> &roles)
{
    const int h = hostRow(uri);
    if (h < 0)
        return;
    const HostNode &node = *m_hosts[h];
    QList<int> rows;
    rows.reserve(servers.size());
    for (const ServerRef &ref : servers) {
        const auto it = node.index.constFind(ref.uuid);
        if (it != node.index.constEnd())
            rows << it.value();
    }
    emitRuns(h, rows, firstColumn, lastColumn, roles);
}

void ServerListModel::emitRuns(int hostRowNumber, QList<int> rows, int firstColumn, int lastColumn,
                               const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int i = 0;
    while (i < rows.size()) {
        const int first = rows[i];
        int last = first;
        while (i + 1 < rows.size() && rows[i + 1] == last + 1)
            last = rows[++i];
        Q_EMIT dataChanged(serverIndex(hostRowNumber, first, firstColumn),
                           serverIndex(hostRowNumber, last, lastColumn), roles);
        ++i;
    }
}

void ServerListModel::applyListing(const QString &uri, const QList<DomainSnapshot> &servers)
{
    int row = hostRow(uri);
    if (row < 0) {
        HostSnapshot h;
        h.uri = uri;
        h.displayName = uri;
        setHost(h);
        row = hostRow(uri);
    }
    HostNode &node = *m_hosts[row];
    if (node.servers.isEmpty()) {
        // The host's first listing: everything is new; no diff, no copies on the way.
        insertServers(row, servers);
        for (const DomainSnapshot &s : servers)
            Q_EMIT serverUpdated(s);
        publishTags();
        return;
    }
    QSet<QString> seen;
    seen.reserve(servers.size());
    QList<int> changed;
    QList<DomainSnapshot> added;
    QList<DomainSnapshot> updated;
    for (const DomainSnapshot &s : servers) {
        seen.insert(s.uuid);
        const int at = node.index.value(s.uuid, -1);
        if (at < 0) {
            added << s;
        } else if (visiblyDiffers(node.servers[at], s)) {
            replaceTags(node.servers[at].metadata.tags, s.metadata.tags);
            node.servers[at] = s;
            changed << at;
            updated << s;
        } else {
            node.servers[at] = s;
        }
    }
    QList<int> gone;
    QList<ServerRef> goneRefs;
    for (int i = 0; i < node.servers.size(); ++i) {
        if (!seen.contains(node.servers[i].uuid)) {
            gone << i;
            goneRefs << node.servers[i].ref();
        }
    }
    emitRuns(row, changed);
    removeServerRows(row, gone);
    insertServers(row, added);
    for (const DomainSnapshot &s : std::as_const(updated))
        Q_EMIT serverUpdated(s);
    for (const DomainSnapshot &s : std::as_const(added))
        Q_EMIT serverUpdated(s);
    for (const ServerRef &r : std::as_const(goneRefs))
        Q_EMIT serverRemoved(r);
    publishTags();
}

void ServerListModel::applyServer(const DomainSnapshot &server)
{
    int row = hostRow(server.uri);
    if (row < 0)
        return;
    HostNode &node = *m_hosts[row];
    const int at = node.index.value(server.uuid, -1);
    if (at < 0) {
        insertServers(row, {server});
    } else {
        replaceTags(node.servers[at].metadata.tags, server.metadata.tags);
        node.servers[at] = server;
        emitRuns(row, {at});
    }
    Q_EMIT serverUpdated(server);
    publishTags();
}

void ServerListModel::removeServer(const QString &uri, const QString &uuid)
{
    const int row = hostRow(uri);
    if (row < 0)
        return;
    const int at = m_hosts[row]->index.value(uuid, -1);
    if (at < 0)
        return;
    const ServerRef ref = m_hosts[row]->servers[at].ref();
    removeServerRows(row, {at});
    Q_EMIT serverRemoved(ref);
    publishTags();
}

void ServerListModel::countTags(const QStringList &tags, int delta)
{
    for (const QString &t : tags) {
        auto it = m_tagCounts.find(t);
        if (it == m_tagCounts.end()) {
            if (delta <= 0)
                continue; // never counted: nothing to take away
            m_tagCounts.insert(t, delta);
            m_tagSetChanged = true;
            continue;
        }
        *it += delta;
        if (*it <= 0) {
            m_tagCounts.erase(it);
            m_tagSetChanged = true;
        }
    }
}

void ServerListModel::replaceTags(const QStringList &before, const QStringList &after)
{
    if (before == after)
        return;
    countTags(after, 1);
    countTags(before, -1);
}

void ServerListModel::publishTags()
{
    if (!std::exchange(m_tagSetChanged, false))
        return;
    QStringList tags = m_tagCounts.keys();
    // Case-insensitive, then case-sensitive so "Web" and "web" keep one order.
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    if (tags != m_tags) {
        m_tags = tags;
        Q_EMIT tagsChanged();
    }
}

void ServerListModel::tickUptime()
{
    for (int h = 0; h < int(m_hosts.size()); ++h) {
        const HostNode &node = *m_hosts[h];
        if (node.servers.isEmpty())
            continue;
        Q_EMIT dataChanged(serverIndex(h, 0, UptimeColumn),
                           serverIndex(h, int(node.servers.size()) - 1, UptimeColumn),
                           {Qt::DisplayRole, RawValueRole});
    }
}

std::optional<DomainSnapshot> ServerListModel::server(const ServerRef &ref) const
{
    const int row = hostRow(ref.uri);
    if (row < 0)
        return std::nullopt;
    const int at = m_hosts[row]->index.value(ref.uuid, -1);
    if (at < 0)
        return std::nullopt;
    return m_hosts[row]->servers[at];
}

std::optional<DomainSnapshot> ServerListModel::serverNamed(const QString &uri, const QString &name) const
{
    for (const std::unique_ptr<HostNode> &node : m_hosts) {
        if (!uri.isEmpty() && node->host.uri != uri)
            continue;
        for (const DomainSnapshot &s : node->servers) {
            if (s.name == name)
                return s;
        }
    }
    return std::nullopt;
}

std::optional<HostSnapshot> ServerListModel::host(const QString &uri) const
{
    const int row = hostRow(uri);
    if (row < 0)
        return std::nullopt;
    return m_hosts[row]->host;
}

QModelIndex ServerListModel::indexOf(const ServerRef &ref, int column) const
{
    const int row = hostRow(ref.uri);
    if (row < 0)
        return {};
    const int at = m_hosts[row]->index.value(ref.uuid, -1);
    return at < 0 ? QModelIndex() : serverIndex(row, at, column);
}

QModelIndex ServerListModel::hostIndex(const QString &uri, int column) const
{
    const int row = hostRow(uri);
    return row < 0 || m_flat ? QModelIndex() : index(row, column);
}

QList<DomainSnapshot> ServerListModel::serversOf(const QString &uri) const
{
    const int row = hostRow(uri);
    return row < 0 ? QList<DomainSnapshot>() : m_hosts[row]->servers;
}

QStringList ServerListModel::hostUris() const
{
    QStringList out;
    for (const auto &h : m_hosts)
        out << h->host.uri;
    return out;
}

QStringList ServerListModel::allTags() const
{
    return m_tags;
}

std::optional<double> ServerListModel::shares(const DomainSnapshot &s) const
{
    if (s.metadata.shares)
        return double(*s.metadata.shares);
    if (m_estimator)
        return m_estimator(s);
    if (s.memoryKiB == 0)
        return std::nullopt;
    return double(s.memoryKiB) / (256.0 * 1024.0);
}

QString ServerListModel::sharesText(const DomainSnapshot &s) const
{
    if (s.metadata.shares)
        return QString::number(*s.metadata.shares);
    const std::optional<double> estimate = shares(s);
    if (!estimate)
        return {};
    return tr("≈ %1").arg(QLocale().toString(std::round(*estimate * 10.0) / 10.0, 'g', 4));
}

QVariant ServerListModel::serverDisplay(const HostNode &node, const DomainSnapshot &s, int column) const
{
    switch (column) {
    case NameColumn: return s.name;
    case TitleColumn: return s.title.isEmpty() ? s.description.section(QLatin1Char('\n'), 0, 0) : s.title;
    case StateColumn: {
        QString text = domainStateName(s.state);
        if (node.host.state != HostState::Connected)
            text = tr("%1 (last known)").arg(text);
        if (s.needsReboot())
            text += QStringLiteral(" · ") + tr("pending reboot");
        return text;
    }
    case HostColumn: return node.host.displayName;
    case SharesColumn: return sharesText(s);
    case VcpuColumn: return QStringLiteral("%1 / %2").arg(s.vcpus).arg(s.maxVcpus);
    case MemoryColumn:
        return QStringLiteral("%1 / %2").arg(formatMemoryKiB(s.memoryKiB), formatMemoryKiB(s.maxMemoryKiB));
    case TagsColumn: return s.metadata.tags.join(QStringLiteral(", "));
    case UptimeColumn: {
        if (!s.active || !s.runningSince.isValid() || s.state == DomainState::Crashed)
            return QString();
        const QString d = formatDuration(s.runningSince.secsTo(QDateTime::currentDateTimeUtc()));
        return s.runningSinceExact ? d : tr("≥ %1").arg(d);
    }
    case AddressColumn: {
        if (!m_addresses)
            return QString();
        const QString text = m_addresses->displayText(s.ref());
        if (text.isEmpty() && s.active)
            m_addresses->ensure(s.ref()); // asks once; the answer comes back as addressesChanged
        return text;
    }
    case CpuColumn:
    case NetworkColumn:
        return rateText(m_metrics && s.active ? m_metrics->latest(s.ref()) : std::nullopt, column);
    }
    return {};
}

QString ServerListModel::rateText(const std::optional<DomainRates> &rates, int column) const
{
    if (!rates)
        return {};
    if (column == CpuColumn)
        return MetricFormat::percent(rates->cpuPercent);
    if (isGap(rates->rxBytes) || isGap(rates->txBytes))
        return {};
    const bool bits = m_metrics->bitsPerSecond();
    return tr("↓ %1 ↑ %2")
        .arg(MetricFormat::rate(rates->rxBytes, bits), MetricFormat::rate(rates->txBytes, bits));
}

QVariant ServerListModel::serverRaw(const HostNode &node, const DomainSnapshot &s, int column) const
{
    switch (column) {
    case NameColumn: return s.name;
    case TitleColumn: return serverDisplay(node, s, column);
    case StateColumn: return stateRank(s.state);
    case HostColumn: return node.host.displayName;
    case SharesColumn: return shares(s).value_or(-1.0);
    case VcpuColumn: return s.vcpus;
    case MemoryColumn: return QVariant::fromValue<qulonglong>(s.memoryKiB);
    case TagsColumn: return s.metadata.tags.join(QLatin1Char(','));
    case UptimeColumn:
        return s.active && s.runningSince.isValid() ? s.runningSince.secsTo(QDateTime::currentDateTimeUtc())
                                                    : qint64(-1);
    case AddressColumn: return m_addresses ? m_addresses->displayText(s.ref()) : QString();
    case CpuColumn:
    case NetworkColumn: {
        const std::optional<DomainRates> r =
            m_metrics && s.active ? m_metrics->latest(s.ref()) : std::nullopt;
        if (!r)
            return -1.0;
        const double v = column == CpuColumn ? r->cpuPercent : r->rxBytes + r->txBytes;
        return isGap(v) ? -1.0 : v;
    }
    }
    return {};
}

QVariant ServerListModel::serverData(const HostNode &node, const DomainSnapshot &s, int column,
                                     int role) const
{
    switch (role) {
    case Qt::DisplayRole: return serverDisplay(node, s, column);
    case Qt::ToolTipRole: {
        if (column == AddressColumn && m_addresses) {
            const QString tip = m_addresses->toolTip(s.ref());
            if (!tip.isEmpty())
                return tip;
        }
        QStringList lines;
        lines << s.name;
        if (!s.title.isEmpty())
            lines << s.title;
        const QString reason = domainStateReason(s.state, s.stateReason);
        lines << (reason.isEmpty() ? domainStateName(s.state)
                                   : tr("%1 (%2)").arg(domainStateName(s.state), reason));
        if (node.host.state != HostState::Connected)
            lines << tr("The host is not answering: these are the last known values.");
        if (s.needsReboot())
            lines << tr("Pending reboot: %1").arg(s.pendingChanges.join(QStringLiteral("; ")));
        if (!s.metadataError.isEmpty())
            lines << tr("Metadata problem: %1").arg(s.metadataError);
        return lines.join(QLatin1Char('\n'));
    }
    case RawValueRole: return serverRaw(node, s, column);
    case RowKindRole: return QVariant::fromValue(RowKind::Server);
    case UriRole: return s.uri;
    case UuidRole: return s.uuid;
    case StateRole: return int(s.state);
    case TagsRole: return s.metadata.tags;
    case StaleRole: return node.host.state != HostState::Connected;
    case SnapshotRole: return QVariant::fromValue(s);
    case HostSnapshotRole: return QVariant::fromValue(node.host);
    case SearchTextRole:
        return QString(s.name + QLatin1Char('\n') + s.title + QLatin1Char('\n') +
                       s.metadata.tags.join(QLatin1Char('\n')) + QLatin1Char('\n') + node.host.displayName +
                       QLatin1Char('\n') + node.host.uri)
            .toLower();
    case ReadOnlyRole: return node.host.readOnly;
    case PendingRebootRole: return s.needsReboot();
    case SparklineRole:
        if (!m_metrics || (column != CpuColumn && column != NetworkColumn))
            return {};
        return QVariant::fromValue(column == CpuColumn ? m_metrics->cpuSparkline(s.ref())
                                                       : m_metrics->networkSparkline(s.ref()));
    case SparklineVersionRole: return node.sparklineVersion;
    case KeyRole: return QString(s.uri + QLatin1Char('#') + s.uuid);
    }
    return {};
}

QVariant ServerListModel::hostData(const HostNode &node, int column, int role) const
{
    const HostSnapshot &h = node.host;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return h.displayName;
        case TitleColumn: {
            QStringList parts;
            if (h.demo)
                parts << tr("built-in demo (libvirt test driver)");
            if (!h.libvirtVersion.isEmpty())
                parts << tr("libvirt %1").arg(h.libvirtVersion);
            if (!h.driverType.isEmpty() && !h.demo)
                parts << QStringLiteral("%1 %2").arg(h.driverType, h.hypervisorVersion);
            parts << h.uri;
            return parts.join(QStringLiteral(" · "));
        }
        case StateColumn: return hostStateText(h);
        case HostColumn: return h.hostname;
        case VcpuColumn: return h.cpus > 0 ? tr("%n CPUs", nullptr, h.cpus) : QString();
        case MemoryColumn: return h.memoryKiB > 0 ? formatMemoryKiB(h.memoryKiB) : QString();
        case SharesColumn:
            return node.servers.isEmpty() ? QString() : tr("%n servers", nullptr, int(node.servers.size()));
        case CpuColumn:
        case NetworkColumn: return rateText(m_metrics ? m_metrics->latestHost(h.uri) : std::nullopt, column);
        default: return QString();
        }
    case Qt::ToolTipRole: {
        QStringList lines{h.displayName, h.uri, hostStateText(h)};
        if (!h.reasonDetail.isEmpty())
            lines << h.reasonDetail;
        if (h.readOnly)
            lines << tr("Read-only connection: changes are disabled.");
        if (h.demo)
            lines << tr(
                "Demo fleet: libvirt's test driver with a built-in fleet; changes are lost when it closes.");
        for (auto it = h.notes.begin(); it != h.notes.end(); ++it)
            lines << it.key() + QStringLiteral(": ") + it.value();
        return lines.join(QLatin1Char('\n'));
    }
    case RawValueRole:
        switch (column) {
        case StateColumn: return int(h.state);
        case VcpuColumn: return h.cpus;
        case MemoryColumn: return QVariant::fromValue<qulonglong>(h.memoryKiB);
        case SharesColumn: return double(node.servers.size());
        default: return hostData(node, column, Qt::DisplayRole);
        }
    case RowKindRole: return QVariant::fromValue(RowKind::Host);
    case UriRole: return h.uri;
    case StateRole: return int(h.state);
    case StaleRole: return h.state != HostState::Connected;
    case HostSnapshotRole: return QVariant::fromValue(h);
    case SearchTextRole: return QString(h.displayName + QLatin1Char('\n') + h.uri).toLower();
    case ReadOnlyRole: return h.readOnly;
    case SparklineRole:
        // The host row: its servers' total CPU (as a share of the host's CPUs) and network.
        if (!m_metrics || (column != CpuColumn && column != NetworkColumn))
            return {};
        return QVariant::fromValue(column == CpuColumn ? m_metrics->hostCpuSparkline(h.uri)
                                                       : m_metrics->hostNetworkSparkline(h.uri));
    case SparklineVersionRole: return node.sparklineVersion;
    case KeyRole: return h.uri;
    }
    return {};
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    HostNode *node = nullptr;
    int row = -1;
    if (!locate(index, &node, &row))
        return {};
    if (row < 0)
        return hostData(*node, index.column(), role);
    return serverData(*node, node->servers[row], index.column(), role);
}

QVariant ServerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TitleColumn: return tr("Title");
    case StateColumn: return tr("State");
    case HostColumn: return tr("Host");
    case SharesColumn: return tr("Shares");
    case VcpuColumn: return tr("vCPUs");
    case MemoryColumn: return tr("Memory");
    case TagsColumn: return tr("Tags");
    case UptimeColumn: return tr("Uptime");
    case AddressColumn: return tr("Address");
    case CpuColumn: return tr("CPU");
    case NetworkColumn: return tr("Network");
    }
    return {};
}

Qt::ItemFlags ServerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace virtdeck
