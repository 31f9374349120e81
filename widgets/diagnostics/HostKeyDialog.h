#pragma once

// Asks what to do with a server's unknown SSH host key (accept once, accept and remember, refuse:
// refuse is the default), showing its SHA256 fingerprint; or warns that a known host key changed, with
// both fingerprints and only a Close button: a changed key cannot be accepted from here. Opened by
// SshPromptHandler without a nested event loop.

#include "diagnostics/SshPrompt.h"

#include <QDialog>

class QPushButton;

namespace virtdeck {

class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const SshPrompt &prompt, QWidget *parent = nullptr);

    bool isChangedKeyWarning() const { return m_prompt.kind == SshPrompt::Kind::ChangedHostKey; }
    // The choice once finished (Refuse when closed otherwise).
    SshPromptReply reply() const { return m_reply; }

private:
    void decide(SshPromptReply::HostKeyDecision decision);

    SshPrompt m_prompt;
    SshPromptReply m_reply;
};

} // namespace virtdeck
