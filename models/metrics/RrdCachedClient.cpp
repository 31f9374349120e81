#include "metrics/RrdCachedClient.h"

#include <QDeadlineTimer>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace virtdeck {

namespace {
qint64 steadyNowMs()
{
    return QDeadlineTimer::current().deadline();
}

// Waits until fd is ready for events or the deadline (or the hard one, which another thread may set
// meanwhile) passes; false on timeout or error.
bool waitFor(int fd, short events, qint64 deadlineMs, const std::atomic<qint64> *hard)
{
    for (;;) {
        const qint64 hardMs = hard ? hard->load() : 0;
        const qint64 left = (hardMs > 0 ? std::min(deadlineMs, hardMs) : deadlineMs) - steadyNowMs();
        if (left <= 0)
            return false;
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, int(std::min<qint64>(left, 100)));
        if (rc > 0)
            return true;
        if (rc < 0 && errno != EINTR)
            return false;
    }
}

struct Endpoint
{
    bool local = false;
    QByteArray path; // local
    QByteArray host; // network
    QByteArray port;
};

Endpoint parse(const QString &address)
{
    Endpoint e;
    if (address.startsWith(QLatin1String("unix:")) || address.startsWith(QLatin1Char('/'))) {
        e.local = true;
        e.path = QFile::encodeName(address.startsWith(QLatin1Char('/')) ? address : address.mid(5));
        return e;
    }
    QString host = address;
    QString port = QString::number(RrdCachedClient::kDefaultPort);
    if (host.startsWith(QLatin1Char('['))) { // [v6]:port
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close > 0 && host.mid(close + 1).startsWith(QLatin1Char(':')))
            port = host.mid(close + 2);
        host = host.mid(1, close > 0 ? close - 1 : -1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        port = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    e.host = host.toLatin1();
    e.port = port.toLatin1();
    return e;
}

int openSocket(int family)
{
    return ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
}

// Starts a non-blocking connect and waits for it until the deadline; -1 and errno on failure.
int connectOne(int family, const sockaddr *addr, socklen_t length, qint64 deadlineMs,
               const std::atomic<qint64> *hard)
{
    const int fd = openSocket(family);
    if (fd < 0)
        return -1;
    if (::connect(fd, addr, length) == 0)
        return fd;
    if (errno != EINPROGRESS && errno != EAGAIN) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    if (!waitFor(fd, POLLOUT, deadlineMs, hard)) {
        ::close(fd);
        errno = ETIMEDOUT;
        return -1;
    }
    int error = 0;
    socklen_t size = sizeof(error);
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0 || error != 0) {
        ::close(fd);
        errno = error ? error : EIO;
        return -1;
    }
    return fd;
}
} // namespace

RrdCachedClient::RrdCachedClient(const QString &address)
    : m_address(address.trimmed())
{}

RrdCachedClient::~RrdCachedClient()
{
    disconnect();
}

void RrdCachedClient::disconnect()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
}

qint64 RrdCachedClient::deadline() const
{
    qint64 d = steadyNowMs() + m_timeoutMs;
    if (m_hardDeadline) {
        const qint64 hard = m_hardDeadline->load();
        if (hard > 0)
            d = std::min(d, hard);
    }
    return d;
}

Error RrdCachedClient::transportError(const QString &what) const
{
    return Error(tr("Cannot reach rrdcached at %1.").arg(m_address), what);
}

Status RrdCachedClient::connectTo(qint64 deadlineMs)
{
    const Endpoint e = parse(m_address);
    if (e.local) {
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        if (size_t(e.path.size()) >= sizeof(addr.sun_path))
            return transportError(tr("the socket path is too long"));
        std::memcpy(addr.sun_path, e.path.constData(), size_t(e.path.size()));
        m_fd = connectOne(AF_UNIX, reinterpret_cast<sockaddr *>(&addr), sizeof(addr), deadlineMs,
                          m_hardDeadline);
        if (m_fd < 0)
            return transportError(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_family = AF_UNSPEC;
    addrinfo *found = nullptr;
    // A numeric address resolves at once; a name asks the system resolver (its own timeouts apply).
    if (const int rc = ::getaddrinfo(e.host.constData(), e.port.constData(), &hints, &found); rc != 0)
        return transportError(QString::fromLocal8Bit(gai_strerror(rc)));
    QString why;
    for (addrinfo *a = found; a && m_fd < 0; a = a->ai_next) {
        m_fd = connectOne(a->ai_family, a->ai_addr, a->ai_addrlen, deadlineMs, m_hardDeadline);
        if (m_fd < 0)
            why = errno == ETIMEDOUT ? tr("no answer to the connection request")
                                     : QString::fromLocal8Bit(std::strerror(errno));
    }
    ::freeaddrinfo(found);
    if (m_fd < 0)
        return transportError(why);
    return {};
}

Status RrdCachedClient::sendAll(const QByteArray &data, qint64 deadlineMs)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!waitFor(m_fd, POLLOUT, deadlineMs, m_hardDeadline))
                return transportError(tr("the daemon does not take the request"));
            continue;
        }
        return transportError(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

Result<QByteArray> RrdCachedClient::readLine(qint64 deadlineMs)
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end >= 0) {
            QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            return line;
        }
        char chunk[8192];
        const ssize_t n = ::recv(m_fd, chunk, sizeof(chunk), 0);
        if (n > 0) {
            m_buffer.append(chunk, n);
            continue;
        }
        if (n == 0)
            return transportError(tr("the daemon closed the connection"));
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return transportError(QString::fromLocal8Bit(std::strerror(errno)));
        if (!waitFor(m_fd, POLLIN, deadlineMs, m_hardDeadline))
            return transportError(tr("no answer within %n seconds", nullptr, (m_timeoutMs + 999) / 1000));
    }
}

Result<RrdCachedClient::Reply> RrdCachedClient::request(const QByteArray &command)
{
    const qint64 until = deadline();
    if (m_fd < 0) {
        if (Status s = connectTo(until); !s)
            return s.error();
    }
    auto fail = [this](const Error &e) -> Result<Reply> {
        disconnect(); // a late answer must never be read as the reply to the next command
        return e;
    };
    if (Status s = sendAll(command + '\n', until); !s)
        return fail(s.error());
    Result<QByteArray> head = readLine(until);
    if (!head)
        return fail(head.error());
    Reply reply;
    const qsizetype space = head->indexOf(' ');
    bool ok = false;
    reply.status = head->left(space).toInt(&ok);
    if (!ok)
        return fail(transportError(tr("unexpected answer: %1").arg(QString::fromUtf8(head->left(200)))));
    reply.message = space > 0 ? QString::fromUtf8(head->mid(space + 1)) : QString();
    for (int i = 0; i < reply.status; ++i) {
        Result<QByteArray> line = readLine(until);
        if (!line)
            return fail(line.error());
        reply.lines << line.value();
    }
    return reply;
}

} // namespace virtdeck
