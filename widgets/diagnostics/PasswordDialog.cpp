#include "diagnostics/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

PasswordDialog::PasswordDialog(const SshPrompt &prompt, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sshPasswordDialog"));
    const QString who =
        prompt.serverName.isEmpty() ? prompt.target : tr("%1 (%2)").arg(prompt.serverName, prompt.target);
    QString intro;
    switch (prompt.kind) {
    case SshPrompt::Kind::Passphrase:
        setWindowTitle(tr("Key passphrase"));
        intro = tr("The key offered to %1 is protected by a passphrase.").arg(who);
        break;
    case SshPrompt::Kind::KeyboardInteractive:
        setWindowTitle(tr("SSH login"));
        intro = tr("%1 asks:").arg(who);
        break;
    default:
        setWindowTitle(tr("SSH password"));
        intro = tr("Log in to %1 with a password.").arg(who);
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
    QString question = prompt.text.trimmed();
    if (question.isEmpty())
        question = prompt.kind == SshPrompt::Kind::Passphrase ? tr("Passphrase:") : tr("Password:");
    form->addRow(question, m_edit);
    layout->addLayout(form);
    auto *note = new QLabel(tr("virtdeck uses it for this login only and does not keep it."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

PasswordDialog::~PasswordDialog()
{
    m_edit->clear();
}

SshPromptReply PasswordDialog::takeReply()
{
    SshPromptReply reply;
    reply.accepted = result() == QDialog::Accepted;
    if (reply.accepted)
        reply.secret = m_edit->text();
    m_edit->clear();
    return reply;
}

} // namespace virtdeck
