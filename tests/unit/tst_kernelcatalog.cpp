// KernelCatalog, KernelNotes and KernelCatalogModel: pairing kernels with initrds, the notes file and its
// per-field validation, where notes and pool names come from, and the demo fleet's "kernels" pool read
// through libvirt's real test driver.

#include "boot/KernelCatalog.h"
#include "boot/KernelCatalogModel.h"
#include "boot/KernelNotes.h"
#include "core/AppPaths.h"
#include "core/Config.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace virtdeck;

// QVERIFY2 evaluates its message even when the check passes: never call error() on a success.
template <typename T>
QString why(const virtdeck::Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

namespace {
KernelVolume vol(const QString &name)
{
    return {name, QStringLiteral("/pool/") + name};
}

QStringList versions(const QList<KernelEntry> &entries)
{
    QStringList out;
    for (const KernelEntry &e : entries)
        out << e.version;
    return out;
}

void silent(void *, virErrorPtr) {}
} // namespace

class TestKernelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void kernelVersion_data();
    void kernelVersion();
    void compareVersions_data();
    void compareVersions();
    void pairs();
    void notesAddTitlesAndMissingKernels();
    void notesDemoFile();
    void notesBadFields_data();
    void notesBadFields();
    void notesRefused_data();
    void notesRefused();
    void notesMissingFileIsEmpty();
    void whereNotesAndPoolComeFrom();
    void demoPoolThroughTestDriver();
    void missingPoolAndVolume();
    void model();

private:
    QTemporaryDir m_dir;
    virConnectPtr m_conn = nullptr;
    QString m_uri;
};

void TestKernelCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The test driver reads a file: write the shipped fleet out (as DemoFleet does).
    QFile source(QStringLiteral(":/demo/fleet.xml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("fleet.xml"));
    QFile target(path);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(source.readAll());
    target.close();
    m_uri = QStringLiteral("test://") + QUrl::fromLocalFile(path).path(QUrl::FullyEncoded);
    virSetErrorFunc(nullptr, silent);
    m_conn = virConnectOpen(m_uri.toUtf8().constData());
    QVERIFY2(m_conn, virGetLastErrorMessage());
}

void TestKernelCatalog::cleanupTestCase()
{
    if (m_conn)
        virConnectClose(m_conn);
}

void TestKernelCatalog::kernelVersion_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version"); // empty: not a kernel
    QTest::newRow("debian") << QStringLiteral("vmlinuz-6.1.0-13-amd64") << QStringLiteral("6.1.0-13-amd64");
    QTest::newRow("el9") << QStringLiteral("vmlinuz-5.14.0-362.8.1.el9_3.x86_64")
                         << QStringLiteral("5.14.0-362.8.1.el9_3.x86_64");
    QTest::newRow("uncompressed") << QStringLiteral("vmlinux-6.1") << QStringLiteral("6.1");
    QTest::newRow("initrd") << QStringLiteral("initrd.img-6.1") << QString();
    QTest::newRow("bare prefix") << QStringLiteral("vmlinuz-") << QString();
    QTest::newRow("config") << QStringLiteral("config-6.1") << QString();
}

void TestKernelCatalog::kernelVersion()
{
    QFETCH(QString, name);
    QFETCH(QString, version);
    QCOMPARE(KernelCatalog::kernelVersion(name).value_or(QString()), version);
}

void TestKernelCatalog::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("numeric, not text") << QStringLiteral("5.10.0") << QStringLiteral("5.9.0") << 1;
    QTest::newRow("equal") << QStringLiteral("6.1.0-13") << QStringLiteral("6.1.0-13") << 0;
    QTest::newRow("abi number") << QStringLiteral("6.1.0-9-amd64") << QStringLiteral("6.1.0-13-amd64") << -1;
    QTest::newRow("leading zeros") << QStringLiteral("6.01") << QStringLiteral("6.1") << 0;
    QTest::newRow("longer is later") << QStringLiteral("6.1") << QStringLiteral("6.1.1") << -1;
    QTest::newRow("major") << QStringLiteral("2.6.32-paravirt") << QStringLiteral("4.19.0-25-amd64") << -1;
}

void TestKernelCatalog::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(KernelCatalog::compareVersions(a, b), order);
    QCOMPARE(KernelCatalog::compareVersions(b, a), -order);
}

void TestKernelCatalog::pairs()
{
    const QList<KernelVolume> volumes = {
        vol(QStringLiteral("vmlinuz-6.1")),      vol(QStringLiteral("initrd.img-6.1")),
        vol(QStringLiteral("vmlinuz-5.14.el9")), vol(QStringLiteral("initramfs-5.14.el9.img")),
        vol(QStringLiteral("vmlinuz-6.5")),      vol(QStringLiteral("README")),
        vol(QStringLiteral("initrd.img-4.0"))};
    const QList<KernelEntry> entries = KernelCatalog::build(volumes, KernelNotes());
    QCOMPARE(versions(entries),
             QStringList({QStringLiteral("6.5"), QStringLiteral("6.1"), QStringLiteral("5.14.el9")}));
    QCOMPARE(entries[0].initrdPath, QString()); // 6.5 has none
    QVERIFY(!entries[0].hasInitrd());
    QCOMPARE(entries[1].initrdVolume, QStringLiteral("initrd.img-6.1"));
    QCOMPARE(entries[1].kernelPath, QStringLiteral("/pool/vmlinuz-6.1"));
    QCOMPARE(entries[2].initrdVolume, QStringLiteral("initramfs-5.14.el9.img"));
    QVERIFY(KernelCatalog::findByKernelPath(entries, QStringLiteral("/pool/vmlinuz-6.1")));
    QVERIFY(!KernelCatalog::findByKernelPath(entries, QString()));
}

void TestKernelCatalog::notesAddTitlesAndMissingKernels()
{
    const QByteArray json = R"({"format": 1, "pool": "kernels", "kernels": [
        {"version": "6.1", "title": "6.1 — stable", "note": "Use this.", "recommended": true, "cmdline": "ro quiet"},
        {"version": "2.6.32", "title": "2.6.32 — paravirt_ops", "initrd": "initrd-legacy.img"},
        {"version": "9.9", "title": "missing"}]})";
    Result<KernelNotes> notes = KernelNotes::parse(json, QStringLiteral("notes.json"));
    QVERIFY2(notes, qPrintable(why(notes)));
    QVERIFY2(notes->problems.isEmpty(), qPrintable(notes->problems.join(QLatin1Char('\n'))));
    const QList<KernelVolume> volumes = {
        vol(QStringLiteral("vmlinuz-6.1")), vol(QStringLiteral("vmlinuz-6.2")),
        vol(QStringLiteral("vmlinuz-2.6.32")), vol(QStringLiteral("initrd-legacy.img"))};
    const QList<KernelEntry> entries = KernelCatalog::build(volumes, notes.value());
    // Recommended first, then the pool's by version, then what only the notes name.
    QCOMPARE(versions(entries), QStringList({QStringLiteral("6.1"), QStringLiteral("6.2"),
                                             QStringLiteral("2.6.32"), QStringLiteral("9.9")}));
    QCOMPARE(entries[0].displayTitle(), QStringLiteral("6.1 — stable"));
    QCOMPARE(entries[0].suggestedCmdline, QStringLiteral("ro quiet"));
    QVERIFY(entries[0].recommended);
    QCOMPARE(entries[1].displayTitle(), QStringLiteral("6.2"));
    QCOMPARE(entries[2].initrdVolume, QStringLiteral("initrd-legacy.img")); // named by the notes
    QVERIFY(!entries[3].inPool());
}

void TestKernelCatalog::notesDemoFile()
{
    Result<KernelNotes> notes = KernelNotes::load(QStringLiteral(":/demo/kernels.json"));
    QVERIFY2(notes, qPrintable(why(notes)));
    QVERIFY2(notes->problems.isEmpty(), qPrintable(notes->problems.join(QLatin1Char('\n'))));
    QCOMPARE(notes->pool, QStringLiteral("kernels"));
    QCOMPARE(notes->kernels.size(), 6);
    const KernelNote *legacy = notes->find(QStringLiteral("2.6.32-paravirt"));
    QVERIFY(legacy);
    QCOMPARE(legacy->title, QStringLiteral("2.6.32 — paravirt_ops (legacy)"));
    const KernelNote *backports = notes->find(QStringLiteral("6.5.0-0.deb12.4-amd64"));
    QVERIFY(backports && backports->initrdGiven && !backports->initrd);
}

void TestKernelCatalog::notesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("kept");
    QTest::newRow("recommended not a bool")
        << QByteArray(R"({"format":1,"kernels":[{"version":"6.1","recommended":"yes"}]})")
        << QStringLiteral("kernels[0].recommended") << 1;
    QTest::newRow("title not a string")
        << QByteArray(R"({"format":1,"kernels":[{"version":"6.1","title":7}]})")
        << QStringLiteral("kernels[0].title") << 1;
    QTest::newRow("no version") << QByteArray(R"({"format":1,"kernels":[{"title":"x"},{"version":"6.1"}]})")
                                << QStringLiteral("kernels[0].version") << 1;
    QTest::newRow("version with a slash") << QByteArray(R"({"format":1,"kernels":[{"version":"../etc"}]})")
                                          << QStringLiteral("kernels[0].version") << 0;
    QTest::newRow("initrd a number") << QByteArray(R"({"format":1,"kernels":[{"version":"6.1","initrd":3}]})")
                                     << QStringLiteral("kernels[0].initrd") << 1;
    QTest::newRow("entry not an object")
        << QByteArray(R"({"format":1,"kernels":["6.1"]})") << QStringLiteral("kernels[0]") << 0;
    QTest::newRow("bad cmdline") << QByteArray(
                                        R"({"format":1,"kernels":[{"version":"6.1","cmdline":"a=\"b"}]})")
                                 << QStringLiteral("kernels[0].cmdline") << 1;
    QTest::newRow("two recommended")
        << QByteArray(
               R"({"format":1,"kernels":[{"version":"6.1","recommended":true},{"version":"6.2","recommended":true}]})")
        << QStringLiteral("kernels[1]") << 2;
    QTest::newRow("repeated version")
        << QByteArray(R"({"format":1,"kernels":[{"version":"6.1"},{"version":"6.1"}]})")
        << QStringLiteral("repeats") << 1;
    QTest::newRow("kernels not a list")
        << QByteArray(R"({"format":1,"kernels":{}})") << QStringLiteral("\"kernels\"") << 0;
    QTest::newRow("pool not a string")
        << QByteArray(R"({"format":1,"pool":5,"kernels":[]})") << QStringLiteral("\"pool\"") << 0;
    QTest::newRow("format missing") << QByteArray(R"({"kernels":[{"version":"6.1"}]})")
                                    << QStringLiteral("format") << 1;
}

void TestKernelCatalog::notesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QFETCH(int, kept);
    Result<KernelNotes> notes = KernelNotes::parse(json, QStringLiteral("host.json"));
    QVERIFY2(notes, qPrintable(why(notes)));
    QCOMPARE(notes->problems.size(), 1);
    QVERIFY2(notes->problems.first().contains(mentions), qPrintable(notes->problems.first()));
    QVERIFY(notes->problems.first().startsWith(QStringLiteral("host.json")));
    QCOMPARE(notes->kernels.size(), kept);
}

void TestKernelCatalog::notesRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{\"format\": 1,");
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("newer format") << QByteArray(R"({"format":2,"kernels":[]})");
    QTest::newRow("empty file") << QByteArray();
}

void TestKernelCatalog::notesRefused()
{
    QFETCH(QByteArray, json);
    Result<KernelNotes> notes = KernelNotes::parse(json, QStringLiteral("host.json"));
    QVERIFY(!notes);
    QVERIFY(notes.error().message.contains(QStringLiteral("host.json")));
}

void TestKernelCatalog::notesMissingFileIsEmpty()
{
    Result<KernelNotes> notes = KernelNotes::load(m_dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(notes);
    QVERIFY(notes->kernels.isEmpty());
}

void TestKernelCatalog::whereNotesAndPoolComeFrom()
{
    QCOMPARE(KernelNotes::hostKey(QStringLiteral("qemu+ssh://root@KVM-01.example.net/system")),
             QStringLiteral("kvm-01.example.net"));
    QCOMPARE(KernelNotes::hostKey(QStringLiteral("qemu:///system")), QStringLiteral("localhost"));
    QCOMPARE(KernelNotes::hostKey(QStringLiteral("xen+ssh://[2001:db8::1]/")), QStringLiteral("2001_db8__1"));

    Config config(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    const QString remote = QStringLiteral("qemu+ssh://root@kvm-01.example.net/system");
    QVERIFY(KernelNotes::pathFor(remote, false, &config)
                .endsWith(QStringLiteral("/kernels/kvm-01.example.net.json")));
    QVERIFY(KernelNotes::pathFor(remote, false, &config).startsWith(AppPaths::configDir()));
    QCOMPARE(KernelNotes::pathFor(m_uri, true, &config), QStringLiteral(":/demo/kernels.json"));
    config.setValue(QStringLiteral("boot/kernelNotes/") + remote, QStringLiteral("/etc/virtdeck/k.json"));
    QCOMPARE(KernelNotes::pathFor(remote, false, &config), QStringLiteral("/etc/virtdeck/k.json"));

    QCOMPARE(KernelCatalog::poolName(&config, remote), QStringLiteral("kernels"));
    config.setValue(KernelCatalog::poolSettingKey(remote), QStringLiteral("boot-images"));
    QCOMPARE(KernelCatalog::poolName(&config, remote), QStringLiteral("boot-images"));
    QCOMPARE(KernelCatalog::poolName(&config, QStringLiteral("qemu:///system")), QStringLiteral("kernels"));
    QCOMPARE(KernelCatalog::poolName(nullptr, remote), QStringLiteral("kernels"));
    // Survives a reload of the settings file.
    config.sync();
    Config again(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    QCOMPARE(KernelCatalog::poolName(&again, remote), QStringLiteral("boot-images"));
}

void TestKernelCatalog::demoPoolThroughTestDriver()
{
    Result<KernelCatalogData> data =
        KernelCatalog::load(m_conn, m_uri, QStringLiteral("kernels"), QStringLiteral(":/demo/kernels.json"));
    QVERIFY2(data, qPrintable(why(data)));
    QVERIFY2(data->problems.isEmpty(), qPrintable(data->problems.join(QLatin1Char('\n'))));
    QCOMPARE(data->entries.size(), 6);
    QCOMPARE(data->entries.first().version, QStringLiteral("6.1.0-13-amd64")); // recommended first
    QVERIFY(data->entries.first().recommended);
    QCOMPARE(data->entries.first().kernelPath,
             QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64"));
    int withInitrd = 0;
    for (const KernelEntry &e : data->entries) {
        QVERIFY(e.inPool());
        withInitrd += e.hasInitrd();
        if (e.version.startsWith(QStringLiteral("5.14.0")))
            QCOMPARE(e.initrdVolume, QStringLiteral("initramfs-5.14.0-362.8.1.el9_3.x86_64.img"));
        if (e.version == QStringLiteral("6.5.0-0.deb12.4-amd64"))
            QVERIFY(!e.hasInitrd());
        if (e.version == QStringLiteral("2.6.32-paravirt"))
            QCOMPARE(e.displayTitle(), QStringLiteral("2.6.32 — paravirt_ops (legacy)"));
    }
    QCOMPARE(withInitrd, 5);
    QVERIFY(KernelCatalog::checkVolumePath(m_conn, data->entries.first().kernelPath));
}

void TestKernelCatalog::missingPoolAndVolume()
{
    Result<QList<KernelVolume>> none = KernelCatalog::listVolumes(m_conn, QStringLiteral("nope"));
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("\"nope\"")));
    QVERIFY(!none.error().detail.isEmpty()); // libvirt's own words behind "Details"
    const Status gone = KernelCatalog::checkVolumePath(
        m_conn, QStringLiteral("/var/lib/libvirt/kernels/initrd.img-6.5.0-0.deb12.4-amd64"));
    QVERIFY(!gone);
    QVERIFY(gone.error().message.contains(QStringLiteral("initrd.img-6.5.0-0.deb12.4-amd64")));
}

void TestKernelCatalog::model()
{
    KernelCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Result<KernelCatalogData> data =
        KernelCatalog::load(m_conn, m_uri, QStringLiteral("kernels"), QStringLiteral(":/demo/kernels.json"));
    QVERIFY(data);
    QList<KernelEntry> entries = data->entries;
    KernelEntry missing;
    missing.version = QStringLiteral("9.9");
    entries << missing;
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(KernelCatalogModel::ColumnCount));
    const QString current = QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-5.10.0-26-amd64");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrentKernel(current);
    QCOMPARE(changed.size(), 1);
    const int row = model.rowOfKernel(current);
    QVERIFY(row >= 0);
    QVERIFY(model.index(row, 0).data(KernelCatalogModel::CurrentRole).toBool());
    QVERIFY(model.index(row, KernelCatalogModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("current")));
    QVERIFY(model.index(0, KernelCatalogModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("recommended")));
    for (int r = 0; r < model.rowCount(); ++r) {
        const KernelEntry *e = model.entry(r);
        QVERIFY(e);
        const QString status = model.index(r, KernelCatalogModel::StatusColumn).data().toString();
        if (!e->inPool()) {
            QVERIFY(!(model.flags(model.index(r, 0)) & Qt::ItemIsSelectable));
            QVERIFY(status.contains(QStringLiteral("not in the pool")));
        } else if (!e->hasInitrd()) {
            QVERIFY(status.contains(QStringLiteral("no initrd")));
            QCOMPARE(model.index(r, KernelCatalogModel::InitrdColumn).data().toString(),
                     QStringLiteral("none"));
        }
    }
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestKernelCatalog)
#include "tst_kernelcatalog.moc"
