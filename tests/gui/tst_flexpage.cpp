// The Flex page on the demo fleet (libvirt's test driver): the preview says "now" or "at next boot" (and
// why) for each resource, refuses a too-large or zero target with the reason, shows "≈ N shares" for a
// server without a count, applies a flex (CPU weight skipped: the test driver cannot set it), and
// refuses everything on a read-only connection.

#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "core/Config.h"
#include "flex/FlexOperations.h"
#include "flex/FlexPage.h"
#include "flex/ShareProfileStore.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestFlexPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void previewNowAndNextBoot_data();
    void previewNowAndNextBoot();
    void sliderFollowsSpinBox();
    void estimatedShares();
    void applyFlexesOnTheTestDriver();
    void readOnlyConnectionRefuses();

private:
    DomainSnapshot serverNamed(const QString &uri, const QString &name) const;
    QString text(const char *objectName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_list = nullptr;
    OperationQueue *m_queue = nullptr;
    ShareProfileStore m_profiles;
    FlexPage *m_page = nullptr;
    QString m_uri;
};

void TestFlexPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    QVERIFY(m_profiles.load(QString()).isEmpty());
    m_manager = new ConnectionManager(this);
    m_list = new ServerListModel(this);
    m_list->attach(m_manager);
    m_list->setShareEstimator(m_profiles.estimator());
    m_queue = new OperationQueue(m_manager, nullptr, this);
    FlexOperations::registerKinds(*m_queue);
    Lifecycle::registerKinds(*m_queue);
    Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    m_uri = uri.value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_list->serversOf(m_uri).size(), 30, 10000);
    m_page = new FlexPage(Services{m_config.get(), m_manager, m_queue, m_list}, &m_profiles);
    m_page->resize(800, 600);
    m_page->show();
    QCOMPARE(m_page->pageId(), QStringLiteral("flex"));
}

void TestFlexPage::cleanupTestCase()
{
    delete m_page;
}

DomainSnapshot TestFlexPage::serverNamed(const QString &uri, const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_list->serverNamed(uri, name))
        return *s;
    return {};
}

QString TestFlexPage::text(const char *objectName) const
{
    auto *label = m_page->findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

void TestFlexPage::previewNowAndNextBoot_data()
{
    QTest::addColumn<int>("shares");
    QTest::addColumn<QString>("vcpusWhen");
    QTest::addColumn<QString>("memoryWhen");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("refusal");
    // www-en-02: 4 shares, 2 of 4 vCPUs, 1 GiB of 2 GiB.
    QTest::newRow("6 shares: all now") << 6 << "now"
                                       << "now"
                                       << ""
                                       << "";
    QTest::newRow("3 shares: vCPUs unchanged") << 3 << "unchanged"
                                               << "now"
                                               << ""
                                               << "";
    QTest::newRow("10 shares: next boot") << 10 << "at next boot"
                                          << "at next boot"
                                          << "memory max at boot is 2 GiB"
                                          << "";
    QTest::newRow("30 shares: refused") << 30 << "at next boot"
                                        << "at next boot"
                                        << ""
                                        << "30 shares is above the absolute maximum of 24 shares";
    QTest::newRow("0 shares: refused") << 0 << "now"
                                       << "now"
                                       << ""
                                       << "at least 1 share";
    QTest::newRow("4 shares: nothing to change") << 4 << "unchanged"
                                                 << "unchanged"
                                                 << ""
                                                 << "already has 4 shares";
}

void TestFlexPage::previewNowAndNextBoot()
{
    QFETCH(int, shares);
    QFETCH(QString, vcpusWhen);
    QFETCH(QString, memoryWhen);
    QFETCH(QString, why);
    QFETCH(QString, refusal);
    m_page->setServer(std::nullopt); // another server: the target starts again from its count
    m_page->setServer(serverNamed(m_uri, QStringLiteral("www-en-02")));
    auto *spin = m_page->findChild<QSpinBox *>(QStringLiteral("sharesSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 4);
    spin->setValue(shares);
    QCOMPARE(text("vcpusWhen"), vcpusWhen);
    QCOMPARE(text("memoryWhen"), memoryWhen);
    QCOMPARE(text("weightWhen"), QStringLiteral("not applied"));
    QCOMPARE(text("weightWhy"), QStringLiteral("the test driver cannot set CPU weight"));
    if (!why.isEmpty())
        QCOMPARE(text("memoryWhy"), why);
    auto *refusalLabel = m_page->findChild<QLabel *>(QStringLiteral("refusalLabel"));
    auto *apply = m_page->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QCOMPARE(refusalLabel->isVisible(), !refusal.isEmpty());
    QCOMPARE(apply->isEnabled(), refusal.isEmpty());
    if (!refusal.isEmpty())
        QVERIFY2(refusalLabel->text().contains(refusal), qPrintable(refusalLabel->text()));
    if (shares == 10) {
        QCOMPARE(apply->text(), QStringLiteral("Apply (reboot needed)"));
        QCOMPARE(text("vcpusWhy"), QStringLiteral("vCPU max at boot is 4"));
        QCOMPARE(text("memoryTarget"), QStringLiteral("2.5 GiB (now 2 GiB)"));
    }
    QVERIFY(text("capacityLabel").contains(QStringLiteral("free on the host")));
    QVERIFY(text("ceilingLabel").contains(QStringLiteral("Up to 8 shares now")));
}

void TestFlexPage::sliderFollowsSpinBox()
{
    m_page->setServer(serverNamed(m_uri, QStringLiteral("www-en-02")));
    auto *spin = m_page->findChild<QSpinBox *>(QStringLiteral("sharesSpin"));
    auto *slider = m_page->findChild<QSlider *>(QStringLiteral("sharesSlider"));
    QCOMPARE(slider->minimum(), 1);
    QCOMPARE(slider->maximum(), 24);
    slider->setValue(7);
    QCOMPARE(spin->value(), 7);
    QCOMPARE(text("memoryTarget"), QStringLiteral("1.75 GiB"));
    spin->setValue(5);
    QCOMPARE(slider->value(), 5);
}

void TestFlexPage::estimatedShares()
{
    m_page->setServer(serverNamed(m_uri, QStringLiteral("backup-01")));
    QVERIFY2(text("currentSharesLabel").contains(QStringLiteral("≈ 3.9 shares")),
             qPrintable(text("currentSharesLabel")));
    // backup-01 is paused: the preview shows the numbers but refuses.
    auto *refusalLabel = m_page->findChild<QLabel *>(QStringLiteral("refusalLabel"));
    QVERIFY(refusalLabel->isVisible());
    QVERIFY(refusalLabel->text().contains(QStringLiteral("is paused")));
    m_page->setServer(serverNamed(m_uri, QStringLiteral("monitor-01")));
    QVERIFY(text("currentSharesLabel").contains(QStringLiteral("≈ 6 shares")));
    QCOMPARE(m_page->findChild<QSpinBox *>(QStringLiteral("sharesSpin"))->value(), 6);
}

void TestFlexPage::applyFlexesOnTheTestDriver()
{
    DomainSnapshot s = serverNamed(m_uri, QStringLiteral("www-en-03"));
    m_page->setServer(s);
    auto *spin = m_page->findChild<QSpinBox *>(QStringLiteral("sharesSpin"));
    spin->setValue(6);
    auto *apply = m_page->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!apply->isEnabled());
    auto *bar = m_page->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QTRY_COMPARE_WITH_TIMEOUT(bar->level(), MessageBar::Level::Positive, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("vCPUs 3, memory 1.5 GiB")), qPrintable(bar->text()));
    QVERIFY(
        bar->text().contains(QStringLiteral("CPU weight not set: the test driver cannot set CPU weight")));
    QTRY_VERIFY_WITH_TIMEOUT(serverNamed(m_uri, QStringLiteral("www-en-03")).metadata.shares == 6, 10000);
    s = serverNamed(m_uri, QStringLiteral("www-en-03"));
    QCOMPARE(s.vcpus, 3);
    QCOMPARE(s.memoryKiB, 1536ull * 1024);
    QVERIFY(!s.needsReboot());
    m_page->setServer(s);
    QVERIFY(text("currentSharesLabel").contains(QStringLiteral("6 shares now")));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("rebootButton"))->isVisible());

    // Beyond the maxima: the definition changes and "Reboot now" appears.
    spin->setValue(10);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(serverNamed(m_uri, QStringLiteral("www-en-03")).metadata.shares == 10, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(serverNamed(m_uri, QStringLiteral("www-en-03")).needsReboot(), 10000);
    m_page->setServer(serverNamed(m_uri, QStringLiteral("www-en-03")));
    auto *reboot = m_page->findChild<QPushButton *>(QStringLiteral("rebootButton"));
    QVERIFY(reboot->isVisible());
    QVERIFY2(text("pendingLabel").contains(QStringLiteral("maximum memory")),
             qPrintable(text("pendingLabel")));
}

void TestFlexPage::readOnlyConnectionRefuses()
{
    // A second copy of the fleet, opened read-only.
    const QString path = m_dir.filePath(QStringLiteral("ro-fleet.xml"));
    QVERIFY(QFile::copy(DemoFleet::filePath(), path));
    Connection::Options o;
    o.uri = QStringLiteral("test://") + path;
    o.readOnly = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_list->serversOf(o.uri).size(), 30, 10000);
    m_page->setServer(serverNamed(o.uri, QStringLiteral("www-en-05")));
    m_page->findChild<QSpinBox *>(QStringLiteral("sharesSpin"))->setValue(3);
    auto *refusalLabel = m_page->findChild<QLabel *>(QStringLiteral("refusalLabel"));
    QVERIFY(refusalLabel->isVisible());
    QVERIFY2(refusalLabel->text().contains(QStringLiteral("opened read-only")),
             qPrintable(refusalLabel->text()));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    // The queue refuses it too if someone enqueues anyway.
    const FlexPlan plan = m_page->plan();
    FlexPlan forced = plan;
    forced.refusal.reset();
    QVERIFY(!FlexOperations::enqueue(*m_queue, forced).ok());
}

QTEST_MAIN(TestFlexPage)
#include "tst_flexpage.moc"
