#pragma once

// Answers libvirt's authentication prompts (user name, password, passphrase) for one connection, shown
// on the GUI thread when CredentialBroker::credentialsRequested arrives. Answers go back through the
// broker; nothing is stored.

#include "hypervisor/CredentialBroker.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;

namespace virtdeck {

class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(CredentialBroker *broker, quint64 id, const QString &uri,
                      const QList<CredentialRequest> &requests, QWidget *parent = nullptr);

private:
    void answer();

    QPointer<CredentialBroker> m_broker;
    quint64 m_id;
    bool m_answered = false;
    QList<CredentialRequest> m_requests;
    QList<QLineEdit *> m_fields;
};

} // namespace virtdeck
