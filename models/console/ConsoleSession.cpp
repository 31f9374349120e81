#include "console/ConsoleSession.h"

#include "hypervisor/ConnectionManager.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTime>
#include <QTimer>

namespace virtdeck {

ConsoleSession::ConsoleSession(ConnectionManager *connections, const DomainSnapshot &server, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_server(server)
    , m_screen(new TerminalScreen(24, 80, this))
    , m_reattachTimer(new QTimer(this))
    , m_feedTimer(new QTimer(this))
{
    m_feedTimer->setSingleShot(true);
    m_feedTimer->setInterval(0);
    connect(m_feedTimer, &QTimer::timeout, this, &ConsoleSession::feedPending);
    qRegisterMetaType<virtdeck::ConsoleSession::State>();
    m_reattachTimer->setSingleShot(true);
    connect(m_reattachTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && m_state != State::Attached && m_state != State::Attaching)
            attach(false, false);
    });
    connect(m_screen, &TerminalScreen::output, this, &ConsoleSession::send);
    connect(m_connections, &ConnectionManager::domainEvent, this, &ConsoleSession::onDomainEvent);
    connect(m_connections, &ConnectionManager::hostChanged, this, &ConsoleSession::onHostChanged);
    connect(m_connections, &ConnectionManager::domainChanged, this, &ConsoleSession::onDomainChanged);
    connect(m_connections, &ConnectionManager::domainsListed, this,
            [this](const QString &uri, const QList<DomainSnapshot> &list) {
                if (uri != m_server.uri)
                    return;
                for (const DomainSnapshot &s : list) {
                    if (s.uuid == m_server.uuid)
                        onDomainChanged(s);
                }
            });
}

ConsoleSession::~ConsoleSession()
{
    disposeStream();
}

QString ConsoleSession::now() const
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
}

QString ConsoleSession::stateText() const
{
    switch (m_state) {
    case State::Idle: return tr("Not attached.");
    case State::Attaching: return tr("Attaching to the console of %1…").arg(m_server.name);
    case State::Attached: return tr("Attached to the serial console of %1.").arg(m_server.name);
    case State::WaitingForServer:
        return tr("%1 is not running; the console attaches when it starts.").arg(m_server.name);
    case State::WaitingForHost:
        return tr("The host of %1 is not connected; the console attaches when it is back.")
            .arg(m_server.name);
    case State::Busy: return tr("Another client is using the console of %1.").arg(m_server.name);
    case State::Unsupported: return tr("This hypervisor offers no serial console.");
    case State::NoDevice: return tr("%1 has no serial or console device.").arg(m_server.name);
    case State::Failed: return m_error.message;
    }
    return {};
}

void ConsoleSession::setState(State state, const Error &error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleSession::setBanner(BannerLevel level, const QString &text)
{
    m_pausedBanner = false;
    if (level == m_bannerLevel && text == m_banner)
        return;
    m_bannerLevel = text.isEmpty() ? BannerLevel::None : level;
    m_banner = text;
    Q_EMIT bannerChanged();
}

void ConsoleSession::clearBanner()
{
    setBanner(BannerLevel::None, QString());
}

void ConsoleSession::updateServer(const DomainSnapshot &server)
{
    if (server.uri == m_server.uri && server.uuid == m_server.uuid)
        onDomainChanged(server);
}

void ConsoleSession::onDomainChanged(const DomainSnapshot &server)
{
    if (server.uri != m_server.uri || server.uuid != m_server.uuid)
        return;
    const bool wasActive = m_server.active;
    m_server = server;
    // A server that is running again (seen in a listing after a reconnect, say) gets its console back.
    if (!wasActive && server.active && m_wanted && m_state == State::WaitingForServer)
        attach(false, false);
}

void ConsoleSession::attach(bool force, bool interactive)
{
    m_wanted = true;
    m_interactive = interactive;
    m_reattachTimer->stop();
    if (!m_server.hasConsole()) {
        setState(State::NoDevice);
        return;
    }
    Connection *c = m_connections->connection(m_server.uri);
    if (!c) {
        setState(State::Failed, ConnectionManager::hostGone(m_server.name));
        return;
    }
    if (!c->isConnected()) {
        setState(State::WaitingForHost);
        return;
    }
    if (!m_server.active) {
        setState(State::WaitingForServer);
        return;
    }
    startStream(force);
}

void ConsoleSession::detach()
{
    m_wanted = false;
    m_reattachTimer->stop();
    disposeStream();
    if (m_state != State::Unsupported && m_state != State::NoDevice)
        setState(State::Idle);
}

void ConsoleSession::startStream(bool force)
{
    disposeStream();
    const int generation = ++m_generation;
    m_stream = new ConsoleStream(m_connections->connection(m_server.uri), m_server.ref(), m_limits);
    ConsoleStream *stream = m_stream;
    // Queued (the stream lives on the worker); the generation drops whatever an old stream still sends.
    connect(stream, &ConsoleStream::opened, this, [this, generation] {
        if (generation != m_generation)
            return;
        ++m_attachCount;
        if (m_state == State::Busy || m_bannerLevel == BannerLevel::Error)
            clearBanner();
        setState(State::Attached);
    });
    connect(stream, &ConsoleStream::openFailed, this,
            [this, generation](const Error &error, ConsoleStream::Failure failure) {
                if (generation == m_generation)
                    onOpenFailed(error, failure);
            });
    connect(stream, &ConsoleStream::received, this, [this, generation](const QByteArray &bytes) {
        if (generation != m_generation)
            return;
        m_bytesReceived += bytes.size();
        m_pending.append(Pending{bytes, generation});
        if (!m_feedTimer->isActive())
            m_feedTimer->start();
    });
    connect(stream, &ConsoleStream::closed, this, [this, generation](const Error &error, bool eof) {
        if (generation == m_generation)
            onClosed(error, eof);
    });
    connect(stream, &ConsoleStream::writeDropped, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT inputDropped();
    });
    setState(State::Attaching);
    stream->open(force);
}

void ConsoleSession::feedPending()
{
    QElapsedTimer clock;
    clock.start();
    while (!m_pending.isEmpty()) {
        const Pending &p = m_pending.constFirst();
        const qsizetype n = std::min(FeedSliceBytes, p.bytes.size() - m_pendingOffset);
        m_screen->feed(p.bytes.constData() + m_pendingOffset, n);
        m_pendingOffset += n;
        // Bytes of an earlier stream still show (the last words before a reboot), but only the current
        // stream is told they were consumed.
        if (p.generation == m_generation && m_stream)
            m_stream->consumed(n);
        if (m_pendingOffset == p.bytes.size()) {
            m_pending.removeFirst();
            m_pendingOffset = 0;
        }
        if (clock.elapsed() >= FeedBudgetMs)
            break;
    }
    if (!m_pending.isEmpty())
        m_feedTimer->start();
}

void ConsoleSession::disposeStream()
{
    if (!m_stream)
        return;
    ++m_generation;
    disconnect(m_stream, nullptr, this, nullptr);
    m_stream->dispose();
    m_stream = nullptr;
}

void ConsoleSession::onOpenFailed(const Error &error, ConsoleStream::Failure failure)
{
    disposeStream();
    switch (failure) {
    case ConsoleStream::Failure::Unsupported:
        m_wanted = false; // no point trying again
        setState(State::Unsupported, error);
        break;
    case ConsoleStream::Failure::Busy:
        setState(State::Busy, error);
        setBanner(BannerLevel::Warning,
                  tr("Another client is using the console of %1. Take it over to use it here; the other "
                     "client is then disconnected.")
                      .arg(m_server.name));
        if (m_interactive)
            Q_EMIT takeOverNeeded();
        break;
    case ConsoleStream::Failure::NotRunning:
        m_server.active = false;
        setState(State::WaitingForServer, error);
        break;
    case ConsoleStream::Failure::Disconnected: setState(State::WaitingForHost, error); break;
    case ConsoleStream::Failure::NoDevice: setState(State::NoDevice, error); break;
    case ConsoleStream::Failure::ReadOnly:
        m_wanted = false;
        setState(State::Failed, error);
        break;
    case ConsoleStream::Failure::None:
    case ConsoleStream::Failure::Other:
        setState(State::Failed, error);
        setBanner(BannerLevel::Error, error.message);
        break;
    }
}

void ConsoleSession::onClosed(const Error &error, bool eof)
{
    disposeStream();
    Connection *c = m_connections->connection(m_server.uri);
    if (!c || !c->isConnected()) {
        setState(State::WaitingForHost, error);
        return;
    }
    if (!m_server.active) {
        setState(State::WaitingForServer, error);
        return;
    }
    // The server still runs: it may be stopping (its event comes next), or another client took the
    // console over. Try again shortly, without force; a Busy answer then shows the take-over banner.
    setState(State::Failed, error);
    setBanner(
        eof ? BannerLevel::Warning : BannerLevel::Error,
        eof ? tr("The console of %1 was closed at %2 (another client may have taken it over).")
                  .arg(m_server.name, now())
            : tr("The console connection of %1 broke at %2: %3").arg(m_server.name, now(), error.toString()));
    if (m_wanted)
        m_reattachTimer->start(m_reattachDelayMs);
}

QString ConsoleSession::stoppedText(int detail) const
{
    switch (detail) {
    case VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN: return tr("%1 shut down at %2.").arg(m_server.name, now());
    case VIR_DOMAIN_EVENT_STOPPED_DESTROYED: return tr("%1 was forced off at %2.").arg(m_server.name, now());
    case VIR_DOMAIN_EVENT_STOPPED_CRASHED: return tr("%1 crashed at %2.").arg(m_server.name, now());
    case VIR_DOMAIN_EVENT_STOPPED_MIGRATED:
        return tr("%1 moved to another host at %2.").arg(m_server.name, now());
    case VIR_DOMAIN_EVENT_STOPPED_SAVED: return tr("%1 was saved to disk at %2.").arg(m_server.name, now());
    case VIR_DOMAIN_EVENT_STOPPED_FAILED:
        return tr("The hypervisor process of %1 failed at %2.").arg(m_server.name, now());
    default: return tr("%1 stopped at %2.").arg(m_server.name, now());
    }
}

void ConsoleSession::onDomainEvent(const DomainEvent &event)
{
    if (event.uri != m_server.uri || event.uuid != m_server.uuid)
        return;
    if (event.kind == DomainEvent::Kind::Reboot) {
        setBanner(BannerLevel::Information, tr("%1 rebooted at %2.").arg(m_server.name, now()));
        m_screen->resetForNewBoot();
        if (m_wanted && !m_stream)
            attach(false, false);
        return;
    }
    if (event.kind != DomainEvent::Kind::Lifecycle)
        return;
    switch (event.event) {
    case VIR_DOMAIN_EVENT_STARTED:
        m_server.active = true;
        setBanner(BannerLevel::Information, tr("%1 started at %2.").arg(m_server.name, now()));
        m_screen->resetForNewBoot();
        if (m_wanted && m_state != State::Attached && m_state != State::Attaching)
            attach(false, false);
        break;
    case VIR_DOMAIN_EVENT_STOPPED:
        m_server.active = false;
        setBanner(BannerLevel::Warning, stoppedText(event.detail) + QLatin1Char(' ') +
                                            tr("The console reattaches when it runs again."));
        disposeStream();
        if (m_state != State::Unsupported && m_state != State::NoDevice)
            setState(State::WaitingForServer);
        break;
    case VIR_DOMAIN_EVENT_SUSPENDED:
        setBanner(BannerLevel::Information,
                  tr("%1 is paused: nothing happens on its console until it resumes.").arg(m_server.name));
        m_pausedBanner = true;
        break;
    case VIR_DOMAIN_EVENT_RESUMED:
        if (m_pausedBanner)
            clearBanner();
        break;
    default: break;
    }
}

void ConsoleSession::onHostChanged(const HostSnapshot &host)
{
    if (host.uri != m_server.uri)
        return;
    if (host.isUsable()) {
        if (m_wanted && m_state == State::WaitingForHost) {
            clearBanner();
            attach(false, false);
        }
        return;
    }
    if (host.state == HostState::Connecting)
        return;
    if (m_stream || m_state == State::Attached || m_state == State::Attaching) {
        disposeStream();
        setBanner(BannerLevel::Warning,
                  tr("Lost the connection to %1 at %2 (%3). The console reattaches when it "
                     "is back.")
                      .arg(host.displayName, now(), hostStateText(host)));
        setState(State::WaitingForHost);
    }
}

void ConsoleSession::send(const QByteArray &bytes)
{
    if (!m_stream || m_state != State::Attached) {
        if (!bytes.isEmpty())
            Q_EMIT inputDropped();
        return;
    }
    m_stream->write(bytes);
}

void ConsoleSession::typeTerminalSize()
{
    send("stty rows " + QByteArray::number(m_screen->rows()) + " cols " +
         QByteArray::number(m_screen->cols()) + "\r");
}

Status ConsoleSession::saveTranscript(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1.").arg(path), file.errorString());
    file.write(m_screen->transcript().toUtf8());
    if (!file.commit())
        return Error(tr("Cannot write %1.").arg(path), file.errorString());
    return {};
}

} // namespace virtdeck
