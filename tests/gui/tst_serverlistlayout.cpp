// The server list's default column layout in the real window (core services + Features, offscreen,
// demo fleet from libvirt's test driver) at its default size (1400×860 in English), in English, French
// and German: the CPU and Network sparkline columns are in view without scrolling. A saved layout wins.

#include "Features.h"
#include "MainWindow.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace virtdeck;

class TestServerListLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void sparklinesInViewByDefault_data();
    void sparklinesInViewByDefault();
    void savedLayoutWins();

private:
    void openWindow();
    void translate(const QString &language);
    QString placement(int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<Features> m_features;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTranslator> m_translator;
};

void TestServerListLayout::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_connections = std::make_unique<ConnectionManager>();
    m_queue = std::make_unique<OperationQueue>(m_connections.get(), nullptr);
    Lifecycle::registerKinds(*m_queue, 10, 10);
    m_servers = std::make_unique<ServerListModel>();
    m_servers->attach(m_connections.get());
}

void TestServerListLayout::openWindow()
{
    const Services services{m_config.get(), m_connections.get(), m_queue.get(), m_servers.get()};
    Features::Options options;
    options.historyDirectory = m_dir.filePath(QStringLiteral("history"));
    options.startAutomation = false;
    m_features = std::make_unique<Features>(services, options);
    m_window = std::make_unique<MainWindow>(services);
    m_features->install(m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openDemoFleet();
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->serverCount() >= 20, 10000);
    QTest::qWait(50);
}

void TestServerListLayout::cleanup()
{
    m_window.reset();
    m_features.reset();
    m_queue.reset();
    m_servers.reset();
    m_connections.reset();
    m_config.reset();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestServerListLayout::translate(const QString &language)
{
    if (language == QLatin1String("en"))
        return;
    // The .qm files are embedded in the program only; the test reads them from the build tree.
    const QString path =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/virtdeck_%1.qm").arg(language);
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(path), qPrintable(path + QStringLiteral(" (build the virtdeck target)")));
    QCoreApplication::installTranslator(m_translator.get());
    QVERIFY(ServerListModel().headerData(ServerListModel::MemoryColumn, Qt::Horizontal).toString() !=
            QStringLiteral("Memory"));
}

QString TestServerListLayout::placement(int column) const
{
    ServerTreeView *view = m_window->serverView();
    return QStringLiteral("column %1 at x %2, width %3; viewport %4 wide; window %5x%6")
        .arg(column)
        .arg(view->columnViewportPosition(column))
        .arg(view->columnWidth(column))
        .arg(view->viewport()->width())
        .arg(m_window->width())
        .arg(m_window->height());
}

void TestServerListLayout::sparklinesInViewByDefault_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestServerListLayout::sparklinesInViewByDefault()
{
    QFETCH(QString, language);
    translate(language);
    openWindow();
    // In French and German the window is wider than asked (its minimum width; another issue): the
    // columns must show there too.
    if (language == QLatin1String("en"))
        QCOMPARE(m_window->size(), QSize(1400, 860));
    ServerTreeView *view = m_window->serverView();
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    for (int column : {int(ServerListModel::CpuColumn), int(ServerListModel::NetworkColumn)}) {
        QVERIFY(!view->isColumnHidden(column));
        const int x = view->columnViewportPosition(column);
        QVERIFY2(x >= 0 && x + view->columnWidth(column) <= view->viewport()->width(),
                 qPrintable(placement(column)));
        QVERIFY2(view->columnWidth(column) >= 90, qPrintable(placement(column)));
    }
    // The name stays first and readable.
    QCOMPARE(view->header()->visualIndex(ServerListModel::NameColumn), 0);
    QVERIFY(view->columnWidth(ServerListModel::NameColumn) >= 120);
}

void TestServerListLayout::savedLayoutWins()
{
    // A layout saved earlier: CPU hidden, Title wide.
    {
        ServerFilterModel filter;
        filter.setSourceModel(m_servers.get());
        ServerTreeView view(m_servers.get(), &filter, m_config.get());
        view.setColumnHidden(ServerListModel::CpuColumn, true);
        view.setColumnWidth(ServerListModel::TitleColumn, 333);
        view.saveLayout();
    }
    openWindow();
    ServerTreeView *view = m_window->serverView();
    QVERIFY(view->isColumnHidden(ServerListModel::CpuColumn));
    QVERIFY(!view->isColumnHidden(ServerListModel::NetworkColumn));
    QCOMPARE(view->columnWidth(ServerListModel::TitleColumn), 333);
}

QTEST_MAIN(TestServerListLayout)
#include "tst_serverlistlayout.moc"
