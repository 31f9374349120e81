#include "console/ConsoleStream.h"

#include "hypervisor/Connection.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/SnapshotBuilder.h"

#include <libvirt/virterror.h>

#include <mutex>

namespace virtdeck {

// Reached from libvirt's event loop thread through the callback's opaque pointer. The worker clears
// target (under the mutex) before the stream object goes away, so a late callback finds nobody.
struct ConsoleStream::Sink
{
    std::mutex mutex;
    ConsoleStream *target = nullptr;
};

namespace {
using SinkRef = std::shared_ptr<void>;

void freeSinkRef(void *opaque)
{
    delete static_cast<SinkRef *>(opaque);
}

constexpr int ReadEvents = VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP;
} // namespace

ConsoleStream::ConsoleStream(Connection *connection, const ServerRef &server, const Limits &limits)
    : m_connection(connection)
    , m_server(server)
    , m_limits(limits)
{
    qRegisterMetaType<virtdeck::Error>();
    qRegisterMetaType<virtdeck::ConsoleStream::Failure>();
    if (connection)
        moveToThread(connection->workerThread());
}

ConsoleStream::~ConsoleStream()
{
    teardown(false);
}

void ConsoleStream::open(bool force)
{
    Connection *c = m_connection.data();
    if (!c) {
        Q_EMIT openFailed(ConnectionManager::hostGone(m_server.name), Failure::Disconnected);
        return;
    }
    QPointer<ConsoleStream> self(this);
    // Runs on the worker, where this object lives: the QPointer is checked on the thread that deletes it.
    c->post([self, force](virConnectPtr conn) {
        if (self)
            self->doOpen(conn, force);
    });
}

void ConsoleStream::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [this, bytes] {
            if (!m_stream)
                return;
            if (m_pendingWrite.size() + bytes.size() > m_limits.maxPendingWrite) {
                Q_EMIT writeDropped(bytes.size());
                return;
            }
            m_pendingWrite += bytes;
            flushWrites();
            if (m_stream)
                updateEvents();
        },
        Qt::QueuedConnection);
}

void ConsoleStream::consumed(qint64 bytes)
{
    const qint64 now = m_flow->inFlight.fetch_sub(bytes) - bytes;
    if (now < m_limits.resumeBelow && m_flow->paused.exchange(false))
        QMetaObject::invokeMethod(this, &ConsoleStream::resume, Qt::QueuedConnection);
}

void ConsoleStream::dispose()
{
    // The destructor closes the stream on the worker (or when the worker thread finishes).
    deleteLater();
}

void ConsoleStream::onStreamEvent(virStreamPtr stream, int events, void *opaque)
{
    auto *sink = static_cast<Sink *>(static_cast<SinkRef *>(opaque)->get());
    std::lock_guard lock(sink->mutex);
    if (!sink->target)
        return;
    // Quiet until the worker has read: libvirt would otherwise call again on every loop iteration.
    virStreamEventUpdateCallback(stream, 0);
    ConsoleStream *target = sink->target;
    QMetaObject::invokeMethod(
        target, [target, events] { target->handleEvents(events); }, Qt::QueuedConnection);
}

void ConsoleStream::doOpen(virConnectPtr conn, bool force)
{
    if (!conn) {
        Error e = m_connection ? m_connection->notConnectedError()
                               : Error(tr("The host of %1 is not connected.").arg(m_server.name));
        Q_EMIT openFailed(e, Failure::Disconnected);
        return;
    }
    Result<DomainHandle> dom = SnapshotBuilder::lookup(conn, m_server.uuid, m_server.name);
    if (!dom) {
        Q_EMIT openFailed(dom.error(), Failure::Other);
        return;
    }
    if (virDomainIsActive(dom.value().get()) == 0) {
        Q_EMIT openFailed(Error(tr("%1 is not running.").arg(m_server.name)), Failure::NotRunning);
        return;
    }
    virStreamPtr stream = virStreamNew(conn, VIR_STREAM_NONBLOCK);
    if (!stream) {
        Q_EMIT openFailed(
            libvirtError(tr("Cannot create a stream for the console of %1.").arg(m_server.name)),
            Failure::Other);
        return;
    }
    // SAFE: refuse rather than silently steal a console someone else has open; FORCE only when the
    // user agreed to take it over.
    const unsigned int flags = VIR_DOMAIN_CONSOLE_SAFE | (force ? VIR_DOMAIN_CONSOLE_FORCE : 0);
    if (virDomainOpenConsole(dom.value().get(), nullptr, stream, flags) < 0) {
        const Error err = libvirtError(QString());
        virStreamFree(stream);
        Failure failure = Failure::Other;
        QString message = tr("Cannot open the console of %1.").arg(m_server.name);
        switch (err.code) {
        case VIR_ERR_NO_SUPPORT:
            failure = Failure::Unsupported;
            message = tr("This hypervisor offers no serial console.");
            break;
        case VIR_ERR_OPERATION_FAILED:
            // "Active console session exists for this domain"
            if (!force) {
                failure = Failure::Busy;
                message = tr("Another client is using the console of %1.").arg(m_server.name);
            }
            break;
        case VIR_ERR_OPERATION_INVALID:
            failure = Failure::NotRunning;
            message = tr("%1 is not running.").arg(m_server.name);
            break;
        case VIR_ERR_OPERATION_DENIED:
            failure = Failure::ReadOnly;
            message = tr("The console needs full access to the host; this connection is read-only.");
            break;
        default: break;
        }
        Q_EMIT openFailed(Error(message, err.detail, err.code), failure);
        return;
    }
    m_stream = stream;
    m_sink = std::make_shared<Sink>();
    m_sink->target = this;
    auto *ref = new SinkRef(m_sink);
    if (virStreamEventAddCallback(m_stream, ReadEvents, &ConsoleStream::onStreamEvent, ref, freeSinkRef) <
        0) {
        delete ref;
        const Error err = libvirtError(tr("Cannot watch the console stream of %1.").arg(m_server.name));
        teardown(false);
        Q_EMIT openFailed(err, Failure::Other);
        return;
    }
    m_callbackAdded = true;
    Q_EMIT opened();
}

void ConsoleStream::handleEvents(int events)
{
    if (!m_stream)
        return;
    if (events & VIR_STREAM_EVENT_WRITABLE)
        flushWrites();
    const ReadResult read = m_stream && (events & ReadEvents) ? readSome() : ReadResult::More;
    // Error or hang-up with nothing left to read: the stream is over.
    if (m_stream && (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP)) &&
        read == ReadResult::Drained) {
        const bool hangup = events & VIR_STREAM_EVENT_HANGUP;
        finish(hangup ? Error(tr("The console of %1 was closed.").arg(m_server.name))
                      : Error(tr("The console stream of %1 failed.").arg(m_server.name)),
               hangup);
        return;
    }
    if (m_stream)
        updateEvents();
}

ConsoleStream::ReadResult ConsoleStream::readSome()
{
    for (int i = 0; i < m_limits.readsPerEvent; ++i) {
        if (!m_stream)
            return ReadResult::Closed;
        if (m_flow->inFlight.load() >= m_limits.maxInFlight) {
            m_flow->paused.store(true);
            // The consumer may have drained between the check and the flag: then carry on.
            if (m_flow->inFlight.load() >= m_limits.resumeBelow || !m_flow->paused.exchange(false)) {
                m_flow->pauses.fetch_add(1);
                return ReadResult::Paused;
            }
        }
        QByteArray buffer(m_limits.readChunk, Qt::Uninitialized);
        const int n = virStreamRecv(m_stream, buffer.data(), size_t(buffer.size()));
        if (n == -2)
            return ReadResult::Drained; // nothing more for now
        if (n == 0) {
            finish(Error(tr("The console of %1 was closed.").arg(m_server.name)), true);
            return ReadResult::Closed;
        }
        if (n < 0) {
            finish(libvirtError(tr("The console stream of %1 failed.").arg(m_server.name)), false);
            return ReadResult::Closed;
        }
        buffer.truncate(n);
        m_flow->inFlight.fetch_add(n);
        Q_EMIT received(buffer);
    }
    return ReadResult::More; // more may wait: the re-armed callback comes back after other worker jobs
}

void ConsoleStream::flushWrites()
{
    while (m_stream && !m_pendingWrite.isEmpty()) {
        const size_t piece = size_t(std::min<qsizetype>(m_pendingWrite.size(), 64 * 1024));
        const int n = virStreamSend(m_stream, m_pendingWrite.constData(), piece);
        if (n == -2)
            return; // the stream is full: WRITABLE will tell
        if (n < 0) {
            finish(libvirtError(tr("Cannot send keys to the console of %1.").arg(m_server.name)), false);
            return;
        }
        m_pendingWrite.remove(0, n);
    }
}

void ConsoleStream::updateEvents()
{
    if (!m_stream || !m_callbackAdded)
        return;
    int wanted = m_flow->paused.load() ? 0 : ReadEvents;
    if (!m_pendingWrite.isEmpty())
        wanted |= VIR_STREAM_EVENT_WRITABLE;
    virStreamEventUpdateCallback(m_stream, wanted);
}

void ConsoleStream::resume()
{
    if (!m_stream)
        return;
    readSome();
    if (m_stream)
        updateEvents();
}

void ConsoleStream::finish(const Error &error, bool eof)
{
    teardown(eof);
    Q_EMIT closed(error, eof);
}

void ConsoleStream::teardown(bool graceful)
{
    if (m_sink) {
        std::lock_guard lock(m_sink->mutex);
        m_sink->target = nullptr;
    }
    if (m_stream) {
        if (m_callbackAdded)
            virStreamEventRemoveCallback(m_stream);
        if (graceful)
            virStreamFinish(m_stream);
        else
            virStreamAbort(m_stream);
        virStreamFree(m_stream);
        virResetLastError();
    }
    m_stream = nullptr;
    m_callbackAdded = false;
    m_sink.reset();
    m_pendingWrite.clear();
}

} // namespace virtdeck
