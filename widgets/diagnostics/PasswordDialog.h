#pragma once

// Asks for an SSH password, a key passphrase or a keyboard-interactive answer for one server. The text
// is handed back once and the field is cleared when the dialog closes; nothing is stored. Opened by
// SshPromptHandler without a nested event loop.

#include "diagnostics/SshPrompt.h"

#include <QDialog>

class QLineEdit;

namespace virtdeck {

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const SshPrompt &prompt, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // Accepted with the text typed, or refused. Call once, right after finished().
    SshPromptReply takeReply();

private:
    QLineEdit *m_edit = nullptr;
};

} // namespace virtdeck
