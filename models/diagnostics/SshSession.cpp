#include "diagnostics/SshSession.h"

#include "diagnostics/SshPrompter.h"
#include "diagnostics/SshTargetCheck.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace virtdeck {

namespace {

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

// Overwrites a secret before its memory is released (best effort: Qt may have made copies).
void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
void wipe(QString &text)
{
    text.fill(QChar(0));
    text.clear();
}

QString sshText(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString fingerprint = sshText(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

struct ChannelState
{
    QString exitSignal;
};

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                  void *userdata)
{
    static_cast<ChannelState *>(userdata)->exitSignal = sshText(signal);
}

} // namespace

struct SshSession::Private
{
    ssh_session session = nullptr;
    ssh_callbacks_struct callbacks{};
    bool connected = false;
    bool passphraseCancelled = false;

    static int askPassphrase(const char *prompt, char *buf, size_t len, int echo, int verify, void *userdata);
};

SshSession::SshSession(const SshTarget &target, const SshOptions &options, SshPrompter *prompter,
                       CancelFlag cancel)
    : d(std::make_unique<Private>())
    , m_target(target)
    , m_options(options)
    , m_prompter(prompter)
    , m_cancel(std::move(cancel))
{
    initLibssh();
    m_host = target.host;
    m_port = target.port > 0 ? target.port : 22;
    m_user = target.user;
}

SshSession::~SshSession()
{
    disconnect();
    if (d->session)
        ssh_free(d->session);
}

QString SshSession::failureKey(Failure failure)
{
    switch (failure) {
    case Failure::None: return QStringLiteral("none");
    case Failure::Config: return QStringLiteral("config");
    case Failure::NotFound: return QStringLiteral("notfound");
    case Failure::Refused: return QStringLiteral("refused");
    case Failure::NoRoute: return QStringLiteral("noroute");
    case Failure::Timeout: return QStringLiteral("timeout");
    case Failure::Handshake: return QStringLiteral("handshake");
    case Failure::HostKeyChanged: return QStringLiteral("hostkey-changed");
    case Failure::HostKeyRefused: return QStringLiteral("hostkey-refused");
    case Failure::HostKeyError: return QStringLiteral("hostkey-error");
    case Failure::AuthDenied: return QStringLiteral("auth-denied");
    case Failure::AuthCancelled: return QStringLiteral("auth-cancelled");
    case Failure::Cancelled: return QStringLiteral("cancelled");
    case Failure::Channel: return QStringLiteral("channel");
    }
    return {};
}

QString SshSession::describe() const
{
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return QStringLiteral("%1@%2:%3").arg(m_user, host).arg(m_port);
}

Status SshSession::fail(Failure failure, const Error &error)
{
    m_failure = failure;
    return error;
}

int SshSession::Private::askPassphrase(const char *prompt, char *buf, size_t len, int echo, int,
                                       void *userdata)
{
    auto *self = static_cast<SshSession *>(userdata);
    if (!self->m_prompter || len == 0 || isCancelled(self->m_cancel))
        return -1;
    SshPrompt p;
    p.kind = SshPrompt::Kind::Passphrase;
    p.serverName = self->m_target.label;
    p.target = self->describe();
    p.text = sshText(prompt);
    p.echo = echo != 0;
    SshPromptReply reply = self->m_prompter->ask(p, self->m_cancel);
    if (!reply.accepted) {
        self->d->passphraseCancelled = true;
        return -1;
    }
    QByteArray secret = reply.secret.toUtf8();
    wipe(reply.secret);
    const size_t n = qMin(size_t(secret.size()), len - 1);
    memcpy(buf, secret.constData(), n);
    buf[n] = '\0';
    wipe(secret);
    return 0;
}

Status SshSession::configure()
{
    if (m_configured)
        return {};
    if (m_target.host.isEmpty())
        return fail(Failure::Config, Error(tr("No host to connect to.")));
    // Before libssh sees them: a ProxyCommand expands %h and %r in a shell, and older libssh does not
    // refuse shell characters itself.
    if (Status check = SshTargetCheck::check(m_target); !check) {
        m_host.clear();
        m_user.clear();
        return fail(Failure::Config, check.error());
    }
    ssh_session s = ssh_new();
    if (!s)
        return fail(Failure::Config, Error(tr("The SSH library could not create a session.")));
    d->session = s;
    ssh_callbacks_init(&d->callbacks);
    d->callbacks.userdata = this;
    d->callbacks.auth_function = &Private::askPassphrase;
    ssh_set_callbacks(s, &d->callbacks);

    // ~/.ssh/config is read below, explicitly, so that tests can point elsewhere.
    bool processConfig = false;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    long seconds = m_options.connectTimeoutMs / 1000;
    long micros = (m_options.connectTimeoutMs % 1000) * 1000;
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &micros);
    if (!m_options.sshDir.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_SSH_DIR, QFile::encodeName(m_options.sshDir).constData());
    if (ssh_options_set(s, SSH_OPTIONS_HOST, m_target.host.toUtf8().constData()) != SSH_OK)
        return fail(Failure::Config,
                    Error(SshTargetCheck::checkHost(QStringLiteral("-"), m_target.label).error().message,
                          sshText(ssh_get_error(s))));
    if (m_options.readConfig) {
        const QByteArray file = QFile::encodeName(m_options.configFile);
        if (ssh_options_parse_config(s, file.isEmpty() ? nullptr : file.constData()) != SSH_OK)
            return fail(Failure::Config,
                        Error(tr("The SSH configuration cannot be read."), sshText(ssh_get_error(s))));
    }
    // The server's SSH access override wins over the config; the config wins over the defaults.
    if (m_target.port > 0) {
        const unsigned int port = unsigned(m_target.port);
        ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    }
    char *value = nullptr;
    if (!m_target.user.isEmpty()) {
        if (ssh_options_set(s, SSH_OPTIONS_USER, m_target.user.toUtf8().constData()) != SSH_OK)
            return fail(Failure::Config,
                        Error(SshTargetCheck::checkUser(QStringLiteral("-"), m_target.label).error().message,
                              sshText(ssh_get_error(s))));
    } else if (ssh_options_get(s, SSH_OPTIONS_USER, &value) != SSH_OK) {
        ssh_options_set(s, SSH_OPTIONS_USER, m_options.defaultUser.toUtf8().constData());
    }
    ssh_string_free_char(value);
    value = nullptr;
    if (!m_options.knownHostsFile.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(m_options.knownHostsFile).constData());
    if (!m_options.globalKnownHostsFile.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS,
                        QFile::encodeName(m_options.globalKnownHostsFile).constData());
    for (const QString &identity : std::as_const(m_options.identityFiles))
        ssh_options_set(s, SSH_OPTIONS_ADD_IDENTITY, QFile::encodeName(identity).constData());
    if (!m_options.useAgent)
        ssh_options_set(s, SSH_OPTIONS_IDENTITY_AGENT, "/nonexistent/virtdeck-agent-disabled");
    else if (!m_options.agentSocket.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_IDENTITY_AGENT, QFile::encodeName(m_options.agentSocket).constData());

    if (ssh_options_get(s, SSH_OPTIONS_HOST, &value) == SSH_OK)
        m_host = sshText(value);
    ssh_string_free_char(value);
    value = nullptr;
    if (ssh_options_get(s, SSH_OPTIONS_USER, &value) == SSH_OK)
        m_user = sshText(value);
    ssh_string_free_char(value);
    unsigned int port = 0;
    if (ssh_options_get_port(s, &port) == SSH_OK && port > 0)
        m_port = int(port);
    readProxy();
    m_configured = true;
    return {};
}

void SshSession::readProxy()
{
    char *value = nullptr;
    if (ssh_options_get(d->session, SSH_OPTIONS_PROXYCOMMAND, &value) == SSH_OK && value &&
        qstrcmp(value, "none") != 0)
        m_proxyCommand = sshText(value);
    ssh_string_free_char(value);
    // libssh 0.10 turns "ProxyJump [user@]host[:port]" into this command; more hops add -J.
    static const QRegularExpression jump(
        QStringLiteral("^ssh(?: -l \\S+)?(?: -p ([0-9]+))? -W '\\[%h\\]:%p' (\\S+)$"));
    const QRegularExpressionMatch m = jump.match(m_proxyCommand);
    if (m.hasMatch() && SshTargetCheck::isHost(m.captured(2))) {
        m_jumpHost = m.captured(2);
        m_jumpPort = m.captured(1).isEmpty() ? 22 : m.captured(1).toInt();
    }
}

QString SshSession::knownHostsFile() const
{
    if (!m_options.knownHostsFile.isEmpty())
        return m_options.knownHostsFile;
    char *value = nullptr;
    QString path;
    if (d->session && ssh_options_get(d->session, SSH_OPTIONS_KNOWNHOSTS, &value) == SSH_OK)
        path = QFile::decodeName(value);
    ssh_string_free_char(value);
    return path;
}

QString SshSession::knownFingerprint(const QString &file) const
{
    // libssh does not hand out the entry that no longer matches, so read the file: the entry for this
    // host (hashed or not) with the presented key's type, else any entry for it.
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString host = m_port == 22 ? m_host : QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);
    const QByteArray hostBytes = host.toUtf8();
    QString any;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(64 * 1024).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(hostBytes.constData(), line.constData(), &entry) == SSH_OK && entry &&
            entry->publickey) {
            const QString fingerprint = fingerprintOf(entry->publickey);
            const bool sameType = sshText(ssh_key_type_to_char(ssh_key_type(entry->publickey))) == m_keyType;
            ssh_knownhosts_entry_free(entry);
            if (sameType)
                return fingerprint;
            if (any.isEmpty())
                any = fingerprint;
            continue;
        }
        ssh_knownhosts_entry_free(entry);
    }
    return any;
}

Status SshSession::classifyConnectError()
{
    const QString detail = sshText(ssh_get_error(d->session));
    const QString lower = detail.toLower();
    const QString where = describe();
    if (lower.contains(QLatin1String("refused")))
        return fail(Failure::Refused, Error(tr("%1 refuses SSH connections.").arg(where), detail));
    if (lower.contains(QLatin1String("no route")) || lower.contains(QLatin1String("unreachable")))
        return fail(Failure::NoRoute, Error(tr("There is no network route to %1.").arg(where), detail));
    if (lower.contains(QLatin1String("timeout")) || lower.contains(QLatin1String("timed out")))
        return fail(
            Failure::Timeout,
            Error(tr("%1 did not answer within %2 s.").arg(where).arg(m_options.connectTimeoutMs / 1000.0),
                  detail));
    if (lower.contains(QLatin1String("resolve")) || lower.contains(QLatin1String("not known")) ||
        lower.contains(QLatin1String("getaddrinfo")))
        return fail(Failure::NotFound, Error(tr("The host name %1 cannot be resolved.").arg(m_host), detail));
    return fail(Failure::Handshake, Error(tr("The SSH connection to %1 failed.").arg(where), detail));
}

Status SshSession::connect()
{
    if (d->connected)
        return {};
    if (Status s = configure(); !s)
        return s;
    if (isCancelled(m_cancel))
        return fail(Failure::Cancelled, Error(tr("Cancelled.")));
    if (ssh_connect(d->session) != SSH_OK) {
        // ssh_connect cannot be interrupted: a cancel during it is honoured when it returns.
        if (isCancelled(m_cancel))
            return fail(Failure::Cancelled, Error(tr("Cancelled.")));
        return classifyConnectError();
    }
    m_banner = sshText(ssh_get_serverbanner(d->session));
    enableKeepAlive();
    if (Status s = verifyHostKey(); !s) {
        ssh_disconnect(d->session);
        return s;
    }
    if (Status s = authenticate(); !s) {
        ssh_disconnect(d->session);
        if (isCancelled(m_cancel))
            return fail(Failure::Cancelled, Error(tr("Cancelled.")));
        return s;
    }
    d->connected = true;
    m_failure = Failure::None;
    return {};
}

bool SshSession::isConnected() const
{
    return d->connected;
}

void SshSession::enableKeepAlive()
{
    // TCP keepalive notices a peer that vanished; SSH_MSG_IGNORE in run() keeps NAT state alive.
    const int fd = ssh_get_fd(d->session);
    if (fd < 0)
        return;
    int on = 1;
    int idle = qMax(1, m_options.keepAliveSeconds);
    int interval = 5;
    int count = 3;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
}

Status SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(d->session, &key) != SSH_OK)
        return fail(Failure::Handshake,
                    Error(tr("%1 sent no host key.").arg(describe()), sshText(ssh_get_error(d->session))));
    m_keyType = sshText(ssh_key_type_to_char(ssh_key_type(key)));
    m_fingerprint = fingerprintOf(key);
    ssh_key_free(key);

    SshPrompt prompt;
    prompt.serverName = m_target.label;
    prompt.target = describe();
    prompt.keyType = m_keyType;
    prompt.fingerprint = m_fingerprint;
    prompt.knownHostsFile = knownHostsFile();

    const ssh_known_hosts_e state = ssh_session_is_known_server(d->session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK: return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        prompt.knownFingerprint = knownFingerprint(prompt.knownHostsFile);
        prompt.kind = SshPrompt::Kind::ChangedHostKey;
        if (m_prompter)
            m_prompter->notify(prompt);
        return fail(
            Failure::HostKeyChanged,
            Error(tr("The host key of %1 has changed, so virtdeck refuses to connect: someone may be "
                     "intercepting the connection, or the server was reinstalled. If you know it was "
                     "reinstalled, remove its old key from %2 (ssh-keygen -R) and try again.")
                      .arg(describe(), prompt.knownHostsFile),
                  tr("presented %1 %2, known_hosts expects %3")
                      .arg(m_keyType, m_fingerprint,
                           prompt.knownFingerprint.isEmpty() ? tr("another key") : prompt.knownFingerprint)));
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN: break;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        return fail(
            Failure::HostKeyError,
            Error(
                tr("The host key of %1 cannot be checked against %2.").arg(describe(), prompt.knownHostsFile),
                sshText(ssh_get_error(d->session))));
    }

    prompt.kind = SshPrompt::Kind::UnknownHostKey;
    const SshPromptReply reply = m_prompter ? m_prompter->ask(prompt, m_cancel) : SshPromptReply();
    if (isCancelled(m_cancel))
        return fail(Failure::Cancelled, Error(tr("Cancelled.")));
    if (!reply.accepted || reply.hostKey == SshPromptReply::HostKeyDecision::Refuse)
        return fail(Failure::HostKeyRefused,
                    Error(tr("The host key of %1 is not known and was not accepted.").arg(describe()),
                          tr("%1 %2").arg(m_keyType, m_fingerprint)));
    if (reply.hostKey == SshPromptReply::HostKeyDecision::AcceptAndRemember) {
        if (!prompt.knownHostsFile.isEmpty())
            QDir().mkpath(QFileInfo(prompt.knownHostsFile).absolutePath());
        if (ssh_session_update_known_hosts(d->session) != SSH_OK)
            return fail(
                Failure::HostKeyError,
                Error(tr("The host key of %1 cannot be saved in %2.").arg(describe(), prompt.knownHostsFile),
                      sshText(ssh_get_error(d->session))));
    }
    return {};
}

Status SshSession::authenticate()
{
    ssh_session s = d->session;
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethod = QStringLiteral("none");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return fail(Failure::Handshake, Error(tr("%1 closed the connection during login.").arg(describe()),
                                              sshText(ssh_get_error(s))));
    QStringList tried;
    const int methods = ssh_userauth_list(s, nullptr);
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        tried << tr("keys from the agent and key files");
        rc = ssh_userauth_publickey_auto(s, nullptr, nullptr);
        if (rc == SSH_AUTH_SUCCESS) {
            m_authMethod = QStringLiteral("publickey");
            return {};
        }
        if (rc == SSH_AUTH_ERROR)
            return fail(Failure::Handshake,
                        Error(tr("%1 closed the connection during login.").arg(describe()),
                              sshText(ssh_get_error(s))));
        if (isCancelled(m_cancel))
            return fail(Failure::Cancelled, Error(tr("Cancelled.")));
    }
    bool passwordTried = false;
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        if (Status st = authenticatePassword(&passwordTried);
            !st || m_authMethod == QLatin1String("password"))
            return st;
        if (passwordTried)
            tried << tr("a password");
    }
    bool interactiveTried = false;
    if (!passwordTried && (methods & SSH_AUTH_METHOD_INTERACTIVE)) {
        if (Status st = authenticateInteractive(&interactiveTried); !st || !m_authMethod.isEmpty())
            return st;
        if (interactiveTried)
            tried << tr("keyboard-interactive answers");
    }
    if (d->passphraseCancelled && !passwordTried && !interactiveTried)
        return fail(Failure::AuthCancelled, Error(tr("Login to %1 cancelled.").arg(describe())));
    return fail(Failure::AuthDenied,
                Error(tr("%1 did not accept any way virtdeck can log in. Check the user name, and that your "
                         "key is in the server's authorized_keys or that password login is allowed.")
                          .arg(describe()),
                      tr("tried: %1")
                          .arg(tried.isEmpty() ? tr("nothing the server offers")
                                               : tried.join(QStringLiteral(", ")))));
}

Status SshSession::authenticatePassword(bool *tried)
{
    if (!m_prompter)
        return {};
    SshPrompt prompt;
    prompt.kind = SshPrompt::Kind::Password;
    prompt.serverName = m_target.label;
    prompt.target = describe();
    prompt.text = tr("Password for %1").arg(describe());
    SshPromptReply reply = m_prompter->ask(prompt, m_cancel);
    if (isCancelled(m_cancel))
        return fail(Failure::Cancelled, Error(tr("Cancelled.")));
    if (!reply.accepted)
        return fail(Failure::AuthCancelled, Error(tr("Login to %1 cancelled.").arg(describe())));
    *tried = true;
    QByteArray secret = reply.secret.toUtf8();
    wipe(reply.secret);
    const int rc = ssh_userauth_password(d->session, nullptr, secret.constData());
    wipe(secret);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethod = QStringLiteral("password");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return fail(Failure::Handshake, Error(tr("%1 closed the connection during login.").arg(describe()),
                                              sshText(ssh_get_error(d->session))));
    return fail(Failure::AuthDenied, Error(tr("The password for %1 was refused.").arg(describe()),
                                           sshText(ssh_get_error(d->session))));
}

Status SshSession::authenticateInteractive(bool *tried)
{
    if (!m_prompter)
        return {};
    ssh_session s = d->session;
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    while (rc == SSH_AUTH_INFO) {
        const QString instruction = sshText(ssh_userauth_kbdint_getinstruction(s));
        const int count = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < count; ++i) {
            char echo = 0;
            SshPrompt prompt;
            prompt.kind = SshPrompt::Kind::KeyboardInteractive;
            prompt.serverName = m_target.label;
            prompt.target = describe();
            const QString question = sshText(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo));
            prompt.text = instruction.isEmpty() ? question : instruction + QLatin1Char('\n') + question;
            prompt.echo = echo != 0;
            SshPromptReply reply = m_prompter->ask(prompt, m_cancel);
            if (isCancelled(m_cancel))
                return fail(Failure::Cancelled, Error(tr("Cancelled.")));
            if (!reply.accepted)
                return fail(Failure::AuthCancelled, Error(tr("Login to %1 cancelled.").arg(describe())));
            *tried = true;
            QByteArray answer = reply.secret.toUtf8();
            wipe(reply.secret);
            ssh_userauth_kbdint_setanswer(s, unsigned(i), answer.constData());
            wipe(answer);
        }
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethod = QStringLiteral("keyboard-interactive");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return fail(Failure::Handshake, Error(tr("%1 closed the connection during login.").arg(describe()),
                                              sshText(ssh_get_error(s))));
    return {};
}

Result<CommandResult> SshSession::run(const QString &command, int timeoutMs)
{
    if (!d->connected)
        return Error(tr("Not connected to %1.").arg(describe()));
    if (timeoutMs < 0)
        timeoutMs = m_options.commandTimeoutMs;
    ssh_channel channel = ssh_channel_new(d->session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        const QString detail = sshText(ssh_get_error(d->session));
        if (channel)
            ssh_channel_free(channel);
        m_failure = Failure::Channel;
        return Error(tr("%1 refused to open a session for the command.").arg(describe()), detail);
    }
    ChannelState state;
    ssh_channel_callbacks_struct callbacks{};
    ssh_callbacks_init(&callbacks);
    callbacks.userdata = &state;
    callbacks.channel_exit_signal_function = &onExitSignal;
    ssh_set_channel_callbacks(channel, &callbacks);

    auto finish = [&] {
        // libssh keeps a channel the peer has not closed yet (a timed-out or cancelled command) and
        // may run its callbacks later: they point into this frame, so take them away first.
        ssh_remove_channel_callbacks(channel, &callbacks);
        ssh_channel_close(channel);
        ssh_channel_free(channel);
    };
    if (ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        const QString detail = sshText(ssh_get_error(d->session));
        finish();
        m_failure = Failure::Channel;
        return Error(tr("%1 refused to run the command.").arg(describe()), detail);
    }
    ssh_channel_send_eof(channel); // a command that reads stdin sees its end instead of waiting forever

    CommandResult result;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTraffic = 0;
    const qint64 keepAliveMs = qint64(qMax(1, m_options.keepAliveSeconds)) * 1000;
    char buffer[16384];
    auto keep = [&](QByteArray &into, qint64 &total, int n) {
        total += n;
        const qint64 room = m_options.maxOutputBytes - into.size();
        if (room > 0)
            into.append(buffer, int(qMin<qint64>(room, n)));
    };
    QString readError;
    while (true) {
        if (isCancelled(m_cancel)) {
            result.cancelled = true;
            break;
        }
        if (clock.elapsed() >= timeoutMs) {
            result.timedOut = true;
            break;
        }
        const int slice = int(std::clamp<qint64>(timeoutMs - clock.elapsed(), 1, 100));
        int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, slice);
        if (n == SSH_ERROR && !ssh_channel_is_eof(channel)) {
            readError = sshText(ssh_get_error(d->session));
            break;
        }
        n = qMax(0, n);
        if (n > 0)
            keep(result.out, result.outBytes, n);
        int m = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1);
        if (m == SSH_ERROR && !ssh_channel_is_eof(channel)) {
            readError = sshText(ssh_get_error(d->session));
            break;
        }
        m = qMax(0, m);
        if (m > 0)
            keep(result.err, result.errBytes, m);
        if (n > 0 || m > 0) {
            lastTraffic = clock.elapsed();
        } else if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel)) {
            break;
        } else if (clock.elapsed() - lastTraffic >= keepAliveMs) {
            ssh_send_ignore(d->session, "virtdeck keepalive");
            lastTraffic = clock.elapsed();
        }
    }
    if (!readError.isEmpty()) {
        result.durationMs = clock.elapsed();
        finish();
        m_failure = Failure::Handshake;
        d->connected = false;
        return Error(tr("The connection to %1 broke while the command ran.").arg(describe()), readError);
    }
    if (result.timedOut || result.cancelled) {
        // Ask sshd to stop the command; closing the channel alone can leave it running.
        ssh_channel_request_send_signal(channel, "TERM");
    } else {
        result.exitStatus = ssh_channel_get_exit_status(channel);
    }
    result.exitSignal = state.exitSignal;
    result.durationMs = clock.elapsed();
    finish();
    return result;
}

void SshSession::disconnect()
{
    if (d->session && d->connected)
        ssh_disconnect(d->session);
    d->connected = false;
}

} // namespace virtdeck
