// The server list's feature columns on the demo fleet (libvirt's real test driver, with the real metrics
// sampler and address book behind them): each sampling tick updates only the CPU and Network columns
// (one dataChanged per contiguous run, with the sparkline role), server and host rows give sparklines,
// the columns sort by raw value, and the Address column fills from the hypervisor's answer.

#include "core/Config.h"
#include "diagnostics/AddressBook.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "metrics/MetricsService.h"
#include "servers/ServerListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestServerColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ticksTouchOnlyRateColumns();
    void addressColumnFills();

private:
    std::optional<DomainSnapshot> byName(const QString &name) const;

    QString m_uri;
    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<ServerListModel> m_model;
    std::unique_ptr<MetricsService> m_metrics;
    std::unique_ptr<AddressBook> m_addresses;
};

void TestServerColumns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    m_uri = uri.value();
}

void TestServerColumns::init()
{
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_config->setValue(QStringLiteral("metrics/interval"), 1);
    m_manager = std::make_unique<ConnectionManager>();
    m_model = std::make_unique<ServerListModel>();
    m_model->attach(m_manager.get());
    m_metrics = std::make_unique<MetricsService>(m_manager.get(), m_config.get(), nullptr,
                                                 m_dir.filePath(QStringLiteral("history")));
    m_addresses = std::make_unique<AddressBook>(m_manager.get(), m_model.get());
    m_model->setMetrics(m_metrics.get());
    m_model->setAddressBook(m_addresses.get());
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->serverCount() >= 25, 10000);
}

void TestServerColumns::cleanup()
{
    m_model->setMetrics(nullptr);
    m_model->setAddressBook(nullptr);
    m_addresses.reset();
    m_metrics.reset();
    m_model.reset();
    m_manager.reset();
    m_config.reset();
}

std::optional<DomainSnapshot> TestServerColumns::byName(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_model->serverNamed(m_uri, name))
        return *s;
    return std::nullopt;
}

void TestServerColumns::ticksTouchOnlyRateColumns()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ticked(m_metrics.get(), &MetricsService::ticked);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(ticked.wait(10000));
    bool sawRateRun = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        const QList<int> roles = args.at(2).value<QList<int>>();
        if (!roles.contains(ServerListModel::SparklineRole))
            continue;
        sawRateRun = true;
        QCOMPARE(from.column(), int(ServerListModel::CpuColumn));
        QCOMPARE(to.column(), int(ServerListModel::NetworkColumn));
        QVERIFY(from.row() <= to.row());
    }
    QVERIFY(sawRateRun);

    const std::optional<DomainSnapshot> web = byName(QStringLiteral("www-en-01"));
    QVERIFY(web && web->active);
    const QModelIndex cpu = m_model->indexOf(web->ref(), ServerListModel::CpuColumn);
    const QVariant line = cpu.data(ServerListModel::SparklineRole);
    QVERIFY(line.canConvert<Sparkline>());
    QVERIFY(line.value<Sparkline>().toMs > line.value<Sparkline>().fromMs);
    // Raw values sort: a number for every server (-1 when nothing is known yet).
    bool ok = false;
    cpu.data(ServerListModel::RawValueRole).toDouble(&ok);
    QVERIFY(ok);
    // Other columns keep their meaning and get no sparkline.
    QVERIFY(!m_model->indexOf(web->ref(), ServerListModel::NameColumn)
                 .data(ServerListModel::SparklineRole)
                 .isValid());
    // The host row carries the host's totals.
    const QModelIndex host = m_model->hostIndex(m_uri, ServerListModel::CpuColumn);
    QVERIFY(host.data(ServerListModel::SparklineRole).canConvert<Sparkline>());
}

void TestServerColumns::addressColumnFills()
{
    const std::optional<DomainSnapshot> web = byName(QStringLiteral("www-en-01"));
    QVERIFY(web && web->active);
    const QModelIndex address = m_model->indexOf(web->ref(), ServerListModel::AddressColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    address.data(); // asks the address book once
    QTRY_VERIFY_WITH_TIMEOUT(m_addresses->entry(web->ref()).fetchedAt.isValid(), 10000);
    bool sawAddressColumn = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        if (args.at(0).toModelIndex().column() == ServerListModel::AddressColumn &&
            args.at(1).toModelIndex().column() == ServerListModel::AddressColumn)
            sawAddressColumn = true;
    }
    QVERIFY(sawAddressColumn);
    QCOMPARE(address.data().toString(), m_addresses->displayText(web->ref()));
    QVERIFY(!address.data(Qt::ToolTipRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerColumns)
#include "tst_servercolumns.moc"
