#pragma once

// One libvirt connection (one URI) living on its own named QThread. Public methods only enqueue work;
// results come back as signals carrying value snapshots, or through run()'s callback on the main
// thread. No virConnectPtr/virDomainPtr leaves the worker. Keepalive and the close callback detect a
// dead or hung daemon; the worker then reconnects with backoff, re-lists and resubscribes.
// Owned by ConnectionManager; features run their own libvirt calls through run()/runOnDomain().

#include "core/Result.h"
#include "hypervisor/DomainEvent.h"
#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"
#include "hypervisor/SnapshotBuilder.h"

#include <libvirt/libvirt.h>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

class QTimer;

namespace virtdeck {

class CredentialBroker;

class Connection : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString uri;
        bool readOnly = false;
        bool demo = false;          // the built-in demo fleet: labelled as such
        QString displayName;        // empty: derived from the URI
        int keepAliveInterval = 2;  // seconds between keepalive probes
        int keepAliveCount = 2;     // unanswered probes before the connection is declared dead (~6 s)
        int reconnectMaxDelay = 30; // upper bound of the reconnect backoff, seconds
        bool reconnect = true;      // retry after a lost connection (and after transient open failures)
    };

    // Starts the worker thread and moves itself onto it. Call open() to connect.
    Connection(const Options &options, CredentialBroker *broker = nullptr);
    ~Connection() override;

    QString uri() const { return m_options.uri; }
    bool isReadOnly() const { return m_options.readOnly; }
    bool isDemo() const { return m_options.demo; }
    const Options &options() const { return m_options; }
    // Thread-safe copies of the current state.
    HostSnapshot host() const;
    bool isConnected() const { return m_connected.load(); }
    // How long the job now running on the worker has been running (0 when idle); thread-safe. The
    // manager uses it to show "not responding" while a call hangs.
    qint64 busyMs() const;

    void open();
    void close();
    void relist();
    void refreshDomain(const QString &uuid);
    // Adds or clears (empty text) a fact shown on the host page; thread-safe.
    void setHostNote(const QString &key, const QString &text);

    // Runs work(virConnectPtr) -> Result<T> on the worker; done(Result<T>) runs later on the main
    // thread unless context (a main-thread object) was destroyed. When not connected, done receives a
    // "not connected" error and work does not run.
    template <typename Work, typename Done>
    void run(QObject *context, Work work, Done done);
    // Same, with the server looked up by UUID: work(virDomainPtr, virConnectPtr) -> Result<T>.
    template <typename Work, typename Done>
    void runOnDomain(QObject *context, const ServerRef &server, Work work, Done done);
    // Runs job on the worker with the live connection (nullptr when disconnected); no reply. For
    // objects that live on the worker (console streams, samplers).
    void post(std::function<void(virConnectPtr)> job);

    // Closes on the worker, stops the thread and deletes this object when the thread has finished. A
    // worker stuck in a hung call finishes when the call returns; nothing waits for it.
    void shutdown();
    QThread *workerThread() const { return m_thread; }

    Error notConnectedError() const;

Q_SIGNALS:
    void hostChanged(const virtdeck::HostSnapshot &host);
    // A full listing after each (re)connect.
    void domainsListed(const QString &uri, const QList<virtdeck::DomainSnapshot> &domains);
    void domainChanged(const virtdeck::DomainSnapshot &domain);
    void domainRemoved(const QString &uri, const QString &uuid);
    // After the matching domainChanged, so listeners see the new state in the models.
    void domainEvent(const virtdeck::DomainEvent &event);

private:
    struct EventSink;
    static void deliver(const QPointer<QObject> &context, std::function<void()> fn);
    void enqueue(std::function<void()> job);

    // Worker side.
    void doOpen();
    void doClose();
    void connectionLost(int reason);
    void scheduleReconnect(bool transient);
    void registerCallbacks();
    void deregisterCallbacks();
    void listAll();
    void refreshOne(const QString &uuid, const DomainEvent *event);
    void onEvent(const DomainEvent &event);
    void publishHost();
    void setState(HostState state, const QString &reason = {}, const QString &detail = {});
    void applyRunningSince(DomainSnapshot &snapshot, bool justStarted);
    static int authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *opaque);
    static void closeCallback(virConnectPtr conn, int reason, void *opaque);

    const Options m_options;
    CredentialBroker *m_broker = nullptr;
    QThread *m_thread = nullptr;

    // Worker-only state.
    virConnectPtr m_conn = nullptr;
    std::shared_ptr<EventSink> m_sink;
    QList<int> m_callbackIds;
    bool m_closeCallbackRegistered = false;
    bool m_wantOpen = false;
    int m_attempt = 0;
    QTimer *m_retryTimer = nullptr;
    QDateTime m_connectedAt;
    QHash<QString, QDateTime> m_runningSince; // uuid -> start seen
    QHash<QString, bool> m_runningSinceExact;

    // Shared state.
    mutable QMutex m_hostMutex;
    HostSnapshot m_host;
    std::atomic<bool> m_connected{false};
    std::atomic<qint64> m_jobStartedMs{0};
};

template <typename Work, typename Done>
void Connection::run(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work &, virConnectPtr>;
    QPointer<QObject> guard(context);
    enqueue([this, guard, work = std::move(work), done = std::move(done)]() mutable {
        R result = m_conn ? work(m_conn) : R(notConnectedError());
        deliver(guard, [done, result]() mutable { done(std::move(result)); });
    });
}

template <typename Work, typename Done>
void Connection::runOnDomain(QObject *context, const ServerRef &server, Work work, Done done)
{
    using R = std::invoke_result_t<Work &, virDomainPtr, virConnectPtr>;
    run(
        context,
        [server, work = std::move(work)](virConnectPtr conn) mutable -> R {
            Result<DomainHandle> dom = SnapshotBuilder::lookup(conn, server.uuid, server.name);
            if (!dom)
                return R(dom.error());
            return work(dom.value().get(), conn);
        },
        std::move(done));
}

} // namespace virtdeck
