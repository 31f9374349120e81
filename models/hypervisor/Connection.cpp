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

Connection::Connection(const Options &options, CredentialBroker *broker)
    : m_options(options)
    , m_broker(broker)
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

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("conn:") + m_host.displayName.left(10));
    moveToThread(m_thread);
    m_thread->start();
}

Connection::~Connection()
{
    // Normally deleted after shutdown() finished the thread; the connection is closed by then.
    if (m_conn)
        doClose();
}

HostSnapshot Connection::host() const
{
    QMutexLocker lock(&m_hostMutex);
    return m_host;
}

qint64 Connection::busyMs() const
{
    const qint64 started = m_jobStartedMs.load();
    return started ? QDateTime::currentMSecsSinceEpoch() - started : 0;
}

Error Connection::notConnectedError() const
{
    const HostSnapshot h = host();
    return Error(
        tr("%1 is not connected (%2); try again when it is back.").arg(h.displayName, hostStateText(h)),
        h.reasonDetail);
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
    QMetaObject::invokeMethod(
        this,
        [this, job = std::move(job)] {
            m_jobStartedMs.store(QDateTime::currentMSecsSinceEpoch());
            job();
            m_jobStartedMs.store(0);
        },
        Qt::QueuedConnection);
}

void Connection::post(std::function<void(virConnectPtr)> job)
{
    enqueue([this, job = std::move(job)] { job(m_conn); });
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
        if (!m_conn)
            doOpen();
    });
}

void Connection::close()
{
    enqueue([this] {
        m_wantOpen = false;
        if (m_retryTimer)
            m_retryTimer->stop();
        doClose();
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
        doClose();
        QThread *thread = m_thread;
        // Deleted on the main thread once the worker has stopped.
        connect(thread, &QThread::finished, QCoreApplication::instance(), [this, thread] {
            delete this;
            delete thread;
        });
        moveToThread(QCoreApplication::instance()->thread());
        thread->quit();
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

int Connection::authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *opaque)
{
    auto *self = static_cast<Connection *>(opaque);
    if (!self->m_broker)
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
    if (!self->m_broker->ask(self->m_options.uri, requests))
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

void Connection::doOpen()
{
    if (m_conn || !m_wantOpen)
        return;
    LibvirtEventLoop::ensureRunning();
    {
        QMutexLocker lock(&m_hostMutex);
        m_host.nextRetry = {};
        m_host.retryAttempt = m_attempt;
    }
    if (m_attempt == 0)
        setState(HostState::Connecting);
    else
        publishHost();

    static int credTypes[] = {VIR_CRED_AUTHNAME,   VIR_CRED_USERNAME,     VIR_CRED_PASSPHRASE,
                              VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};
    virConnectAuth auth{credTypes, sizeof(credTypes) / sizeof(credTypes[0]), &Connection::authCallback, this};
    const QByteArray uri = m_options.uri.toUtf8();
    virConnectPtr conn = virConnectOpenAuth(uri.constData(), &auth, m_options.readOnly ? VIR_CONNECT_RO : 0);
    if (!conn) {
        const Error err = libvirtError(tr("cannot connect"));
        const bool permanent = isPermanentOpenError(err.code) && m_attempt == 0;
        setState(HostState::Disconnected, err.detail.isEmpty() ? err.message : err.detail, err.detail);
        if (!permanent)
            scheduleReconnect(true);
        return;
    }
    m_conn = conn;
    m_connectedAt = QDateTime::currentDateTimeUtc();
    // Local drivers (test://) have no keepalive; 1 or -1 there is expected and harmless.
    virConnectSetKeepAlive(m_conn, m_options.keepAliveInterval, m_options.keepAliveCount);
    registerCallbacks();
    {
        QMutexLocker lock(&m_hostMutex);
        SnapshotBuilder::hostFacts(m_conn, m_host);
        m_host.connectedSince = m_connectedAt;
        m_host.retryAttempt = 0;
    }
    m_attempt = 0;
    listAll();
    m_connected.store(true);
    setState(HostState::Connected);
}

void Connection::doClose()
{
    m_connected.store(false);
    if (!m_conn)
        return;
    deregisterCallbacks();
    virConnectClose(m_conn);
    m_conn = nullptr;
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
        connect(m_retryTimer, &QTimer::timeout, this, [this] {
            m_jobStartedMs.store(QDateTime::currentMSecsSinceEpoch());
            doOpen();
            m_jobStartedMs.store(0);
        });
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
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        setState(HostState::NotResponding, tr("the host stopped answering (keepalive timeout)"));
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
    m_jobStartedMs.store(QDateTime::currentMSecsSinceEpoch());
    // An undefined server that still runs stays (as transient); refreshOne removes it only when gone.
    refreshOne(event.uuid, &event);
    m_jobStartedMs.store(0);
    Q_EMIT domainEvent(event);
}

} // namespace virtdeck
