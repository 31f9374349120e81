// virtdeck's entry point: the application object, translations, the command line, then Application.

#include "Application.h"
#include "CommandLine.h"
#include "common/Icons.h"
#include "core/Config.h"
#include "flex/HeadlessSchedules.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// --help, --version and --run-schedules must work without a display (over SSH, from cron): no
// QApplication then.
bool needsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *opt : {"-h", "--help", "-?", "--help-all", "-v", "--version", "--run-schedules"}) {
            if (std::strcmp(argv[i], opt) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("virtdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIRTDECK_VERSION));
    const bool console = needsNoWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (console) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        QGuiApplication::setDesktopFileName(QStringLiteral("org.virtdeck.Virtdeck"));
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setWindowIcon(virtdeck::Icons::application());
    }

    virtdeck::Application::installTranslations(virtdeck::Application::languageArgument(app->arguments()));
    const virtdeck::Result<virtdeck::CommandLineOptions> options =
        virtdeck::parseCommandLine(app->arguments());
    if (!options) {
        const QByteArray text = options.error().message.toLocal8Bit();
        std::fprintf(options.error().code == 0 ? stdout : stderr, "%s\n", text.constData());
        return options.error().code;
    }
    if (options.value().runSchedules) {
        virtdeck::Config config;
        QTextStream out(stdout);
        const int code = virtdeck::runDueSchedules(config, out);
        out.flush();
        return code;
    }
    virtdeck::Application virtdeck(options.value());
    virtdeck.start();
    return app->exec();
}
