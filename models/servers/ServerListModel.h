#pragma once

// The one server list for all connections: a tree with a row per host and its servers beneath, or a
// flat list with a Host column. Fed by ConnectionManager's value signals (full listing on connect,
// one server per event); updates emit one dataChanged per contiguous run of changed rows. Formatting
// happens only in data(DisplayRole); RawValueRole gives sortable values. Used by the main window's
// server view (through ServerFilterModel) and by feature pages that look servers up.

#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"
#include "metrics/DomainRates.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace virtdeck {

class AddressBook;
class ConnectionManager;
class MetricsService;

class ServerListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TitleColumn,
        StateColumn,
        HostColumn,
        SharesColumn,
        VcpuColumn,
        MemoryColumn,
        TagsColumn,
        UptimeColumn,
        AddressColumn, // the server's IPs (or its SSH override), from the diagnostics address book
        CpuColumn,     // a sparkline of the last minutes' CPU % (metrics)
        NetworkColumn, // a sparkline of the last minutes' network rx/tx (metrics)
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value of the column
        RowKindRole,                     // RowKind
        UriRole,
        UuidRole,
        StateRole,         // int(DomainState) for servers, int(HostState) for hosts
        TagsRole,          // QStringList
        StaleRole,         // bool: the host is not answering; values are the last known ones
        SnapshotRole,      // DomainSnapshot
        HostSnapshotRole,  // HostSnapshot (host rows and server rows)
        SearchTextRole,    // lower-case name, title, tags and host, for the filter
        ReadOnlyRole,      // bool: the connection is read-only
        PendingRebootRole, // bool
        SparklineRole,     // Sparkline of the CPU and Network columns
        // quint64 that changes whenever the row's sparklines may have changed (a tick of its host, rows
        // added or removed, another metrics service): the sparkline delegate's cache key.
        SparklineVersionRole,
        KeyRole // QString identifying the row across sorting and filtering: ServerRef::key(), or the host URI
    };
    enum class RowKind
    {
        Host,
        Server
    };
    Q_ENUM(RowKind)

    // Share count for servers without one in their metadata ("≈ N"); the flex feature installs the
    // share profile's rule. Default: current memory / 256 MiB.
    using ShareEstimator = std::function<std::optional<double>(const DomainSnapshot &)>;

    explicit ServerListModel(QObject *parent = nullptr);
    ~ServerListModel() override;

    // Follows a manager's hosts and servers.
    void attach(ConnectionManager *manager);

    // Feeding (also used directly by tests and benchmarks).
    void setHost(const HostSnapshot &host);
    void removeHost(const QString &uri);
    void applyListing(const QString &uri, const QList<DomainSnapshot> &servers);
    void applyServer(const DomainSnapshot &server);
    void removeServer(const QString &uri, const QString &uuid);

    void setFlat(bool flat);
    bool isFlat() const { return m_flat; }
    void setShareEstimator(ShareEstimator estimator);
    // The CPU and Network columns follow a metrics service (empty without one); one dataChanged per
    // contiguous run of ticked servers, on those two columns only.
    void setMetrics(MetricsService *metrics);
    // The Address column reads an address book (asking it to fetch what it has not yet seen).
    void setAddressBook(AddressBook *addresses);

    // Lookups.
    std::optional<DomainSnapshot> server(const ServerRef &ref) const;
    std::optional<HostSnapshot> host(const QString &uri) const;
    // The server called name on the host uri (any host when uri is empty; names are unique per host).
    std::optional<DomainSnapshot> serverNamed(const QString &uri, const QString &name) const;
    QModelIndex indexOf(const ServerRef &ref, int column = 0) const;
    QModelIndex hostIndex(const QString &uri, int column = 0) const;
    QList<DomainSnapshot> serversOf(const QString &uri) const;
    int serverCount() const;
    QStringList hostUris() const;
    QStringList allTags() const;
    RowKind rowKind(const QModelIndex &index) const;
    // Display text of the share count: "4", "≈ 3", or empty.
    QString sharesText(const DomainSnapshot &s) const;
    std::optional<double> shares(const DomainSnapshot &s) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // A server's snapshot changed (or appeared): pages showing it refresh.
    void serverUpdated(const virtdeck::DomainSnapshot &server);
    void serverRemoved(const virtdeck::ServerRef &server);
    void hostUpdated(const virtdeck::HostSnapshot &host);
    void tagsChanged();

private:
    struct HostNode
    {
        quint32 id = 0;
        HostSnapshot host;
        QList<DomainSnapshot> servers;
        QHash<QString, int> index; // uuid -> row
        quint64 sparklineVersion = 0;
        void reindex(int from = 0);
    };

    HostNode *nodeById(quint32 id) const;
    int hostRow(const QString &uri) const;
    int flatOffset(int hostRowNumber) const;
    // Resolves an index to its host node and server row (-1 for a host row).
    bool locate(const QModelIndex &index, HostNode **node, int *serverRow) const;
    QModelIndex serverIndex(int hostRowNumber, int serverRow, int column) const;
    void insertServers(int hostRowNumber, const QList<DomainSnapshot> &added);
    void removeServerRows(int hostRowNumber, QList<int> rows);
    void emitRuns(int hostRowNumber, QList<int> rows, int firstColumn = 0, int lastColumn = ColumnCount - 1,
                  const QList<int> &roles = {});
    void emitColumns(const QString &uri, const QList<ServerRef> &servers, int firstColumn, int lastColumn,
                     const QList<int> &roles);
    // The tag index: how many servers carry each tag, kept per change (never rebuilt over all servers).
    void countTags(const QStringList &tags, int delta);
    void replaceTags(const QStringList &before, const QStringList &after);
    void publishTags();
    void bumpSparklines(HostNode &node) { node.sparklineVersion = ++m_sparklineSerial; }
    void tickUptime();

    QVariant serverData(const HostNode &node, const DomainSnapshot &s, int column, int role) const;
    QVariant hostData(const HostNode &node, int column, int role) const;
    QVariant serverDisplay(const HostNode &node, const DomainSnapshot &s, int column) const;
    QVariant serverRaw(const HostNode &node, const DomainSnapshot &s, int column) const;
    QString rateText(const std::optional<DomainRates> &rates, int column) const;

    std::vector<std::unique_ptr<HostNode>> m_hosts;
    quint32 m_nextHostId = 1;
    bool m_flat = false;
    ShareEstimator m_estimator;
    QStringList m_tags;              // sorted
    QHash<QString, int> m_tagCounts; // tag -> servers carrying it
    bool m_tagSetChanged = false;    // a tag appeared or went since the last publishTags()
    quint64 m_sparklineSerial = 0;
    QTimer *m_uptimeTimer = nullptr;
    ConnectionManager *m_manager = nullptr;
    MetricsService *m_metrics = nullptr;
    AddressBook *m_addresses = nullptr;
};

} // namespace virtdeck
