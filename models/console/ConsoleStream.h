#pragma once

// One serial console stream (virDomainOpenConsole on a non-blocking virStream), living on its
// connection's worker thread. libvirt's event loop thread reports stream events; they hop to the worker,
// which reads and hands the bytes out in chunks through queued signals. Reading pauses while too many
// bytes wait to be consumed (a flooding guest then waits on its own serial line), so memory stays
// bounded. Created and disposed by ConsoleSession on the GUI thread; its public methods are thread-safe.

#include "core/Result.h"
#include "hypervisor/DomainSnapshot.h"

#include <libvirt/libvirt.h>

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace virtdeck {

class Connection;

class ConsoleStream : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        Unsupported,  // the driver has no console streams (test driver)
        Busy,         // another client holds the console (retry with force)
        NotRunning,   // the server is not running
        NoDevice,     // the server has no usable serial/console device
        ReadOnly,     // read-only connection
        Disconnected, // the connection is down
        Other,
    };
    Q_ENUM(Failure)

    struct Limits
    {
        qint64 maxInFlight = 256 * 1024;  // received but not yet consumed: reading pauses above this
        qint64 resumeBelow = 64 * 1024;   // ... and resumes below this
        int readChunk = 16 * 1024;        // bytes per received() signal at most
        int readsPerEvent = 16;           // reads per wake-up before other worker jobs get a turn
        qint64 maxPendingWrite = 1 << 20; // keys and pastes waiting for the stream
    };

    // Moves itself onto the connection's worker thread.
    ConsoleStream(Connection *connection, const ServerRef &server, const Limits &limits);
    ~ConsoleStream() override;

    // Thread-safe. force: take the console over from another client (VIR_DOMAIN_CONSOLE_FORCE).
    void open(bool force);
    void write(const QByteArray &bytes);
    // The receiver has processed this many bytes of received(); may resume reading.
    void consumed(qint64 bytes);
    // Closes the stream and deletes this object on the worker. Do not touch it afterwards.
    void dispose();

    qint64 inFlight() const { return m_flow->inFlight.load(); }
    // How often reading paused because maxInFlight bytes waited to be consumed.
    int pauseCount() const { return m_flow->pauses.load(); }

Q_SIGNALS:
    // All emitted on the worker thread: connect with a context on the receiver's thread.
    void opened();
    void openFailed(const virtdeck::Error &error, virtdeck::ConsoleStream::Failure failure);
    void received(const QByteArray &bytes);
    // eof: the other end closed the console (guest stopped, console taken over); otherwise an error.
    void closed(const virtdeck::Error &error, bool eof);
    // Input dropped because the stream could not take it (more than maxPendingWrite waiting).
    void writeDropped(qint64 bytes);

private:
    struct Sink;
    struct Flow
    {
        std::atomic<qint64> inFlight{0};
        std::atomic<bool> paused{false};
        std::atomic<int> pauses{0};
    };
    static void onStreamEvent(virStreamPtr stream, int events, void *opaque);

    // Worker side.
    void doOpen(virConnectPtr conn, bool force);
    void handleEvents(int events);
    enum class ReadResult
    {
        Drained,
        More,
        Paused,
        Closed
    };
    ReadResult readSome();
    void flushWrites();
    void updateEvents();
    void resume();
    void finish(const Error &error, bool eof);
    void teardown(bool graceful);

    QPointer<Connection> m_connection;
    const ServerRef m_server;
    const Limits m_limits;
    std::shared_ptr<Flow> m_flow = std::make_shared<Flow>();

    // Worker-only.
    virStreamPtr m_stream = nullptr;
    std::shared_ptr<Sink> m_sink;
    QByteArray m_pendingWrite;
    bool m_callbackAdded = false;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::ConsoleStream::Failure)
