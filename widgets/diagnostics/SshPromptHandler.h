#pragma once

// The GUI side of SshPromptBroker: shows a PasswordDialog or HostKeyDialog (window-modal, opened with
// open(), never exec()) for each prompt an SSH worker sends, answers the broker when the user decides,
// closes the dialog when the worker withdraws the prompt, and warns about changed host keys. The main
// window creates one with itself as the dialogs' parent.

#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace virtdeck {

class SshPromptBroker;
struct SshPrompt;

class SshPromptHandler : public QObject
{
    Q_OBJECT
public:
    SshPromptHandler(SshPromptBroker *broker, QWidget *window);
    ~SshPromptHandler() override;

    // The dialog showing prompt id (tests), or nullptr.
    QDialog *dialogFor(quint64 id) const;
    int openDialogs() const;

Q_SIGNALS:
    // A dialog was opened (tests find it here instead of among the top-level widgets).
    void dialogOpened(quint64 id, QDialog *dialog);

private:
    void show(quint64 id, const SshPrompt &prompt);
    void withdraw(quint64 id);
    void warn(const SshPrompt &prompt);

    SshPromptBroker *m_broker;
    QPointer<QWidget> m_window;
    QHash<quint64, QPointer<QDialog>> m_dialogs;
    QHash<QString, QPointer<QDialog>> m_warnings; // one changed-key warning per target at a time
};

} // namespace virtdeck
