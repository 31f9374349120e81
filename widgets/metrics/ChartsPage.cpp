#include "metrics/ChartsPage.h"

#include "common/MessageBar.h"
#include "metrics/Decimator.h"
#include "metrics/MetricFormat.h"
#include "metrics/MetricsService.h"
#include "metrics/TimeChartView.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace virtdeck {

namespace {
const QColor kCpuColor(0x1f, 0x6f, 0xc5);
const QColor kStealColor(0xc5, 0x3b, 0x1f);
const QColor kRxColor(0x2e, 0x8b, 0x57);
const QColor kTxColor(0xd0, 0x6a, 0x1f);

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Axis labels that fit the visible span.
QString timeFormatFor(qint64 spanMs)
{
    const qint64 minutes = spanMs / 60000;
    if (minutes <= 15)
        return QStringLiteral("HH:mm:ss");
    if (minutes <= 48 * 60)
        return QStringLiteral("HH:mm");
    if (minutes <= 14 * 24 * 60)
        return QStringLiteral("ddd HH:mm");
    if (minutes <= 100 * 24 * 60)
        return QStringLiteral("d MMM");
    return QStringLiteral("MMM yyyy");
}

QList<QPointF> scaled(QList<QPointF> points, double divisor)
{
    if (divisor == 1.0)
        return points;
    for (QPointF &p : points)
        p.setY(p.y() / divisor);
    return points;
}
} // namespace

ChartsPage::ChartsPage(const Services &services, MetricsService *metrics, QWidget *parent)
    : ServerPage(services, parent)
    , m_metrics(metrics)
{
    setObjectName(QStringLiteral("chartsPage"));
    m_watcher = new QFutureWatcher<Rendered>(this);
    connect(m_watcher, &QFutureWatcher<Rendered>::finished, this, [this] {
        const Rendered r = m_watcher->result();
        if (m_renderPending) {
            m_renderPending = false;
            render(); // the window moved meanwhile: decimate again, show this one in between
        }
        applyRendered(r);
    });
    buildUi();
    connect(m_metrics, &MetricsService::ticked, this, &ChartsPage::onTick);
    updateControls();
}

ChartsPage::~ChartsPage()
{
    // A decimation still running only reads its own copy of the data; wait so it does not outlive us.
    m_watcher->waitForFinished();
}

void ChartsPage::buildUi()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));

    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    for (HistoryRange r : HistoryRanges::all())
        m_rangeCombo->addItem(HistoryRanges::name(r), QVariant::fromValue(r));
    connect(m_rangeCombo, &QComboBox::activated, this,
            [this](int i) { setRange(m_rangeCombo->itemData(i).value<HistoryRange>()); });

    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->setObjectName(QStringLiteral("interfaceCombo"));
    connect(m_interfaceCombo, &QComboBox::activated, this,
            [this](int i) { setInterfaceIndex(m_interfaceCombo->itemData(i).toInt()); });

    auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_pauseButton = button(QStringLiteral("pauseButton"), tr("Pause"), tr("Stop following new samples"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QToolButton::toggled, this, &ChartsPage::setPaused);
    m_resetZoomButton =
        button(QStringLiteral("resetZoomButton"), tr("Reset zoom"), tr("Show the whole range"));
    connect(m_resetZoomButton, &QToolButton::clicked, this, &ChartsPage::resetZoom);
    m_exportPngButton =
        button(QStringLiteral("exportPngButton"), tr("Export PNG…"), tr("Save the charts as an image"));
    connect(m_exportPngButton, &QToolButton::clicked, this, [this] { askExport(true); });
    m_exportCsvButton = button(QStringLiteral("exportCsvButton"), tr("Export CSV…"),
                               tr("Save the data of the visible time span as CSV"));
    connect(m_exportCsvButton, &QToolButton::clicked, this, [this] { askExport(false); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_rangeCombo);
    bar->addWidget(new QLabel(tr("Network:"), this));
    bar->addWidget(m_interfaceCombo);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_resetZoomButton);
    bar->addStretch(1);
    bar->addWidget(m_exportPngButton);
    bar->addWidget(m_exportCsvButton);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setWordWrap(true);

    m_chartsArea = new QWidget(this);
    m_chartsArea->setObjectName(QStringLiteral("chartsArea"));
    m_cpuView = new TimeChartView(m_chartsArea);
    m_cpuView->setObjectName(QStringLiteral("cpuChart"));
    m_cpuView->chart()->setTitle(tr("CPU"));
    m_cpuView->setYRange(100, tr("%"));
    m_cpuView->setValueFormatter([](double v) { return MetricFormat::percent(v); });
    m_netView = new TimeChartView(m_chartsArea);
    m_netView->setObjectName(QStringLiteral("networkChart"));
    m_netView->chart()->setTitle(tr("Network"));
    auto *charts = new QVBoxLayout(m_chartsArea);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_cpuView, 1);
    charts->addWidget(m_netView, 1);
    for (TimeChartView *v : {m_cpuView, m_netView}) {
        connect(v, &TimeChartView::xRangeRequested, this, &ChartsPage::setVisibleWindow);
        // A resize or wider axis labels change the pixel budget: decimate again, once per layout pass.
        connect(v->chart(), &QChart::plotAreaChanged, this, [this] {
            const int width = std::min(m_cpuView->plotWidth(), m_netView->plotWidth());
            if (m_relayoutQueued || width == m_buckets || m_data.isEmpty())
                return;
            m_relayoutQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_relayoutQueued = false;
                render();
            });
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_chartsArea, 1);
}

void ChartsPage::setServer(const std::optional<DomainSnapshot> &server)
{
    const bool same = server && m_server && server->uri == m_server->uri && server->uuid == m_server->uuid;
    m_server = server;
    updateInterfaces();
    updateControls();
    if (same)
        return; // a snapshot update of the same server: keep the view
    m_messageBar->clearMessage();
    m_zoomed = false;
    reload();
}

void ChartsPage::setRange(HistoryRange range)
{
    m_range = range;
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(QVariant::fromValue(range)));
    m_zoomed = false;
    updateInterfaces();
    updateControls();
    reload();
}

void ChartsPage::setInterfaceIndex(int index)
{
    m_interface = index;
    const int at = m_interfaceCombo->findData(index);
    if (at >= 0)
        m_interfaceCombo->setCurrentIndex(at);
    reload();
}

void ChartsPage::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    QSignalBlocker block(m_pauseButton);
    m_pauseButton->setChecked(paused);
    if (!paused && m_range == HistoryRange::Live) {
        m_zoomed = false;
        reload();
    }
}

void ChartsPage::resetZoom()
{
    m_zoomed = false;
    if (m_range == HistoryRange::Live)
        setPaused(false);
    reload();
}

void ChartsPage::setVisibleWindow(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_zoomed = true;
    // Looking back in the live range means holding the picture still.
    if (m_range == HistoryRange::Live)
        setPaused(true);
    m_viewFrom = fromMs;
    m_viewTo = toMs;
    render();
}

void ChartsPage::updateInterfaces()
{
    QSignalBlocker block(m_interfaceCombo);
    m_interfaceCombo->clear();
    m_interfaceCombo->addItem(tr("All interfaces"), -1);
    if (m_server) {
        const QList<InterfaceInfo> &list = m_server->definition.interfaces;
        for (int i = 0; i < list.size(); ++i) {
            const InterfaceInfo &n = list[i];
            const QString label = n.targetDev.isEmpty() ? n.mac : tr("%1 (%2)").arg(n.targetDev, n.mac);
            m_interfaceCombo->addItem(label, i);
            // History keeps the first four interfaces; the live range has them all.
            if (m_range != HistoryRange::Live && i >= 4) {
                m_interfaceCombo->setItemData(m_interfaceCombo->count() - 1, false, Qt::UserRole - 1);
                m_interfaceCombo->setItemData(m_interfaceCombo->count() - 1,
                                              tr("Only the first four interfaces are kept in the history."),
                                              Qt::ToolTipRole);
            }
        }
    }
    int at = m_interfaceCombo->findData(m_interface);
    if (at < 0 || (m_range != HistoryRange::Live && m_interface >= 4)) {
        m_interface = -1;
        at = 0;
    }
    m_interfaceCombo->setCurrentIndex(at);
}

void ChartsPage::updateControls()
{
    const bool live = m_range == HistoryRange::Live;
    m_pauseButton->setEnabled(live && m_server.has_value());
    m_interfaceCombo->setEnabled(m_server.has_value());
    m_exportPngButton->setEnabled(m_server.has_value());
    m_exportCsvButton->setEnabled(m_server.has_value());
}

void ChartsPage::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ChartsPage::reload()
{
    ++m_generation;
    if (!m_server) {
        applyData({});
        setStatus(tr("Select a server to see its charts."));
        return;
    }
    const qint64 to = nowMs();
    const qint64 from = to - HistoryRanges::spanSeconds(m_range) * 1000;
    if (m_range == HistoryRange::Live) {
        const qint64 interval = qint64(m_metrics->interval()) * 1000;
        applyData(ChartData::fromLive(m_metrics->recent(m_server->ref(), MetricsService::kLiveSeconds),
                                      m_interface, from, to, 3 * interval));
        if (!m_server->active)
            setStatus(tr("The server is not running."));
        else if (m_data.rows() < 2)
            setStatus(tr("Collecting samples every %n s…", nullptr, m_metrics->interval()));
        else
            setStatus({});
        return;
    }
    setStatus(tr("Loading…"));
    const quint64 generation = m_generation;
    const HistoryRange range = m_range;
    const int iface = m_interface;
    m_metrics->fetchHistory(
        m_server->ref(), range, this, [this, generation, range, iface](Result<HistoryData> r) {
            if (generation != m_generation)
                return; // another server, range or interface was chosen meanwhile
            if (!r) {
                m_messageBar->showError(r.error());
                setStatus({});
                applyData({});
                return;
            }
            const bool any =
                std::any_of(r->average.begin(), r->average.end(), [](const QList<double> &column) {
                    return std::any_of(column.begin(), column.end(), [](double v) { return !isGap(v); });
                });
            setStatus(any ? QString() : tr("Nothing recorded for this server in this range yet."));
            applyData(ChartData::fromHistory(r.value(), iface, HistoryRanges::isConsolidated(range)));
        });
}

void ChartsPage::applyData(ChartData data)
{
    m_data = std::move(data);
    if (!m_zoomed) {
        const qint64 to = m_data.toMs ? m_data.toMs : nowMs();
        m_viewTo = to;
        m_viewFrom = m_data.fromMs ? m_data.fromMs : to - HistoryRanges::spanSeconds(m_range) * 1000;
    }
    render();
}

ChartsPage::Rendered ChartsPage::decimate(const ChartData &data, qint64 fromMs, qint64 toMs, int buckets)
{
    Rendered r;
    r.fromMs = fromMs;
    r.toMs = toMs;
    for (int c = 0; c < ChartData::ColumnCount; ++c) {
        const QList<QPointF> all = data.points(ChartData::Column(c));
        // Band tops keep their peaks: the decimated max of each bucket is what matters.
        r.points[c] = Decimator::minMax(all, double(fromMs), double(toMs), buckets);
    }
    r.networkPeak = data.networkPeak(fromMs, toMs);
    return r;
}

void ChartsPage::render()
{
    const int buckets = std::min(m_cpuView->plotWidth(), m_netView->plotWidth());
    m_buckets = buckets;
    qsizetype points = 0;
    for (const QList<double> &c : m_data.columns)
        points += c.size();
    if (points <= kAsyncThreshold) {
        Rendered r = decimate(m_data, m_viewFrom, m_viewTo, buckets);
        r.generation = m_generation;
        applyRendered(r);
        return;
    }
    if (m_watcher->isRunning()) {
        m_renderPending = true;
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(
        [data = m_data, from = m_viewFrom, to = m_viewTo, buckets, generation = m_generation] {
            Rendered r = decimate(data, from, to, buckets);
            r.generation = generation;
            return r;
        }));
}

void ChartsPage::applyRendered(const Rendered &r)
{
    if (r.generation != m_generation)
        return;
    const auto &p = r.points;
    const bool band = m_data.band;
    m_cpuView->setLines(
        {{tr("CPU"), kCpuColor, p[ChartData::Cpu], band ? p[ChartData::CpuMax] : QList<QPointF>()},
         {tr("Steal"), kStealColor, p[ChartData::Steal], band ? p[ChartData::StealMax] : QList<QPointF>()}});
    const bool bits = m_metrics->bitsPerSecond();
    const MetricFormat::RateUnit unit = MetricFormat::rateUnit(r.networkPeak, bits);
    m_netView->setLines({{tr("Received"), kRxColor, scaled(p[ChartData::Rx], unit.divisor),
                          band ? scaled(p[ChartData::RxMax], unit.divisor) : QList<QPointF>()},
                         {tr("Sent"), kTxColor, scaled(p[ChartData::Tx], unit.divisor),
                          band ? scaled(p[ChartData::TxMax], unit.divisor) : QList<QPointF>()}});
    m_netView->setYRange(std::max(1.0, r.networkPeak / unit.divisor * 1.1), unit.name);
    // The chart holds values already in the display unit.
    m_netView->setValueFormatter([unitName = unit.name](double v) {
        return tr("%1 %2").arg(QLocale().toString(v, 'f', v < 10 ? 2 : 1), unitName);
    });
    const QString format = timeFormatFor(r.toMs - r.fromMs);
    for (TimeChartView *v : {m_cpuView, m_netView}) {
        v->setXRange(r.fromMs, r.toMs);
        v->setTimeFormat(format);
    }
    Q_EMIT rendered();
}

void ChartsPage::onTick(const QString &uri, const QList<ServerRef> &servers)
{
    if (!m_server || m_range != HistoryRange::Live || m_paused || uri != m_server->uri || !isVisible())
        return;
    const bool mine = std::any_of(servers.begin(), servers.end(),
                                  [this](const ServerRef &r) { return r.uuid == m_server->uuid; });
    if (mine)
        reload();
}

QString ChartsPage::defaultFileName(const QString &suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("%1-%2-%3.%4")
            .arg(m_server ? m_server->name : QStringLiteral("server"), HistoryRanges::id(m_range),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), suffix);
    return QDir(dir).filePath(name);
}

void ChartsPage::askExport(bool png)
{
    auto *dialog =
        new QFileDialog(this, png ? tr("Export the charts as PNG") : tr("Export the chart data as CSV"),
                        defaultFileName(png ? QStringLiteral("png") : QStringLiteral("csv")),
                        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(png ? QStringLiteral("png") : QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, png](const QString &path) {
        const Status s = png ? exportPng(path) : exportCsv(path);
        if (s)
            m_messageBar->showMessage(MessageBar::Level::Positive,
                                      tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_messageBar->showError(s.error());
    });
    dialog->open();
}

Status ChartsPage::exportPng(const QString &path)
{
    const QPixmap image = m_chartsArea->grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return Error(
            tr("Cannot save the image to %1; choose a writable folder.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status ChartsPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1; choose a writable folder.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    const Status s = m_data.writeCsv(&file, m_viewFrom, m_viewTo, m_metrics->bitsPerSecond());
    if (!s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error(tr("Cannot write %1; choose a writable folder.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    return {};
}

} // namespace virtdeck
