#include "connect/CredentialsDialog.h"

#include <libvirt/libvirt.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace virtdeck {

CredentialsDialog::CredentialsDialog(CredentialBroker *broker, quint64 id, const QString &uri,
                                     const QList<CredentialRequest> &requests, QWidget *parent)
    : QDialog(parent)
    , m_broker(broker)
    , m_id(id)
    , m_requests(requests)
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Log in to %1").arg(uri));
    auto *form = new QFormLayout;
    for (const CredentialRequest &r : requests) {
        auto *field = new QLineEdit(this);
        field->setText(r.defaultResult);
        if (r.secret)
            field->setEchoMode(QLineEdit::Password);
        QString label = r.prompt;
        if (label.isEmpty()) {
            switch (r.type) {
            case VIR_CRED_AUTHNAME:
            case VIR_CRED_USERNAME: label = tr("User name:"); break;
            case VIR_CRED_PASSPHRASE: label = tr("Password:"); break;
            default: label = tr("Answer:"); break;
            }
        }
        if (!r.challenge.isEmpty()) {
            auto *challenge = new QLabel(r.challenge, this);
            challenge->setWordWrap(true);
            form->addRow(challenge);
        }
        form->addRow(label, field);
        m_fields << field;
    }
    auto *note = new QLabel(tr("virtdeck does not store what you type here."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The hypervisor at %1 asks:").arg(uri), this));
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        answer();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        if (!m_answered && m_broker)
            m_broker->cancel(m_id);
    });
}

void CredentialsDialog::answer()
{
    m_answered = true;
    for (int i = 0; i < m_requests.size(); ++i)
        m_requests[i].result = m_fields[i]->text();
    if (m_broker)
        m_broker->answer(m_id, m_requests);
    CredentialBroker::wipe(m_requests); // the broker keeps its own copy until libvirt has it
    for (QLineEdit *f : std::as_const(m_fields))
        f->clear();
}

} // namespace virtdeck
