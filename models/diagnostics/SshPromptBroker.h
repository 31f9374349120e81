#pragma once

// Carries SSH prompts (password, passphrase, unknown host key) from session workers to the GUI thread
// and the answers back, like CredentialBroker does for libvirt. The worker blocks in ask(); the GUI gets
// promptRequested (queued), shows a dialog without a nested event loop and calls answer() or cancel().
// A cancelled run withdraws its pending prompt (promptWithdrawn) so the dialog closes. Owned by
// DiagnosticsService; SshPromptHandler (widgets) is its GUI side.

#include "diagnostics/SshPrompter.h"

#include <QMap>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

namespace virtdeck {

class SshPromptBroker : public QObject, public SshPrompter
{
    Q_OBJECT
public:
    explicit SshPromptBroker(QObject *parent = nullptr);
    ~SshPromptBroker() override;

    // Worker thread (SshPrompter).
    SshPromptReply ask(const SshPrompt &prompt, const CancelFlag &cancel) override;
    void notify(const SshPrompt &prompt) override;
    // How long ask() waits for the user before giving up (default 5 minutes).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // GUI thread.
    void answer(quint64 id, const SshPromptReply &reply);
    void cancel(quint64 id);
    // Refuses every pending and future prompt (window closing, service shutting down).
    void cancelAll();
    int pendingCount() const;

Q_SIGNALS:
    void promptRequested(quint64 id, const virtdeck::SshPrompt &prompt);
    // The session gave up waiting (cancelled, timed out): close the dialog showing id.
    void promptWithdrawn(quint64 id);
    void notified(const virtdeck::SshPrompt &prompt);

private:
    struct Pending
    {
        bool done = false;
        SshPromptReply reply;
    };
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QMap<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    bool m_closing = false;
    int m_timeoutMs = 5 * 60 * 1000;
};

} // namespace virtdeck
