#include "diagnostics/TcpProbe.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace virtdeck {

namespace {

using Outcome = TcpProbeResult::Outcome;

Outcome outcomeOf(int error)
{
    switch (error) {
    case 0: return Outcome::Connected;
    case ECONNREFUSED: return Outcome::Refused;
    case ETIMEDOUT: return Outcome::TimedOut;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENETDOWN:
    case EHOSTDOWN: return Outcome::NoRoute;
    default: return Outcome::Failed;
    }
}

QString numericAddress(const addrinfo *ai)
{
    char text[NI_MAXHOST] = {};
    if (getnameinfo(ai->ai_addr, ai->ai_addrlen, text, sizeof text, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return QString::fromLatin1(text);
}

// One non-blocking connect, polled in short slices so a cancel is noticed.
Outcome tryOne(const addrinfo *ai, QElapsedTimer &clock, int timeoutMs, const CancelFlag &cancel,
               QString *detail)
{
    const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
    if (fd < 0) {
        *detail = QString::fromLocal8Bit(std::strerror(errno));
        return Outcome::Failed;
    }
    int error = 0;
    if (::connect(fd, ai->ai_addr, ai->ai_addrlen) < 0) {
        error = errno;
        if (error == EINPROGRESS) {
            error = ETIMEDOUT;
            while (clock.elapsed() < timeoutMs) {
                if (isCancelled(cancel)) {
                    ::close(fd);
                    return Outcome::Cancelled;
                }
                pollfd p{fd, POLLOUT, 0};
                const int slice = int(qMin<qint64>(100, timeoutMs - clock.elapsed()));
                const int ready = ::poll(&p, 1, qMax(1, slice));
                if (ready > 0) {
                    socklen_t len = sizeof error;
                    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len) < 0)
                        error = errno;
                    break;
                }
                if (ready < 0 && errno != EINTR) {
                    error = errno;
                    break;
                }
            }
        }
    }
    ::close(fd);
    if (error != 0)
        *detail = QString::fromLocal8Bit(std::strerror(error));
    return outcomeOf(error);
}

} // namespace

TcpProbeResult TcpProbe::probe(const QString &host, int port, int timeoutMs, const CancelFlag &cancel)
{
    TcpProbeResult r;
    r.host = host;
    r.port = port;
    QElapsedTimer clock;
    clock.start();

    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *list = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int gai = ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &list);
    if (gai != 0 || !list) {
        r.outcome = Outcome::NotFound;
        r.detail = QString::fromLocal8Bit(::gai_strerror(gai));
        r.elapsedMs = clock.elapsed();
        return r;
    }
    for (const addrinfo *ai = list; ai; ai = ai->ai_next) {
        r.address = numericAddress(ai);
        r.outcome = tryOne(ai, clock, timeoutMs, cancel, &r.detail);
        // Refused is an answer from that address; only silence or no route is worth another address.
        if (r.outcome == Outcome::Connected || r.outcome == Outcome::Refused ||
            r.outcome == Outcome::Cancelled || clock.elapsed() >= timeoutMs)
            break;
    }
    ::freeaddrinfo(list);
    r.elapsedMs = clock.elapsed();
    return r;
}

QString TcpProbe::describe(const TcpProbeResult &r)
{
    const QString where = QStringLiteral("%1:%2").arg(r.address.isEmpty() ? r.host : r.address).arg(r.port);
    switch (r.outcome) {
    case Outcome::Connected: return tr("port %1 answers (connected in %2 ms)").arg(where).arg(r.elapsedMs);
    case Outcome::Refused: return tr("port %1 refused the connection").arg(where);
    case Outcome::TimedOut: return tr("no answer from port %1 within %2 ms").arg(where).arg(r.elapsedMs);
    case Outcome::NoRoute: return tr("no route to %1 (%2)").arg(where, r.detail);
    case Outcome::NotFound: return tr("the host name %1 cannot be resolved (%2)").arg(r.host, r.detail);
    case Outcome::Cancelled: return tr("cancelled");
    case Outcome::Failed: break;
    }
    return tr("cannot connect to %1 (%2)").arg(where, r.detail);
}

QString TcpProbe::outcomeKey(TcpProbeResult::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Connected: return QStringLiteral("connected");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::TimedOut: return QStringLiteral("timeout");
    case Outcome::NoRoute: return QStringLiteral("noroute");
    case Outcome::NotFound: return QStringLiteral("notfound");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace virtdeck
