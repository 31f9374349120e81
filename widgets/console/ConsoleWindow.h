#pragma once

// A console detached from the main window ("Open in new window"): a top-level window holding one
// server's ConsolePanel. Closing it hands the panel back to ConsolePage; the session keeps running.

#include <QWidget>

namespace virtdeck {

class ConsolePanel;

class ConsoleWindow : public QWidget
{
    Q_OBJECT
public:
    // parent: the page that owns the sessions (the window is a child with Qt::Window, so it goes away
    // with the page).
    ConsoleWindow(ConsolePanel *panel, QWidget *parent);
    ~ConsoleWindow() override;

    ConsolePanel *panel() const { return m_panel; }
    // Gives the panel back (reparented to nothing) and closes.
    ConsolePanel *takePanel();

Q_SIGNALS:
    // The user closed the window: the page takes the panel back.
    void closing(virtdeck::ConsoleWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ConsolePanel *m_panel;
};

} // namespace virtdeck
