#include "diagnostics/SshAccessDialog.h"

#include "diagnostics/DiagnosticsService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace virtdeck {

SshAccessDialog::SshAccessDialog(const QString &serverName, const SshAccess &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sshAccessDialog"));
    setWindowTitle(tr("SSH access of %1").arg(serverName));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Where virtdeck connects to diagnose %1 and run commands on it. Leave a field empty "
                      "to use the address the hypervisor reports, your ~/.ssh/config, port 22 and user "
                      "root.")
                       .arg(serverName),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(current.host, this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("reported address"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setValue(current.port);
    m_user = new QLineEdit(current.user, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("from ~/.ssh/config, else root"));
    form->addRow(tr("Host name or IP:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("User:"), m_user);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SshAccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SshAccess SshAccessDialog::access() const
{
    SshAccess a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.user = m_user->text().trimmed();
    return a;
}

void SshAccessDialog::accept()
{
    if (Status s = DiagnosticsService::validateSshAccess(access()); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace virtdeck
