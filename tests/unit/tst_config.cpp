// Config: defaults from the key table, saved connections and recent URIs, values of the wrong type in a
// hand-edited file falling back to defaults, and a corrupt settings file set aside (kept, renamed) with
// a warning while virtdeck starts on defaults. The settings file and the other settings files (flex
// schedule, its state) are created 0600, whatever the umask, and a wider file is narrowed.

#include "core/Config.h"
#include "flex/FlexSchedule.h"
#include "flex/ScheduleState.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace virtdeck;

class TestConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsAndRoundTrip();
    void connectionsAndRecent();
    void wrongTypesFallBack();
    void corruptFileIsSetAside();
    void settingsFilesArePrivate();

private:
    QTemporaryDir m_dir;
};

void TestConfig::defaultsAndRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("a.conf"));
    {
        Config c(path);
        QCOMPARE(c.get(Config::Key::FlatServerList).toBool(), false);
        QCOMPARE(c.get(Config::Key::KeepAliveInterval).toInt(), 2);
        c.set(Config::Key::FlatServerList, true);
        c.setValue(QStringLiteral("console/fontSize"), 13);
    }
    Config c(path);
    QCOMPARE(c.get(Config::Key::FlatServerList).toBool(), true);
    QCOMPARE(c.value(QStringLiteral("console/fontSize")).toInt(), 13);
    QVERIFY(c.takeWarnings().isEmpty());
}

void TestConfig::connectionsAndRecent()
{
    Config c(m_dir.filePath(QStringLiteral("b.conf")));
    c.saveConnection({QStringLiteral("qemu:///system"), true, false});
    c.saveConnection({QStringLiteral("qemu+ssh://root@h/system"), false, true});
    c.saveConnection({QStringLiteral("qemu:///system"), false, false}); // update, not duplicate
    const QList<SavedConnection> list = c.connections();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].autoconnect, false);
    QCOMPARE(list[1].readOnly, true);
    c.forgetConnection(QStringLiteral("qemu:///system"));
    QCOMPARE(c.connections().size(), 1);
    for (int i = 0; i < 20; ++i)
        c.addRecentUri(QStringLiteral("test:///r%1").arg(i));
    c.addRecentUri(QStringLiteral("test:///r5"));
    QCOMPARE(c.recentUris().size(), 12);
    QCOMPARE(c.recentUris().first(), QStringLiteral("test:///r5"));
}

void TestConfig::wrongTypesFallBack()
{
    const QString path = m_dir.filePath(QStringLiteral("c.conf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[connections]\nkeepAliveInterval=soon\n[ui]\nflatServerList=maybe\n");
    f.close();
    Config c(path);
    QCOMPARE(c.get(Config::Key::KeepAliveInterval).toInt(), 2);
}

void TestConfig::corruptFileIsSetAside()
{
    const QString path = m_dir.filePath(QStringLiteral("d.conf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[ui\nflat\xff\xfe=\x01\x02\n[[[[\n");
    f.close();
    Config c(path);
    const QStringList warnings = c.takeWarnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(c.get(Config::Key::KeepAliveInterval).toInt(), 2);
    QVERIFY(warnings.first().contains(QStringLiteral("kept as")));
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("d.conf.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    c.set(Config::Key::FlatServerList, true);
    c.sync();
    QVERIFY(QFile::exists(path));
}

void TestConfig::settingsFilesArePrivate()
{
    const mode_t old = ::umask(022);
    const QString conf = m_dir.filePath(QStringLiteral("private.conf"));
    {
        Config c(conf);
        c.saveConnection({QStringLiteral("qemu+ssh://root@kvm1/system"), true, false});
        c.sync();
    }
    const QString wide = m_dir.filePath(QStringLiteral("wide.conf"));
    {
        QFile f(wide); // written by an older version with the umask
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ui]\nflat=true\n");
        f.close();
        QFile::setPermissions(wide,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        Config c(wide);
        c.setValue(QStringLiteral("console/fontSize"), 13);
    }
    const QString schedule = m_dir.filePath(QStringLiteral("flex-schedule.json"));
    QVERIFY(FlexSchedule().save(schedule).ok());
    const QString state = m_dir.filePath(QStringLiteral("state.json"));
    QVERIFY(ScheduleState().save(state).ok());
    ::umask(old);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &p : {conf, wide, schedule, state}) {
        QVERIFY2(QFile::exists(p), qPrintable(p));
        QVERIFY2(!(QFile::permissions(p) & others),
                 qPrintable(QStringLiteral("%1: %2").arg(p).arg(int(QFile::permissions(p)), 0, 16)));
    }
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
