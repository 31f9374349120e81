// Sampling while nobody looks: with live figures not wanted (window minimized, no chart open) the
// samplers of MetricsService tick at the history step only, so the history goes on at a fraction of the
// cost; wanted again, a sample comes at once and the live interval resumes. Against libvirt's real test
// driver (the demo fleet).

#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "metrics/MetricsService.h"
#include "metrics/StatsSampler.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestMetricsIdle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void historyStepWhileNobodyLooks();
    void followsTheWindow();

private:
    QString m_uri;
    QTemporaryDir m_dir;
};

void TestMetricsIdle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<QString> uri = DemoFleet::prepare();
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().toString()));
    m_uri = uri.value();
}

void TestMetricsIdle::historyStepWhileNobodyLooks()
{
    ConnectionManager manager;
    Config config(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    config.setValue(QStringLiteral("metrics/interval"), 1);
    config.setValue(QStringLiteral("metrics/historyStep"), 3);
    MetricsService service(&manager, &config, nullptr, m_dir.filePath(QStringLiteral("history")));
    QCOMPARE(service.historyStep(), 3);
    QVERIFY(service.liveWanted());
    QElapsedTimer clock;
    clock.start();
    QList<qint64> ticks; // ms of each tick of the demo fleet
    connect(&service, &MetricsService::ticked, this, [&](const QString &uri) {
        if (uri == m_uri)
            ticks << clock.elapsed();
    });
    Connection::Options options;
    options.uri = m_uri;
    QVERIFY(manager.connectTo(options).ok());
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, 20000);
    QCOMPARE(service.sampler(m_uri)->interval(), 1);

    // Nobody looks: the history step only, and the history still gets its samples.
    service.setLiveWanted(false);
    QCOMPARE(service.sampler(m_uri)->interval(), 3);
    const qint64 idleFrom = clock.elapsed();
    QTest::qWait(7500);
    QList<qint64> idle;
    for (qint64 t : std::as_const(ticks)) {
        if (t > idleFrom + 500) // a tick already under way when the view went away may land late
            idle << t;
    }
    qInfo("ticks while idle for 7.5 s at a 3 s history step (1 s live): %lld", qint64(idle.size()));
    QVERIFY2(idle.size() >= 1 && idle.size() <= 3, qPrintable(QString::number(idle.size())));
    for (qsizetype i = 1; i < idle.size(); ++i)
        QVERIFY2(idle[i] - idle[i - 1] >= 2500, qPrintable(QString::number(idle[i] - idle[i - 1])));

    // Someone looks again: a fresh sample at once, then the live interval.
    const qsizetype before = ticks.size();
    const qint64 liveFrom = clock.elapsed();
    service.setLiveWanted(true);
    QCOMPARE(service.sampler(m_uri)->interval(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() > before, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= before + 4, 10000);
    qInfo("first live tick %lld ms after the view came back", ticks[before] - liveFrom);

    // The setting applies on reload, and never makes idle sampling faster than live.
    config.setValue(QStringLiteral("metrics/interval"), 5);
    service.reloadSettings();
    service.setLiveWanted(false);
    QCOMPARE(service.sampler(m_uri)->interval(), 5);
}

void TestMetricsIdle::followsTheWindow()
{
    // The window is read through QWidget's "visible" and "minimized" properties and its state events:
    // a plain object with those properties stands in for the main window here (models/ has no widgets;
    // the real window is covered by the GUI tests of the app).
    ConnectionManager manager;
    MetricsService service(&manager, nullptr, nullptr, m_dir.filePath(QStringLiteral("history2")));
    QObject window;
    window.setProperty("visible", true);
    window.setProperty("minimized", false);
    service.watchLiveView(&window);
    QVERIFY(service.liveWanted());
    auto change = [&](const char *name, bool value, QEvent::Type type) {
        window.setProperty(name, value);
        QEvent e(type);
        QCoreApplication::sendEvent(&window, &e);
    };
    change("minimized", true, QEvent::WindowStateChange);
    QVERIFY(!service.liveWanted());
    QCOMPARE(service.samplingInterval(), MetricsService::kDefaultHistoryStep);
    change("minimized", false, QEvent::WindowStateChange);
    QVERIFY(service.liveWanted());
    QCOMPARE(service.samplingInterval(), StatsSampler::kDefaultInterval);
    change("visible", false, QEvent::Hide);
    QVERIFY(!service.liveWanted());
    change("visible", true, QEvent::Show);
    QVERIFY(service.liveWanted());
}

QTEST_GUILESS_MAIN(TestMetricsIdle)
#include "tst_metricsidle.moc"
