#pragma once

// The Charts page of the selected server: CPU (server %, steal %) and network (received / sent, total or
// one interface) over a range: live (last 5 min, updating with each tick, can be paused), hour, day,
// week, month, year. Coarse ranges draw the average with the maximum as a lighter band. Points are
// decimated to two per pixel before QtCharts sees them (on a QtConcurrent thread when the input is
// large). Wheel zooms and dragging pans the time axis; hover shows time and value; the visible charts
// export as PNG and their data as CSV. Created by MainWindow among the server pages.

#include "common/ServerPage.h"
#include "core/Result.h"
#include "metrics/ChartData.h"
#include "metrics/HistoryRange.h"

#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QToolButton;

namespace virtdeck {

class MessageBar;
class MetricsService;
class TimeChartView;

class ChartsPage : public ServerPage
{
    Q_OBJECT
public:
    // Decimated points of the visible window, ready for the charts.
    struct Rendered
    {
        quint64 generation = 0;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        std::array<QList<QPointF>, ChartData::ColumnCount> points;
        double networkPeak = 0; // bytes/s
    };

    ChartsPage(const Services &services, MetricsService *metrics, QWidget *parent = nullptr);
    ~ChartsPage() override;

    QString pageId() const override { return QStringLiteral("charts"); }
    QString pageTitle() const override { return tr("Charts"); }
    void setServer(const std::optional<DomainSnapshot> &server) override;

    void setRange(HistoryRange range);
    HistoryRange range() const { return m_range; }
    // -1: all interfaces (total); otherwise the interface's position in the domain definition.
    void setInterfaceIndex(int index);
    int interfaceIndex() const { return m_interface; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Back to the whole range (and, live, to following the newest samples).
    void resetZoom();
    void setVisibleWindow(qint64 fromMs, qint64 toMs);
    qint64 visibleFrom() const { return m_viewFrom; }
    qint64 visibleTo() const { return m_viewTo; }

    Status exportPng(const QString &path);
    Status exportCsv(const QString &path) const;

    TimeChartView *cpuView() const { return m_cpuView; }
    TimeChartView *networkView() const { return m_netView; }
    const ChartData &data() const { return m_data; }

    // Inputs above this many points are decimated on a QtConcurrent thread.
    static constexpr qsizetype kAsyncThreshold = 20000;
    static Rendered decimate(const ChartData &data, qint64 fromMs, qint64 toMs, int buckets);

Q_SIGNALS:
    // The charts show new points (after a range change, a fetch, a tick, a zoom).
    void rendered();

private:
    void buildUi();
    void reload();
    void applyData(ChartData data);
    void render();
    void applyRendered(const Rendered &r);
    void onTick(const QString &uri, const QList<ServerRef> &servers);
    void updateInterfaces();
    void updateControls();
    void askExport(bool png);
    QString defaultFileName(const QString &suffix) const;
    void setStatus(const QString &text);

    MetricsService *m_metrics = nullptr;
    std::optional<DomainSnapshot> m_server;
    HistoryRange m_range = HistoryRange::Live;
    int m_interface = -1;
    bool m_paused = false;
    bool m_zoomed = false;
    qint64 m_viewFrom = 0;
    qint64 m_viewTo = 0;
    ChartData m_data;
    quint64 m_generation = 0; // a newer request makes older fetches and decimations obsolete
    bool m_renderPending = false;
    int m_buckets = 0; // plot width the shown points were decimated for
    bool m_relayoutQueued = false;
    QFutureWatcher<Rendered> *m_watcher = nullptr;

    MessageBar *m_messageBar = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QComboBox *m_interfaceCombo = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_resetZoomButton = nullptr;
    QToolButton *m_exportPngButton = nullptr;
    QToolButton *m_exportCsvButton = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_chartsArea = nullptr;
    TimeChartView *m_cpuView = nullptr;
    TimeChartView *m_netView = nullptr;
};

} // namespace virtdeck
