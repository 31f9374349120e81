// Benchmark: time from process start to the demo fleet's first painted list. Runs the real virtdeck
// binary (offscreen, fresh settings) with its hidden --bench-startup option, which prints the time
// between the process's start (from /proc) and the first paint of a filled list. Prints min, median and
// max over the runs. Not a test: it prints figures.

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 2 : 10;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VIRTDECK_APP_BINARY), {QStringLiteral("--bench-startup")});
        if (!p.waitForFinished(60000)) {
            std::fprintf(stderr, "virtdeck did not finish\n");
            return 1;
        }
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("first painted list: (\\d+) ms")).match(out);
        if (!m.hasMatch()) {
            std::fprintf(stderr, "unexpected output: %s\n%s\n", qPrintable(out),
                         qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
            return 1;
        }
        times << m.captured(1).toDouble();
    }
    std::sort(times.begin(), times.end());
    std::printf(
        "startup to first painted list (demo fleet, %d runs): min %.0f ms, median %.0f ms, max %.0f ms\n",
        runs, times.first(), times[times.size() / 2], times.last());
    return 0;
}
