#include "Testbed.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <chrono>
#include <csignal>
#include <future>
#include <unistd.h>

#ifndef VIRTDECK_TESTBED_SCRIPTS
#error "VIRTDECK_TESTBED_SCRIPTS must point at tests/testbed (set by its CMakeLists.txt)"
#endif

namespace virtdeck::testbed {

namespace {

QString scriptsDir()
{
    return QStringLiteral(VIRTDECK_TESTBED_SCRIPTS);
}

QString libvirtError()
{
    const char *message = virGetLastErrorMessage();
    return message ? QString::fromUtf8(message) : QStringLiteral("unknown libvirt error");
}

// The helper reports libvirt errors through its return values; without this
// libvirt would also print every expected failure (e.g. "domain not running")
// to stderr and clutter the test log.
void silentErrorHandler(void *, virErrorPtr) {}

QString xmlEscape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QStringLiteral("&apos;"));
    return out;
}

QString readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Executables may live in sbin directories that a CI environment's PATH lacks.
bool haveExecutable(const QString &name)
{
    if (!QStandardPaths::findExecutable(name).isEmpty())
        return true;
    static const QStringList extra = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                      QStringLiteral("/sbin"), QStringLiteral("/bin")};
    return !QStandardPaths::findExecutable(name, extra).isEmpty();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

// Process state letter from /proc/PID/stat ('T' = stopped), or 0.
char processState(qint64 pid)
{
    const QString stat = readTextFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(QLatin1Char(')'));
    if (close < 0 || close + 2 >= stat.size())
        return 0;
    return stat.at(close + 2).toLatin1();
}

QVariant typedParamValue(const virTypedParameter &param)
{
    switch (param.type) {
    case VIR_TYPED_PARAM_INT: return param.value.i;
    case VIR_TYPED_PARAM_UINT: return param.value.ui;
    case VIR_TYPED_PARAM_LLONG: return qlonglong(param.value.l);
    case VIR_TYPED_PARAM_ULLONG: return qulonglong(param.value.ul);
    case VIR_TYPED_PARAM_DOUBLE: return param.value.d;
    case VIR_TYPED_PARAM_BOOLEAN: return bool(param.value.b);
    case VIR_TYPED_PARAM_STRING: return QString::fromUtf8(param.value.s);
    default: return {};
    }
}

} // namespace

// ===== Console ==================================================================

Console::~Console()
{
    close();
}

bool Console::open(const QString &uri, const QString &domain, QString *error, bool force)
{
    close();
    auto failWith = [&](const QString &what) {
        if (error)
            *error = what + QStringLiteral(": ") + libvirtError();
        close();
        return false;
    };

    m_conn = virConnectOpen(uri.toUtf8().constData());
    if (!m_conn)
        return failWith(QStringLiteral("cannot connect to %1").arg(uri));
    virConnSetErrorFunc(m_conn, nullptr, silentErrorHandler);

    virDomainPtr dom = virDomainLookupByName(m_conn, domain.toUtf8().constData());
    if (!dom)
        return failWith(QStringLiteral("no domain %1").arg(domain));

    // A blocking stream: the reader thread sits in virStreamRecv, which needs
    // no event loop (the product code uses non-blocking streams; the test side
    // deliberately does not share that machinery).
    m_stream = virStreamNew(m_conn, 0);
    const unsigned int flags = force ? VIR_DOMAIN_CONSOLE_FORCE : 0;
    const int rc = m_stream ? virDomainOpenConsole(dom, nullptr, m_stream, flags) : -1;
    virDomainFree(dom);
    if (rc < 0)
        return failWith(QStringLiteral("cannot open the console of %1").arg(domain));

    m_state = std::make_shared<State>();
    m_state->eof = false;
    m_reader = std::thread(&Console::readLoop, m_stream, m_state);
    return true;
}

void Console::readLoop(virStreamPtr stream, std::shared_ptr<State> state)
{
    char buffer[4096];
    for (;;) {
        const int n = virStreamRecv(stream, buffer, sizeof buffer);
        if (n <= 0)
            break; // 0: guest/daemon closed the console, <0: error or abort
        std::lock_guard lock(state->mutex);
        state->output.append(buffer, n);
        state->changed.notify_all();
    }
    std::lock_guard lock(state->mutex);
    state->eof = true;
    state->changed.notify_all();
}

void Console::close()
{
    if (!m_stream && !m_conn)
        return;
    // Teardown talks to the daemon (stream abort, connection close). If a test
    // left the daemon frozen that blocks, so it runs on a helper thread and we
    // wait a bounded time; a blocked teardown finishes by itself once the
    // daemon is resumed (Testbed::stop() does that) or dies with the process.
    auto finished = std::make_shared<std::promise<void>>();
    std::future<void> done = finished->get_future();
    std::thread([stream = m_stream, conn = m_conn, reader = std::move(m_reader), finished]() mutable {
        if (stream)
            virStreamAbort(stream); // makes the reader's virStreamRecv return
        if (reader.joinable())
            reader.join();
        if (stream)
            virStreamFree(stream);
        if (conn)
            virConnectClose(conn);
        finished->set_value();
    }).detach();
    m_stream = nullptr;
    m_conn = nullptr;
    if (done.wait_for(std::chrono::seconds(5)) != std::future_status::ready)
        qWarning("virtdeck testbed: console teardown blocked (daemon frozen?), left in the background");
    std::lock_guard lock(m_state->mutex);
    m_state->eof = true;
    m_state->changed.notify_all();
}

bool Console::isOpen() const
{
    std::lock_guard lock(m_state->mutex);
    return m_stream && !m_state->eof;
}

bool Console::send(const QByteArray &bytes, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = QStringLiteral("console is not open");
        return false;
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const int n = virStreamSend(m_stream, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (error)
                *error = QStringLiteral("console send failed: ") + libvirtError();
            return false;
        }
        done += n;
    }
    return true;
}

QByteArray Console::output() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->output;
}

qsizetype Console::size() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->output.size();
}

qsizetype Console::waitFor(const QByteArray &needle, int timeoutMs, qsizetype from) const
{
    std::unique_lock lock(m_state->mutex);
    qsizetype index = -1;
    m_state->changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        index = m_state->output.indexOf(needle, from);
        return index >= 0 || m_state->eof;
    });
    return index;
}

// ===== Testbed ==================================================================

Testbed::Testbed() = default;

Testbed::~Testbed()
{
    if (m_started)
        stop();
}

bool Testbed::required()
{
    return qEnvironmentVariableIntValue("VIRTDECK_TESTBED_REQUIRED") == 1;
}

QString Testbed::cacheDir()
{
    const QString fromEnv = qEnvironmentVariable("VIRTDECK_TESTBED_CACHE");
    return fromEnv.isEmpty() ? QStringLiteral("/var/tmp/virtdeck-testbed") : fromEnv;
}

bool Testbed::available(QString *why)
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = QStringLiteral("libvirtd test bed unavailable: ") + reason;
        return false;
    };
    if (geteuid() != 0)
        return no(QStringLiteral("must run as root (it starts a privileged libvirtd)"));
    if (!QFileInfo::exists(scriptsDir() + QStringLiteral("/start-libvirtd.sh")))
        return no(QStringLiteral("scripts not found in %1").arg(scriptsDir()));
    static const char *const tools[] = {"libvirtd", "virsh",   "qemu-system-x86_64",
                                        "unshare",  "setsid",  "ip",
                                        "busybox",  "cpio",    "gzip",
                                        "flock",    "timeout", "md5sum"};
    for (const char *tool : tools) {
        if (!haveExecutable(QString::fromLatin1(tool)))
            return no(QStringLiteral("%1 not installed").arg(QString::fromLatin1(tool)));
    }
    if (QDir(QStringLiteral("/boot")).entryList({QStringLiteral("vmlinuz-*")}, QDir::Files).isEmpty())
        return no(QStringLiteral("no /boot/vmlinuz-* kernel (apt-get install linux-image-amd64)"));
    if (!QFileInfo::exists(QStringLiteral("/dev/net/tun")))
        return no(QStringLiteral("/dev/net/tun missing (tap NICs)"));
    return true;
}

bool Testbed::fail(QString *error, const QString &message)
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

bool Testbed::runScript(const QString &script, const QStringList &args, int timeoutMs, QByteArray *stdoutData,
                        QString *error) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The bed is reaped by the next run if this process dies without stop().
    env.insert(QStringLiteral("VIRTDECK_TESTBED_OWNER_PID"),
               QString::number(QCoreApplication::applicationPid()));
    env.insert(QStringLiteral("VIRTDECK_TESTBED_CACHE"), cacheDir());
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("/bin/bash"), QStringList{scriptsDir() + QLatin1Char('/') + script} + args);
    if (!process.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot run %1: %2").arg(script, process.errorString());
        return false;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (stdoutData)
        *stdoutData = out;
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        if (error)
            *error = QStringLiteral("%1 timed out after %2 ms: %3")
                         .arg(script)
                         .arg(timeoutMs)
                         .arg(QString::fromUtf8(err.right(2000)));
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(script)
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(err.right(2000)));
        return false;
    }
    return true;
}

QString Testbed::guestDir() const
{
    return cacheDir() + QStringLiteral("/guest");
}

QString Testbed::pidFile() const
{
    return m_dir + QStringLiteral("/libvirtd.pid");
}

QString Testbed::daemonLogPath() const
{
    return m_dir + QStringLiteral("/log/libvirtd.log");
}

QString Testbed::kernelsPoolDir() const
{
    return m_dir + QStringLiteral("/kernels");
}

bool Testbed::start(QString *error)
{
    if (m_started)
        return true;
    QString why;
    if (!available(&why))
        return fail(error, why);

    const QString fixedDir = qEnvironmentVariable("VIRTDECK_TESTBED_DIR");
    if (!fixedDir.isEmpty()) {
        m_dir = QDir(fixedDir).absolutePath();
    } else {
        // Under /tmp, not $TMPDIR: the socket path must stay below 108 bytes.
        m_tempDir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/vdtb-XXXXXX"));
        if (!m_tempDir->isValid())
            return fail(error,
                        QStringLiteral("cannot create a temporary directory: ") + m_tempDir->errorString());
        // VIRTDECK_TESTBED_KEEP=1 leaves logs behind for a post-mortem.
        m_tempDir->setAutoRemove(qEnvironmentVariableIntValue("VIRTDECK_TESTBED_KEEP") != 1);
        m_dir = m_tempDir->path();
        // If this process dies without stop(), the next bed's start reaps this
        // one and, seeing the marker, deletes the directory as we would have.
        if (m_tempDir->autoRemove()) {
            QFile marker(m_dir + QStringLiteral("/.remove-when-abandoned"));
            marker.open(QIODevice::WriteOnly);
        }
    }

    QString err;
    // Cheap when cached: the script only compares timestamps.
    if (!runScript(QStringLiteral("build-guest.sh"), {guestDir()}, 600000, nullptr, &err))
        return fail(error, err);
    if (!startDaemonScript(false, &err))
        return fail(error, err);
    QDir().mkpath(m_dir + QStringLiteral("/log/serial"));
    m_tapPrefix = readTextFile(m_dir + QStringLiteral("/tap-prefix")).trimmed();
    if (m_tapPrefix.isEmpty())
        m_tapPrefix = QStringLiteral("vdtb");
    m_started = true;
    return true;
}

bool Testbed::startDaemonScript(bool keep, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    QStringList args;
    if (keep)
        args << QStringLiteral("--keep");
    args << m_dir;
    if (!runScript(QStringLiteral("start-libvirtd.sh"), args, 120000, &out, error))
        return false;
    m_daemonStartMs = timer.elapsed();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    m_uri = QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last().trimmed());
    if (!m_uri.startsWith(QStringLiteral("qemu:///system?socket="))) {
        if (error)
            *error = QStringLiteral("start-libvirtd.sh printed no URI: ") + QString::fromUtf8(out);
        return false;
    }
    return true;
}

bool Testbed::stop(QString *error)
{
    if (!m_started)
        return true;
    // A test that failed between suspendDaemon() and resumeDaemon() leaves the
    // daemon frozen; closing a connection to it would block forever.
    resumeDaemon();
    closeConnection();
    QString err;
    const bool ok = runScript(QStringLiteral("stop-libvirtd.sh"), {m_dir}, 120000, nullptr, &err);
    m_started = false;
    if (m_tempDir && !m_tempDir->autoRemove())
        qInfo("virtdeck testbed: kept %s", qPrintable(m_dir));
    m_tempDir.reset();
    return ok ? true : fail(error, err);
}

void Testbed::closeConnection()
{
    if (m_conn)
        virConnectClose(m_conn);
    m_conn = nullptr;
}

virConnectPtr Testbed::connection(QString *error)
{
    if (m_conn && virConnectIsAlive(m_conn) == 1)
        return m_conn;
    closeConnection();
    if (m_uri.isEmpty()) {
        fail(error, QStringLiteral("test bed not started"));
        return nullptr;
    }
    m_conn = virConnectOpen(m_uri.toUtf8().constData());
    if (!m_conn) {
        fail(error, QStringLiteral("cannot connect to %1: %2").arg(m_uri, libvirtError()));
        return nullptr;
    }
    virConnSetErrorFunc(m_conn, nullptr, silentErrorHandler);
    return m_conn;
}

virDomainPtr Testbed::lookup(const QString &name, QString *error)
{
    virConnectPtr conn = connection(error);
    if (!conn)
        return nullptr;
    virDomainPtr dom = virDomainLookupByName(conn, name.toUtf8().constData());
    if (!dom)
        fail(error, QStringLiteral("no domain %1: %2").arg(name, libvirtError()));
    return dom;
}

QString Testbed::tapName(const QString &guest)
{
    // Short and unique per bed: prefix (from DIR) + index. IFNAMSIZ is 16.
    auto it = m_tapIndex.find(guest);
    if (it == m_tapIndex.end())
        it = m_tapIndex.insert(guest, int(m_tapIndex.size()) + 1);
    return QStringLiteral("%1t%2").arg(m_tapPrefix).arg(it.value());
}

QString Testbed::serialLogPath(const QString &guest) const
{
    // Guest names may contain characters unfit for file names.
    const QByteArray hash = QCryptographicHash::hash(guest.toUtf8(), QCryptographicHash::Md5).toHex().left(8);
    QString safe = guest;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return m_dir + QStringLiteral("/log/serial/%1-%2.log").arg(safe.left(40), QString::fromLatin1(hash));
}

QByteArray Testbed::serialLog(const QString &guest) const
{
    QFile file(serialLogPath(guest));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qsizetype Testbed::waitForSerial(const QString &guest, const QByteArray &needle, int timeoutMs,
                                 qsizetype from) const
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype index = serialLog(guest).indexOf(needle, from);
        if (index >= 0 || deadline.hasExpired())
            return index;
        QThread::msleep(50);
    }
}

QByteArray Testbed::banner(const QString &variant)
{
    return "virtdeck-testguest variant=" + variant.toUtf8() + " ready";
}

QString Testbed::guestXml(const GuestOptions &options) const
{
    QString xml = readTextFile(scriptsDir() + QStringLiteral("/guest.xml.in"));
    // The leading comment documents the template; it is not part of the domain.
    const qsizetype commentEnd = xml.indexOf(QStringLiteral("-->"));
    if (xml.startsWith(QStringLiteral("<!--")) && commentEnd >= 0)
        xml = xml.mid(commentEnd + 3).trimmed() + QLatin1Char('\n');

    QString interface;
    if (options.nic) {
        const QByteArray hash = QCryptographicHash::hash(options.name.toUtf8(), QCryptographicHash::Md5);
        const QString mac = QStringLiteral("52:54:00:%1:%2:%3")
                                .arg(quint8(hash[0]), 2, 16, QLatin1Char('0'))
                                .arg(quint8(hash[1]), 2, 16, QLatin1Char('0'))
                                .arg(quint8(hash[2]), 2, 16, QLatin1Char('0'));
        interface = readTextFile(scriptsDir() + QStringLiteral("/interface.xml.in"));
        interface.replace(QStringLiteral("@MAC@"), mac);
        // tapName() assigns on first use; const_cast keeps guestXml() usable on
        // a const bed while the name stays stable per guest.
        interface.replace(QStringLiteral("@TAP@"), const_cast<Testbed *>(this)->tapName(options.name));
        while (interface.endsWith(QLatin1Char('\n')))
            interface.chop(1);
    }
    const QString kernel =
        options.kernel.isEmpty() ? guestDir() + QStringLiteral("/vmlinux") : options.kernel;
    const QString initrd = options.initrd.isEmpty()
                               ? guestDir() + QStringLiteral("/initrd-%1.img").arg(options.variant)
                               : options.initrd;
    const QString extra = options.extraCmdline.trimmed();

    xml.replace(QStringLiteral("@NAME@"), xmlEscape(options.name));
    xml.replace(QStringLiteral("@MEMORY_KIB@"), QString::number(qint64(options.memoryMiB) * 1024));
    xml.replace(QStringLiteral("@MAX_MEMORY_KIB@"), QString::number(qint64(options.maxMemoryMiB) * 1024));
    xml.replace(QStringLiteral("@VCPUS@"), QString::number(options.vcpus));
    xml.replace(QStringLiteral("@MAX_VCPUS@"), QString::number(options.maxVcpus));
    xml.replace(QStringLiteral("@KERNEL@"), xmlEscape(kernel));
    xml.replace(QStringLiteral("@INITRD@"), xmlEscape(initrd));
    xml.replace(QStringLiteral("@CMDLINE_EXTRA@"),
                extra.isEmpty() ? QString() : QLatin1Char(' ') + xmlEscape(extra));
    xml.replace(QStringLiteral("@SERIAL_LOG@"), xmlEscape(serialLogPath(options.name)));
    xml.replace(QStringLiteral("@INTERFACE@"), interface);
    if (options.virtioConsole) {
        const qsizetype from = xml.indexOf(QStringLiteral("<serial type='pty'>"));
        const QString consoleEnd = QStringLiteral("</console>");
        const qsizetype to = xml.indexOf(consoleEnd, from);
        if (from >= 0 && to > from) {
            xml.replace(from, to + consoleEnd.size() - from,
                        QStringLiteral("<console type='pty'>\n"
                                       "      <log file='%1' append='off'/>\n"
                                       "      <target type='virtio' port='0'/>\n"
                                       "    </console>")
                            .arg(xmlEscape(serialLogPath(options.name))));
        }
        xml.replace(QStringLiteral("console=ttyS0"), QStringLiteral("console=hvc0"));
    }
    return xml;
}

bool Testbed::defineGuest(const GuestOptions &options, QString *error)
{
    if (options.name.isEmpty())
        return fail(error, QStringLiteral("guest needs a name"));
    virConnectPtr conn = connection(error);
    if (!conn)
        return false;
    QString xml = guestXml(options);
    // Redefining an existing guest (say, with another cmdline) must keep its
    // UUID, or libvirt rejects the XML as a second domain with the same name.
    if (virDomainPtr existing = virDomainLookupByName(conn, options.name.toUtf8().constData())) {
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(existing, uuid) == 0) {
            const qsizetype nameEnd = xml.indexOf(QStringLiteral("</name>"));
            if (nameEnd >= 0)
                xml.insert(nameEnd + 7, QStringLiteral("\n  <uuid>%1</uuid>").arg(QString::fromLatin1(uuid)));
        }
        virDomainFree(existing);
    }
    virDomainPtr dom = virDomainDefineXML(conn, xml.toUtf8().constData());
    if (!dom)
        return fail(error, QStringLiteral("define %1 failed: %2").arg(options.name, libvirtError()));
    virDomainFree(dom);
    return true;
}

bool Testbed::startGuest(const QString &name, QString *error)
{
    virDomainPtr dom = lookup(name, error);
    if (!dom)
        return false;
    const int rc = virDomainCreate(dom);
    virDomainFree(dom);
    return rc == 0 ? true : fail(error, QStringLiteral("start %1 failed: %2").arg(name, libvirtError()));
}

bool Testbed::bootGuest(const GuestOptions &options, int timeoutMs, QString *error)
{
    if (!defineGuest(options, error) || !startGuest(options.name, error))
        return false;
    if (waitForSerial(options.name, banner(options.variant), timeoutMs) < 0) {
        return fail(error, QStringLiteral("%1 printed no banner within %2 ms; serial log:\n%3")
                               .arg(options.name)
                               .arg(timeoutMs)
                               .arg(QString::fromUtf8(serialLog(options.name).right(2000))));
    }
    return true;
}

bool Testbed::destroyGuest(const QString &name, QString *error)
{
    virDomainPtr dom = lookup(name, error);
    if (!dom)
        return false;
    bool ok = true;
    if (virDomainIsActive(dom) == 1 && virDomainDestroy(dom) < 0)
        ok = fail(error, QStringLiteral("destroy %1 failed: %2").arg(name, libvirtError()));
    virDomainFree(dom);
    return ok;
}

bool Testbed::undefineGuest(const QString &name, QString *error)
{
    virDomainPtr dom = lookup(name, error);
    if (!dom)
        return false;
    bool ok = true;
    if (virDomainIsActive(dom) == 1 && virDomainDestroy(dom) < 0)
        ok = fail(error, QStringLiteral("destroy %1 failed: %2").arg(name, libvirtError()));
    if (ok && virDomainIsPersistent(dom) == 1 &&
        virDomainUndefineFlags(dom,
                               VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) < 0)
        ok = fail(error, QStringLiteral("undefine %1 failed: %2").arg(name, libvirtError()));
    virDomainFree(dom);
    return ok;
}

bool Testbed::undefineAll(QString *error)
{
    virConnectPtr conn = connection(error);
    if (!conn)
        return false;
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(conn, &domains, 0);
    if (count < 0)
        return fail(error, QStringLiteral("list domains failed: ") + libvirtError());
    bool ok = true;
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(virDomainGetName(domains[i]));
        if (virDomainIsActive(domains[i]) == 1 && virDomainDestroy(domains[i]) < 0)
            ok = fail(error, QStringLiteral("destroy %1 failed: %2").arg(name, libvirtError()));
        if (virDomainIsPersistent(domains[i]) == 1 &&
            virDomainUndefineFlags(domains[i], VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                                   VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) < 0)
            ok = fail(error, QStringLiteral("undefine %1 failed: %2").arg(name, libvirtError()));
        virDomainFree(domains[i]);
    }
    free(domains);
    m_tapIndex.clear();
    return ok;
}

QVariantMap Testbed::domainStats(const QString &name, QString *error)
{
    QVariantMap result;
    virDomainPtr dom = lookup(name, error);
    if (!dom)
        return result;
    virDomainPtr list[] = {dom, nullptr};
    virDomainStatsRecordPtr *records = nullptr;
    // stats = 0: every group the driver supports (cpu, balloon, vcpu, net, ...).
    const int count = virDomainListGetStats(list, 0, &records, 0);
    if (count < 0) {
        fail(error, QStringLiteral("stats of %1 failed: %2").arg(name, libvirtError()));
    } else {
        for (int i = 0; i < count; ++i) {
            for (int p = 0; p < records[i]->nparams; ++p) {
                const virTypedParameter &param = records[i]->params[p];
                result.insert(QString::fromUtf8(param.field), typedParamValue(param));
            }
        }
        virDomainStatsRecordListFree(records);
    }
    virDomainFree(dom);
    return result;
}

bool Testbed::defineKernelsPool(QString *error)
{
    QString err;
    if (!runScript(QStringLiteral("define-kernels-pool.sh"), {m_uri, kernelsPoolDir(), guestDir()}, 120000,
                   nullptr, &err))
        return fail(error, err);
    return true;
}

qint64 Testbed::daemonPid() const
{
    const qint64 pid = readTextFile(pidFile()).trimmed().toLongLong();
    return processAlive(pid) ? pid : 0;
}

bool Testbed::suspendDaemon()
{
    const qint64 pid = daemonPid();
    if (pid <= 0 || ::kill(pid_t(pid), SIGSTOP) != 0)
        return false;
    // SIGSTOP is asynchronous; callers expect the daemon to be frozen on return.
    QDeadlineTimer deadline(2000);
    while (processState(pid) != 'T' && !deadline.hasExpired())
        QThread::msleep(5);
    return processState(pid) == 'T';
}

bool Testbed::resumeDaemon()
{
    const qint64 pid = daemonPid();
    return pid > 0 && ::kill(pid_t(pid), SIGCONT) == 0;
}

bool Testbed::stopDaemon(QString *error)
{
    resumeDaemon(); // see stop()
    closeConnection();
    QString err;
    if (!runScript(QStringLiteral("stop-libvirtd.sh"), {QStringLiteral("--daemon-only"), m_dir}, 60000,
                   nullptr, &err))
        return fail(error, err);
    return true;
}

bool Testbed::restartDaemon(QString *error)
{
    if (daemonPid() > 0 && !stopDaemon(error))
        return false;
    QString err;
    if (!startDaemonScript(true, &err))
        return fail(error, err);
    return true;
}

} // namespace virtdeck::testbed
