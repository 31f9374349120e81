#include "console/ConsoleWindow.h"

#include "console/ConsolePanel.h"
#include "console/TerminalView.h"

#include <QCloseEvent>
#include <QVBoxLayout>

namespace virtdeck {

ConsoleWindow::ConsoleWindow(ConsolePanel *panel, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_panel(panel)
{
    setObjectName(QStringLiteral("consoleWindow"));
    setWindowTitle(tr("Console — %1").arg(panel->session()->server().name));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(panel);
    panel->setDetached(true);
    // Another window: confirmations are asked again here.
    panel->resetConfirmations();
    panel->show();
    resize(900, 600);
}

ConsoleWindow::~ConsoleWindow() = default;

ConsolePanel *ConsoleWindow::takePanel()
{
    ConsolePanel *panel = std::exchange(m_panel, nullptr);
    if (panel) {
        layout()->removeWidget(panel);
        panel->setParent(nullptr);
        panel->setDetached(false);
        panel->resetConfirmations();
    }
    return panel;
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    if (m_panel)
        Q_EMIT closing(this);
    event->accept();
}

} // namespace virtdeck
