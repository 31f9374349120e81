#pragma once

// How virtdeck's SSH client behaves: where it reads ssh config, known_hosts, identities and the agent
// socket from, and its time and size limits. A value: DiagnosticsService builds it from Config for the
// application; tests build their own with temporary paths so they never touch a real user's ~/.ssh.

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace virtdeck {

class Config;

struct SshOptions
{
    QString sshDir;               // empty: libssh's default, ~/.ssh
    QString configFile;           // empty: <sshDir>/config then /etc/ssh/ssh_config; set: only this file
    bool readConfig = true;       // false: no ssh config file at all
    QString knownHostsFile;       // empty: <sshDir>/known_hosts (or UserKnownHostsFile of the config)
    QString globalKnownHostsFile; // empty: /etc/ssh/ssh_known_hosts
    QStringList identityFiles;    // added to the default identities (<sshDir>/id_ed25519, id_ecdsa, id_rsa)
    bool useAgent = true;
    QString agentSocket;                          // empty: $SSH_AUTH_SOCK
    QString defaultUser = QStringLiteral("root"); // when neither the server's SSH access nor the config says
    int connectTimeoutMs = 5000; // TCP connect and every SSH exchange (banner, key exchange, login)
    int keepAliveSeconds = 15;   // idle time before a keepalive while a command runs
    int commandTimeoutMs = 60000;
    qint64 maxOutputBytes = 1024 * 1024; // per stream and command; the rest is counted, not kept

    // Feature keys "diagnostics/ssh/..." with the defaults above.
    static SshOptions fromConfig(const Config &config);
};

// Shared between the main thread (which sets it) and a worker (which polls it between blocking steps).
using CancelFlag = std::shared_ptr<std::atomic<bool>>;
inline CancelFlag makeCancelFlag()
{
    return std::make_shared<std::atomic<bool>>(false);
}
inline bool isCancelled(const CancelFlag &flag)
{
    return flag && flag->load();
}

} // namespace virtdeck
