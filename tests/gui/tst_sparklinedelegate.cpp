// SparklineDelegate, offscreen: paints a cell's samples as a line scaled to the fixed maximum (CPU) or
// to the data (network), leaves gaps open, draws the second line, paints nothing without samples, and
// asks for a usable width.

#include "metrics/Sparkline.h"
#include "metrics/SparklineDelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
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

QTEST_MAIN(TestSparklineDelegate)
#include "tst_sparklinedelegate.moc"
