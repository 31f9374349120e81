#include "SshBed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace virtdeck::sshbed {

namespace {
const QString Scripts = QStringLiteral(VIRTDECK_SSHBED_SCRIPTS);

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int boundSocket(int *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = 0;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) < 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &length) < 0) {
        ::close(fd);
        return -1;
    }
    *port = ntohs(a.sin_port);
    return fd;
}
// Start time of a process (field 22 of /proc/PID/stat): with the pid it names a process even after
// the pid was reused. Empty when the process does not exist.
QByteArray startTime(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(19);
}

void killAgent(const QString &dir)
{
    QFile f(dir + QStringLiteral("/agent.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    const qint64 pid = parts.value(0).toLongLong();
    if (pid > 0 && startTime(pid) == parts.value(1))
        ::kill(pid_t(pid), SIGKILL);
}
} // namespace

int freePort()
{
    int port = 0;
    const int fd = boundSocket(&port);
    if (fd < 0)
        return 0;
    ::close(fd);
    return port;
}

SshBed::SshBed() = default;

SshBed::~SshBed()
{
    stop();
}

bool SshBed::available(QString *why)
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (::geteuid() != 0)
        return no(QStringLiteral("the sshd bed needs root (it creates test users)"));
    if (!QFileInfo(QStringLiteral("/usr/sbin/sshd")).isExecutable())
        return no(QStringLiteral("/usr/sbin/sshd is missing (apt-get install -y openssh-server)"));
    for (const char *tool : {"ssh-keygen", "ssh-agent", "useradd", "chpasswd"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                            QStringLiteral("/sbin"), QStringLiteral("/bin")})
                .isEmpty())
            return no(QStringLiteral("%1 is missing").arg(QLatin1String(tool)));
    }
    return true;
}

bool SshBed::required()
{
    return qEnvironmentVariable("VIRTDECK_SSHBED_REQUIRED") == QLatin1String("1") ||
           qEnvironmentVariable("CI") == QLatin1String("true");
}

bool SshBed::script(const QString &name, const QStringList &args, QString *error, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("/bin/bash"), QStringList{Scripts + QLatin1Char('/') + name} + args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(2000);
        }
        if (error) {
            *error =
                QStringLiteral("%1 failed (%2): %3")
                    .arg(name)
                    .arg(p.exitCode())
                    .arg(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()).trimmed());
        }
        return false;
    }
    return true;
}

bool SshBed::makeKeys(QString *error)
{
    const QString client = dir() + QStringLiteral("/client");
    QDir().mkpath(client);
    auto keygen = [&](const QString &file, const QString &passphrase) {
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 passphrase, QStringLiteral("-C"), QStringLiteral("virtdeck-sshbed-client"),
                 QStringLiteral("-f"), file});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            if (error)
                *error = QStringLiteral("ssh-keygen failed: ") + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        return true;
    };
    if (!keygen(clientKey(), QString()) || !keygen(encryptedKey(), passphrase()))
        return false;
    QDir().mkpath(dir() + QStringLiteral("/authorized_keys"));
    const QByteArray keys =
        (readAll(clientKey() + QStringLiteral(".pub")) + readAll(encryptedKey() + QStringLiteral(".pub")))
            .toUtf8();
    return writeAll(dir() + QStringLiteral("/authorized_keys/") + keyUser(), keys);
}

void SshBed::reapStale() const
{
    // A test that crashed left its bed behind: stop the daemons of every bed whose owner is gone.
    const QDir temp(QDir::tempPath());
    const QStringList beds =
        temp.entryList({QStringLiteral("vdsshbed-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : beds) {
        const QString dir = temp.filePath(name);
        QFile owner(dir + QStringLiteral("/owner"));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> parts = owner.readAll().trimmed().split(' ');
        if (startTime(parts.value(0).toLongLong()) == parts.value(1))
            continue; // still in use
        script(QStringLiteral("stop-sshd.sh"), {dir}, nullptr);
        killAgent(dir);
        QDir(dir).removeRecursively();
    }
}

bool SshBed::start(int portCount, QString *error)
{
    stop();
    reapStale();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/vdsshbed-XXXXXX"));
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // Others may traverse it: sshd's session children run as the test users.
    QFile::setPermissions(dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                     QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const qint64 self = QCoreApplication::applicationPid();
    writeAll(dir() + QStringLiteral("/owner"), QByteArray::number(self) + ' ' + startTime(self));
    m_password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!script(QStringLiteral("make-users.sh"), {keyUser(), passwordUser(), m_password}, error) ||
        !makeKeys(error))
        return false;
    m_ports.clear();
    for (int i = 0; i < portCount; ++i) {
        int port = 0;
        for (int attempt = 0; attempt < 20 && (port == 0 || m_ports.contains(port)); ++attempt)
            port = freePort();
        m_ports << port;
    }
    QStringList args{dir()};
    for (int p : std::as_const(m_ports))
        args << QString::number(p);
    if (!script(QStringLiteral("start-sshd.sh"), args, error))
        return false;
    m_running = true;
    return true;
}

bool SshBed::restart(bool newHostKey, QString *error)
{
    if (!m_dir)
        return false;
    script(QStringLiteral("stop-sshd.sh"), {dir()}, nullptr);
    m_running = false;
    QStringList args;
    if (newHostKey)
        args << QStringLiteral("--new-host-key");
    args << dir();
    for (int p : std::as_const(m_ports))
        args << QString::number(p);
    if (!script(QStringLiteral("start-sshd.sh"), args, error))
        return false;
    m_running = true;
    return true;
}

void SshBed::stop()
{
    if (m_agent) {
        m_agent->terminate();
        if (!m_agent->waitForFinished(3000)) {
            m_agent->kill();
            m_agent->waitForFinished(3000);
        }
        m_agent.reset();
    }
    if (m_dir)
        script(QStringLiteral("stop-sshd.sh"), {dir()}, nullptr);
    m_running = false;
    m_dir.reset();
}

QString SshBed::clientKey() const
{
    return dir() + QStringLiteral("/client/id_ed25519");
}

QString SshBed::encryptedKey() const
{
    return dir() + QStringLiteral("/client/id_encrypted");
}

QString SshBed::hostPublicKey() const
{
    const QStringList parts = readAll(dir() + QStringLiteral("/host_ed25519.pub")).split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(0) + QLatin1Char(' ') + parts.at(1).trimmed() : QString();
}

QString SshBed::hostFingerprint() const
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
             dir() + QStringLiteral("/host_ed25519.pub")});
    if (!p.waitForFinished(10000))
        return {};
    // "256 SHA256:xyz virtdeck-sshbed (ED25519)"
    return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
}

bool SshBed::writeKnownHosts(const QString &path, const QList<int> &ports) const
{
    QByteArray lines;
    for (int port : ports)
        lines += QStringLiteral("[127.0.0.1]:%1 %2\n").arg(port).arg(hostPublicKey()).toUtf8();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeAll(path, lines);
}

QString SshBed::log() const
{
    return readAll(dir() + QStringLiteral("/sshd.log"));
}

QString SshBed::startEmptyAgent(QString *error)
{
    if (!m_dir)
        return {};
    const QString socket = dir() + QStringLiteral("/agent.sock");
    m_agent = std::make_unique<QProcess>();
    m_agent->setStandardInputFile(QProcess::nullDevice());
    m_agent->start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    for (int i = 0; i < 100 && !QFileInfo::exists(socket); ++i) {
        if (m_agent->waitForFinished(50)) {
            if (error)
                *error =
                    QStringLiteral("ssh-agent exited: ") + QString::fromUtf8(m_agent->readAllStandardError());
            return {};
        }
    }
    if (!QFileInfo::exists(socket))
        return {};
    const qint64 pid = m_agent->processId();
    writeAll(dir() + QStringLiteral("/agent.pid"), QByteArray::number(pid) + ' ' + startTime(pid));
    return socket;
}

SilentListener::~SilentListener()
{
    close();
}

bool SilentListener::listen(QString *error)
{
    close();
    m_fd = boundSocket(&m_port);
    if (m_fd < 0 || ::listen(m_fd, 64) < 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1");
        close();
        return false;
    }
    return true;
}

void SilentListener::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace virtdeck::sshbed
