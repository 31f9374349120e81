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
        m_interactive = false;
        handle(Event::RetryDue);
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

ConsoleSession::Step ConsoleSession::transition(State state, Event event, const Context &context)
{
    using S = State;
    const Step stay{state};
    const bool streaming = state == S::Attaching || state == S::Attached;
    // Where a wanted console goes when nothing stands in its way but what the context says.
    const auto tryOpen = [&context]() -> Step {
        if (!context.hasConsole)
            return {S::NoDevice};
        if (!context.hostConnected)
            return {S::WaitingForHost};
        if (!context.serverRunning)
            return {S::WaitingForServer};
        return {S::Attaching, Action::Open};
    };
    // States a wanted console leaves by itself when its server runs or its host is back.
    const bool waiting =
        state == S::WaitingForServer || state == S::WaitingForHost || state == S::Failed || state == S::Busy;

    switch (event) {
    case Event::Attach:
        // Busy waits for TakeOver (the user agrees); Unsupported is final.
        if (streaming || state == S::Busy || state == S::Unsupported)
            return stay;
        return tryOpen();
    case Event::TakeOver:
        if (state == S::Attached || state == S::Unsupported)
            return stay;
        return tryOpen();
    case Event::Detach: return state == S::Unsupported || state == S::NoDevice ? stay : Step{S::Idle};
    case Event::Opened: return state == S::Attaching ? Step{S::Attached} : stay;
    case Event::OpenBusy:
    case Event::OpenUnsupported:
    case Event::OpenNotRunning:
    case Event::OpenDisconnected:
    case Event::OpenNoDevice:
    case Event::OpenReadOnly:
    case Event::OpenFailed:
        if (state != S::Attaching)
            return stay; // an answer for a stream given up already
        switch (event) {
        case Event::OpenBusy: return {S::Busy};
        case Event::OpenUnsupported: return {S::Unsupported};
        case Event::OpenNotRunning: return {S::WaitingForServer};
        case Event::OpenDisconnected: return {S::WaitingForHost};
        case Event::OpenNoDevice: return {S::NoDevice};
        case Event::OpenReadOnly: return {S::Failed}; // trying again cannot help
        default: return {S::Failed, Action::RetryLater};
        }
    case Event::Closed:
        if (!streaming)
            return stay;
        if (!context.hostConnected)
            return {S::WaitingForHost};
        if (!context.serverRunning)
            return {S::WaitingForServer};
        // Still running: stopping (its event comes next), or another client took the console over.
        return {S::Failed, Action::RetryLater};
    case Event::ServerRunning: return context.wanted && (waiting || state == S::NoDevice) ? tryOpen() : stay;
    case Event::ServerStopped:
        return context.wanted && (streaming || waiting) ? Step{S::WaitingForServer} : stay;
    case Event::HostLost: return context.wanted && (streaming || waiting) ? Step{S::WaitingForHost} : stay;
    case Event::HostBack: return context.wanted && waiting ? tryOpen() : stay;
    case Event::RetryDue: return context.wanted && state == S::Failed ? tryOpen() : stay;
    }
    return stay;
}

ConsoleSession::Context ConsoleSession::context() const
{
    Connection *c = m_connections->connection(m_server.uri);
    return Context{m_wanted, m_server.hasConsole(), c && c->isConnected(), m_server.active};
}

void ConsoleSession::handle(Event event, bool force)
{
    const Step step = transition(m_state, event, context());
    if (step.state != State::Attaching && step.state != State::Attached)
        disposeStream();
    if (step.state != State::Failed)
        m_reattachTimer->stop();
    if (step.state == State::Attached)
        m_failedAttempts = 0;
    switch (step.action) {
    case Action::Open: startStream(force || event == Event::TakeOver); break;
    case Action::RetryLater: {
        const int shift = std::min(m_failedAttempts++, 5);
        m_reattachTimer->start(
            std::min(m_reattachDelayMs << shift, std::max(m_reattachDelayMs, MaxReattachDelayMs)));
        setState(step.state);
        break;
    }
    case Action::None: setState(step.state); break;
    }
}

int ConsoleSession::readPauses() const
{
    return m_readPauses + (m_stream ? m_stream->pauseCount() : 0);
}

void ConsoleSession::setState(State state)
{
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
    // A server seen running again (in a listing after a reconnect, say) gets its console back.
    if (wasActive != server.active) {
        m_interactive = false;
        handle(server.active ? Event::ServerRunning : Event::ServerStopped);
    }
}

void ConsoleSession::attach(bool force, bool interactive)
{
    m_wanted = true;
    m_interactive = interactive;
    m_failedAttempts = 0;
    handle(force ? Event::TakeOver : Event::Attach, force);
}

void ConsoleSession::detach()
{
    m_wanted = false;
    handle(Event::Detach);
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
        m_error = Error();
        // What went wrong before (busy, broken, lost) is over; news (started, rebooted) stays.
        if (m_bannerLevel == BannerLevel::Error || m_bannerLevel == BannerLevel::Warning)
            clearBanner();
        handle(Event::Opened);
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
    m_readPauses += m_stream->pauseCount();
    disconnect(m_stream, nullptr, this, nullptr);
    m_stream->dispose();
    m_stream = nullptr;
}

void ConsoleSession::onOpenFailed(const Error &error, ConsoleStream::Failure failure)
{
    m_error = error;
    switch (failure) {
    case ConsoleStream::Failure::Unsupported: handle(Event::OpenUnsupported); break;
    case ConsoleStream::Failure::Busy:
        handle(Event::OpenBusy);
        setBanner(BannerLevel::Warning,
                  tr("Another client is using the console of %1. Take it over to use it here; the other "
                     "client is then disconnected.")
                      .arg(m_server.name));
        if (m_interactive)
            Q_EMIT takeOverNeeded();
        break;
    case ConsoleStream::Failure::NotRunning:
        m_server.active = false;
        handle(Event::OpenNotRunning);
        break;
    case ConsoleStream::Failure::Disconnected: handle(Event::OpenDisconnected); break;
    case ConsoleStream::Failure::NoDevice: handle(Event::OpenNoDevice); break;
    case ConsoleStream::Failure::ReadOnly: handle(Event::OpenReadOnly); break;
    case ConsoleStream::Failure::None:
    case ConsoleStream::Failure::Other:
        handle(Event::OpenFailed);
        setBanner(BannerLevel::Error, error.message);
        break;
    }
}

void ConsoleSession::onClosed(const Error &error, bool eof)
{
    m_error = error;
    handle(Event::Closed);
    if (m_state != State::Failed)
        return;
    setBanner(
        eof ? BannerLevel::Warning : BannerLevel::Error,
        eof ? tr("The console of %1 was closed at %2 (another client may have taken it over).")
                  .arg(m_server.name, now())
            : tr("The console connection of %1 broke at %2: %3").arg(m_server.name, now(), error.toString()));
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
        m_interactive = false;
        handle(Event::ServerRunning);
        return;
    }
    if (event.kind != DomainEvent::Kind::Lifecycle)
        return;
    switch (event.event) {
    case VIR_DOMAIN_EVENT_STARTED:
        m_server.active = true;
        setBanner(BannerLevel::Information, tr("%1 started at %2.").arg(m_server.name, now()));
        m_screen->resetForNewBoot();
        m_interactive = false;
        handle(Event::ServerRunning);
        break;
    case VIR_DOMAIN_EVENT_STOPPED:
        m_server.active = false;
        setBanner(BannerLevel::Warning, stoppedText(event.detail) + QLatin1Char(' ') +
                                            tr("The console reattaches when it runs again."));
        handle(Event::ServerStopped);
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
    const State before = m_state;
    m_interactive = false;
    if (host.isUsable()) {
        handle(Event::HostBack);
        if (before == State::WaitingForHost && m_state != State::WaitingForHost)
            clearBanner();
        return;
    }
    if (host.state == HostState::Connecting)
        return;
    handle(Event::HostLost);
    if (m_state == State::WaitingForHost && before != State::WaitingForHost) {
        setBanner(BannerLevel::Warning,
                  tr("Lost the connection to %1 at %2 (%3). The console reattaches when it "
                     "is back.")
                      .arg(host.displayName, now(), hostStateText(host)));
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
