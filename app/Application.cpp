#include "Application.h"

#include "Features.h"
#include "MainWindow.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

namespace virtdeck {

Application::Application(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

Application::~Application()
{
    // The window goes first (it uses the models), then the features, the queue, the connections.
    m_window.reset();
    m_features.reset();
    m_operations.reset();
    m_servers.reset();
    m_connections.reset();
}

QString Application::languageArgument(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1].toLower();
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7).toLower();
    }
    return {};
}

void Application::installTranslations(const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("virtdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

Services Application::services() const
{
    return Services{m_config.get(), m_connections.get(), m_operations.get(), m_servers.get()};
}

void Application::start()
{
    m_config = std::make_unique<Config>();
    m_connections = std::make_unique<ConnectionManager>();
    const int kept = m_config->get(Config::Key::OperationsKept).toInt();
    m_operations = std::make_unique<OperationQueue>(m_connections.get(), new OperationLog({}, kept));
    Lifecycle::registerKinds(*m_operations);
    m_servers = std::make_unique<ServerListModel>();
    m_servers->setFlat(m_config->get(Config::Key::FlatServerList).toBool());
    m_servers->attach(m_connections.get());
    Features::Options featureOptions;
    featureOptions.startAutomation = m_options.screenshot.isEmpty() && !m_options.benchStartup;
    m_features = std::make_unique<Features>(services(), featureOptions);

    m_window = std::make_unique<MainWindow>(services());
    m_features->install(m_window.get());
    QStringList warnings = m_config->takeWarnings();
    warnings << m_features->warnings();
    warnings << m_operations->loadLog();
    if (!warnings.isEmpty())
        m_window->showWarnings(warnings);
    setUpHiddenModes();
    m_window->show();
    openStartupConnections();
}

void Application::openStartupConnections()
{
    if (!m_options.connectUris.isEmpty()) {
        for (const QString &uri : std::as_const(m_options.connectUris)) {
            m_window->connectTo(SavedConnection{uri, false, m_options.readOnly}, false);
            m_config->addRecentUri(uri);
        }
    } else {
        const QList<SavedConnection> saved = m_config->connections();
        for (const SavedConnection &c : saved) {
            if (c.autoconnect)
                m_window->connectTo(c, false);
        }
        // First start, or nothing saved: the demo fleet, so there is something to look at.
        if (saved.isEmpty() && !m_options.demo)
            m_window->openDemoFleet(m_options.readOnly);
    }
    if (m_options.demo)
        m_window->openDemoFleet(m_options.readOnly);
}

void Application::setUpHiddenModes()
{
    if (m_options.screenshot.isEmpty() && !m_options.benchStartup)
        return;
    // Wait until the list shows servers and the window has painted them, then act and quit.
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (m_servers->serverCount() == 0 || !m_window->isVisible())
            return;
        if (!m_options.select.isEmpty()) {
            if (const std::optional<DomainSnapshot> s = m_servers->serverNamed({}, m_options.select))
                m_window->showServerPage(s->ref(), m_options.page.isEmpty() ? QStringLiteral("overview")
                                                                            : m_options.page);
        }
        poll->stop();
        m_window->repaint();
        if (m_options.benchStartup) {
            // Process start time from /proc/self/stat (field 22, clock ticks since boot) against uptime.
            QFile stat(QStringLiteral("/proc/self/stat"));
            QFile uptime(QStringLiteral("/proc/uptime"));
            double startedAgo = -1;
            if (stat.open(QIODevice::ReadOnly) && uptime.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
                const double startTicks = fields.value(19).toDouble();
                const double up = uptime.readAll().split(' ').first().toDouble();
                startedAgo = up - startTicks / double(sysconf(_SC_CLK_TCK));
            }
            std::printf("first painted list: %.0f ms after process start (%d servers)\n", startedAgo * 1000.0,
                        m_servers->serverCount());
            std::fflush(stdout);
        }
        if (!m_options.screenshot.isEmpty()) {
            // The delay lets the samplers fill the sparklines and charts before the picture.
            QTimer::singleShot(m_options.delayMs, this, [this] {
                m_window->grab().save(m_options.screenshot);
                QCoreApplication::quit();
            });
            return;
        }
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    poll->start();
}

} // namespace virtdeck
