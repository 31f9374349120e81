#pragma once

// Carries libvirt's authentication prompts (virConnectOpenAuth credentials) from a connection's worker
// to the GUI thread and the answers back. The worker blocks in ask() (only its own thread waits); the
// GUI shows a dialog when credentialsRequested arrives and calls answer() or cancel().

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

namespace virtdeck {

struct CredentialRequest
{
    int type = 0;      // VIR_CRED_*
    QString prompt;    // libvirt's prompt text
    QString challenge; // e.g. the host key fingerprint question
    QString defaultResult;
    bool secret = false; // passphrase, password: shown masked, never stored
    QString result;      // filled by the GUI
};

class CredentialBroker : public QObject
{
    Q_OBJECT
public:
    explicit CredentialBroker(QObject *parent = nullptr);
    ~CredentialBroker() override;

    // Worker thread. Returns false when nobody can answer, the user cancelled, or timeoutMs passed.
    bool ask(const QString &uri, QList<CredentialRequest> &requests, int timeoutMs = 300000);

    // GUI thread.
    void answer(quint64 id, const QList<CredentialRequest> &filled);
    void cancel(quint64 id);
    // Cancels every pending request (window closing).
    void cancelAll();

    // Overwrites secrets in place before their memory is released, every copy that shares the buffer
    // included (best effort: Qt may have made other copies). The worker wipes the answers once libvirt
    // has its own copy, the dialog wipes what it answered.
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);
    static void wipe(QList<CredentialRequest> &requests);

Q_SIGNALS:
    void credentialsRequested(quint64 id, const QString &uri,
                              const QList<virtdeck::CredentialRequest> &requests);

private:
    struct Pending
    {
        bool done = false;
        bool accepted = false;
        QList<CredentialRequest> answers;
    };
    QMutex m_mutex;
    QWaitCondition m_changed;
    QMap<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    bool m_closing = false;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::CredentialRequest)
