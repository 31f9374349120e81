#pragma once

// A client of rrdcached's text protocol with a deadline on everything: connect, send and every line of
// the answer. librrd's own client (rrdc_*) connects and reads without any timeout, so a daemon that
// drops packets or accepts and never answers held the history thread for minutes per call. Owned by
// RrdBackend, used on the history thread only.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

namespace virtdeck {

class RrdCachedClient
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::RrdCachedClient)
public:
    static constexpr int kDefaultTimeoutMs = 2000;
    static constexpr quint16 kDefaultPort = 42217;

    // address: "unix:/path", "/path", "host", "host:port", "[v6]:port".
    explicit RrdCachedClient(const QString &address);
    ~RrdCachedClient();
    RrdCachedClient(const RrdCachedClient &) = delete;
    RrdCachedClient &operator=(const RrdCachedClient &) = delete;

    // Per request (connect included).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // A steady-clock time (QDeadlineTimer ms) no request may outlast, set from another thread on quit;
    // 0: none.
    void setHardDeadline(const std::atomic<qint64> *deadlineMs) { m_hardDeadline = deadlineMs; }

    struct Reply
    {
        int status = 0;          // < 0: the daemon refused the command
        QString message;         // the daemon's words on the status line
        QList<QByteArray> lines; // the lines that follow (status > 0)
    };
    // One command (without the newline). An error means the daemon could not be reached or did not
    // answer in time (the connection is dropped); a refusal is a Reply with status < 0.
    Result<Reply> request(const QByteArray &command);
    bool isConnected() const { return m_fd >= 0; }
    void disconnect();

private:
    qint64 deadline() const;
    Status connectTo(qint64 deadlineMs);
    Status sendAll(const QByteArray &data, qint64 deadlineMs);
    Result<QByteArray> readLine(qint64 deadlineMs);
    Error transportError(const QString &what) const;

    QString m_address;
    int m_fd = -1;
    int m_timeoutMs = kDefaultTimeoutMs;
    const std::atomic<qint64> *m_hardDeadline = nullptr;
    QByteArray m_buffer;
};

} // namespace virtdeck
