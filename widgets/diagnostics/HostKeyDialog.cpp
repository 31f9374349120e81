#include "diagnostics/HostKeyDialog.h"

#include "common/Labels.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace virtdeck {

HostKeyDialog::HostKeyDialog(const SshPrompt &prompt, QWidget *parent)
    : QDialog(parent)
    , m_prompt(prompt)
{
    setObjectName(isChangedKeyWarning() ? QStringLiteral("changedHostKeyDialog")
                                        : QStringLiteral("hostKeyDialog"));
    const QString who =
        prompt.serverName.isEmpty() ? prompt.target : tr("%1 (%2)").arg(prompt.serverName, prompt.target);
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    const auto pixmap = isChangedKeyWarning() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxQuestion;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(32, 32));
    layout->addWidget(icon);

    auto *fingerprint = [&] {
        auto *l = Labels::plainText(QString(), this);
        l->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        l->setObjectName(QStringLiteral("fingerprintLabel"));
        return l;
    }();
    auto *buttons = new QDialogButtonBox(this);
    if (isChangedKeyWarning()) {
        setWindowTitle(tr("Host key changed"));
        layout->addWidget(Labels::plainText(
            tr("The host key of %1 has changed. virtdeck refused the connection.").arg(who), this));
        layout->addWidget(Labels::plainText(
            tr("Someone may be intercepting the connection, or the server was reinstalled. "
               "Ask whoever manages it. Only if it was reinstalled, remove its old key from "
               "%1 (ssh-keygen -R) and try again.")
                .arg(prompt.knownHostsFile),
            this));
        fingerprint->setText(
            tr("Presented: %1 %2\nExpected: %3")
                .arg(prompt.keyType, prompt.fingerprint,
                     prompt.knownFingerprint.isEmpty() ? tr("another key") : prompt.knownFingerprint));
        layout->addWidget(fingerprint);
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(QStringLiteral("closeButton"));
        connect(close, &QPushButton::clicked, this, &QDialog::reject);
    } else {
        setWindowTitle(tr("Unknown host key"));
        layout->addWidget(Labels::plainText(
            tr("virtdeck has never connected to %1 before. Its host key is:").arg(who), this));
        fingerprint->setText(QStringLiteral("%1 %2").arg(prompt.keyType, prompt.fingerprint));
        layout->addWidget(fingerprint);
        layout->addWidget(
            Labels::plainText(tr("Compare it with the fingerprint the server's administrator gives you "
                                 "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server). Accept it only "
                                 "if they match."),
                              this));
        QPushButton *remember = buttons->addButton(tr("Accept and remember"), QDialogButtonBox::AcceptRole);
        remember->setObjectName(QStringLiteral("acceptRememberButton"));
        QPushButton *once = buttons->addButton(tr("Accept once"), QDialogButtonBox::AcceptRole);
        once->setObjectName(QStringLiteral("acceptOnceButton"));
        QPushButton *refuse = buttons->addButton(tr("Refuse"), QDialogButtonBox::RejectRole);
        refuse->setObjectName(QStringLiteral("refuseButton"));
        refuse->setDefault(true);
        connect(remember, &QPushButton::clicked, this,
                [this] { decide(SshPromptReply::HostKeyDecision::AcceptAndRemember); });
        connect(once, &QPushButton::clicked, this,
                [this] { decide(SshPromptReply::HostKeyDecision::AcceptOnce); });
        connect(refuse, &QPushButton::clicked, this,
                [this] { decide(SshPromptReply::HostKeyDecision::Refuse); });
    }
    layout->addWidget(buttons);
}

void HostKeyDialog::decide(SshPromptReply::HostKeyDecision decision)
{
    m_reply.accepted = decision != SshPromptReply::HostKeyDecision::Refuse;
    m_reply.hostKey = decision;
    if (m_reply.accepted)
        accept();
    else
        reject();
}

} // namespace virtdeck
