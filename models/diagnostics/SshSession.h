#pragma once

// One SSH connection with libssh, used by one worker thread from start to end (never the GUI thread):
// reads ~/.ssh/config (or the file SshOptions names), connects with a timeout, checks the host key
// against known_hosts (an unknown key is asked about through the SshPrompter, a changed key is refused
// and reported), logs in with the agent, key files (asking a passphrase when needed) or a password it
// asks for and forgets at once, then runs commands with bounded output, a timeout, keepalives and
// cancel. Created by Diagnoser and CommandBatch jobs in DiagnosticsService's thread pool.

#include "core/Result.h"
#include "diagnostics/CommandResult.h"
#include "diagnostics/SshOptions.h"
#include "diagnostics/SshTarget.h"

#include <QCoreApplication>

#include <memory>

namespace virtdeck {

class SshPrompter;

class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::SshSession)
public:
    // Why the last call failed, for findings and tests (the Error says it to users).
    enum class Failure
    {
        None,
        Config,         // bad options or ssh config
        NotFound,       // host name does not resolve
        Refused,        // TCP refused
        NoRoute,        // network or host unreachable
        Timeout,        // no TCP answer, or TCP accepted and SSH never spoke
        Handshake,      // protocol or key exchange failure, connection dropped
        HostKeyChanged, // known_hosts has another key: refused
        HostKeyRefused, // unknown key, the user said no (or nobody could be asked)
        HostKeyError,   // known_hosts unreadable...
        AuthDenied,     // no key, password or answer was accepted
        AuthCancelled,  // the user cancelled a password or passphrase prompt
        Cancelled,      // the run was cancelled
        Channel,        // the command could not be started
    };

    SshSession(const SshTarget &target, const SshOptions &options, SshPrompter *prompter = nullptr,
               CancelFlag cancel = {});
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Applies the options and the ssh config without connecting; afterwards effectiveHost/Port/User
    // say where connect() will go (the config may rename the host, change port or user).
    Status configure();
    // configure() when not done yet, then TCP, key exchange, host key check and login.
    Status connect();
    bool isConnected() const;
    // Runs one command (through the login shell, like `ssh host command`); stdin is closed at once.
    // timeoutMs < 0: SshOptions::commandTimeoutMs. A timeout or cancel is not an error: the result
    // says so and carries what was read until then. Errors: the channel could not be opened or broke.
    Result<CommandResult> run(const QString &command, int timeoutMs = -1);
    void disconnect();

    Failure failure() const { return m_failure; }
    QString effectiveHost() const { return m_host; }
    int effectivePort() const { return m_port; }
    QString effectiveUser() const { return m_user; }
    QString describe() const; // "user@host:port"
    QString hostKeyType() const { return m_keyType; }
    QString hostKeyFingerprint() const { return m_fingerprint; } // "SHA256:..."
    QString authMethod() const { return m_authMethod; }          // "publickey", "password"...
    QString serverBanner() const { return m_banner; }
    // After configure(): the command the ssh config runs to reach the server (ProxyCommand, or the one
    // libssh makes of ProxyJump); empty when SSH connects directly.
    QString proxyCommand() const { return m_proxyCommand; }
    // The first hop "host:port" when the proxy is a ProxyJump libssh turned into `ssh -W`; empty otherwise.
    QString jumpHost() const { return m_jumpHost; }
    int jumpPort() const { return m_jumpPort; }

    static QString failureKey(Failure failure); // stable: "refused", "hostkey-changed"...

private:
    struct Private;

    Status fail(Failure failure, const Error &error);
    Status classifyConnectError();
    void readProxy();
    Status verifyHostKey();
    Status authenticate();
    Status authenticatePassword(bool *tried);
    Status authenticateInteractive(bool *tried);
    void enableKeepAlive();
    QString knownHostsFile() const;
    QString knownFingerprint(const QString &file) const;

    std::unique_ptr<Private> d;
    SshTarget m_target;
    SshOptions m_options;
    SshPrompter *m_prompter = nullptr;
    CancelFlag m_cancel;
    bool m_configured = false;
    Failure m_failure = Failure::None;
    QString m_host;
    int m_port = 22;
    QString m_user;
    QString m_keyType;
    QString m_fingerprint;
    QString m_authMethod;
    QString m_banner;
    QString m_proxyCommand;
    QString m_jumpHost;
    int m_jumpPort = 0;
};

} // namespace virtdeck
