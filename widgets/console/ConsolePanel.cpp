#include "console/ConsolePanel.h"

#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "console/ConsoleBanner.h"
#include "console/ConsoleOperations.h"
#include "console/SysRqTable.h"
#include "console/TerminalView.h"
#include "core/Config.h"
#include "operations/OperationQueue.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace virtdeck {

ConsolePanel::ConsolePanel(const Services &services, ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_view(new TerminalView(this))
    , m_banner(new ConsoleBanner(this))
    , m_messageBar(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_statementPage(new QWidget(this))
    , m_statement(new QLabel(m_statementPage))
    , m_attachButton(new QPushButton(m_statementPage))
    , m_status(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("consolePanel"));
    m_view->setScreen(session->screen());
    if (m_services.config) {
        m_view->setFontPointSize(
            m_services.config->value(QLatin1String(FontSizeKey), TerminalView::DefaultFontPointSize).toInt());
    }
    connect(m_view, &TerminalView::fontPointSizeChanged, this, [this](int points) {
        if (m_services.config)
            m_services.config->setValue(QLatin1String(FontSizeKey), points);
    });

    m_statement->setObjectName(QStringLiteral("consoleStatement"));
    m_statement->setWordWrap(true);
    m_statement->setAlignment(Qt::AlignCenter);
    m_attachButton->setObjectName(QStringLiteral("consoleAttachButton"));
    auto *statementLayout = new QVBoxLayout(m_statementPage);
    statementLayout->addStretch();
    statementLayout->addWidget(m_statement);
    statementLayout->addWidget(m_attachButton, 0, Qt::AlignHCenter);
    statementLayout->addStretch();
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_statementPage);

    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_hint->setObjectName(QStringLiteral("sysRqHint"));
    m_hint->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_hint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(statusRow);

    connect(m_session, &ConsoleSession::stateChanged, this, &ConsolePanel::updateFromSession);
    connect(m_session, &ConsoleSession::bannerChanged, this, &ConsolePanel::updateBanner);
    connect(m_session, &ConsoleSession::takeOverNeeded, this, &ConsolePanel::askTakeOver);
    connect(m_banner, &ConsoleBanner::actionTriggered, this, [this] {
        if (m_session->state() == ConsoleSession::State::Busy)
            m_session->attach(true);
        else
            m_session->attach(false);
    });
    connect(m_banner, &ConsoleBanner::dismissed, m_session, &ConsoleSession::clearBanner);
    connect(m_attachButton, &QPushButton::clicked, this,
            [this] { m_session->attach(m_session->state() == ConsoleSession::State::Busy); });

    connect(m_view, &TerminalView::sysRqArmedChanged, this, [this](bool armed) {
        if (armed && !changeRefusal().isEmpty()) { // Ctrl+O on a read-only connection: say why at once
            m_view->cancelSysRq();
            showHint(changeRefusal());
            return;
        }
        if (armed)
            showHint(tr("SysRq: press a key (Escape cancels, Ctrl+O again sends Ctrl+O)"));
        else if (m_hint->property("armedHint").toBool())
            m_hint->hide();
        m_hint->setProperty("armedHint", armed);
    });
    connect(m_view, &TerminalView::sysRqRequested, this, &ConsolePanel::requestSysRq);
    connect(m_view, &TerminalView::sysRqRejected, this, [this](QChar key) {
        showHint(tr("%1 is not a SysRq command; the SysRq menu lists them.").arg(key));
    });
    connect(m_session, &ConsoleSession::inputDropped, this, [this] {
        if (!m_session->isAttached())
            showHint(tr("Not attached: keys are not sent."));
    });
    if (m_services.operations) {
        connect(m_services.operations, &OperationQueue::operationFinished, this, [this](const Operation &op) {
            if (!m_watched.remove(op.id))
                return;
            if (op.state == OperationState::Failed)
                m_messageBar->showError(Error(op.errorMessage, op.errorDetail));
        });
    }
    updateFromSession();
    updateBanner();
    updateChangeActions();
}

ConsolePanel::~ConsolePanel() = default;

QString ConsolePanel::changeRefusal() const
{
    return m_services.operations ? m_services.operations->refusalFor(m_session->server()) : QString();
}

void ConsolePanel::updateChangeActions()
{
    const QString refusal = changeRefusal();
    const bool allowed = refusal.isEmpty();
    m_sysRqButton->setEnabled(allowed);
    m_sysRqButton->setToolTip(allowed ? tr("Send a magic SysRq command (also Ctrl+O, then the key)")
                                      : refusal);
    m_sysRqMenu->setEnabled(allowed);
    const QList<QAction *> actions = m_sysRqMenu->findChildren<QAction *>()
                                     << m_nmiAction << m_safeRebootAction;
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        a->setEnabled(allowed);
        if (!allowed)
            a->setToolTip(refusal);
    }
}

QToolBar *ConsolePanel::buildToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("consoleToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    buildSysRqMenu();
    m_sysRqButton = new QToolButton(bar);
    m_sysRqButton->setObjectName(QStringLiteral("sysRqButton"));
    m_sysRqButton->setText(tr("SysRq"));
    m_sysRqButton->setToolTip(tr("Send a magic SysRq command (also Ctrl+O, then the key)"));
    m_sysRqButton->setMenu(m_sysRqMenu);
    m_sysRqButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(m_sysRqButton);

    m_nmiAction = bar->addAction(tr("Send NMI"), this, &ConsolePanel::requestNmi);
    m_nmiAction->setObjectName(QStringLiteral("sendNmiAction"));
    m_nmiAction->setToolTip(
        tr("Inject a non-maskable interrupt (the kernel logs it, or panics if set up to)"));
    m_safeRebootAction = bar->addAction(tr("Safe reboot"), this, &ConsolePanel::requestSafeReboot);
    m_safeRebootAction->setObjectName(QStringLiteral("safeRebootAction"));
    m_safeRebootAction->setToolTip(tr("Reboot with SysRq R-E-I-S-U-B, pausing between keys"));
    bar->addSeparator();
    m_sizeAction = bar->addAction(tr("Set terminal size in guest"), this, [this] {
        if (!m_session->isAttached()) {
            m_messageBar->showMessage(MessageBar::Level::Information, tr("The console is not attached."));
            return;
        }
        m_session->typeTerminalSize();
        showHint(tr("Typed stty rows %1 cols %2.")
                     .arg(m_session->screen()->rows())
                     .arg(m_session->screen()->cols()));
    });
    m_sizeAction->setObjectName(QStringLiteral("setTerminalSizeAction"));
    m_sizeAction->setToolTip(
        tr("Types \"stty rows R cols C\" for this window's size: a serial line carries no "
           "window size"));
    m_saveAction = bar->addAction(tr("Save transcript…"), this, &ConsolePanel::saveTranscript);
    m_saveAction->setObjectName(QStringLiteral("saveTranscriptAction"));
    m_clearAction = bar->addAction(tr("Clear"), this, [this] { m_session->screen()->clear(); });
    m_clearAction->setObjectName(QStringLiteral("clearAction"));
    m_clearAction->setToolTip(tr("Clear the screen and the scrollback (the guest is not told)"));
    m_findAction = bar->addAction(tr("Find"), m_view, &TerminalView::showSearch);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setToolTip(tr("Search the scrollback (Ctrl+Shift+F)"));
    bar->addSeparator();
    m_detachAction = bar->addAction(tr("Open in new window"), this, [this] {
        if (m_detached)
            Q_EMIT dockRequested();
        else
            Q_EMIT detachRequested();
    });
    m_detachAction->setObjectName(QStringLiteral("detachAction"));
    return bar;
}

void ConsolePanel::buildSysRqMenu()
{
    m_sysRqMenu = new QMenu(this);
    m_sysRqMenu->setObjectName(QStringLiteral("sysRqMenu"));
    m_sysRqMenu->setToolTipsVisible(true);
    QMenu *levels = nullptr;
    for (const SysRqCommand &c : SysRqTable::commands()) {
        QMenu *menu = m_sysRqMenu;
        if (c.key.isDigit()) {
            if (!levels) {
                levels = m_sysRqMenu->addMenu(tr("Console log level (0–9)"));
                levels->setObjectName(QStringLiteral("sysRqLogLevelMenu"));
                levels->setToolTipsVisible(true);
            }
            menu = levels;
        }
        // "Reboot — Reboots at once, ...  B": the meaning in plain words, the key where shortcuts go.
        const QString text = tr("%1 — %2").arg(c.name, c.meaning) +
                             (c.dangerous ? QStringLiteral("…") : QString()) + QLatin1Char('\t') +
                             c.key.toUpper();
        QAction *a = menu->addAction(text);
        a->setObjectName(QStringLiteral("sysrq_") + c.key);
        a->setToolTip(c.meaning);
        const QChar key = c.key;
        connect(a, &QAction::triggered, this, [this, key] { requestSysRq(key); });
    }
    m_sysRqMenu->addSeparator();
    QAction *reisub =
        m_sysRqMenu->addAction(tr("Safe reboot (R-E-I-S-U-B)…"), this, &ConsolePanel::requestSafeReboot);
    reisub->setObjectName(QStringLiteral("sysrq_safeReboot"));
    QAction *nmi = m_sysRqMenu->addAction(tr("Send NMI"), this, &ConsolePanel::requestNmi);
    nmi->setObjectName(QStringLiteral("sysrq_nmi"));
}

bool ConsolePanel::isTerminalShown() const
{
    return m_stack->currentWidget() == m_view;
}

QString ConsolePanel::statement() const
{
    return isTerminalShown() ? QString() : m_statement->text();
}

void ConsolePanel::setDetached(bool detached)
{
    m_detached = detached;
    m_detachAction->setText(detached ? tr("Back to the main window") : tr("Open in new window"));
}

void ConsolePanel::updateFromSession()
{
    using S = ConsoleSession::State;
    const S state = m_session->state();
    m_status->setText(m_session->stateText());
    // No console here: say so plainly instead of showing an empty terminal. A console that worked once
    // keeps its text on screen while it waits (the banner says why).
    const bool neverAttached = m_session->attachCount() == 0;
    const bool statementOnly =
        state == S::Unsupported || state == S::NoDevice ||
        (neverAttached && (state == S::Busy || state == S::Failed || state == S::Idle ||
                           state == S::WaitingForServer || state == S::WaitingForHost));
    if (statementOnly) {
        QString text = m_session->stateText();
        if (state == S::Unsupported) {
            text =
                tr("This hypervisor offers no serial console.") + QLatin1Char('\n') +
                tr("Its driver (for example libvirt's test driver behind the demo fleet) cannot open console "
                   "streams. SysRq and NMI are still sent as key events.");
        }
        m_statement->setText(text);
        m_attachButton->setText(state == S::Busy ? tr("Take over") : tr("Attach"));
        m_attachButton->setVisible(state == S::Busy || state == S::Failed || state == S::Idle);
        m_stack->setCurrentWidget(m_statementPage);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    const bool terminal = !statementOnly;
    m_sizeAction->setEnabled(terminal && state == S::Attached);
    m_saveAction->setEnabled(terminal);
    m_clearAction->setEnabled(terminal);
    m_findAction->setEnabled(terminal);
    updateBanner();
}

void ConsolePanel::updateBanner()
{
    using S = ConsoleSession::State;
    QString action;
    ConsoleSession::BannerLevel level = m_session->bannerLevel();
    QString text = m_session->banner();
    if (m_session->state() == S::Busy) {
        action = tr("Take over");
    } else if (m_session->state() == S::Failed) {
        action = tr("Reattach");
        // A failed console always offers to attach again, even when its banner was dismissed.
        if (text.isEmpty() && isTerminalShown()) {
            level = ConsoleSession::BannerLevel::Error;
            text = m_session->stateText();
        }
    }
    m_banner->setMessage(level, text, action);
}

void ConsolePanel::askTakeOver()
{
    MessageBox::Question q;
    q.title = tr("Console in use");
    q.text = tr("Another client is using the console of %1.").arg(m_session->server().name);
    q.informativeText = tr("Take it over? The other client is disconnected from the console.");
    q.acceptText = tr("Take over");
    q.defaultButton = QMessageBox::No;
    MessageBox::ask(this, q, [this](MessageBox::Answer a) {
        if (a.button == QMessageBox::Yes || a.button == QMessageBox::Ok)
            m_session->attach(true);
    });
}

void ConsolePanel::showHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->show();
}

void ConsolePanel::watchOperation(const Result<QString> &id, const QString &queuedText)
{
    if (!id) {
        m_messageBar->showError(id.error());
        return;
    }
    m_watched.insert(id.value());
    showHint(queuedText);
}

void ConsolePanel::enqueueSysRq(QChar key)
{
    if (!m_services.operations)
        return;
    watchOperation(ConsoleOperations::enqueueSysRq(*m_services.operations, m_session->server(), key),
                   tr("SysRq %1 sent (see the operations log).").arg(key.toUpper()));
}

void ConsolePanel::requestSysRq(QChar key)
{
    const std::optional<SysRqCommand> command = SysRqTable::find(key);
    if (!command) {
        showHint(tr("%1 is not a SysRq command; the SysRq menu lists them.").arg(key));
        return;
    }
    if (!command->dangerous || m_skipConfirmations) {
        enqueueSysRq(command->key);
        return;
    }
    MessageBox::Question q = MessageBox::fromConfirmation(
        ConsoleOperations::sysRqConfirmation(command->key, m_session->server().name));
    q.checkBoxText = tr("Don't ask again for this server in this window");
    const QChar k = command->key;
    MessageBox::ask(this, q, [this, k](MessageBox::Answer a) {
        if (a.button != QMessageBox::Yes && a.button != QMessageBox::Ok)
            return;
        if (a.checked)
            m_skipConfirmations = true;
        enqueueSysRq(k);
    });
}

void ConsolePanel::requestSafeReboot()
{
    if (!m_services.operations)
        return;
    const int pauseMs =
        std::clamp(m_services.config ? m_services.config
                                           ->value(QLatin1String(SafeRebootPauseKey),
                                                   ConsoleOperations::DefaultSafeRebootPauseMs)
                                           .toInt()
                                     : ConsoleOperations::DefaultSafeRebootPauseMs,
                   ConsoleOperations::MinSafeRebootPauseMs, ConsoleOperations::MaxSafeRebootPauseMs);
    const MessageBox::Question q = MessageBox::fromConfirmation(
        ConsoleOperations::safeRebootConfirmation(m_session->server().name, pauseMs));
    MessageBox::ask(this, q, [this, pauseMs](MessageBox::Answer a) {
        if (a.button != QMessageBox::Yes && a.button != QMessageBox::Ok)
            return;
        watchOperation(
            ConsoleOperations::enqueueSafeReboot(*m_services.operations, m_session->server(), pauseMs),
            tr("Safe reboot started (see the operations log)."));
    });
}

void ConsolePanel::requestNmi()
{
    if (!m_services.operations)
        return;
    watchOperation(ConsoleOperations::enqueueNmi(*m_services.operations, m_session->server()),
                   tr("NMI sent (see the operations log)."));
}

void ConsolePanel::saveTranscript()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-console-%2.txt")
                             .arg(m_session->server().name,
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Save transcript"), QDir(dir).filePath(name),
                                   tr("Text files (*.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveTranscriptDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { static_cast<void>(saveTranscriptTo(path)); });
    dialog->open();
}

Status ConsolePanel::saveTranscriptTo(const QString &path)
{
    const Status s = m_session->saveTranscript(path);
    if (!s)
        m_messageBar->showError(s.error());
    else
        showHint(tr("Transcript saved to %1.").arg(QDir::toNativeSeparators(path)));
    return s;
}

} // namespace virtdeck
