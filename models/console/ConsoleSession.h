#pragma once

// One server's serial console as the user sees it: the screen model, the stream on the connection's
// worker, and what happens around it. Follows domain events (reboot, stop, start) and the host's
// connection: says what happened in a banner and reattaches by itself when the server runs again or the
// host is back. Lives on the GUI thread; ConsolePage keeps one per server while the window lives.
//
// The session is a state machine: one State, one pure transition(state, event, context) and the actions
// it returns (open a stream, try again later). Whether anyone wants the console (attach() was called:
// the page is shown, the user clicked Attach) is kept apart from the state: a session nobody asked for
// stays Idle whatever happens to its server, and a wanted one reattaches from every waiting or failed
// state when its reason goes away. Invariant: a stream exists exactly in Attaching and Attached.

#include "console/ConsoleStream.h"
#include "console/TerminalScreen.h"
#include "core/Result.h"
#include "hypervisor/DomainEvent.h"
#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace virtdeck {

class ConnectionManager;

class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle, // nobody wants it (not asked yet, or detached)
        Attaching,
        Attached,
        WaitingForServer, // the server is not running: attaches when it starts
        WaitingForHost,   // the connection is down: attaches when it is back
        // Terminal-ish states: left only by an explicit request or a new boot.
        Busy,        // another client holds the console: attach(true) takes it over; a new boot retries
        Unsupported, // the hypervisor offers no serial console (libvirt's test driver): final
        NoDevice,    // the server has no serial or console device: attach() checks again
        Failed,      // error() says why; retried later (except on a read-only connection), attach() at once
    };
    Q_ENUM(State)
    enum class Event
    {
        Attach,   // someone wants the console (the page is shown, the user clicked Attach)
        TakeOver, // ... and agreed to take it from another client
        Detach,   // nobody wants it any more
        Opened,   // the stream is open
        OpenBusy, // the open failed: another client holds the console
        OpenUnsupported,
        OpenNotRunning,
        OpenDisconnected,
        OpenNoDevice,
        OpenReadOnly,
        OpenFailed,    // any other reason: tried again later
        Closed,        // the open stream ended
        ServerRunning, // started, rebooted, or seen running in a listing
        ServerStopped,
        HostLost,
        HostBack,
        RetryDue,
    };
    Q_ENUM(Event)
    enum class Action
    {
        None,
        Open,       // (re)open the stream
        RetryLater, // start the retry timer
    };
    Q_ENUM(Action)
    // What the session knows when an event comes: whether the console is wanted and could be opened now.
    struct Context
    {
        bool wanted = true;
        bool hasConsole = true;
        bool hostConnected = true;
        bool serverRunning = true;
    };
    struct Step
    {
        State state;
        Action action = Action::None;
        friend bool operator==(const Step &, const Step &) = default;
    };
    // The whole behaviour: the next state and what to do, from the state, the event and the context.
    static Step transition(State state, Event event, const Context &context);
    enum class BannerLevel
    {
        None,
        Information,
        Warning,
        Error
    };
    Q_ENUM(BannerLevel)

    static constexpr int DefaultReattachDelayMs = 1500;

    ConsoleSession(ConnectionManager *connections, const DomainSnapshot &server, QObject *parent = nullptr);
    ~ConsoleSession() override;

    ServerRef server() const { return m_server.ref(); }
    const DomainSnapshot &snapshot() const { return m_server; }
    TerminalScreen *screen() const { return m_screen; }
    State state() const { return m_state; }
    bool isAttached() const { return m_state == State::Attached; }
    // Someone asked for the console (attach()) and nobody detached it since.
    bool isWanted() const { return m_wanted; }
    Error error() const { return m_error; }
    // A sentence for the page: what the console is doing ("Attached.", "Waiting for www-1 to start.").
    QString stateText() const;
    QString banner() const { return m_banner; }
    BannerLevel bannerLevel() const { return m_bannerLevel; }
    void clearBanner();
    qint64 bytesReceived() const { return m_bytesReceived; }
    int attachCount() const { return m_attachCount; }
    // How often reading paused because too many received bytes waited for the screen (all streams).
    int readPauses() const;
    // Received bytes not yet on the screen (current stream).
    qint64 streamInFlight() const { return m_stream ? m_stream->inFlight() : 0; }

    // Wants the console: opens it and keeps it open across reboots, stops and reconnects. force takes it
    // over from another client; interactive: the user asked (a Busy answer then emits takeOverNeeded).
    void attach(bool force = false, bool interactive = true);
    // Closes the console and stops reattaching.
    void detach();
    // Bytes for the guest (keys, paste); dropped while not attached.
    void send(const QByteArray &bytes);
    // Types "stty rows R cols C" + Enter for the screen's size: a serial line carries no window size.
    void typeTerminalSize();
    Status saveTranscript(const QString &path) const;

    // A fresher snapshot of the server (the page passes the list's updates).
    void updateServer(const DomainSnapshot &server);
    void setStreamLimits(const ConsoleStream::Limits &limits) { m_limits = limits; }
    // The first retry after a failure; each further one waits twice as long, up to MaxReattachDelayMs.
    void setReattachDelayMs(int ms) { m_reattachDelayMs = ms; }
    static constexpr int MaxReattachDelayMs = 30000;

Q_SIGNALS:
    void stateChanged(virtdeck::ConsoleSession::State state);
    void bannerChanged();
    // The user asked to attach and another client holds the console: ask whether to take it over.
    void takeOverNeeded();
    // Input was dropped (not attached, or the stream could not take it).
    void inputDropped();

private:
    void handle(Event event, bool force = false);
    Context context() const;
    void startStream(bool force);
    void feedPending();
    void disposeStream();
    void setState(State state);
    void setBanner(BannerLevel level, const QString &text);
    void onOpenFailed(const Error &error, ConsoleStream::Failure failure);
    void onClosed(const Error &error, bool eof);
    void onDomainEvent(const DomainEvent &event);
    void onHostChanged(const HostSnapshot &host);
    void onDomainChanged(const DomainSnapshot &server);
    QString stoppedText(int detail) const;
    QString now() const;

    ConnectionManager *m_connections;
    DomainSnapshot m_server;
    TerminalScreen *m_screen;
    ConsoleStream *m_stream = nullptr;
    ConsoleStream::Limits m_limits;
    int m_generation = 0;
    State m_state = State::Idle;
    Error m_error;
    QString m_banner;
    BannerLevel m_bannerLevel = BannerLevel::None;
    bool m_wanted = false;      // the user wants it attached: reattach after events
    bool m_interactive = false; // the current attempt was asked for by the user
    bool m_pausedBanner = false;
    qint64 m_bytesReceived = 0;
    int m_attachCount = 0;
    int m_reattachDelayMs = DefaultReattachDelayMs;
    int m_failedAttempts = 0; // in a row: the retry delay doubles with each
    int m_readPauses = 0;     // of streams already disposed
    QTimer *m_reattachTimer;

    // Received bytes wait here and reach the screen in slices within a time budget per event-loop turn,
    // so a flood (many queued chunks at once) never holds the GUI thread; the stream counts them as
    // consumed only once they are on the screen, which keeps memory bounded.
    static constexpr int FeedBudgetMs = 8;
    static constexpr qsizetype FeedSliceBytes = 4096;
    struct Pending
    {
        QByteArray bytes;
        int generation = 0;
    };
    QList<Pending> m_pending;
    qsizetype m_pendingOffset = 0;
    QTimer *m_feedTimer;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::ConsoleSession::State)
