#pragma once

// One libvirt connection (one URI): a control lane (lifecycle, changes, listing; the thread this object
// lives on) and a monitoring lane (stats, addresses, consoles) on their own threads, so a slow start
// never delays a stats tick. Opening runs on a thread of its own with a deadline; a probe thread asks a
// cheap question on a timer, and "not responding" comes from it, from the open deadline and from
// keepalive + the close callback, never from the length of our own jobs. While not responding, waiting
// and new jobs fail at once (retryable). Public methods only enqueue work; results come back as signals
// carrying value snapshots or through run()'s callback on the main thread. No virConnectPtr/virDomainPtr
// leaves the worker threads. Owned by ConnectionManager; features run their calls through run() (control
// lane), runMonitoring() (monitoring lane) and post().

#include "core/Result.h"
#include "hypervisor/ConnectionLane.h"
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
        int openTimeout = 15;       // seconds an open may go unanswered (time spent on prompts excluded)
        // The URI has worked before (a saved connection): at the first attempt, an unknown host name or
        // a refused connection is retried like any transient failure instead of ending the attempt.
        bool knownGood = false;
    };

    enum class Lane
    {
        Control,   // lifecycle, changes, listing
        Monitoring // stats, addresses, consoles: never waits behind a slow control call
    };

    // Starts the worker thread and moves itself onto it. Call open() to connect.
    Connection(const Options &options, CredentialBroker *broker = nullptr);
    ~Connection() override;

    QString uri() const { return m_options.uri; }
    bool isReadOnly() const { return m_options.readOnly; }
    bool isDemo() const { return m_options.demo; }
    const Options &options() const { return m_options; }
    // Thread-safe copies of the current state (a short lock around a copy, never held across a call).
    HostSnapshot host() const;
    bool isConnected() const { return m_connected.load(); }
    bool isNotResponding() const { return m_notResponding.load(); }
    // How long the job now running on the control lane has been running (0 when idle); thread-safe.
    // Informational only: a long job is not a dead host.
    qint64 busyMs() const;
    // Called on a timer (ConnectionManager, GUI thread; never blocks): a probe or an open unanswered for
    // thresholdMs marks the host not responding and fails the waiting jobs.
    void checkHealth(int thresholdMs);

    void open();
    void close();
    void relist();
    void refreshDomain(const QString &uuid);
    // Adds or clears (empty text) a fact shown on the host page; thread-safe.
    void setHostNote(const QString &key, const QString &text);

    // Runs work(virConnectPtr) -> Result<T> on the worker; done(Result<T>) runs later on the main
    // thread unless context (a main-thread object) was destroyed. When not connected, done receives a
    // "not connected" error and work does not run.
    // Runs on the control lane. While the host is not responding, done gets a "not responding" error at
    // once (work does not run); the same while it waits in the lane when the host stops responding.
    template <typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        runOn(Lane::Control, context, std::move(work), std::move(done));
    }
    // Same on the monitoring lane (stats ticks, address lookups).
    template <typename Work, typename Done>
    void runMonitoring(QObject *context, Work work, Done done)
    {
        runOn(Lane::Monitoring, context, std::move(work), std::move(done));
    }
    template <typename Work, typename Done>
    void runOn(Lane lane, QObject *context, Work work, Done done);
    // Same, with the server looked up by UUID: work(virDomainPtr, virConnectPtr) -> Result<T>.
    template <typename Work, typename Done>
    void runOnDomain(QObject *context, const ServerRef &server, Work work, Done done,
                     Lane lane = Lane::Control);
    // Runs job on the monitoring lane with the live connection (nullptr when disconnected or not
    // responding); no reply. For objects that live on workerThread() (console streams, samplers).
    void post(std::function<void(virConnectPtr)> job);

    // Closes on the worker, stops the thread and deletes this object when the thread has finished. A
    // worker stuck in a hung call finishes when the call returns; nothing waits for it.
    void shutdown();
    // The thread of the monitoring lane, where post() jobs run: objects that use post() live there.
    QThread *workerThread() const { return m_monitorThread; }
    QThread *controlThread() const { return m_thread; }
    QList<QThread *> threads() const { return {m_thread, m_monitorThread, m_probeThread}; }

    Error notConnectedError() const;
    Error notRespondingError() const;

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
    struct OpenAttempt;
    struct OpenOutcome;
    static void deliver(const QPointer<QObject> &context, std::function<void()> fn);
    void enqueue(std::function<void()> job);
    void submit(Lane lane, ConnectionLane::Job job);
    // A counted reference to the live connection (null when there is none); any thread.
    virConnectPtr acquire() const;
    // Why a job cannot run now (not connected, not responding); empty message when it can.
    Error unavailable(virConnectPtr conn) const;
    void markNotResponding(const QString &reason);

    // Worker side.
    void doOpen();
    void finishOpen(const std::shared_ptr<OpenAttempt> &attempt, virConnectPtr conn,
                    const OpenOutcome &outcome);
    void checkOpenDeadline();
    void abandonOpening();
    void failOpen(const Error &err, int sysErrno);
    static void runOpen(std::shared_ptr<OpenAttempt> attempt);
    void probe();
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
    static bool isFirstConnectDeadEnd(const Error &err, int sysErrno, const QString &uri);
    static void closeCallback(virConnectPtr conn, int reason, void *opaque);

    const Options m_options;
    CredentialBroker *m_broker = nullptr;
    QThread *m_thread = nullptr;        // control lane; this object lives here
    QThread *m_monitorThread = nullptr; // monitoring lane
    QThread *m_probeThread = nullptr;
    ConnectionLane *m_control = nullptr;
    ConnectionLane *m_monitor = nullptr;
    QTimer *m_probeTimer = nullptr; // lives on m_probeThread

    // Control-thread state.
    virConnectPtr m_conn = nullptr; // written on the control thread under m_connMutex
    std::shared_ptr<OpenAttempt> m_opening;
    QTimer *m_openTimer = nullptr;
    bool m_everConnected = false;
    std::shared_ptr<EventSink> m_sink;
    QList<int> m_callbackIds;
    bool m_closeCallbackRegistered = false;
    bool m_wantOpen = false;
    int m_attempt = 0;
    QTimer *m_retryTimer = nullptr;
    QDateTime m_connectedAt;
    QHash<QString, QDateTime> m_runningSince; // uuid -> start seen
    QHash<QString, bool> m_runningSinceExact;

    // Shared state. The locks guard copies only: no libvirt call is made while one is held.
    mutable QMutex m_hostMutex;
    HostSnapshot m_host;
    mutable QMutex m_connMutex;
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_notResponding{false};
    std::atomic<qint64> m_probeSentMs{0}; // a probe is waiting for its answer since then (0: none)
    std::shared_ptr<std::atomic<qint64>> m_openClock; // an open waits since then (0: none or prompting)
};

template <typename Work, typename Done>
void Connection::runOn(Lane lane, QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work &, virConnectPtr>;
    QPointer<QObject> guard(context);
    ConnectionLane::Job job;
    job.run = [this, guard, work = std::move(work), done]() mutable {
        if (!guard)
            return;
        virConnectPtr conn = acquire();
        const Error why = unavailable(conn);
        R result = why.message.isEmpty() ? work(conn) : R(why);
        if (conn)
            virConnectClose(conn); // drops our reference only
        deliver(guard, [done, result]() mutable { done(std::move(result)); });
    };
    job.fail = [guard, done](const Error &error) {
        deliver(guard, [done, error]() mutable { done(R(error)); });
    };
    submit(lane, std::move(job));
}

template <typename Work, typename Done>
void Connection::runOnDomain(QObject *context, const ServerRef &server, Work work, Done done, Lane lane)
{
    using R = std::invoke_result_t<Work &, virDomainPtr, virConnectPtr>;
    runOn(
        lane, context,
        [server, work = std::move(work)](virConnectPtr conn) mutable -> R {
            Result<DomainHandle> dom = SnapshotBuilder::lookup(conn, server.uuid, server.name);
            if (!dom)
                return R(dom.error());
            return work(dom.value().get(), conn);
        },
        std::move(done));
}

} // namespace virtdeck
