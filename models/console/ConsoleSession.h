#pragma once

// One server's serial console as the user sees it: the screen model, the stream on the connection's
// worker, and what happens around it. Follows domain events (reboot, stop, start) and the host's
// connection: says what happened in a banner and reattaches by itself when the server runs again or the
// host is back. Lives on the GUI thread; ConsolePage keeps one per server while the window lives.

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
        Idle, // nobody asked for it yet
        Attaching,
        Attached,
        WaitingForServer, // the server is not running: attaches when it starts
        WaitingForHost,   // the connection is down: attaches when it is back
        Busy,             // another client holds the console: attach(true) takes it over
        Unsupported,      // the hypervisor offers no serial console (libvirt's test driver)
        NoDevice,         // the server has no serial or console device
        Failed,           // error() says why; attach() tries again
    };
    Q_ENUM(State)
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
    Error error() const { return m_error; }
    // A sentence for the page: what the console is doing ("Attached.", "Waiting for www-1 to start.").
    QString stateText() const;
    QString banner() const { return m_banner; }
    BannerLevel bannerLevel() const { return m_bannerLevel; }
    void clearBanner();
    qint64 bytesReceived() const { return m_bytesReceived; }
    int attachCount() const { return m_attachCount; }

    // Opens the console and keeps it open across reboots, stops and reconnects. force takes it over
    // from another client; interactive: the user asked (a Busy answer then emits takeOverNeeded).
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
    void setReattachDelayMs(int ms) { m_reattachDelayMs = ms; }

Q_SIGNALS:
    void stateChanged(virtdeck::ConsoleSession::State state);
    void bannerChanged();
    // The user asked to attach and another client holds the console: ask whether to take it over.
    void takeOverNeeded();
    // Input was dropped (not attached, or the stream could not take it).
    void inputDropped();

private:
    void startStream(bool force);
    void feedPending();
    void disposeStream();
    void setState(State state, const Error &error = Error());
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
