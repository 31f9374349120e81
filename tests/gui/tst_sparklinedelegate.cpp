// SparklineDelegate, offscreen: paints a cell's samples as a line scaled to the fixed maximum (CPU) or
// to the data (network), leaves gaps open, draws the second line, paints nothing without samples, and
// asks for a usable width. In the real server list on the demo fleet (libvirt's test driver, the real
// metrics sampler ticking every second): a tick repaints only the visible CPU and Network cells, and
// nothing at all while those columns are hidden or the window is minimized.

#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "metrics/MetricsService.h"
#include "metrics/Sparkline.h"
#include "metrics/SparklineDelegate.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerItemDelegate.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"

#include <QHeaderView>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace virtdeck;

namespace {
constexpr int kRole = Qt::UserRole + 42;
const QColor kLine(Qt::blue);
const QColor kSecond(Qt::red);

// Columns of the image that hold a pixel of the given colour (roughly).
QList<int> columnsWith(const QImage &image, const QColor &colour, int *topRow = nullptr)
{
    QList<int> columns;
    int top = image.height();
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            const bool match =
                colour == kLine ? (c.blue() > 150 && c.red() < 180) : (c.red() > 150 && c.blue() < 180);
            if (match) {
                columns << x;
                top = std::min(top, y);
                break;
            }
        }
    }
    if (topRow)
        *topRow = top;
    return columns;
}

QImage draw(const Sparkline &s)
{
    QImage image(200, 40, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    SparklineDelegate::paintSparkline(&p, QRectF(0, 0, 200, 40), s, kLine, kSecond);
    return image;
}

Sparkline flat(double value, double maximum, int n = 100)
{
    Sparkline s;
    s.fromMs = 0;
    s.toMs = n * 1000;
    s.maximum = maximum;
    for (int i = 0; i <= n; ++i)
        s.primary << QPointF(i * 1000.0, value);
    return s;
}

// Counts the cells the view asks it to paint (the real delegates underneath).
class CountingSparklineDelegate : public SparklineDelegate
{
public:
    using SparklineDelegate::SparklineDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++paints;
        SparklineDelegate::paint(painter, option, index);
    }
    mutable int paints = 0;
};

class CountingItemDelegate : public ServerItemDelegate
{
public:
    using ServerItemDelegate::ServerItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++paints;
        ServerItemDelegate::paint(painter, option, index);
    }
    mutable int paints = 0;
};

// Records what the viewport was asked to repaint.
class PaintRecorder : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++events;
            region += static_cast<QPaintEvent *>(event)->region();
        }
        return false;
    }
    int events = 0;
    QRegion region;
};

// The server list as the window has it (model, filter, view, sparkline delegates) on the demo fleet,
// sampled every second.
struct DemoList
{
    QTemporaryDir dir;
    std::unique_ptr<Config> config;
    std::unique_ptr<ConnectionManager> manager;
    std::unique_ptr<ServerListModel> model;
    std::unique_ptr<MetricsService> metrics;
    std::unique_ptr<ServerFilterModel> filter;
    std::unique_ptr<ServerTreeView> view;
    CountingSparklineDelegate *sparklines = nullptr;
    CountingItemDelegate *items = nullptr;
    PaintRecorder recorder;

    DemoList()
    {
        config = std::make_unique<Config>(dir.filePath(QStringLiteral("virtdeck.conf")));
        config->setValue(QStringLiteral("metrics/interval"), 1);
        manager = std::make_unique<ConnectionManager>();
        model = std::make_unique<ServerListModel>();
        model->attach(manager.get());
        metrics = std::make_unique<MetricsService>(manager.get(), config.get(), nullptr,
                                                   dir.filePath(QStringLiteral("history")));
        model->setMetrics(metrics.get());
        filter = std::make_unique<ServerFilterModel>();
        filter->setSourceModel(model.get());
        view = std::make_unique<ServerTreeView>(model.get(), filter.get(), config.get());
        items = new CountingItemDelegate(view.get());
        view->setItemDelegate(items);
        sparklines = new CountingSparklineDelegate(ServerListModel::SparklineRole, view.get());
        sparklines->setCacheRoles(ServerListModel::KeyRole, ServerListModel::SparklineVersionRole);
        for (int column : {int(ServerListModel::CpuColumn), int(ServerListModel::NetworkColumn)})
            view->setItemDelegateForColumn(column, sparklines);
        // The sparklines right after the name, whatever the default layout: in view at any width.
        QHeaderView *header = view->header();
        header->moveSection(header->visualIndex(ServerListModel::CpuColumn), 1);
        header->moveSection(header->visualIndex(ServerListModel::NetworkColumn), 2);
        view->viewport()->installEventFilter(&recorder);
    }
    ~DemoList() { view->viewport()->removeEventFilter(&recorder); }

    bool open()
    {
        const Result<QString> uri = DemoFleet::prepare();
        if (!uri.ok())
            return false;
        Connection::Options o;
        o.uri = uri.value();
        o.demo = true;
        return manager->connectTo(o).ok();
    }
    void reset()
    {
        recorder.events = 0;
        recorder.region = QRegion();
        sparklines->paints = 0;
        items->paints = 0;
    }
    // The CPU and Network columns over the whole viewport height, in viewport coordinates.
    QRect sparklineArea() const
    {
        QRect area;
        for (int column : {int(ServerListModel::CpuColumn), int(ServerListModel::NetworkColumn)})
            area |= QRect(view->columnViewportPosition(column), 0, view->columnWidth(column),
                          view->viewport()->height());
        return area;
    }
    int visibleRows() const
    {
        int n = 0;
        for (QModelIndex i = view->indexAt(QPoint(2, 2)); i.isValid(); i = view->indexBelow(i)) {
            if (view->visualRect(i).top() >= view->viewport()->height())
                break;
            ++n;
        }
        return n;
    }
};
} // namespace

class TestSparklineDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalesToFixedMaximum();
    void scalesToData();
    void gapsStayOpen();
    void secondLine();
    void paintsThroughAView();
    void tickRepaintsOnlyVisibleSparklines();
    void tickWithSparklinesHiddenPaintsNothing();
    void tickWhileMinimizedPaintsNothing();
    void linesDrawnOncePerTick();
};

void TestSparklineDelegate::scalesToFixedMaximum()
{
    int topFull = 0, topIdle = 0;
    QVERIFY(columnsWith(draw(flat(100, 100)), kLine, &topFull).size() > 190);
    QVERIFY(columnsWith(draw(flat(2, 100)), kLine, &topIdle).size() > 190);
    QVERIFY(topFull <= 2);  // 100 % at the top
    QVERIFY(topIdle >= 36); // 2 % near the bottom
}

void TestSparklineDelegate::scalesToData()
{
    // Without a fixed maximum the peak reaches the top, whatever its size.
    Sparkline s = flat(5e6, 0);
    s.primary[50].setY(1e7);
    int top = 0;
    columnsWith(draw(s), kLine, &top);
    QVERIFY(top <= 2);
}

void TestSparklineDelegate::gapsStayOpen()
{
    Sparkline s = flat(50, 100);
    for (int i = 40; i < 60; ++i)
        s.primary[i].setY(std::nan(""));
    const QList<int> columns = columnsWith(draw(s), kLine);
    // Nothing drawn across the hole (x 80–118 of 200), the line on both sides.
    for (int x = 82; x < 116; ++x)
        QVERIFY2(!columns.contains(x), qPrintable(QString::number(x)));
    QVERIFY(columns.contains(20));
    QVERIFY(columns.contains(180));
}

void TestSparklineDelegate::secondLine()
{
    Sparkline s = flat(8e5, 0);
    s.secondary = s.primary;
    for (QPointF &p : s.secondary)
        p.setY(2e5);
    const QImage image = draw(s);
    QVERIFY(columnsWith(image, kLine).size() > 190);
    QVERIFY(columnsWith(image, kSecond).size() > 190);
    // Nothing at all without samples.
    QVERIFY(columnsWith(draw(Sparkline()), kLine).isEmpty());
}

void TestSparklineDelegate::paintsThroughAView()
{
    QStandardItemModel model(2, 2);
    model.setData(model.index(0, 1), QVariant::fromValue(flat(100, 100)), kRole);
    QTreeView view;
    SparklineDelegate delegate(kRole);
    view.setItemDelegateForColumn(1, &delegate);
    view.setModel(&model);
    view.resize(400, 200);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    QVERIFY(delegate.sizeHint(option, model.index(0, 1)).width() >= 90);

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const QRect cell = view.visualRect(model.index(0, 1));
    const QImage cellImage = image.copy(cell);
    // Something other than the background was drawn in the sparkline cell, and not in the empty one.
    auto inked = [](const QImage &img) {
        const QColor bg = img.pixelColor(0, 0);
        int n = 0;
        for (int x = 0; x < img.width(); ++x)
            for (int y = 0; y < img.height(); ++y)
                n += img.pixelColor(x, y) != bg;
        return n;
    };
    QVERIFY(inked(cellImage) > cell.width() / 2);
    QCOMPARE(inked(image.copy(view.visualRect(model.index(1, 1)))), 0);
}

void TestSparklineDelegate::tickRepaintsOnlyVisibleSparklines()
{
    QStandardPaths::setTestModeEnabled(true);
    DemoList list;
    QVERIFY(list.open());
    QTRY_VERIFY_WITH_TIMEOUT(list.model->serverCount() >= 25, 10000);
    // A short window: most of the ~30 servers are out of view.
    list.view->resize(700, 160);
    list.view->show();
    QVERIFY(QTest::qWaitForWindowExposed(list.view.get()));
    QSignalSpy ticked(list.metrics.get(), &MetricsService::ticked);
    QVERIFY(ticked.wait(10000));
    QVERIFY(ticked.wait(10000)); // rates need two samples: lines from now on
    QTest::qWait(100);
    const int visible = list.visibleRows();
    QVERIFY(visible >= 3 && visible < list.model->serverCount() / 2);

    list.reset();
    QVERIFY(ticked.wait(10000));
    QTest::qWait(100);
    QVERIFY(list.recorder.events > 0); // the tick did show
    const QRect painted = list.recorder.region.boundingRect();
    QVERIFY2(list.sparklineArea().contains(painted),
             qPrintable(QStringLiteral("repainted %1,%2 %3x%4 beyond the sparkline columns")
                            .arg(painted.x())
                            .arg(painted.y())
                            .arg(painted.width())
                            .arg(painted.height())));
    QCOMPARE(list.items->paints, 0);
    QVERIFY(list.sparklines->paints > 0);
    QVERIFY2(list.sparklines->paints <= 2 * visible,
             qPrintable(QStringLiteral("%1 sparkline cells painted, %2 rows visible")
                            .arg(list.sparklines->paints)
                            .arg(visible)));
}

void TestSparklineDelegate::tickWithSparklinesHiddenPaintsNothing()
{
    QStandardPaths::setTestModeEnabled(true);
    DemoList list;
    QVERIFY(list.open());
    QTRY_VERIFY_WITH_TIMEOUT(list.model->serverCount() >= 25, 10000);
    list.view->resize(900, 400);
    list.view->setColumnHidden(ServerListModel::CpuColumn, true);
    list.view->setColumnHidden(ServerListModel::NetworkColumn, true);
    list.view->show();
    QVERIFY(QTest::qWaitForWindowExposed(list.view.get()));
    QSignalSpy ticked(list.metrics.get(), &MetricsService::ticked);
    QVERIFY(ticked.wait(10000));
    QTest::qWait(100);

    list.reset();
    QVERIFY(ticked.wait(10000));
    QVERIFY(ticked.wait(10000));
    QTest::qWait(100);
    QCOMPARE(list.recorder.events, 0);
    QCOMPARE(list.items->paints, 0);
    QCOMPARE(list.sparklines->paints, 0);
}

void TestSparklineDelegate::tickWhileMinimizedPaintsNothing()
{
    QStandardPaths::setTestModeEnabled(true);
    DemoList list;
    QVERIFY(list.open());
    QTRY_VERIFY_WITH_TIMEOUT(list.model->serverCount() >= 25, 10000);
    list.view->resize(900, 400);
    list.view->show();
    QVERIFY(QTest::qWaitForWindowExposed(list.view.get()));
    QSignalSpy ticked(list.metrics.get(), &MetricsService::ticked);
    QVERIFY(ticked.wait(10000));
    QTest::qWait(100);

    list.view->showMinimized();
    QTRY_VERIFY(list.view->isMinimized());
    QTest::qWait(100);
    list.reset();
    QVERIFY(ticked.wait(10000));
    QVERIFY(ticked.wait(10000));
    QTest::qWait(100);
    QCOMPARE(list.recorder.events, 0);
    QCOMPARE(list.items->paints + list.sparklines->paints, 0);

    // Back on screen, the sparklines show what happened meanwhile.
    list.view->showNormal();
    QTRY_VERIFY(list.sparklines->paints > 0);
}

void TestSparklineDelegate::linesDrawnOncePerTick()
{
    QStandardPaths::setTestModeEnabled(true);
    DemoList list;
    QVERIFY(list.open());
    QTRY_VERIFY_WITH_TIMEOUT(list.model->serverCount() >= 25, 10000);
    list.view->resize(900, 300);
    list.view->show();
    QVERIFY(QTest::qWaitForWindowExposed(list.view.get()));
    QSignalSpy ticked(list.metrics.get(), &MetricsService::ticked);
    QVERIFY(ticked.wait(10000));
    QVERIFY(ticked.wait(10000));
    QTest::qWait(100);
    QVERIFY(list.sparklines->drawCount() > 0);
    const int visible = list.visibleRows();

    // Repainting without new samples (an expose, a scroll back) uses the drawn lines.
    qint64 drawn = list.sparklines->drawCount();
    list.reset();
    list.view->viewport()->update();
    QTest::qWait(100);
    QVERIFY(list.sparklines->paints > 0);
    QCOMPARE(list.sparklines->drawCount(), drawn);
    list.view->scrollToBottom();
    QTest::qWait(100);
    drawn = list.sparklines->drawCount(); // rows seen for the first time are drawn once
    list.view->scrollToTop();
    QTest::qWait(100);
    list.view->scrollToBottom();
    QTest::qWait(100);
    QCOMPARE(list.sparklines->drawCount(), drawn);

    // A tick draws the visible lines again, once each.
    QVERIFY(ticked.wait(10000));
    QTest::qWait(100);
    const qint64 perTick = list.sparklines->drawCount() - drawn;
    QVERIFY(perTick > 0);
    QVERIFY2(perTick <= 2 * visible,
             qPrintable(QStringLiteral("%1 lines drawn, %2 rows visible").arg(perTick).arg(visible)));
}

QTEST_MAIN(TestSparklineDelegate)
#include "tst_sparklinedelegate.moc"
