// The console widgets offscreen: the terminal paints and coalesces repaints, keys/copy/paste/zoom/search
// work, Ctrl+O arms SysRq, the SysRq menu confirms dangerous commands (b) and not harmless ones (h), the
// demo fleet (libvirt's test driver) shows a plain "no serial console" statement instead of a terminal,
// and a console detaches into its own window and back.

#include "common/MessageBox.h"
#include "console/ConsoleBanner.h"
#include "console/ConsoleOperations.h"
#include "console/ConsolePage.h"
#include "console/ConsolePanel.h"
#include "console/ConsoleSession.h"
#include "console/ConsoleWindow.h"
#include "console/TerminalSearchBar.h"
#include "console/TerminalView.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace virtdeck;

namespace {
QByteArray joined(const QSignalSpy &spy)
{
    QByteArray all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).toByteArray();
    return all;
}
} // namespace

class TestConsolePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void terminalPaints();
    void repaintsAreCoalesced();
    void copyAndPaste();
    void keysReachTheGuest();
    void zoomChangesTheGrid();
    void searchFindsInScrollback();
    void ctrlOArmsSysRq();
    void sysRqMenuConfirmsDangerousOnly();
    void ctrlOThenDangerousKeyAsks();
    void pageActionsForTheMainWindow();
    void demoSaysNoSerialConsole();
    void detachAndDock();
    void saveTranscript();
    void forceOffStartThenShowSaysNoSerialConsole();
    void failedSessionOffersAttach();

private:
    std::optional<DomainSnapshot> server(const QString &name) const;
    QList<Operation> operationsWithKey(const QString &key) const;

    QTemporaryDir m_dir;
    Config *m_config = nullptr;
    ConnectionManager *m_manager = nullptr;
    OperationQueue *m_queue = nullptr;
    ServerListModel *m_servers = nullptr;
    Services m_services;
    QString m_uri;
};

void TestConsolePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_config = new Config(m_dir.filePath(QStringLiteral("virtdeck.ini")));
    m_manager = new ConnectionManager(this);
    m_queue = new OperationQueue(m_manager, nullptr, this);
    ConsoleOperations::registerKinds(*m_queue);
    Lifecycle::registerKinds(*m_queue, 10, 10);
    m_servers = new ServerListModel(this);
    m_servers->attach(m_manager);
    m_services = Services{m_config, m_manager, m_queue, m_servers};

    Result<QString> uri = DemoFleet::prepare();
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().toString()));
    m_uri = uri.value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("db-01")).has_value(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->connection(m_uri)->isConnected(), 15000);
}

void TestConsolePage::cleanupTestCase()
{
    m_manager->removeAll();
    delete m_config;
}

std::optional<DomainSnapshot> TestConsolePage::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(m_uri, name))
        return *s;
    return std::nullopt;
}

QList<Operation> TestConsolePage::operationsWithKey(const QString &key) const
{
    QList<Operation> out;
    for (const Operation &op : m_queue->operations()) {
        if (op.kind == ConsoleOperations::sysRqKind() &&
            op.params.value(QStringLiteral("key")).toString() == key)
            out << op;
    }
    return out;
}

void TestConsolePage::terminalPaints()
{
    TerminalScreen screen;
    TerminalView view;
    view.resize(640, 400);
    view.setScreen(&screen);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(screen.cols() > 40 && screen.rows() > 10);
    screen.feed("\x1b[41mRED\x1b[0m plain \x1b[1;32mgreen\x1b[0m");
    const int before = view.paintCount();
    QTRY_VERIFY(view.paintCount() > before);
    const QImage image = view.viewport()->grab().toImage();
    const QSizeF cell = view.cellSize();
    // The first cell has the red background (palette index 1); far right is the default background.
    QCOMPARE(image.pixelColor(QPoint(int(cell.width() / 2), 1)), view.terminalPalette().indexed(1));
    QCOMPARE(image.pixelColor(QPoint(image.width() - 3, image.height() - 3)),
             view.terminalPalette().background());
    // Text was drawn: some pixel in "plain" differs from the background.
    bool ink = false;
    for (int x = int(cell.width() * 4); x < int(cell.width() * 9) && !ink; ++x) {
        for (int y = 0; y < int(cell.height()) && !ink; ++y)
            ink = image.pixelColor(QPoint(x, y)) != view.terminalPalette().background();
    }
    QVERIFY(ink);
}

void TestConsolePage::repaintsAreCoalesced()
{
    TerminalScreen screen;
    TerminalView view;
    view.resize(640, 400);
    view.setScreen(&screen);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    const int requests = view.repaintRequests();
    // 5,000 separate feeds without the event loop in between: one repaint.
    for (int i = 0; i < 5000; ++i)
        screen.feed("line " + QByteArray::number(i) + "\r\n");
    QTest::qWait(100);
    QCOMPARE(view.repaintRequests() - requests, 1);
    QVERIFY(view.screen()->screenText().contains(QStringLiteral("line 4999")));

    // Feeding with the event loop running: at most one repaint per interval.
    QElapsedTimer timer;
    timer.start();
    const int before = view.repaintRequests();
    int feeds = 0;
    while (timer.elapsed() < 500) {
        screen.feed("more output\r\n");
        ++feeds;
        QCoreApplication::processEvents();
    }
    QTest::qWait(50);
    const qint64 elapsed = timer.elapsed();
    const int repaints = view.repaintRequests() - before;
    qInfo("%d feeds in %lld ms -> %d repaints", feeds, elapsed, repaints);
    QVERIFY(feeds > repaints * 5);
    QVERIFY(repaints <= elapsed / TerminalView::RepaintIntervalMs + 2);
}

void TestConsolePage::copyAndPaste()
{
    TerminalScreen screen;
    TerminalView view;
    view.resize(640, 400);
    view.setScreen(&screen);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    screen.feed("hello world");
    const qint64 row = screen.firstLineNumber() + screen.scrollbackCount();
    view.setSelection({row, 0}, {row, 5});
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("hello"));

    // Selection with the mouse: drag over "world".
    const QSizeF cell = view.cellSize();
    const QPoint from(int(cell.width() * 6), int(cell.height() / 2));
    const QPoint to(int(cell.width() * 11), int(cell.height() / 2));
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view.viewport()->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(view.selectedText(), QStringLiteral("world"));
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("world"));

    // Paste sends the clipboard, newlines as CR.
    QSignalSpy output(&screen, &TerminalScreen::output);
    QApplication::clipboard()->setText(QStringLiteral("echo one\necho two\n"));
    QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(joined(output), QByteArray("echo one\recho two\r"));
}

void TestConsolePage::keysReachTheGuest()
{
    TerminalScreen screen;
    TerminalView view;
    view.resize(640, 400);
    view.setScreen(&screen);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QSignalSpy output(&screen, &TerminalScreen::output);
    QTest::keyClicks(&view, QStringLiteral("ls -l"));
    QTest::keyClick(&view, Qt::Key_Return);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Tab);
    QTest::keyClick(&view, Qt::Key_Backspace);
    QTest::keyClick(&view, Qt::Key_X, Qt::AltModifier);
    QCOMPARE(joined(output), QByteArray("ls -l\r\x03\x1b[A\t\x7f\x1bx"));
    QVERIFY(view.hasFocus()); // Tab did not move the focus away
}

void TestConsolePage::zoomChangesTheGrid()
{
    TerminalScreen screen;
    TerminalView view;
    view.resize(640, 400);
    view.setScreen(&screen);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int size = view.fontPointSize();
    const int cols = screen.cols();
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view.fontPointSize(), size + 2);
    QVERIFY(screen.cols() < cols);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view.fontPointSize(), size + 1);
}

void TestConsolePage::searchFindsInScrollback()
{
    TerminalScreen screen;
    TerminalView view;
    view.resize(640, 400);
    view.setScreen(&screen);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 300; ++i)
        screen.feed("log line " + QByteArray::number(i) + "\r\n");
    QTest::qWait(50);
    QVERIFY(view.isFollowing());
    QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view.searchBar()->isVisible());
    auto *field = view.searchBar()->findChild<QLineEdit *>(QStringLiteral("terminalSearchField"));
    QVERIFY(field);
    field->setText(QStringLiteral("line 42"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(view.selectedText(), QStringLiteral("line 42"));
    QVERIFY(!view.isFollowing()); // scrolled up to show it
    const int index = view.topLine();
    QVERIFY(screen.lineText(index + 3).contains(QStringLiteral("line 42")));
    // Not there: says so.
    field->setText(QStringLiteral("no such text"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *status = view.searchBar()->findChild<QLabel *>(QStringLiteral("terminalSearchStatus"));
    QCOMPARE(status->text(), QStringLiteral("No match"));
}

void TestConsolePage::ctrlOArmsSysRq()
{
    ConsolePage page(m_services);
    page.resize(900, 600);
    page.show();
    page.setServer(server(QStringLiteral("www-en-01")));
    ConsolePanel *panel = page.currentPanel();
    QVERIFY(panel);
    TerminalView *view = panel->view();
    auto *hint = panel->findChild<QLabel *>(QStringLiteral("sysRqHint"));
    QSignalSpy output(view->screen(), &TerminalScreen::output);
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    QVERIFY(view->isSysRqArmed());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().startsWith(QStringLiteral("SysRq: press a key")));
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->isSysRqArmed());
    QVERIFY(!hint->isVisible());
    QCOMPARE(output.count(), 0); // Escape only cancelled
    // Twice: a literal Ctrl+O for the guest.
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    QVERIFY(!view->isSysRqArmed());
    QCOMPARE(joined(output), QByteArray("\x0f"));
    // Ctrl+O h: SysRq h queued, nothing typed.
    const int before = int(operationsWithKey(QStringLiteral("h")).size());
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_H);
    QCOMPARE(operationsWithKey(QStringLiteral("h")).size(), before + 1);
    QCOMPARE(joined(output), QByteArray("\x0f"));
}

void TestConsolePage::sysRqMenuConfirmsDangerousOnly()
{
    ConsolePage page(m_services);
    page.show();
    const auto db = server(QStringLiteral("db-01"));
    page.setServer(db);
    ConsolePanel *panel = page.currentPanel();
    QVERIFY(panel);
    QMenu *menu = panel->sysRqMenu();
    auto action = [menu](const QString &key) {
        return menu->findChild<QAction *>(QStringLiteral("sysrq_") + key);
    };
    // Every command is in the menu with its meaning.
    for (const QString &k :
         {QStringLiteral("h"), QStringLiteral("0"), QStringLiteral("9"), QStringLiteral("b"),
          QStringLiteral("z"), QStringLiteral("safeReboot"), QStringLiteral("nmi")})
        QVERIFY2(action(k), qPrintable(k));
    QVERIFY(action(QStringLiteral("b"))->text().contains(QStringLiteral("without syncing")));

    MessageBox::resetCounters();
    // h: no question, queued at once.
    action(QStringLiteral("h"))->trigger();
    QCOMPARE(MessageBox::askedCount(), 0);
    QCOMPARE(operationsWithKey(QStringLiteral("h")).size() > 0, true);

    // b: asks, naming the server; Yes queues it.
    const int bBefore = int(operationsWithKey(QStringLiteral("b")).size());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action(QStringLiteral("b"))->trigger();
    QCOMPARE(MessageBox::askedCount(), 1);
    QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("db-01")));
    QTRY_COMPARE(operationsWithKey(QStringLiteral("b")).size(), bBefore + 1);

    // c answered No: nothing queued.
    MessageBox::setNextAnswer(QMessageBox::No);
    action(QStringLiteral("c"))->trigger();
    QCOMPARE(MessageBox::askedCount(), 2);
    QTest::qWait(50);
    QCOMPARE(operationsWithKey(QStringLiteral("c")).size(), 0);

    // "Don't ask again for this server in this window": the next dangerous one goes straight out.
    MessageBox::setNextAnswer(QMessageBox::Yes, true);
    action(QStringLiteral("o"))->trigger();
    QCOMPARE(MessageBox::askedCount(), 3);
    QTRY_COMPARE(operationsWithKey(QStringLiteral("o")).size(), 1);
    QVERIFY(panel->skipsConfirmations());
    action(QStringLiteral("e"))->trigger();
    QCOMPARE(MessageBox::askedCount(), 3);
    QCOMPARE(operationsWithKey(QStringLiteral("e")).size(), 1);

    // Safe reboot asks once, then queues one cancellable operation.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action(QStringLiteral("safeReboot"))->trigger();
    QCOMPARE(MessageBox::askedCount(), 4);
    auto hasKind = [this](const QString &kind) {
        const QList<Operation> ops = m_queue->operations();
        return std::any_of(ops.cbegin(), ops.cend(),
                           [&kind](const Operation &op) { return op.kind == kind; });
    };
    QTRY_VERIFY(hasKind(ConsoleOperations::safeRebootKind()));
    // NMI: no question.
    action(QStringLiteral("nmi"))->trigger();
    QCOMPARE(MessageBox::askedCount(), 4);
    QVERIFY(hasKind(ConsoleOperations::nmiKind()));
}

void TestConsolePage::ctrlOThenDangerousKeyAsks()
{
    ConsolePage page(m_services);
    page.show();
    page.setServer(server(QStringLiteral("www-en-02")));
    TerminalView *view = page.currentPanel()->view();
    MessageBox::resetCounters();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_B);
    QCOMPARE(MessageBox::askedCount(), 1);
    QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("www-en-02")));
}

void TestConsolePage::pageActionsForTheMainWindow()
{
    // The main window's context menu acts on a server whose console page is not shown.
    ConsolePage page(m_services);
    const auto server = this->server(QStringLiteral("www-en-05"));
    QVERIFY(server);
    MessageBox::resetCounters();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page.requestSysRq(*server, QLatin1Char('u'));
    QCOMPARE(MessageBox::askedCount(), 1);
    QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("www-en-05")));
    QTRY_VERIFY(!operationsWithKey(QStringLiteral("u")).isEmpty());
    const int before = int(m_queue->operations().size());
    page.requestNmi(*server);
    QCOMPARE(int(m_queue->operations().size()), before + 1);
    QCOMPARE(m_queue->operations().constFirst().kind, ConsoleOperations::nmiKind());
    QCOMPARE(m_queue->operations().constFirst().targets.constFirst().name, QStringLiteral("www-en-05"));
    // Nothing was attached for it: the page was never shown.
    QCOMPARE(page.session(server->ref())->state(), ConsoleSession::State::Idle);
}

void TestConsolePage::demoSaysNoSerialConsole()
{
    ConsolePage page(m_services);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto db = server(QStringLiteral("db-01"));
    QVERIFY(db && db->hasConsole());
    page.setServer(db);
    ConsolePanel *panel = page.currentPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->session()->state(), ConsoleSession::State::Unsupported, 10000);
    QVERIFY(!panel->isTerminalShown()); // no fake terminal
    QVERIFY2(panel->statement().contains(QStringLiteral("This hypervisor offers no serial console.")),
             qPrintable(panel->statement()));
    QCOMPARE(panel->session()->error().code, 3); // VIR_ERR_NO_SUPPORT from virDomainOpenConsole

    // A server without any serial device says that instead (and libvirt is not asked).
    const auto plain = server(QStringLiteral("www6-01"));
    QVERIFY(plain && !plain->hasConsole());
    page.setServer(plain);
    QTRY_COMPARE(page.currentPanel()->session()->state(), ConsoleSession::State::NoDevice);
    QVERIFY(page.currentPanel()->statement().contains(QStringLiteral("has no serial or console device")));

    // Switching back keeps the first session.
    page.setServer(db);
    QCOMPARE(page.currentPanel(), panel);
    QCOMPARE(page.sessionCount(), 2);
}

void TestConsolePage::detachAndDock()
{
    ConsolePage page(m_services);
    page.show();
    const auto db = server(QStringLiteral("db-01"));
    const auto other = server(QStringLiteral("www-en-03"));
    page.setServer(db);
    ConsolePanel *panel = page.currentPanel();
    panel->findChild<QAction *>(QStringLiteral("detachAction"))->trigger();
    QPointer<ConsoleWindow> window = page.window(db->ref());
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->panel(), panel);
    QVERIFY(window->windowTitle().contains(QStringLiteral("db-01")));
    auto *label = page.findChild<QLabel *>(QStringLiteral("consoleDetachedLabel"));
    QVERIFY(label->isVisible());
    // A second console in its own window at the same time.
    QPointer<ConsoleWindow> second = page.openInWindow(*other);
    QVERIFY(second && second != window);
    QVERIFY(window->isVisible() && second->isVisible());
    // Closing the window brings the console back into the page.
    window->close();
    QTRY_VERIFY(!window);
    QVERIFY(!page.window(db->ref()));
    QCOMPARE(page.currentPanel(), panel);
    QVERIFY(panel->isVisible());
    page.dock(other->ref());
    QTRY_VERIFY(!second);
}

void TestConsolePage::saveTranscript()
{
    ConsolePage page(m_services);
    page.show();
    page.setServer(server(QStringLiteral("www-en-04")));
    ConsolePanel *panel = page.currentPanel();
    panel->session()->screen()->feed("boot message\r\n\xc3\xa9t\xc3\xa9\r\n");
    const QString path = m_dir.filePath(QStringLiteral("transcript.txt"));
    QVERIFY(panel->saveTranscriptTo(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), QStringLiteral("boot message\nété\n"));
    QVERIFY(!panel->saveTranscriptTo(m_dir.filePath(QStringLiteral("missing/dir/x.txt"))).ok());
}

void TestConsolePage::forceOffStartThenShowSaysNoSerialConsole()
{
    // Issue 11, defect 1: select a running server (the page keeps a session for it while another tab is
    // shown), Force off, Start, then open the Console tab: the demo fleet has no console streams, and the
    // page must say so instead of waiting for a server that is already running.
    ConsolePage page(m_services);
    page.resize(900, 600);
    const auto before = server(QStringLiteral("www-en-03"));
    QVERIFY(before && before->active && before->hasConsole());
    page.setServer(before); // selected while the page is hidden
    ConsoleSession *session = page.session(before->ref());
    QVERIFY(session);

    QVERIFY(Lifecycle::enqueue(*m_queue, Lifecycle::Action::ForceOff, {*before}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!server(QStringLiteral("www-en-03"))->active, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(session->banner().contains(QStringLiteral("forced off")), 10000);
    page.setServer(server(QStringLiteral("www-en-03")));
    QVERIFY(
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::Start, {*server(QStringLiteral("www-en-03"))}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("www-en-03"))->active, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(session->banner().contains(QStringLiteral("started")), 10000);
    page.setServer(server(QStringLiteral("www-en-03")));

    page.show(); // the Console tab opens
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ConsolePanel *panel = page.currentPanel();
    QTRY_VERIFY2_WITH_TIMEOUT(
        panel->statement().contains(QStringLiteral("This hypervisor offers no serial console.")),
        qPrintable(panel->statement()), 10000);
    QCOMPARE(session->state(), ConsoleSession::State::Unsupported);
    QVERIFY(!panel->statement().contains(QStringLiteral("is not running")));
}

void TestConsolePage::failedSessionOffersAttach()
{
    // Issue 11, defect 2: a failed console offers Attach. A server the host no longer knows fails to open
    // with "domain not found", an error without a class of its own.
    ConsolePage page(m_services);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DomainSnapshot ghost = *server(QStringLiteral("db-01"));
    ghost.uuid = QStringLiteral("0badc0de-0000-4000-8000-000000000002");
    ghost.name = QStringLiteral("ghost-02");
    page.setServer(ghost);
    ConsolePanel *panel = page.currentPanel();
    panel->session()->setReattachDelayMs(60000); // no attempt of its own during the test
    QTRY_COMPARE_WITH_TIMEOUT(panel->session()->state(), ConsoleSession::State::Failed, 10000);
    auto *attach = panel->findChild<QPushButton *>(QStringLiteral("consoleAttachButton"));
    QVERIFY(attach);
    QTRY_VERIFY(attach->isVisible());
    QCOMPARE(attach->text(), QStringLiteral("Attach"));
    QSignalSpy states(panel->session(), &ConsoleSession::stateChanged);
    attach->click();
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 5000);
    QCOMPARE(states.at(0).at(0).value<ConsoleSession::State>(), ConsoleSession::State::Attaching);
    QTRY_COMPARE_WITH_TIMEOUT(panel->session()->state(), ConsoleSession::State::Failed, 10000);
}

QTEST_MAIN(TestConsolePage)
#include "tst_consolepage.moc"
