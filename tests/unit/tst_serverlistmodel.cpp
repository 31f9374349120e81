// ServerListModel and ServerFilterModel: tree and flat layouts, listings applied as a diff (insert,
// update in contiguous runs, remove), stale rows when a host stops answering, filtering by text, state,
// tag and host, and sorting by raw values in natural order; the tag index stays right through every
// kind of change. Every case runs QAbstractItemModelTester.

#include "servers/ServerFilterModel.h"
#include "servers/ServerListModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace virtdeck;

namespace {
DomainSnapshot server(const QString &uri, const QString &name, DomainState state = DomainState::Running,
                      const QStringList &tags = {}, quint64 memoryMiB = 512)
{
    DomainSnapshot s;
    s.uri = uri;
    s.uuid = QStringLiteral("uuid-") + name;
    s.name = name;
    s.title = QStringLiteral("Title of ") + name;
    s.state = state;
    s.active = isActive(state);
    s.vcpus = 1;
    s.maxVcpus = 4;
    s.memoryKiB = memoryMiB * 1024;
    s.maxMemoryKiB = 2048 * 1024;
    s.metadata.tags = tags;
    return s;
}

HostSnapshot host(const QString &uri, HostState state = HostState::Connected)
{
    HostSnapshot h;
    h.uri = uri;
    h.displayName = uri.section(QLatin1Char('/'), -1);
    h.state = state;
    return h;
}

const QString A = QStringLiteral("test:///a");
const QString B = QStringLiteral("test:///b");

// The tags of every listed server, worked out from scratch: what allTags() must say.
QStringList tagsFromScratch(const ServerListModel &model)
{
    std::set<QString> set;
    for (const QString &uri : model.hostUris()) {
        for (const DomainSnapshot &s : model.serversOf(uri))
            set.insert(s.metadata.tags.begin(), s.metadata.tags.end());
    }
    QStringList out(set.begin(), set.end());
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return out;
}
} // namespace

class TestServerListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeLayout();
    void flatLayout();
    void listingIsADiff();
    void staleWhenHostStopsAnswering();
    void removeHost();
    void sharesColumn();
    void filterText();
    void filterStateTagHost();
    void naturalSort();
    void toggleFlatKeepsFilter();
    void tagIndexFollowsChanges();
    void tagIndexUnderRandomChanges();
};

void TestServerListModel::treeLayout()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(host(A));
    model.setHost(host(B));
    model.applyListing(A, {server(A, "www-en-01"), server(A, "www-en-02")});
    model.applyListing(B, {server(B, "db-01", DomainState::ShutOff)});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex hostA = model.hostIndex(A);
    QCOMPARE(model.rowCount(hostA), 2);
    QCOMPARE(model.rowKind(hostA), ServerListModel::RowKind::Host);
    const QModelIndex db = model.indexOf({B, "uuid-db-01", {}});
    QVERIFY(db.isValid());
    QCOMPARE(db.parent(), model.hostIndex(B));
    QCOMPARE(db.data().toString(), QStringLiteral("db-01"));
    QCOMPARE(db.siblingAtColumn(ServerListModel::StateColumn).data().toString(), QStringLiteral("Shut off"));
    QCOMPARE(model.serverCount(), 3);
}

void TestServerListModel::flatLayout()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFlat(true);
    model.setHost(host(A));
    model.setHost(host(B));
    model.applyListing(A, {server(A, "a1"), server(A, "a2")});
    model.applyListing(B, {server(B, "b1")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("b1"));
    QCOMPARE(model.index(2, ServerListModel::HostColumn).data().toString(), QStringLiteral("b"));
    // A server added to the first host shifts the rows of the second.
    model.applyServer(server(A, "a3"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("a3"));
    QCOMPARE(model.indexOf({B, "uuid-b1", {}}).row(), 3);
    model.setFlat(false);
    QCOMPARE(model.rowCount(), 2);
}

void TestServerListModel::listingIsADiff()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(host(A));
    QList<DomainSnapshot> list;
    for (int i = 0; i < 10; ++i)
        list << server(A, QStringLiteral("s%1").arg(i));
    model.applyListing(A, list);
    const QPersistentModelIndex s9 = model.indexOf({A, "uuid-s9", {}});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Rows 2,3,4 and 7 change; s5 goes; s10 comes.
    for (int i : {2, 3, 4, 7})
        list[i].state = DomainState::Paused;
    list.removeAt(5);
    list << server(A, "s10");
    model.applyListing(A, list);
    QCOMPARE(changed.size(), 2); // one per contiguous run: 2..4 and 7
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(model.hostIndex(A)), 10);
    QVERIFY(s9.isValid());
    QCOMPARE(s9.data().toString(), QStringLiteral("s9"));
    // The same listing again changes nothing.
    changed.clear();
    model.applyListing(A, list);
    QCOMPARE(changed.size(), 0);
}

void TestServerListModel::staleWhenHostStopsAnswering()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(host(A));
    model.applyListing(A, {server(A, "x")});
    const QModelIndex x = model.indexOf({A, "uuid-x", {}});
    QCOMPARE(x.data(ServerListModel::StaleRole).toBool(), false);
    model.setHost(host(A, HostState::NotResponding));
    QCOMPARE(x.data(ServerListModel::StaleRole).toBool(), true);
    QVERIFY(x.siblingAtColumn(ServerListModel::StateColumn)
                .data()
                .toString()
                .contains(QStringLiteral("last known")));
    QCOMPARE(model.serverCount(), 1); // still listed
    model.setHost(host(A));
    QCOMPARE(x.data(ServerListModel::StaleRole).toBool(), false);
}

void TestServerListModel::removeHost()
{
    for (bool flat : {false, true}) {
        ServerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFlat(flat);
        model.setHost(host(A));
        model.setHost(host(B));
        model.applyListing(A, {server(A, "a1")});
        model.applyListing(B, {server(B, "b1"), server(B, "b2")});
        const QPersistentModelIndex b2 = model.indexOf({B, "uuid-b2", {}});
        model.removeHost(A);
        QCOMPARE(model.serverCount(), 2);
        QVERIFY(b2.isValid());
        QCOMPARE(b2.data().toString(), QStringLiteral("b2"));
    }
}

void TestServerListModel::sharesColumn()
{
    ServerListModel model;
    model.setHost(host(A));
    DomainSnapshot withShares = server(A, "w", DomainState::Running, {}, 1024);
    withShares.metadata.shares = 4;
    DomainSnapshot derived = server(A, "d", DomainState::Running, {}, 768);
    model.applyListing(A, {withShares, derived});
    QCOMPARE(model.indexOf(withShares.ref(), ServerListModel::SharesColumn).data().toString(),
             QStringLiteral("4"));
    QCOMPARE(model.indexOf(derived.ref(), ServerListModel::SharesColumn).data().toString(),
             QStringLiteral("≈ 3"));
    QCOMPARE(model.indexOf(derived.ref(), ServerListModel::SharesColumn)
                 .data(ServerListModel::RawValueRole)
                 .toDouble(),
             3.0);
}

void TestServerListModel::filterText()
{
    ServerListModel model;
    model.setHost(host(A));
    model.applyListing(A, {server(A, "www-en-01", DomainState::Running, {"web", "site-en"}),
                           server(A, "www-fr-01", DomainState::Running, {"web", "site-fr"}),
                           server(A, "db-01", DomainState::Running, {"database"})});
    ServerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex h = filter.index(0, 0);
    QCOMPARE(filter.rowCount(h), 3);
    filter.setText(QStringLiteral("site-fr"));
    QCOMPARE(filter.rowCount(h), 1);
    QCOMPARE(filter.index(0, 0, h).data().toString(), QStringLiteral("www-fr-01"));
    filter.setText(QStringLiteral("WWW web"));
    QCOMPARE(filter.rowCount(h), 2);
    filter.setText(QStringLiteral("title of db"));
    QCOMPARE(filter.rowCount(h), 1);
    filter.setText(QStringLiteral("nothing-matches"));
    QCOMPARE(filter.rowCount(), 0);      // the host row goes too
    filter.setText(QStringLiteral("a")); // host display name "a" matches everything
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 3);
}

void TestServerListModel::filterStateTagHost()
{
    ServerListModel model;
    model.setHost(host(A));
    model.setHost(host(B));
    DomainSnapshot pending = server(B, "p", DomainState::Running, {"web"});
    pending.pendingChanges = {QStringLiteral("maximum vCPUs: 4 → 8")};
    model.applyListing(A,
                       {server(A, "r", DomainState::Running, {"web"}), server(A, "s", DomainState::ShutOff),
                        server(A, "c", DomainState::Crashed), server(A, "pa", DomainState::Paused, {"db"})});
    model.applyListing(B, {pending});
    ServerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto count = [&] {
        int n = 0;
        for (int h = 0; h < filter.rowCount(); ++h)
            n += filter.rowCount(filter.index(h, 0));
        return n;
    };
    QCOMPARE(count(), 5);
    filter.setStateFilter(ServerFilterModel::StateFilter::Stopped);
    QCOMPARE(count(), 1);
    filter.setStateFilter(ServerFilterModel::StateFilter::NeedsAttention);
    QCOMPARE(count(), 3); // crashed, paused, pending reboot
    filter.setStateFilter(ServerFilterModel::StateFilter::PendingReboot);
    QCOMPARE(count(), 1);
    filter.setStateFilter(ServerFilterModel::StateFilter::All);
    filter.setTagFilter(QStringLiteral("web"));
    QCOMPARE(count(), 2);
    filter.setHostFilter(B);
    QCOMPARE(count(), 1);
    QCOMPARE(filter.rowCount(), 1);
}

void TestServerListModel::naturalSort()
{
    ServerListModel model;
    model.setHost(host(A));
    model.applyListing(A, {server(A, "www-10", DomainState::Running, {}, 256),
                           server(A, "www-2", DomainState::Running, {}, 2048),
                           server(A, "www-1", DomainState::ShutOff, {}, 1024)});
    ServerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex h = filter.index(0, 0);
    filter.sort(ServerListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0, h).data().toString(), QStringLiteral("www-1"));
    QCOMPARE(filter.index(1, 0, h).data().toString(), QStringLiteral("www-2"));
    QCOMPARE(filter.index(2, 0, h).data().toString(), QStringLiteral("www-10"));
    filter.sort(ServerListModel::MemoryColumn, Qt::DescendingOrder); // by KiB, not by text
    QCOMPARE(filter.index(0, 0, h).data().toString(), QStringLiteral("www-2"));
    QCOMPARE(filter.index(2, 0, h).data().toString(), QStringLiteral("www-10"));
    filter.sort(ServerListModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(2, 0, h).data().toString(), QStringLiteral("www-1"));
}

void TestServerListModel::toggleFlatKeepsFilter()
{
    ServerListModel model;
    model.setHost(host(A));
    model.applyListing(A, {server(A, "x1"), server(A, "y1")});
    ServerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setText(QStringLiteral("x1"));
    model.setFlat(true);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("x1"));
}

void TestServerListModel::tagIndexFollowsChanges()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &ServerListModel::tagsChanged);
    model.setHost(host(A));
    model.setHost(host(B));
    QCOMPARE(model.allTags(), QStringList());

    model.applyListing(A, {server(A, "a1", DomainState::Running, {"web", "site-en"}),
                           server(A, "a2", DomainState::Running, {"web"})});
    QCOMPARE(model.allTags(), (QStringList{"site-en", "web"}));
    QCOMPARE(changed.size(), 1);
    // The same tag on another host: nothing new.
    model.applyListing(B, {server(B, "b1", DomainState::Running, {"web", "Database"})});
    QCOMPARE(model.allTags(), (QStringList{"Database", "site-en", "web"}));
    QCOMPARE(changed.size(), 2);
    // A tag stays while any server still has it.
    model.applyServer(server(A, "a1", DomainState::Running, {"site-en"}));
    QCOMPARE(model.allTags(), (QStringList{"Database", "site-en", "web"}));
    QCOMPARE(changed.size(), 2);
    // ... and goes with the last one.
    model.applyServer(server(A, "a1", DomainState::Running, {}));
    QCOMPARE(model.allTags(), (QStringList{"Database", "web"}));
    QCOMPARE(changed.size(), 3);
    // Removing a server, a server missing from a listing, a whole host.
    model.removeServer(B, QStringLiteral("uuid-b1"));
    QCOMPARE(model.allTags(), (QStringList{"web"}));
    model.applyListing(B, {server(B, "b2", DomainState::Running, {"db", "web"})});
    QCOMPARE(model.allTags(), (QStringList{"db", "web"}));
    model.applyListing(A, {server(A, "a3", DomainState::Running, {"cache"})});
    QCOMPARE(model.allTags(), (QStringList{"cache", "db", "web"}));
    model.removeHost(B);
    QCOMPARE(model.allTags(), (QStringList{"cache"}));
    // A tag listed twice on one server counts once.
    model.applyServer(server(A, "a3", DomainState::Running, {"cache", "cache", "x"}));
    model.applyServer(server(A, "a3", DomainState::Running, {"cache"}));
    QCOMPARE(model.allTags(), (QStringList{"cache"}));
    const int before = int(changed.size());
    model.applyServer(server(A, "a3", DomainState::Paused, {"cache"})); // no tag change: no signal
    QCOMPARE(changed.size(), before);
    // The tag filter follows.
    filter.setTagFilter(QStringLiteral("cache"));
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
}

void TestServerListModel::tagIndexUnderRandomChanges()
{
    // Random events of every kind against a from-scratch recount after each one (fixed seed).
    QRandomGenerator random(1302);
    for (bool flat : {false, true}) {
        ServerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFlat(flat);
        QSignalSpy changed(&model, &ServerListModel::tagsChanged);
        const QStringList hosts{A, B, QStringLiteral("test:///c")};
        const QStringList pool{"web", "Web", "db", "cache", "site-en", "site-fr", "x", "y"};
        auto randomTags = [&] {
            QStringList tags;
            const int n = random.bounded(4);
            for (int i = 0; i < n; ++i)
                tags << pool[random.bounded(int(pool.size()))];
            return tags;
        };
        auto randomServer = [&](const QString &uri) {
            return server(uri, QStringLiteral("s%1").arg(random.bounded(12)), DomainState::Running,
                          randomTags());
        };
        QStringList last;
        for (int step = 0; step < 600; ++step) {
            const QString uri = hosts[random.bounded(int(hosts.size()))];
            switch (random.bounded(5)) {
            case 0: {
                QList<DomainSnapshot> listing;
                QSet<QString> names;
                const int n = random.bounded(8);
                for (int i = 0; i < n; ++i) {
                    const DomainSnapshot s = randomServer(uri);
                    if (!names.contains(s.name)) {
                        names.insert(s.name);
                        listing << s;
                    }
                }
                model.applyListing(uri, listing);
                break;
            }
            case 1:
            case 2:
                if (model.host(uri))
                    model.applyServer(randomServer(uri));
                break;
            case 3: model.removeServer(uri, QStringLiteral("uuid-s%1").arg(random.bounded(12))); break;
            case 4:
                if (random.bounded(4) == 0)
                    model.removeHost(uri);
                else
                    model.setHost(host(uri));
                break;
            }
            const QStringList expected = tagsFromScratch(model);
            QCOMPARE(model.allTags(), expected);
            // tagsChanged exactly when the list changed.
            QCOMPARE(changed.size(), expected != last ? 1 : 0);
            changed.clear();
            last = expected;
        }
    }
}

QTEST_GUILESS_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
