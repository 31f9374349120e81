#pragma once

// The Console page of the selected server (pageId "console"). Keeps one ConsoleSession + ConsolePanel
// per server for as long as the window lives, so switching servers keeps each console's screen,
// scrollback and stream; consoles detach into ConsoleWindows (several at once, one per server).
// MainWindow creates one and calls setServer(); tests drive it the same way.

#include "common/ServerPage.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace virtdeck {

class ConsolePanel;
class ConsoleSession;
class ConsoleWindow;

class ConsolePage : public ServerPage
{
    Q_OBJECT
public:
    // Setting (Config::value key): scrollback lines kept per console.
    static constexpr const char *ScrollbackLinesKey = "console/scrollbackLines";

    explicit ConsolePage(const Services &services, QWidget *parent = nullptr);
    ~ConsolePage() override;

    QString pageId() const override { return QStringLiteral("console"); }
    QString pageTitle() const override { return tr("Console"); }
    void setServer(const std::optional<DomainSnapshot> &server) override;

    // The session/panel of a server (created on first use), null if none yet.
    ConsoleSession *session(const ServerRef &server) const;
    ConsolePanel *panel(const ServerRef &server) const;
    ConsolePanel *currentPanel() const;
    int sessionCount() const { return int(m_entries.size()); }

    // Detaches a server's console into its own window (creating the session if needed) and returns it.
    ConsoleWindow *openInWindow(const DomainSnapshot &server);
    ConsoleWindow *window(const ServerRef &server) const;
    // Brings a detached console back into the page.
    void dock(const ServerRef &server);

    // For the main window's actions on a selected server (no need to open the page): the same
    // confirmations as the SysRq menu (dangerous keys, safe reboot), errors in the server's console panel.
    void requestSysRq(const DomainSnapshot &server, QChar key);
    void requestSafeReboot(const DomainSnapshot &server);
    void requestNmi(const DomainSnapshot &server);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Entry
    {
        ConsoleSession *session = nullptr;
        QPointer<ConsolePanel> panel;
        QPointer<ConsoleWindow> window;
    };
    Entry &ensureEntry(const DomainSnapshot &server);
    void removeEntry(const QString &key);
    // request: the page shows this server anew (not just a fresher snapshot): ask its console to attach.
    void showCurrent(bool request = false);

    QHash<QString, Entry> m_entries;
    std::optional<DomainSnapshot> m_current;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_detachedPage;
    QLabel *m_detachedLabel;
};

} // namespace virtdeck
