#pragma once

// A private sshd on 127.0.0.1 for the ssh integration tests: its own host key, configuration, log and
// free ports in a temporary directory, two test users created idempotently (one logs in with a key, one
// with a password), client keys (one plain, one with a passphrase), an empty ssh-agent on request, and a
// host key swap. Driven by the scripts beside this file; everything it starts stops with it. Also a
// listener that accepts TCP connections and never speaks (a hung sshd).

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Skips the calling Qt Test function when the bed cannot run here (not root, no sshd), or fails it
// when VIRTDECK_SSHBED_REQUIRED=1 or CI=true.
#define VIRTDECK_SSHBED_CHECK_AVAILABLE()                                                                    \
    do {                                                                                                     \
        QString virtdeckWhy_;                                                                                \
        if (!::virtdeck::sshbed::SshBed::available(&virtdeckWhy_)) {                                         \
            if (::virtdeck::sshbed::SshBed::required())                                                      \
                QFAIL(qPrintable(virtdeckWhy_));                                                             \
            QSKIP(qPrintable(virtdeckWhy_));                                                                 \
        }                                                                                                    \
    } while (0)

namespace virtdeck::sshbed {

// A port on 127.0.0.1 nothing listens on right now (bound to 0, read, closed).
int freePort();

class SshBed
{
public:
    SshBed();
    ~SshBed();
    SshBed(const SshBed &) = delete;
    SshBed &operator=(const SshBed &) = delete;

    static bool available(QString *why = nullptr);
    static bool required();

    // Creates users, keys and the daemon on portCount free ports.
    bool start(int portCount = 1, QString *error = nullptr);
    // Stops and starts the daemon on the same ports; newHostKey replaces its host key first.
    bool restart(bool newHostKey, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_running; }

    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    QList<int> ports() const { return m_ports; }
    int port(int index = 0) const { return m_ports.value(index); }

    QString keyUser() const { return QStringLiteral("vdtest-key"); }
    QString passwordUser() const { return QStringLiteral("vdtest-pw"); }
    QString password() const { return m_password; }
    QString clientKey() const;    // private key without passphrase, authorized for keyUser()
    QString encryptedKey() const; // private key with passphrase(), authorized for keyUser()
    QString passphrase() const { return QStringLiteral("bed-passphrase-7"); }

    QString hostPublicKey() const;   // "ssh-ed25519 AAAA..."
    QString hostFingerprint() const; // "SHA256:..."
    // known_hosts lines for these ports ("[127.0.0.1]:PORT ssh-ed25519 AAAA...").
    bool writeKnownHosts(const QString &path, const QList<int> &ports) const;
    QString log() const;

    // An ssh-agent holding no key, on a socket in dir(). Returns the socket path or empty.
    QString startEmptyAgent(QString *error = nullptr);

private:
    bool script(const QString &name, const QStringList &args, QString *error, int timeoutMs = 60000) const;
    bool makeKeys(QString *error);
    void reapStale() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<int> m_ports;
    QString m_password;
    bool m_running = false;
    std::unique_ptr<QProcess> m_agent;
};

// Accepts TCP connections on 127.0.0.1 (the kernel completes them in the backlog) and never writes a
// byte: an sshd that hangs after accept.
class SilentListener
{
public:
    SilentListener() = default;
    ~SilentListener();
    SilentListener(const SilentListener &) = delete;
    SilentListener &operator=(const SilentListener &) = delete;

    bool listen(QString *error = nullptr);
    int port() const { return m_port; }
    void close();

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace virtdeck::sshbed
