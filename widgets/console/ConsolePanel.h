#pragma once

// Everything shown for one server's console: toolbar (SysRq menu, Send NMI, Safe reboot, Set terminal
// size, Save transcript, Clear, Find, Open in new window), the banner, the message bar, the terminal (or
// a plain statement when there is no console), and the "SysRq: press a key" hint. ConsolePage keeps one
// per server and moves it into a ConsoleWindow when detached.

#include "console/ConsoleSession.h"
#include "core/Services.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace virtdeck {

class ConsoleBanner;
class MessageBar;
class TerminalView;

class ConsolePanel : public QWidget
{
    Q_OBJECT
public:
    // Settings (Config::value keys) and their defaults.
    static constexpr const char *FontSizeKey = "console/fontSize";
    static constexpr const char *SafeRebootPauseKey = "console/safeRebootPauseMs";

    ConsolePanel(const Services &services, ConsoleSession *session, QWidget *parent = nullptr);
    ~ConsolePanel() override;

    ConsoleSession *session() const { return m_session; }
    TerminalView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_messageBar; }
    ConsoleBanner *banner() const { return m_banner; }
    QMenu *sysRqMenu() const { return m_sysRqMenu; }
    // True when the terminal is shown; false when the panel shows a statement instead (no console here).
    bool isTerminalShown() const;
    QString statement() const;

    // The detach action reads "Open in new window" or, inside a ConsoleWindow, "Back to the main window".
    void setDetached(bool detached);
    // "Don't ask again for this server in this window" was ticked; a new window asks again.
    bool skipsConfirmations() const { return m_skipConfirmations; }
    void resetConfirmations() { m_skipConfirmations = false; }

    // The toolbar's actions, also callable directly.
    void requestSysRq(QChar key);
    void requestSafeReboot();
    void requestNmi();
    void saveTranscript(); // asks for a file name (non-modal dialog)
    Status saveTranscriptTo(const QString &path);

Q_SIGNALS:
    void detachRequested();
    void dockRequested();

private:
    QToolBar *buildToolbar();
    void buildSysRqMenu();
    void updateFromSession();
    void updateBanner();
    void enqueueSysRq(QChar key);
    void watchOperation(const Result<QString> &id, const QString &queuedText);
    void askTakeOver();
    void showHint(const QString &text);
    // Why SysRq, NMI and safe reboot are refused here (a read-only connection); empty if allowed.
    QString changeRefusal() const;
    // Disables SysRq (menu, button, Ctrl+O), NMI and safe reboot on a read-only connection, saying why.
    void updateChangeActions();

    Services m_services;
    ConsoleSession *m_session;
    TerminalView *m_view;
    ConsoleBanner *m_banner;
    MessageBar *m_messageBar;
    QStackedWidget *m_stack;
    QWidget *m_statementPage;
    QLabel *m_statement;
    QPushButton *m_attachButton;
    QLabel *m_status;
    QLabel *m_hint;
    QMenu *m_sysRqMenu = nullptr;
    QToolButton *m_sysRqButton = nullptr;
    QAction *m_nmiAction = nullptr;
    QAction *m_safeRebootAction = nullptr;
    QAction *m_sizeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detachAction = nullptr;
    bool m_detached = false;
    bool m_skipConfirmations = false;
    QSet<QString> m_watched; // operation ids this panel queued: their failures show here
};

} // namespace virtdeck
