#include "CommandLine.h"

#include "hypervisor/LibvirtUri.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::CommandLine)
};
} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
}

Result<CommandLineOptions> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("A desktop console for servers on libvirt hypervisors (QEMU/KVM, Xen, test driver)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption connect(
        QStringList{QStringLiteral("c"), QStringLiteral("connect")},
        Text::tr("Connect to the libvirt URI (repeatable), e.g. qemu+ssh://root@host/system."),
        Text::tr("uri"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        Text::tr("Open the given URIs (or --demo) read-only: nothing can be changed."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Text::tr("Use this language instead of the system's; available: %1.")
                                      .arg(supportedLanguages().join(QStringLiteral(", "))),
                                  Text::tr("code"));
    const QCommandLineOption demo(QStringLiteral("demo"), Text::tr("Open the built-in demo fleet."));
    const QCommandLineOption runSchedules(
        QStringLiteral("run-schedules"),
        Text::tr("Run the scheduled flex rules that are due, without a window (for cron or a systemd "
                 "timer), print a summary and exit: 0 done, 1 something failed, 2 unusable files."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the main window and quit."),
                                  QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption bench(QStringLiteral("bench-startup"),
                             QStringLiteral("Print the startup time and quit."));
    bench.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select this server once listed."),
                              QStringLiteral("name"));
    select.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption page(QStringLiteral("page"), QStringLiteral("With --select, show this page."),
                            QStringLiteral("id"));
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption delay(QStringLiteral("delay"),
                             QStringLiteral("With --screenshot, wait this long first."),
                             QStringLiteral("ms"));
    delay.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({connect, readOnly, lang, demo, runSchedules, screenshot, bench, select, page, delay});
    // Desktop launchers pass URIs as plain arguments (Exec=virtdeck %U), as virt-manager's users expect.
    parser.addPositionalArgument(QStringLiteral("uri"),
                                 Text::tr("A libvirt URI to connect to, the same as --connect URI."),
                                 Text::tr("[uri...]"));

    if (!parser.parse(arguments))
        return Error(parser.errorText() + QLatin1Char('\n') + Text::tr("Try --help."), {}, 2);
    if (parser.isSet(help))
        return Error(parser.helpText(), {}, 0);
    if (parser.isSet(version))
        return Error(QCoreApplication::applicationName() + QLatin1Char(' ') +
                         QCoreApplication::applicationVersion(),
                     {}, 0);

    CommandLineOptions o;
    for (const QString &uri : parser.values(connect)) {
        const Result<QString> valid = LibvirtUri::validate(uri);
        if (!valid)
            return Error(Text::tr("--connect %1: %2").arg(uri, valid.error().message), {}, 2);
        if (!o.connectUris.contains(valid.value()))
            o.connectUris << valid.value();
    }
    for (const QString &uri : parser.positionalArguments()) {
        const Result<QString> valid = LibvirtUri::validate(uri);
        if (!valid)
            return Error(Text::tr("\"%1\" is not a libvirt URI: %2").arg(uri, valid.error().message), {}, 2);
        if (!o.connectUris.contains(valid.value()))
            o.connectUris << valid.value();
    }
    o.readOnly = parser.isSet(readOnly);
    if (o.readOnly && o.connectUris.isEmpty() && !parser.isSet(demo))
        return Error(Text::tr("--read-only applies to the given URIs (or --demo); none was given."), {}, 2);
    if (parser.isSet(lang)) {
        o.language = parser.value(lang).toLower();
        if (!supportedLanguages().contains(o.language))
            return Error(Text::tr("Unknown language \"%1\"; available: %2.")
                             .arg(o.language, supportedLanguages().join(QStringLiteral(", "))),
                         {}, 2);
    }
    o.demo = parser.isSet(demo);
    o.runSchedules = parser.isSet(runSchedules);
    if (o.runSchedules && (!o.connectUris.isEmpty() || o.demo || o.readOnly))
        return Error(
            Text::tr("--run-schedules uses the saved connections; it takes no URI, --connect, --demo "
                     "or --read-only."),
            {}, 2);
    o.screenshot = parser.value(screenshot);
    o.benchStartup = parser.isSet(bench);
    o.select = parser.value(select);
    o.page = parser.value(page);
    o.delayMs = std::clamp(parser.value(delay).toInt(), 0, 60000);
    return o;
}

} // namespace virtdeck
