#pragma once

// One running virtdeck: settings, translations, the connections, the operations queue and log, the
// server list and the main window; decides what to connect at start (command line, saved connections,
// or the demo fleet on a first start). Created by main().

#include "CommandLine.h"
#include "core/Services.h"

#include <QObject>

#include <memory>

class QTranslator;

namespace virtdeck {

class Config;
class ConnectionManager;
class Features;
class MainWindow;
class OperationQueue;
class ServerListModel;

class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(const CommandLineOptions &options, QObject *parent = nullptr);
    ~Application() override;

    // Builds everything, shows the window and opens the start-up connections.
    void start();
    Services services() const;
    MainWindow *mainWindow() const { return m_window.get(); }
    Features *features() const { return m_features.get(); }

    // Installs Qt's and virtdeck's translators for lang ("" = the system locale).
    static void installTranslations(const QString &lang);
    // The language asked for on the command line (--lang xx / --lang=xx) before full parsing.
    static QString languageArgument(const QStringList &arguments);

private:
    void openStartupConnections();
    void setUpHiddenModes();

    CommandLineOptions m_options;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_operations;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<Features> m_features;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace virtdeck
