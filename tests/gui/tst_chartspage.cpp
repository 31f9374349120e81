// ChartsPage, offscreen: against the demo fleet (libvirt's test driver) with a history prepared on a
// temporary directory, every range renders with a bounded number of points (two per pixel per line at
// most), coarse ranges carry a max band, the live range follows ticks and can be paused, wheel zoom and
// drag move the time window, hover shows time and value, and the export writes a PNG that loads and a
// CSV with a header and rows.

#include "common/MessageBar.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "metrics/ChartsPage.h"
#include "metrics/HistoryStore.h"
#include "metrics/MetricsService.h"
#include "metrics/TimeChartView.h"
#include "servers/ServerListModel.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace virtdeck;

namespace {
const QString kServer = QStringLiteral("www-en-02"); // running, 2 vCPUs, one NIC

DomainRates synthetic(const QString &uuid, qint64 t)
{
    DomainRates r;
    r.uuid = uuid;
    r.wallMs = t * 1000;
    r.cpuPercent = 50 + 40 * std::sin(double(t) / 600.0);
    r.stealPercent = 2 + std::fmod(double(t), 7.0);
    r.rxBytes = 3e6 + 2e6 * std::sin(double(t) / 300.0);
    r.txBytes = 1e6;
    InterfaceRates n;
    n.index = 0;
    n.rxBytes = r.rxBytes;
    n.txBytes = r.txBytes;
    r.interfaces << n;
    return r;
}
} // namespace

class TestChartsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rangesRenderBoundedPoints();
    void liveFollowsTicksAndPauses();
    void zoomAndDrag();
    void hoverShowsTimeAndValue();
    void exportPngAndCsv();
    void decimationOffTheGuiThreadKeepsBounds();
    void cleanupTestCase();

private:
    // Runs action and waits for the page to render after it (at once for small inputs, later for a
    // fetch or a decimation on another thread).
    template <typename Action>
    bool renderedAfter(QSignalSpy &spy, Action action, int timeoutMs = 20000);
    void checkBounded(TimeChartView *view, const char *what);

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<MetricsService> m_metrics;
    std::unique_ptr<ChartsPage> m_page;
    DomainSnapshot m_server;
};

template <typename Action>
bool TestChartsPage::renderedAfter(QSignalSpy &spy, Action action, int timeoutMs)
{
    const int before = spy.count();
    action();
    return QTest::qWaitFor([&] { return spy.count() > before; }, timeoutMs);
}

void TestChartsPage::checkBounded(TimeChartView *view, const char *what)
{
    // Two lines per chart, each at most two points per pixel plus one neighbour beyond each end. New axis
    // labels can narrow the plot after a render; the page then decimates again for the new width.
    auto bounded = [view] { return view->pointCount() <= 2 * (2 * view->plotWidth() + 2); };
    QTRY_VERIFY2_WITH_TIMEOUT(bounded(),
                              qPrintable(QStringLiteral("%1: %2 points for %3 px")
                                             .arg(QLatin1String(what))
                                             .arg(view->pointCount())
                                             .arg(view->plotWidth())),
                              5000);
}

void TestChartsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_config->setValue(QStringLiteral("metrics/interval"), 1);
    m_manager = std::make_unique<ConnectionManager>();
    m_servers = std::make_unique<ServerListModel>();
    m_servers->attach(m_manager.get());
    Connection::Options options;
    options.uri = uri.value();
    QVERIFY(m_manager->connectTo(options).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->serverCount() == 30, 10000);
    for (const DomainSnapshot &s : m_servers->serversOf(uri.value())) {
        if (s.name == kServer)
            m_server = s;
    }
    QVERIFY(!m_server.uuid.isEmpty());

    // Eight days of history before the app "started": a sample a minute, then every 2 s for the last hour.
    const QString history = m_dir.filePath(QStringLiteral("history"));
    {
        HistoryStore store(history, 2);
        const qint64 now = QDateTime::currentSecsSinceEpoch() - 4;
        QList<DomainRates> batch;
        for (qint64 t = now - 8 * 86400; t < now - 3600; t += 60)
            batch << synthetic(m_server.uuid, t);
        for (qint64 t = now - 3600; t <= now; t += 2)
            batch << synthetic(m_server.uuid, t);
        store.record(batch);
        bool done = false;
        store.whenWritten(this, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    }
    m_metrics = std::make_unique<MetricsService>(m_manager.get(), m_config.get(), nullptr, history);
    Services services{m_config.get(), m_manager.get(), nullptr, m_servers.get()};
    m_page = std::make_unique<ChartsPage>(services, m_metrics.get());
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->pageId(), QStringLiteral("charts"));
    m_page->setServer(m_server);
}

void TestChartsPage::rangesRenderBoundedPoints()
{
    QSignalSpy rendered(m_page.get(), &ChartsPage::rendered);
    for (HistoryRange range : {HistoryRange::Hour, HistoryRange::Day, HistoryRange::Week, HistoryRange::Month,
                               HistoryRange::Year, HistoryRange::Live}) {
        const QByteArray name = HistoryRanges::id(range).toLatin1();
        // Chosen through the combo box as a user would.
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        QVERIFY(combo);
        const int at = combo->findData(QVariant::fromValue(range));
        QVERIFY2(renderedAfter(rendered,
                               [&] {
                                   combo->setCurrentIndex(at);
                                   Q_EMIT combo->activated(at);
                               }),
                 name.constData());
        if (range == HistoryRange::Live)
            QTRY_VERIFY_WITH_TIMEOUT(m_page->data().rows() >= 2, 15000);
        QCOMPARE(m_page->range(), range);
        QVERIFY2(m_page->cpuView()->pointCount() > 0, name.constData());
        QVERIFY2(m_page->networkView()->pointCount() > 0, name.constData());
        checkBounded(m_page->cpuView(), name.constData());
        checkBounded(m_page->networkView(), name.constData());
        // Coarse ranges draw the max as a band; fine ones do not.
        const auto series = m_page->cpuView()->chart()->series();
        const bool hasBand = std::any_of(series.begin(), series.end(), [](QAbstractSeries *s) {
            return qobject_cast<QAreaSeries *>(s) != nullptr;
        });
        QCOMPARE(hasBand, HistoryRanges::isConsolidated(range));
        const qint64 span = m_page->visibleTo() - m_page->visibleFrom();
        QVERIFY2(qAbs(span - HistoryRanges::spanSeconds(range) * 1000) < 5000, name.constData());
    }
    // The hour range holds 1800 samples per series, more than the chart's two points per pixel.
    QVERIFY(renderedAfter(rendered, [&] { m_page->setRange(HistoryRange::Hour); }));
    QVERIFY(m_page->data().rows() >= 1800);
    QVERIFY(m_page->cpuView()->pointCount() < 2 * m_page->data().rows());
    // Network units scale to the data (MiB/s here).
    QVERIFY(m_page->networkView()
                ->chart()
                ->axes(Qt::Vertical)
                .first()
                ->titleText()
                .contains(QStringLiteral("MiB/s")));
}

void TestChartsPage::liveFollowsTicksAndPauses()
{
    QSignalSpy rendered(m_page.get(), &ChartsPage::rendered);
    QVERIFY(renderedAfter(rendered, [&] { m_page->setRange(HistoryRange::Live); }));
    const qsizetype rows = m_page->data().rows();
    QVERIFY(renderedAfter(
        rendered, [] {}, 5000)); // the next tick
    QTRY_VERIFY_WITH_TIMEOUT(m_page->data().rows() > rows, 5000);
    // The test driver: one CPU of wall clock for a 2-vCPU server (the very first reading has no rate yet).
    QTRY_VERIFY_WITH_TIMEOUT(!isGap(m_page->data().columns[ChartData::Cpu].last()), 5000);
    const QList<double> cpu = m_page->data().columns[ChartData::Cpu];
    QVERIFY2(qAbs(cpu.last() - 50.0) < 2.0, qPrintable(QString::number(cpu.last())));

    auto *pause = m_page->findChild<QToolButton *>(QStringLiteral("pauseButton"));
    QVERIFY(pause && pause->isEnabled());
    pause->click();
    QVERIFY(m_page->isPaused());
    const int count = rendered.count();
    QTest::qWait(2500);
    QCOMPARE(rendered.count(), count);
    QVERIFY(renderedAfter(
        rendered, [&] { pause->click(); }, 5000));
    QVERIFY(!m_page->isPaused());
}

void TestChartsPage::zoomAndDrag()
{
    QSignalSpy rendered(m_page.get(), &ChartsPage::rendered);
    QVERIFY(renderedAfter(rendered, [&] { m_page->setRange(HistoryRange::Day); }));
    TimeChartView *view = m_page->cpuView();
    const qint64 span = m_page->visibleTo() - m_page->visibleFrom();
    const QPoint centre = view->chart()->plotArea().center().toPoint();
    QWheelEvent wheel(centre, view->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QVERIFY(renderedAfter(rendered, [&] { QApplication::sendEvent(view->viewport(), &wheel); }));
    const qint64 zoomed = m_page->visibleTo() - m_page->visibleFrom();
    QVERIFY2(zoomed < span * 0.7, qPrintable(QStringLiteral("%1 -> %2").arg(span).arg(zoomed)));
    QCOMPARE(m_page->networkView()->xTo(), m_page->visibleTo()); // both charts share the window
    checkBounded(view, "zoomed");

    const qint64 before = m_page->visibleFrom();
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseMove(view->viewport(), centre + QPoint(100, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre + QPoint(100, 0));
    QTRY_VERIFY(m_page->visibleFrom() < before); // dragged right: earlier times come into view
    QCOMPARE(m_page->visibleTo() - m_page->visibleFrom(), zoomed);

    auto *reset = m_page->findChild<QToolButton *>(QStringLiteral("resetZoomButton"));
    QVERIFY(renderedAfter(rendered, [&] { reset->click(); }));
    QVERIFY(qAbs((m_page->visibleTo() - m_page->visibleFrom()) - span) < 5000);
}

void TestChartsPage::hoverShowsTimeAndValue()
{
    QSignalSpy rendered(m_page.get(), &ChartsPage::rendered);
    QVERIFY(renderedAfter(rendered, [&] { m_page->setRange(HistoryRange::Hour); }));
    QLineSeries *cpu = nullptr;
    for (QAbstractSeries *s : m_page->cpuView()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == QStringLiteral("CPU"))
            cpu = line;
    }
    QVERIFY(cpu && cpu->count() > 0);
    const QPointF p = cpu->at(cpu->count() / 2);
    Q_EMIT cpu->hovered(p, true);
    const QString text = m_page->cpuView()->lastHoverText();
    QVERIFY2(text.contains(QStringLiteral("CPU")) && text.contains(QStringLiteral("%")), qPrintable(text));
    QVERIFY2(text.contains(
                 QDateTime::fromMSecsSinceEpoch(qint64(p.x())).toString(QStringLiteral("HH:mm")).left(2)),
             qPrintable(text));
}

void TestChartsPage::exportPngAndCsv()
{
    QSignalSpy rendered(m_page.get(), &ChartsPage::rendered);
    QVERIFY(renderedAfter(rendered, [&] { m_page->setRange(HistoryRange::Week); }));
    const QString png = m_dir.filePath(QStringLiteral("charts.png"));
    const Status a = m_page->exportPng(png);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400 && image.height() >= 300);

    const QString csv = m_dir.filePath(QStringLiteral("charts.csv"));
    QVERIFY(m_page->exportCsv(csv).ok());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("time,cpu_percent,cpu_percent_max,steal_percent,steal_percent_max,"
                        "rx_bytes_per_s,rx_bytes_per_s_max,tx_bytes_per_s,tx_bytes_per_s_max"));
    int rows = 0, withValues = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        ++rows;
        QCOMPARE(lines[i].count(','), 8);
        QVERIFY(
            QDateTime::fromString(QString::fromLatin1(lines[i].split(',').first()), Qt::ISODate).isValid());
        if (!lines[i].split(',').at(1).isEmpty())
            ++withValues;
    }
    QVERIFY(rows >= 2000); // a week of 5-minute rows
    QVERIFY(withValues >= 2000);

    // A folder that does not exist: the error says so, nothing crashes.
    QVERIFY(!m_page->exportPng(QStringLiteral("/nonexistent-dir/x.png")).ok());
    QVERIFY(!m_page->exportCsv(QStringLiteral("/nonexistent-dir/x.csv")).ok());
}

void TestChartsPage::decimationOffTheGuiThreadKeepsBounds()
{
    // One week of 1 s samples, the benchmark's case, through the page's decimation.
    ChartData data;
    const qint64 start = 1700000000000LL;
    const int n = 7 * 86400;
    data.fromMs = start;
    data.toMs = start + qint64(n) * 1000;
    data.timesMs.reserve(n);
    for (int c : {ChartData::Cpu, ChartData::Steal, ChartData::Rx, ChartData::Tx})
        data.columns[c].reserve(n);
    for (int i = 0; i < n; ++i) {
        data.timesMs << start + qint64(i) * 1000;
        data.columns[ChartData::Cpu] << double(i % 100);
        data.columns[ChartData::Steal] << double(i % 7);
        data.columns[ChartData::Rx] << double(i % 1000) * 1000;
        data.columns[ChartData::Tx] << 5.0;
    }
    QVERIFY(qsizetype(n) * 4 > ChartsPage::kAsyncThreshold);
    const ChartsPage::Rendered r = ChartsPage::decimate(data, data.fromMs, data.toMs, 800);
    for (int c : {ChartData::Cpu, ChartData::Steal, ChartData::Rx, ChartData::Tx})
        QVERIFY(r.points[c].size() <= 2 * 800 + 2);
    QCOMPARE(r.networkPeak, 999000.0);
}

void TestChartsPage::cleanupTestCase()
{
    m_page.reset();
    m_metrics.reset();
    m_servers.reset();
    m_manager.reset();
}

QTEST_MAIN(TestChartsPage)
#include "tst_chartspage.moc"
