#include "hypervisor/Connection.h"

#include "hypervisor/CredentialBroker.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/LibvirtEventLoop.h"
#include "hypervisor/LibvirtHandles.h"
#include "hypervisor/LibvirtUri.h"

#include <libvirt/virterror.h>

#include <QDebug>
#include <QMutexLocker>
#include <QTimer>
#include <QUrl>

#include <cerrno>
#include <thread>

#include <netdb.h>
#include <pthread.h>
#include <sys/socket.h>

namespace virtdeck {

// Callbacks run on libvirt's event loop thread. They reach the Connection through a sink the worker
// detaches (target = nullptr) before the Connection goes away, so a late callback finds nobody.
struct Connection::EventSink
{
    QMutex mutex;
    Connection *target = nullptr;

    void post(const DomainEvent &event)
    {
        QMutexLocker lock(&mutex);
        if (target) {
            Connection *c = target;
            QMetaObject::invokeMethod(
                c, [c, event] { c->onEvent(event); }, Qt::QueuedConnection);
        }
    }
};

namespace {
using SinkRef = std::shared_ptr<void>;

void freeSinkRef(void *opaque)
{
    delete static_cast<SinkRef *>(opaque);
}

DomainEvent baseEvent(virConnectPtr, virDomainPtr dom, DomainEvent::Kind kind)
{
    DomainEvent e;
    e.kind = kind;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    e.uuid = QString::fromLatin1(uuid);
    e.name = QString::fromUtf8(virDomainGetName(dom));
    return e;
}

template <typename Sink>
Sink *sinkOf(void *opaque)
{
    return static_cast<Sink *>(static_cast<SinkRef *>(opaque)->get());
}

// Errors after which retrying the same URI cannot help: bad URI, missing driver, refused credentials.
bool isPermanentOpenError(int code)
{
    switch (code) {
    case VIR_ERR_INVALID_ARG:
    case VIR_ERR_NO_CONNECT:
    case VIR_ERR_NO_SUPPORT:
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_AUTH_CANCELLED:
    case VIR_ERR_CONFIG_UNSUPPORTED:
    case VIR_ERR_XML_ERROR:
    case VIR_ERR_XML_DETAIL:
    case VIR_ERR_NO_DOMAIN: return true;
    default: return false;
    }
}
} // namespace

// One open attempt, shared by the control thread and the thread that calls virConnectOpenAuth. The
// control thread may stop waiting for it (deadline, close, shutdown); the open thread then closes what
// it got. It never touches the Connection except through the sink, under the sink's lock.
struct Connection::OpenAttempt
{
    QByteArray uri;
    bool readOnly = false;
    int keepAliveInterval = 2;
    int keepAliveCount = 2;
    CredentialBroker *broker = nullptr;
    std::shared_ptr<std::atomic<qint64>> clock;
    std::shared_ptr<EventSink> sink; // target cleared when the Connection goes away
    std::atomic<bool> abandoned{false};
    bool overdue = false; // control thread: the deadline passed, still waiting for the call to return
};

struct Connection::OpenOutcome
{
    Error error;
    int sysErrno = 0;
    HostSnapshot facts;
};

Connection::Connection(const Options &options, CredentialBroker *broker)
    : m_options(options)
    , m_broker(broker)
    , m_openClock(std::make_shared<std::atomic<qint64>>(0))
{
    qRegisterMetaType<virtdeck::HostSnapshot>();
    qRegisterMetaType<virtdeck::DomainSnapshot>();
    qRegisterMetaType<QList<virtdeck::DomainSnapshot>>();
    qRegisterMetaType<virtdeck::DomainEvent>();
    m_host.uri = options.uri;
    m_host.displayName =
        options.displayName.isEmpty() ? LibvirtUri::displayName(options.uri) : options.displayName;
    m_host.readOnly = options.readOnly;
    m_host.demo = options.demo;
    m_host.state = HostState::Disconnected;

    const QString shortName = m_host.displayName.left(10);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("conn:") + shortName);
    m_monitorThread = new QThread;
    m_monitorThread->setObjectName(QStringLiteral("mon:") + shortName);
    m_probeThread = new QThread;
    m_probeThread->setObjectName(QStringLiteral("probe:") + shortName);
    m_control = new ConnectionLane(m_thread);
    m_monitor = new ConnectionLane(m_monitorThread);
    m_probeTimer = new QTimer;
    m_probeTimer->setInterval(std::max(1, m_options.keepAliveInterval) * 1000);
    m_probeTimer->moveToThread(m_probeThread);
    connect(m_probeTimer, &QTimer::timeout, m_probeTimer, [this] { probe(); });
    connect(m_probeThread, &QThread::started, m_probeTimer, qOverload<>(&QTimer::start));
    moveToThread(m_thread);
    m_thread->start();
    m_monitorThread->start();
    m_probeThread->start();
}

Connection::~Connection()
{
    // Normally deleted after shutdown() finished the threads; the connection is closed by then.
    if (m_conn)
        doClose();
    delete m_control;
    delete m_monitor;
    delete m_probeTimer;
}

HostSnapshot Connection::host() const
{
    QMutexLocker lock(&m_hostMutex);
    return m_host;
}

qint64 Connection::busyMs() const
{
    return m_control->busyMs();
}

Error Connection::notConnectedError() const
{
    const HostSnapshot h = host();
    return Error(
        tr("%1 is not connected (%2); try again when it is back.").arg(h.displayName, hostStateText(h)),
        h.reasonDetail);
}

Error Connection::notRespondingError() const
{
    const HostSnapshot h = host();
    return Error(tr("%1 is not responding (%2); try again when it answers. Nothing was sent to it.")
                     .arg(h.displayName, h.reason),
                 h.reasonDetail);
}

virConnectPtr Connection::acquire() const
{
    QMutexLocker lock(&m_connMutex);
    if (m_conn)
        virConnectRef(m_conn); // local reference count: no I/O under the lock
    return m_conn;
}

Error Connection::unavailable(virConnectPtr conn) const
{
    if (m_notResponding.load())
        return notRespondingError();
    if (!conn)
        return notConnectedError();
    return Error();
}

void Connection::deliver(const QPointer<QObject> &context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [context, fn = std::move(fn)] {
            if (context)
                fn();
        },
        Qt::QueuedConnection);
}

void Connection::enqueue(std::function<void()> job)
{
    QMetaObject::invokeMethod(this, std::move(job), Qt::QueuedConnection);
}

void Connection::submit(Lane lane, ConnectionLane::Job job)
{
    // A host that is not responding: fail now rather than queue behind a call that may never return.
    if (m_notResponding.load() && job.fail) {
        job.fail(notRespondingError());
        return;
    }
    (lane == Lane::Control ? m_control : m_monitor)->push(std::move(job));
}

void Connection::post(std::function<void(virConnectPtr)> job)
{
    ConnectionLane::Job j;
    j.run = [this, job = std::move(job)] {
        virConnectPtr conn = acquire();
        job(m_notResponding.load() ? nullptr : conn);
        if (conn)
            virConnectClose(conn);
    };
    m_monitor->push(std::move(j));
}

void Connection::open()
{
    {
        // Shown as connecting from now on, not only once the worker picks the job up.
        QMutexLocker lock(&m_hostMutex);
        if (m_host.state == HostState::Disconnected) {
            m_host.state = HostState::Connecting;
            m_host.reason.clear();
        }
    }
    enqueue([this] {
        m_wantOpen = true;
        m_attempt = 0;
        if (!m_conn && !m_opening)
            doOpen();
    });
}

void Connection::close()
{
    enqueue([this] {
        m_wantOpen = false;
        if (m_retryTimer)
            m_retryTimer->stop();
        abandonOpening();
        doClose();
        m_notResponding.store(false);
        m_control->setHeld(false);
        {
            QMutexLocker lock(&m_hostMutex);
            m_host.nextRetry = {};
        }
        setState(HostState::Disconnected, tr("disconnected by the user"));
    });
}

void Connection::relist()
{
    enqueue([this] {
        if (m_conn)
            listAll();
    });
}

void Connection::refreshDomain(const QString &uuid)
{
    enqueue([this, uuid] {
        if (m_conn)
            refreshOne(uuid, nullptr);
    });
}

void Connection::setHostNote(const QString &key, const QString &text)
{
    {
        QMutexLocker lock(&m_hostMutex);
        if (text.isEmpty())
            m_host.notes.remove(key);
        else
            m_host.notes.insert(key, text);
    }
    Q_EMIT hostChanged(host());
}

void Connection::shutdown()
{
    enqueue([this] {
        m_wantOpen = false;
        delete m_retryTimer;
        m_retryTimer = nullptr;
        abandonOpening();
        delete m_openTimer;
        m_openTimer = nullptr;
        doClose();
        m_control->failWaiting(notConnectedError());
        m_monitor->failWaiting(notConnectedError());
        QThread *threads[] = {m_thread, m_monitorThread, m_probeThread};
        // Deleted on the main thread once all three threads have stopped; one stuck in a hung call keeps
        // this object alive until the call returns, and nothing waits for it.
        auto remaining = std::make_shared<int>(3);
        for (QThread *thread : threads) {
            connect(thread, &QThread::finished, QCoreApplication::instance(), [this, threads, remaining] {
                if (--*remaining > 0)
                    return;
                delete this;
                for (QThread *t : threads)
                    delete t;
            });
        }
        QTimer *probeTimer = m_probeTimer;
        QThread *probeThread = m_probeThread;
        QMetaObject::invokeMethod(probeTimer, [probeTimer, probeThread] {
            probeTimer->stop();
            probeThread->quit();
        });
        m_monitorThread->quit();
        moveToThread(QCoreApplication::instance()->thread());
        m_thread->quit();
    });
}

void Connection::setState(HostState state, const QString &reason, const QString &detail)
{
    {
        QMutexLocker lock(&m_hostMutex);
        m_host.state = state;
        m_host.reason = reason;
        m_host.reasonDetail = detail;
    }
    publishHost();
}

void Connection::publishHost()
{
    Q_EMIT hostChanged(host());
}

void Connection::markNotResponding(const QString &reason)
{
    m_notResponding.store(true);
    setState(HostState::NotResponding, reason);
    // Waiting jobs end now (retryable); the one stuck in a call ends when the call returns.
    m_control->failWaiting(notRespondingError());
    m_monitor->failWaiting(notRespondingError());
}

void Connection::checkHealth(int thresholdMs)
{
    const qint64 since = m_probeSentMs.load();
    if (!since)
        return;
    const qint64 waited = QDateTime::currentMSecsSinceEpoch() - since;
    if (waited < thresholdMs)
        return;
    const QString reason = tr("no answer for %n s", nullptr, int(waited / 1000));
    if (!m_notResponding.load() || host().reason != reason)
        markNotResponding(reason);
}

void Connection::probe()
{
    // Probe thread. A cheap call the daemon answers from its worker pool, like any of ours.
    virConnectPtr conn = acquire();
    if (!conn)
        return;
    m_probeSentMs.store(QDateTime::currentMSecsSinceEpoch());
    unsigned long version = 0;
    const int rc = virConnectGetLibVersion(conn, &version);
    m_probeSentMs.store(0);
    virConnectClose(conn);
    // An error here is a broken connection: the close callback reports it.
    if (rc == 0 && m_connected.load() && m_notResponding.exchange(false)) {
        setState(HostState::Connected);
        // Calls abandoned meanwhile may have been carried out: the listing shows what happened.
        relist();
    }
}

int Connection::authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *opaque)
{
    auto *attempt = static_cast<OpenAttempt *>(opaque);
    if (!attempt->broker)
        return -1;
    QList<CredentialRequest> requests;
    for (unsigned int i = 0; i < ncred; ++i) {
        CredentialRequest r;
        r.type = cred[i].type;
        r.prompt = QString::fromUtf8(cred[i].prompt ? cred[i].prompt : "");
        r.challenge = QString::fromUtf8(cred[i].challenge ? cred[i].challenge : "");
        r.defaultResult = QString::fromUtf8(cred[i].defresult ? cred[i].defresult : "");
        r.secret = cred[i].type == VIR_CRED_PASSPHRASE || cred[i].type == VIR_CRED_NOECHOPROMPT;
        requests << r;
    }
    // The user's time is not the host's: the open deadline stops while the dialog is up.
    attempt->clock->store(0);
    const bool answered = attempt->broker->ask(QString::fromUtf8(attempt->uri), requests);
    attempt->clock->store(QDateTime::currentMSecsSinceEpoch());
    if (!answered)
        return -1;
    for (unsigned int i = 0; i < ncred; ++i) {
        QByteArray value = requests[int(i)].result.toUtf8();
        cred[i].result = static_cast<char *>(malloc(size_t(value.size()) + 1));
        memcpy(cred[i].result, value.constData(), size_t(value.size()) + 1);
        cred[i].resultlen = unsigned(value.size());
        CredentialBroker::wipe(value);
    }
    CredentialBroker::wipe(requests); // libvirt has its copy now
    return 0;
}

void Connection::runOpen(std::shared_ptr<OpenAttempt> attempt)
{
    pthread_setname_np(pthread_self(), "libvirt-open");
    static int credTypes[] = {VIR_CRED_AUTHNAME,   VIR_CRED_USERNAME,     VIR_CRED_PASSPHRASE,
                              VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};
    virConnectAuth auth{credTypes, sizeof(credTypes) / sizeof(credTypes[0]), &Connection::authCallback,
                        attempt.get()};
    virConnectPtr conn =
        virConnectOpenAuth(attempt->uri.constData(), &auth, attempt->readOnly ? VIR_CONNECT_RO : 0);
    OpenOutcome outcome;
    if (!conn) {
        outcome.error = libvirtError(tr("cannot connect"));
        const virErrorPtr err = virGetLastError();
        outcome.sysErrno = err && err->code == VIR_ERR_SYSTEM_ERROR ? err->int1 : 0;
    } else if (!attempt->abandoned.load()) {
        // Local drivers (test://) have no keepalive; 1 or -1 there is expected and harmless.
        virConnectSetKeepAlive(conn, attempt->keepAliveInterval, attempt->keepAliveCount);
        // Facts as values, read here without any lock; the control thread publishes them.
        SnapshotBuilder::hostFacts(conn, outcome.facts);
    }
    QMutexLocker lock(&attempt->sink->mutex);
    Connection *c = attempt->sink->target;
    if (c && !attempt->abandoned.load()) {
        QMetaObject::invokeMethod(
            c, [c, attempt, conn, outcome] { c->finishOpen(attempt, conn, outcome); }, Qt::QueuedConnection);
    } else if (conn) {
        lock.unlock();
        virConnectClose(conn);
    }
}

void Connection::doOpen()
{
    if (m_conn || !m_wantOpen || m_opening)
        return;
    LibvirtEventLoop::ensureRunning();
    {
        QMutexLocker lock(&m_hostMutex);
        m_host.nextRetry = {};
        m_host.retryAttempt = m_attempt;
    }
    if (m_attempt == 0 && !m_notResponding.load())
        setState(HostState::Connecting);
    else
        publishHost();

    // Jobs wait for the open (unless the host is already known not to respond: they fail at once).
    m_control->setHeld(true);
    auto attempt = std::make_shared<OpenAttempt>();
    attempt->uri = m_options.uri.toUtf8();
    attempt->readOnly = m_options.readOnly;
    attempt->keepAliveInterval = m_options.keepAliveInterval;
    attempt->keepAliveCount = m_options.keepAliveCount;
    attempt->broker = m_broker;
    attempt->clock = m_openClock;
    attempt->sink = std::make_shared<EventSink>();
    attempt->sink->target = this;
    m_opening = attempt;
    m_openClock->store(QDateTime::currentMSecsSinceEpoch());
    if (!m_openTimer) {
        m_openTimer = new QTimer(this);
        m_openTimer->setInterval(250);
        connect(m_openTimer, &QTimer::timeout, this, &Connection::checkOpenDeadline);
    }
    m_openTimer->start();
    // virConnectOpenAuth cannot be interrupted: it runs on a thread nobody waits for.
    std::thread(&Connection::runOpen, attempt).detach();
}

void Connection::abandonOpening()
{
    if (!m_opening)
        return;
    {
        // The open thread closes whatever it gets and never reaches this object again.
        QMutexLocker lock(&m_opening->sink->mutex);
        m_opening->sink->target = nullptr;
        m_opening->abandoned = true;
    }
    m_opening.reset();
    m_openClock->store(0);
    if (m_openTimer)
        m_openTimer->stop();
}

void Connection::checkOpenDeadline()
{
    const qint64 since = m_openClock->load();
    if (!m_opening || m_opening->overdue || !since) // 0: a prompt is waiting for the user
        return;
    if (QDateTime::currentMSecsSinceEpoch() - since < qint64(std::max(1, m_options.openTimeout)) * 1000)
        return;
    // The call goes on (it cannot be interrupted); its result is still taken if it ever comes. A new
    // attempt starts only after it ended, so a silent host never piles up threads.
    m_opening->overdue = true;
    m_control->setHeld(false);
    markNotResponding(tr("no answer within %n s", nullptr, m_options.openTimeout));
}

void Connection::finishOpen(const std::shared_ptr<OpenAttempt> &attempt, virConnectPtr conn,
                            const OpenOutcome &outcome)
{
    if (attempt != m_opening) {
        if (conn)
            virConnectClose(conn);
        return;
    }
    {
        QMutexLocker lock(&attempt->sink->mutex);
        attempt->sink->target = nullptr;
    }
    m_opening.reset();
    m_openClock->store(0);
    m_openTimer->stop();
    if (!conn) {
        failOpen(outcome.error, outcome.sysErrno);
        return;
    }
    if (!m_wantOpen) {
        virConnectClose(conn);
        m_control->setHeld(false);
        return;
    }
    {
        QMutexLocker lock(&m_connMutex);
        m_conn = conn;
    }
    m_connectedAt = QDateTime::currentDateTimeUtc();
    registerCallbacks();
    {
        // Values copied under the lock; the calls that produced them ran without it.
        QMutexLocker lock(&m_hostMutex);
        const HostSnapshot &f = outcome.facts;
        m_host.libvirtVersion = f.libvirtVersion;
        m_host.hypervisorVersion = f.hypervisorVersion;
        m_host.driverType = f.driverType;
        m_host.hostname = f.hostname;
        m_host.cpus = f.cpus;
        m_host.cpuMHz = f.cpuMHz;
        m_host.cpuModel = f.cpuModel;
        m_host.memoryKiB = f.memoryKiB;
        m_host.connectedSince = m_connectedAt;
        m_host.retryAttempt = 0;
    }
    m_attempt = 0;
    m_everConnected = true;
    listAll();
    m_connected.store(true);
    m_notResponding.store(false);
    setState(HostState::Connected);
    m_control->setHeld(false);
}

void Connection::failOpen(const Error &err, int sysErrno)
{
    const bool firstEver = !m_everConnected && !m_options.knownGood && m_attempt == 0;
    const bool deadEnd = firstEver && isFirstConnectDeadEnd(err, sysErrno, m_options.uri);
    const bool permanent = (isPermanentOpenError(err.code) && m_attempt == 0) || deadEnd;
    m_notResponding.store(false);
    QString reason = err.detail.isEmpty() ? err.message : err.detail;
    if (deadEnd)
        reason = tr("%1 — check the host name and that libvirtd listens there; not retried, and not saved")
                     .arg(reason);
    setState(HostState::Disconnected, reason, err.detail);
    m_control->setHeld(false);
    m_control->failWaiting(notConnectedError());
    if (!permanent)
        scheduleReconnect(true);
}

bool Connection::isFirstConnectDeadEnd(const Error &err, int sysErrno, const QString &uri)
{
    if (err.code != VIR_ERR_SYSTEM_ERROR)
        return false;
    if (sysErrno == ECONNREFUSED)
        return true;
    // libvirt reports a failed name lookup as a system error without errno; ask the resolver ourselves
    // (we are on a worker thread).
    const QString host = QUrl(uri).host();
    if (host.isEmpty())
        return false;
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const int rc = getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &res);
    if (res)
        freeaddrinfo(res);
    return rc == EAI_NONAME || rc == EAI_FAIL;
}

void Connection::doClose()
{
    m_connected.store(false);
    if (!m_conn)
        return;
    deregisterCallbacks();
    virConnectPtr conn = nullptr;
    {
        QMutexLocker lock(&m_connMutex);
        conn = std::exchange(m_conn, nullptr);
    }
    // Jobs on other lanes may still hold a reference: the last one closes.
    virConnectClose(conn);
}

void Connection::scheduleReconnect(bool transient)
{
    if (!m_options.reconnect || !m_wantOpen || (!transient && !m_wantOpen))
        return;
    const int delay = std::min(1 << std::min(m_attempt, 10), std::max(1, m_options.reconnectMaxDelay));
    ++m_attempt;
    {
        QMutexLocker lock(&m_hostMutex);
        m_host.nextRetry = QDateTime::currentDateTimeUtc().addSecs(delay);
        m_host.retryAttempt = m_attempt;
    }
    publishHost();
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &Connection::doOpen);
    }
    m_retryTimer->start(delay * 1000);
}

void Connection::closeCallback(virConnectPtr, int reason, void *opaque)
{
    EventSink *sink = sinkOf<EventSink>(opaque);
    QMutexLocker lock(&sink->mutex);
    if (Connection *c = sink->target)
        QMetaObject::invokeMethod(
            c, [c, reason] { c->connectionLost(reason); }, Qt::QueuedConnection);
}

void Connection::connectionLost(int reason)
{
    if (!m_conn)
        return;
    doClose();
    {
        QMutexLocker lock(&m_hostMutex);
        m_host.connectedSince = {};
    }
    m_notResponding.store(false);
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        markNotResponding(tr("the host stopped answering (keepalive timeout)"));
        break;
    case VIR_CONNECT_CLOSE_REASON_EOF:
        setState(HostState::Disconnected, tr("the host closed the connection"));
        break;
    case VIR_CONNECT_CLOSE_REASON_CLIENT:
        setState(HostState::Disconnected, tr("connection closed by virtdeck"));
        break;
    default: setState(HostState::Disconnected, tr("connection error")); break;
    }
    scheduleReconnect(true);
}

void Connection::registerCallbacks()
{
    m_sink = std::make_shared<EventSink>();
    m_sink->target = this;
    auto ref = [this] { return new SinkRef(m_sink); };

    if (virConnectRegisterCloseCallback(m_conn, &Connection::closeCallback, ref(), freeSinkRef) == 0)
        m_closeCallbackRegistered = true;

    auto add = [this, &ref](int id, virConnectDomainEventGenericCallback cb) {
        SinkRef *opaque = ref();
        const int callbackId = virConnectDomainEventRegisterAny(m_conn, nullptr, id, cb, opaque, freeSinkRef);
        if (callbackId < 0) {
            delete opaque;
            qDebug("virtdeck: event %d not available on %s: %s", id, qPrintable(m_options.uri),
                   virGetLastErrorMessage());
            return;
        }
        m_callbackIds << callbackId;
    };
    add(VIR_DOMAIN_EVENT_ID_LIFECYCLE,
        VIR_DOMAIN_EVENT_CALLBACK(+[](virConnectPtr c, virDomainPtr d, int event, int detail, void *opaque) {
            DomainEvent e = baseEvent(c, d, DomainEvent::Kind::Lifecycle);
            e.event = event;
            e.detail = detail;
            sinkOf<EventSink>(opaque)->post(e);
        }));
    add(VIR_DOMAIN_EVENT_ID_REBOOT,
        VIR_DOMAIN_EVENT_CALLBACK(+[](virConnectPtr c, virDomainPtr d, void *opaque) {
            sinkOf<EventSink>(opaque)->post(baseEvent(c, d, DomainEvent::Kind::Reboot));
        }));
    add(VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
        VIR_DOMAIN_EVENT_CALLBACK(+[](virConnectPtr c, virDomainPtr d, int, const char *, void *opaque) {
            sinkOf<EventSink>(opaque)->post(baseEvent(c, d, DomainEvent::Kind::MetadataChange));
        }));
    add(VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
        VIR_DOMAIN_EVENT_CALLBACK(+[](virConnectPtr c, virDomainPtr d, const char *alias, void *opaque) {
            DomainEvent e = baseEvent(c, d, DomainEvent::Kind::DeviceAdded);
            e.text = QString::fromUtf8(alias ? alias : "");
            sinkOf<EventSink>(opaque)->post(e);
        }));
    add(VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
        VIR_DOMAIN_EVENT_CALLBACK(+[](virConnectPtr c, virDomainPtr d, const char *alias, void *opaque) {
            DomainEvent e = baseEvent(c, d, DomainEvent::Kind::DeviceRemoved);
            e.text = QString::fromUtf8(alias ? alias : "");
            sinkOf<EventSink>(opaque)->post(e);
        }));
    add(VIR_DOMAIN_EVENT_ID_TUNABLE, VIR_DOMAIN_EVENT_CALLBACK(+[](virConnectPtr c, virDomainPtr d,
                                                                   virTypedParameterPtr, int, void *opaque) {
            sinkOf<EventSink>(opaque)->post(baseEvent(c, d, DomainEvent::Kind::Tunable));
        }));
    add(VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE,
        VIR_DOMAIN_EVENT_CALLBACK(+[](virConnectPtr c, virDomainPtr d, unsigned long long, void *opaque) {
            sinkOf<EventSink>(opaque)->post(baseEvent(c, d, DomainEvent::Kind::BalloonChange));
        }));
}

void Connection::deregisterCallbacks()
{
    if (m_sink) {
        QMutexLocker lock(&m_sink->mutex);
        m_sink->target = nullptr;
    }
    for (int id : std::as_const(m_callbackIds))
        virConnectDomainEventDeregisterAny(m_conn, id);
    m_callbackIds.clear();
    if (m_closeCallbackRegistered)
        virConnectUnregisterCloseCallback(m_conn, &Connection::closeCallback);
    m_closeCallbackRegistered = false;
    m_sink.reset();
}

void Connection::applyRunningSince(DomainSnapshot &s, bool justStarted)
{
    if (!s.active) {
        m_runningSince.remove(s.uuid);
        m_runningSinceExact.remove(s.uuid);
        return;
    }
    if (justStarted || !m_runningSince.contains(s.uuid)) {
        m_runningSince.insert(s.uuid, justStarted ? QDateTime::currentDateTimeUtc() : m_connectedAt);
        m_runningSinceExact.insert(s.uuid, justStarted);
    }
    s.runningSince = m_runningSince.value(s.uuid);
    s.runningSinceExact = m_runningSinceExact.value(s.uuid);
}

void Connection::listAll()
{
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(m_conn, &domains, 0);
    if (n < 0) {
        const Error err = libvirtError(tr("Cannot list the servers"));
        setHostNote(QStringLiteral("listing"), err.toString());
        return;
    }
    QList<DomainSnapshot> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        DomainHandle dom(domains[i]);
        Result<DomainSnapshot> s = SnapshotBuilder::domain(dom.get(), m_options.uri);
        if (s) {
            applyRunningSince(s.value(), false);
            list << s.value();
        } else {
            qWarning("virtdeck: skipping a server on %s: %s", qPrintable(m_options.uri),
                     qPrintable(s.error().toString()));
        }
    }
    free(domains);
    Q_EMIT domainsListed(m_options.uri, list);
}

void Connection::refreshOne(const QString &uuid, const DomainEvent *event)
{
    Result<DomainHandle> dom = SnapshotBuilder::lookup(m_conn, uuid);
    if (!dom) {
        m_runningSince.remove(uuid);
        Q_EMIT domainRemoved(m_options.uri, uuid);
        return;
    }
    Result<DomainSnapshot> s = SnapshotBuilder::domain(dom.value().get(), m_options.uri);
    if (!s) {
        // Undefined between lookup and read (transient server stopped): it is gone.
        if (lastLibvirtErrorCode() == VIR_ERR_NO_DOMAIN)
            Q_EMIT domainRemoved(m_options.uri, uuid);
        return;
    }
    const bool started =
        event && event->kind == DomainEvent::Kind::Lifecycle && event->event == VIR_DOMAIN_EVENT_STARTED;
    applyRunningSince(s.value(), started);
    Q_EMIT domainChanged(s.value());
}

void Connection::onEvent(const DomainEvent &incoming)
{
    if (!m_conn)
        return;
    DomainEvent event = incoming;
    event.uri = m_options.uri;
    // An undefined server that still runs stays (as transient); refreshOne removes it only when gone.
    refreshOne(event.uuid, &event);
    Q_EMIT domainEvent(event);
}

} // namespace virtdeck
