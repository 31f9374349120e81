#include "diagnostics/SshPromptHandler.h"

#include "diagnostics/HostKeyDialog.h"
#include "diagnostics/PasswordDialog.h"
#include "diagnostics/SshPromptBroker.h"

namespace virtdeck {

SshPromptHandler::SshPromptHandler(SshPromptBroker *broker, QWidget *window)
    : QObject(window)
    , m_broker(broker)
    , m_window(window)
{
    connect(broker, &SshPromptBroker::promptRequested, this, &SshPromptHandler::show, Qt::QueuedConnection);
    connect(broker, &SshPromptBroker::promptWithdrawn, this, &SshPromptHandler::withdraw,
            Qt::QueuedConnection);
    connect(broker, &SshPromptBroker::notified, this, &SshPromptHandler::warn, Qt::QueuedConnection);
}

SshPromptHandler::~SshPromptHandler()
{
    // Workers waiting for these answers must not wait for a window that is gone.
    for (auto it = m_dialogs.cbegin(); it != m_dialogs.cend(); ++it)
        m_broker->cancel(it.key());
}

QDialog *SshPromptHandler::dialogFor(quint64 id) const
{
    return m_dialogs.value(id);
}

int SshPromptHandler::openDialogs() const
{
    int n = 0;
    for (const auto &d : m_dialogs)
        n += d ? 1 : 0;
    return n;
}

void SshPromptHandler::show(quint64 id, const SshPrompt &prompt)
{
    QDialog *dialog = nullptr;
    if (prompt.kind == SshPrompt::Kind::UnknownHostKey) {
        auto *hostKey = new HostKeyDialog(prompt, m_window);
        connect(hostKey, &QDialog::finished, this, [this, id, hostKey] {
            m_dialogs.remove(id);
            m_broker->answer(id, hostKey->reply());
        });
        dialog = hostKey;
    } else {
        auto *password = new PasswordDialog(prompt, m_window);
        connect(password, &QDialog::finished, this, [this, id, password] {
            m_dialogs.remove(id);
            SshPromptReply reply = password->takeReply();
            if (reply.accepted)
                m_broker->answer(id, reply);
            else
                m_broker->cancel(id);
        });
        dialog = password;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(m_window ? Qt::WindowModal : Qt::ApplicationModal);
    m_dialogs.insert(id, dialog);
    dialog->open();
    Q_EMIT dialogOpened(id, dialog);
}

void SshPromptHandler::withdraw(quint64 id)
{
    QPointer<QDialog> dialog = m_dialogs.take(id);
    if (dialog) {
        dialog->disconnect(this);
        dialog->close();
    }
}

void SshPromptHandler::warn(const SshPrompt &prompt)
{
    if (prompt.kind != SshPrompt::Kind::ChangedHostKey || m_warnings.value(prompt.target))
        return;
    auto *dialog = new HostKeyDialog(prompt, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_warnings.insert(prompt.target, dialog);
    dialog->open();
}

} // namespace virtdeck
