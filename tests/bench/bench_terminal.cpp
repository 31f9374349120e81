// Terminal throughput, in MB/s: (1) bare libvterm (vterm_input_write, no callbacks of ours), (2) the
// screen model alone (TerminalScreen: input filter, libvterm, scrollback ring), (3) screen model +
// TerminalView shown (offscreen) with coalesced repaints at ~60 Hz, the bytes arriving in 16 KiB
// chunks with the event loop turning between them as the console session delivers them. The figure
// that matters is (3)/(2): what painting costs on top of the model. Prints figures; not pass/fail.
// Usage: bench_terminal [--quick] [--mb N]

#include "console/TerminalScreen.h"
#include "console/TerminalView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <vterm.h>

#include <cstdio>

using namespace virtdeck;

namespace {

// Log-like output: plain lines, some colour, a prompt, a long wrapped line now and then.
QByteArray sampleOutput()
{
    QByteArray out;
    for (int i = 0; i < 400; ++i) {
        out += "[  " + QByteArray::number(1000 + i) + ".123456] systemd[1]: Started unit number " +
               QByteArray::number(i) + " of the test run.\r\n";
        if (i % 10 == 0)
            out += "\x1b[1;32mOK\x1b[0m  \x1b[33mwarning\x1b[0m \x1b[38;5;208mcolour 208\x1b[0m done\r\n";
        if (i % 50 == 0)
            out += QByteArray(300, 'w') + "\r\n";
        if (i % 25 == 0)
            out += "vdtest# ls -l /proc/self\r\n";
    }
    return out;
}

QByteArray buildInput(qint64 bytes)
{
    const QByteArray sample = sampleOutput();
    QByteArray input;
    input.reserve(bytes + sample.size());
    while (input.size() < bytes)
        input += sample;
    return input;
}

double mbPerSecond(qint64 bytes, qint64 ns)
{
    return ns > 0 ? (double(bytes) / 1e6) / (double(ns) / 1e9) : 0.0;
}

double benchBareLibvterm(const QByteArray &input, int chunk)
{
    VTerm *vt = vterm_new(40, 120);
    vterm_set_utf8(vt, 1);
    VTermScreen *screen = vterm_obtain_screen(vt);
    vterm_screen_enable_altscreen(screen, 1);
    vterm_screen_reset(screen, 1);
    QElapsedTimer t;
    t.start();
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        vterm_input_write(vt, input.constData() + at, size_t(std::min<qsizetype>(chunk, input.size() - at)));
        vterm_screen_flush_damage(screen);
    }
    const qint64 ns = t.nsecsElapsed();
    vterm_free(vt);
    return mbPerSecond(input.size(), ns);
}

double benchModel(const QByteArray &input, int chunk, int *scrollback)
{
    TerminalScreen screen(40, 120);
    QElapsedTimer t;
    t.start();
    for (qsizetype at = 0; at < input.size(); at += chunk)
        screen.feed(input.constData() + at, std::min<qsizetype>(chunk, input.size() - at));
    const qint64 ns = t.nsecsElapsed();
    *scrollback = screen.scrollbackCount();
    return mbPerSecond(input.size(), ns);
}

struct WidgetFigures
{
    double mbps = 0;
    int repaints = 0;
    int paints = 0;
    double seconds = 0;
    qint64 longestTurnMs = 0;
};

WidgetFigures benchWidget(const QByteArray &input, int chunk)
{
    TerminalScreen screen(40, 120);
    TerminalView view;
    view.resize(1000, 700);
    view.setScreen(&screen);
    view.show();
    QCoreApplication::processEvents();
    const int repaints0 = view.repaintRequests();
    const int paints0 = view.paintCount();
    WidgetFigures f;
    QElapsedTimer t;
    t.start();
    QElapsedTimer turn;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        turn.start();
        screen.feed(input.constData() + at, std::min<qsizetype>(chunk, input.size() - at));
        // One event-loop turn per chunk, as queued chunks from the stream arrive: timers and paints run.
        QCoreApplication::processEvents();
        f.longestTurnMs = std::max(f.longestTurnMs, turn.elapsed());
    }
    // The last coalesced repaint.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 2 * TerminalView::RepaintIntervalMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 ns = t.nsecsElapsed() - settle.nsecsElapsed();
    f.mbps = mbPerSecond(input.size(), ns);
    f.seconds = double(ns) / 1e9;
    f.repaints = view.repaintRequests() - repaints0;
    f.paints = view.paintCount() - paints0;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    qint64 mb = quick ? 8 : 64;
    if (const qsizetype i = args.indexOf(QStringLiteral("--mb")); i >= 0 && i + 1 < args.size())
        mb = args.at(i + 1).toLongLong();
    const int chunk = 16 * 1024; // ConsoleStream::Limits::readChunk
    const QByteArray input = buildInput(mb * 1000 * 1000);

    std::printf("bench_terminal: %.1f MB of log-like output, %d-byte chunks, 120x40 screen\n",
                input.size() / 1e6, chunk);
    const double bare = benchBareLibvterm(input, chunk);
    std::printf("  bare libvterm (vterm_input_write):        %8.1f MB/s\n", bare);
    int scrollback = 0;
    const double model = benchModel(input, chunk, &scrollback);
    std::printf("  screen model (TerminalScreen):            %8.1f MB/s  (scrollback %d lines)\n", model,
                scrollback);
    const WidgetFigures w = benchWidget(input, chunk);
    std::printf(
        "  model + TerminalView, coalesced repaints: %8.1f MB/s  (%d repaints, %d paint events in %.2f s "
        "= %.0f/s; longest event-loop turn %lld ms)\n",
        w.mbps, w.repaints, w.paints, w.seconds, w.repaints / std::max(0.001, w.seconds), w.longestTurnMs);
    std::printf("  ratio widget/model: %.2f   model/bare libvterm: %.2f\n", model > 0 ? w.mbps / model : 0.0,
                bare > 0 ? model / bare : 0.0);
    return 0;
}
