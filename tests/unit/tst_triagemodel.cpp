// Triage's noise control and output: an acknowledged finding is hidden until it changes and the
// acknowledgement survives a restart (triage.json); a damaged file is set aside; the table model passes
// QAbstractItemModelTester while findings come and go, and sorts worst first; the text export carries
// times and figures; thresholds come from the settings with their defaults.

#include "core/Config.h"
#include "triage/TriageAcknowledgements.h"
#include "triage/TriageEngine.h"
#include "triage/TriageExport.h"
#include "triage/TriageFilterModel.h"
#include "triage/TriageModel.h"

#include <libvirt/libvirt.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

namespace {
const QString kUri = QStringLiteral("qemu+ssh://hv1/system");
const qint64 kT0 = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

HostSnapshot host()
{
    HostSnapshot h;
    h.uri = kUri;
    h.displayName = QStringLiteral("hv1");
    h.state = HostState::Connected;
    return h;
}

DomainSnapshot server(int n, DomainState state, int reason, const QString &type = QStringLiteral("kvm"))
{
    DomainSnapshot s;
    s.uri = kUri;
    s.uuid = QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
    s.name = QStringLiteral("srv-%1").arg(n);
    s.state = state;
    s.stateReason = reason;
    s.active = isActive(state);
    s.definition.domainType = type;
    s.runningSince = QDateTime::fromMSecsSinceEpoch(kT0 - 3600 * 1000 * 5, Qt::UTC);
    return s;
}
} // namespace

class TestTriageModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void acknowledgedHiddenUntilItChanges();
    void acknowledgementsPersist();
    void damagedFileIsSetAside();
    void modelFollowsEngineAndSortsWorstFirst();
    void exportHasTimesAndFigures();
    void settingsFromConfig();

private:
    qint64 m_now = kT0;
};

void TestTriageModel::acknowledgedHiddenUntilItChanges()
{
    TriageEngine engine;
    engine.setClock([this] { return m_now; });
    engine.applyHost(host());
    engine.setHostOffersKvm(kUri, true);
    engine.applyListing(kUri, {server(1, DomainState::Paused, VIR_DOMAIN_PAUSED_USER)});
    QCOMPARE(engine.openCount(), 1);
    const QString key = engine.findings().first().key();
    QSignalSpy acked(&engine, &TriageEngine::acknowledgementsChanged);
    QVERIFY(engine.acknowledge({key}).ok());
    QCOMPARE(acked.size(), 1);
    QCOMPARE(engine.openCount(), 0);
    QVERIFY(engine.isAcknowledged(engine.findings().first()));

    // Same state, another update: still hidden.
    m_now += 60000;
    engine.applyServer(server(1, DomainState::Paused, VIR_DOMAIN_PAUSED_USER));
    QCOMPARE(engine.openCount(), 0);
    // The reason changes (now an I/O error): it shows again.
    engine.applyServer(server(1, DomainState::Paused, VIR_DOMAIN_PAUSED_IOERROR));
    QCOMPARE(engine.openCount(), 1);
    // Resumed, then paused again later: a new occurrence shows too.
    QVERIFY(engine.acknowledge({key}).ok());
    QCOMPARE(engine.openCount(), 0);
    engine.applyServer(server(1, DomainState::Running, VIR_DOMAIN_RUNNING_UNPAUSED));
    QCOMPARE(engine.findings().size(), 0);
    m_now += 60000;
    engine.applyServer(server(1, DomainState::Paused, VIR_DOMAIN_PAUSED_IOERROR));
    QCOMPARE(engine.openCount(), 1);
    QVERIFY(engine.unacknowledge({key}).ok());
}

void TestTriageModel::acknowledgementsPersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("triage.json"));
    {
        TriageEngine engine;
        engine.setClock([this] { return m_now; });
        QVERIFY(engine.setAcknowledgementsFile(path).ok());
        engine.applyHost(host());
        engine.setHostOffersKvm(kUri, true);
        engine.applyListing(kUri, {server(1, DomainState::Crashed, VIR_DOMAIN_CRASHED_PANICKED)});
        QVERIFY(engine.acknowledge({engine.findings().first().key()}).ok());
    }
    QVERIFY(QFile::exists(path));
    TriageEngine engine;
    engine.setClock([this] { return m_now; });
    QVERIFY(engine.setAcknowledgementsFile(path).ok());
    engine.applyHost(host());
    engine.setHostOffersKvm(kUri, true);
    engine.applyListing(kUri, {server(1, DomainState::Crashed, VIR_DOMAIN_CRASHED_PANICKED)});
    QCOMPARE(engine.findings().size(), 1);
    QCOMPARE(engine.openCount(), 0);
    QVERIFY(!TriageAcknowledgements::defaultPath().isEmpty());
    QVERIFY(TriageAcknowledgements::defaultPath().endsWith(QStringLiteral("virtdeck/triage.json")) ||
            TriageAcknowledgements::defaultPath().endsWith(QStringLiteral("/triage.json")));
}

void TestTriageModel::damagedFileIsSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("triage.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    TriageAcknowledgements acks(path);
    const Status st = acks.load();
    QVERIFY(!st.ok());
    QVERIFY2(st.error().message.contains(QStringLiteral("set aside")), qPrintable(st.error().message));
    QCOMPARE(acks.size(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestTriageModel::modelFollowsEngineAndSortsWorstFirst()
{
    TriageEngine engine;
    engine.setClock([this] { return m_now; });
    TriageModel model(&engine);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TriageFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(TriageModel::FindingColumn, Qt::AscendingOrder);

    engine.applyHost(host());
    engine.setHostOffersKvm(kUri, true);
    QList<DomainSnapshot> list;
    list << server(1, DomainState::Running, 1, QStringLiteral("qemu"))    // warning
         << server(2, DomainState::Paused, VIR_DOMAIN_PAUSED_IOERROR)     // critical
         << server(3, DomainState::Running, 1)                            // nothing
         << server(4, DomainState::Crashed, VIR_DOMAIN_CRASHED_PANICKED); // critical
    list[2].pendingChanges = {QStringLiteral("vCPUs: 2 → 4")};            // notice
    engine.applyListing(kUri, list);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(filter.rowCount(), 4);
    auto titleAt = [&](int row) { return filter.index(row, TriageModel::FindingColumn).data().toString(); };
    QCOMPARE(titleAt(0), TriageFinding::kindTitle(TriageKind::Crashed));
    QCOMPARE(titleAt(1), TriageFinding::kindTitle(TriageKind::Paused));
    QCOMPARE(titleAt(2), TriageFinding::kindTitle(TriageKind::NoHardwareAcceleration));
    QCOMPARE(titleAt(3), TriageFinding::kindTitle(TriageKind::PendingChanges));
    QCOMPARE(filter.index(0, TriageModel::ServerColumn).data().toString(), QStringLiteral("srv-4"));
    QCOMPARE(filter.index(0, TriageModel::ActionColumn).data(TriageModel::ActionPageRole).toString(),
             QStringLiteral("console"));

    // Acknowledging hides the row from the filter, not from the model.
    QVERIFY(engine.acknowledge({filter.index(0, 0).data(TriageModel::KeyRole).toString()}).ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(filter.rowCount(), 3);
    filter.setShowAcknowledged(true);
    QCOMPARE(filter.rowCount(), 4);
    filter.setShowAcknowledged(false);

    // Sorting on the server column.
    filter.sort(TriageModel::ServerColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, TriageModel::ServerColumn).data().toString(), QStringLiteral("srv-3"));

    // Findings go away and come in, one dataChanged per contiguous run for updates.
    m_now += 1000;
    list[1] = server(2, DomainState::Running, VIR_DOMAIN_RUNNING_UNPAUSED);
    list[0].definition.domainType = QStringLiteral("kvm");
    engine.applyListing(kUri, list);
    QCOMPARE(model.rowCount(), 2);
    engine.removeHost(kUri);
    QCOMPARE(model.rowCount(), 0);
}

void TestTriageModel::exportHasTimesAndFigures()
{
    TriageFinding f;
    f.kind = TriageKind::CpuSteal;
    f.severity = TriageSeverity::Warning;
    f.server = ServerRef{kUri, QStringLiteral("u1"), QStringLiteral("shop-01")};
    f.hostName = QStringLiteral("hv1");
    f.since = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
    f.evidence = QStringLiteral("vCPU wait 23 % on average over 5 min");
    TriageFinding h;
    h.kind = TriageKind::HostNotResponding;
    h.severity = TriageSeverity::Critical;
    h.server = ServerRef{kUri, {}, {}};
    h.hostName = QStringLiteral("hv2");
    h.since = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
    h.sinceExact = false;
    h.evidence = QStringLiteral("Not responding: keepalive timeout");
    const QString text = TriageExport::toText({h, f}, kT0 + 12 * 60 * 1000);
    QVERIFY2(text.contains(QStringLiteral("2026-12-03 09:12:00 UTC")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 finding(s)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[Warning] CPU steal — shop-01 on hv1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("since 2026-12-03 09:00:00 UTC (12 min)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("vCPU wait 23 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[Critical] Host not responding — host hv2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("since at least 2026-12-03 09:00:00 UTC")), qPrintable(text));
}

void TestTriageModel::settingsFromConfig()
{
    QTemporaryDir dir;
    Config config(dir.filePath(QStringLiteral("virtdeck.conf")));
    TriageSettings d = TriageSettings::load(&config);
    QCOMPARE(d.stealPercent, 10.0);
    QCOMPARE(d.stealWindowSeconds, 300);
    QCOMPARE(d.peggedSeconds, 600);
    QCOMPARE(d.restartWindowSeconds, 3600);
    config.setValue(QStringLiteral("triage/stealPercent"), 25);
    config.setValue(QStringLiteral("triage/peggedPercent"), 250); // out of range: the default
    config.setValue(QStringLiteral("triage/stealWindowSeconds"), QStringLiteral("abc"));
    TriageSettings s = TriageSettings::load(&config);
    QCOMPARE(s.stealPercent, 25.0);
    QCOMPARE(s.peggedPercent, 95.0);
    QCOMPARE(s.stealWindowSeconds, 300);
    s.peggedSeconds = 120;
    s.save(&config);
    QCOMPARE(TriageSettings::load(&config).peggedSeconds, 120);
}

QTEST_GUILESS_MAIN(TestTriageModel)
#include "tst_triagemodel.moc"
