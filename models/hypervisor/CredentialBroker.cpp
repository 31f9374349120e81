#include "hypervisor/CredentialBroker.h"

#include <QDeadlineTimer>
#include <QMetaMethod>
#include <QMutexLocker>

#include <algorithm>

namespace virtdeck {

CredentialBroker::CredentialBroker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<virtdeck::CredentialRequest>>();
}

CredentialBroker::~CredentialBroker()
{
    cancelAll();
}

bool CredentialBroker::ask(const QString &uri, QList<CredentialRequest> &requests, int timeoutMs)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&CredentialBroker::credentialsRequested)))
        return false;
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_closing)
            return false;
        id = m_nextId++;
        m_pending.insert(id, Pending());
    }
    // Emitted from the worker: receivers on the GUI thread get it queued.
    Q_EMIT credentialsRequested(id, uri, requests);

    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (!m_pending[id].done) {
        if (!m_changed.wait(&m_mutex, deadline))
            break;
    }
    Pending result = m_pending.take(id);
    if (!result.done || !result.accepted || result.answers.size() != requests.size()) {
        wipe(result.answers);
        return false;
    }
    requests = std::move(result.answers);
    return true;
}

void CredentialBroker::answer(quint64 id, const QList<CredentialRequest> &filled)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->done = true;
    it->accepted = true;
    // A copy of our own (not sharing the dialog's buffers), which the worker wipes after use.
    it->answers = filled;
    for (CredentialRequest &r : it->answers)
        r.result = QString(r.result.constData(), r.result.size());
    m_changed.wakeAll();
}

void CredentialBroker::cancel(quint64 id)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->done = true;
    it->accepted = false;
    m_changed.wakeAll();
}

void CredentialBroker::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable()) // static data (a literal) holds no secret
        std::fill_n(const_cast<char *>(bytes.constData()), bytes.size(), '\0');
    bytes.clear();
}

void CredentialBroker::wipe(QString &text)
{
    // Through the shared buffer on purpose: fill() would detach and leave the secret in the original.
    if (!text.isEmpty() && text.data_ptr().isMutable())
        std::fill_n(const_cast<QChar *>(text.constData()), text.size(), QChar(0));
    text.clear();
}

void CredentialBroker::wipe(QList<CredentialRequest> &requests)
{
    for (CredentialRequest &r : requests)
        wipe(r.result);
}

void CredentialBroker::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    m_closing = true;
    for (auto &p : m_pending)
        p.done = true;
    m_changed.wakeAll();
}

} // namespace virtdeck
