#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

// Skips the calling Qt Test function when the bed cannot run here (not root,
// no libvirtd, ...), or fails it when VIRTDECK_TESTBED_REQUIRED=1 (CI).
#define VIRTDECK_TESTBED_CHECK_AVAILABLE()                                                                   \
    do {                                                                                                     \
        QString virtdeckWhy_;                                                                                \
        if (!::virtdeck::testbed::Testbed::available(&virtdeckWhy_)) {                                       \
            if (::virtdeck::testbed::Testbed::required())                                                    \
                QFAIL(qPrintable(virtdeckWhy_));                                                             \
            QSKIP(qPrintable(virtdeckWhy_));                                                                 \
        }                                                                                                    \
    } while (0)

namespace virtdeck::testbed {

// Interactive serial console of one guest over virDomainOpenConsole, with a
// reader thread collecting output. Used by integration tests to type and read.
class Console
{
public:
    Console() = default;
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    // Opens its own connection to uri (so a blocking read never stalls the
    // test's other libvirt calls). force takes the console over from another
    // client (VIR_DOMAIN_CONSOLE_FORCE).
    bool open(const QString &uri, const QString &domain, QString *error = nullptr, bool force = true);
    // Returns within ~5 s even if the daemon is frozen (teardown then finishes
    // in the background once it is resumed).
    void close();
    bool isOpen() const;

    bool send(const QByteArray &bytes, QString *error = nullptr);
    // Everything received since open().
    QByteArray output() const;
    qsizetype size() const;
    // Waits until needle appears in output at or after offset `from`.
    // Returns the index of the match or -1 on timeout / console closed.
    qsizetype waitFor(const QByteArray &needle, int timeoutMs, qsizetype from = 0) const;

private:
    // Shared with the reader thread, which may outlive the Console when the
    // daemon is frozen and the thread cannot be joined.
    struct State
    {
        std::mutex mutex;
        std::condition_variable changed;
        QByteArray output;
        bool eof = true;
    };
    static void readLoop(virStreamPtr stream, std::shared_ptr<State> state);

    virConnectPtr m_conn = nullptr;
    virStreamPtr m_stream = nullptr;
    std::thread m_reader;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// One private libvirtd with its guests, owned by one test executable.
// Created by integration tests (initTestCase); destroyed = everything stopped.
class Testbed
{
public:
    struct GuestOptions
    {
        QString name;
        int vcpus = 1;                         // <vcpu current=...>
        int maxVcpus = 4;                      // <vcpu>max</vcpu>
        int memoryMiB = 128;                   // <currentMemory>
        int maxMemoryMiB = 256;                // <memory>
        QString variant = QStringLiteral("A"); // initrd-A.img / initrd-B.img
        QString extraCmdline;                  // e.g. "vdtest.load=net" or "vdtest.load=busy,net"
        bool nic = true;                       // virtio tap NIC (tapName(name))
        QString kernel;                        // empty: guestDir()/vmlinux
        QString initrd;                        // empty: guestDir()/initrd-<variant>.img
        // The console is a virtio console (hvc0, console=hvc0) instead of the 16550 on ttyS0, and the guest
        // has no serial port. Under TCG the UART moves one byte per emulated port write (a few hundred
        // KB/s at best); virtio moves whole pages, so console floods can reach MB/s. The serial log
        // (serialLogPath) then records hvc0.
        bool virtioConsole = false;
    };

    Testbed();
    ~Testbed();
    Testbed(const Testbed &) = delete;
    Testbed &operator=(const Testbed &) = delete;

    // Whether a bed can run on this machine; why says what is missing.
    static bool available(QString *why = nullptr);
    // VIRTDECK_TESTBED_REQUIRED=1: unavailability is a failure, not a skip.
    static bool required();
    // Where the guest kernel/initrd cache and QEMU capabilities cache live.
    static QString cacheDir();

    // Builds (or reuses) the guest, starts the daemon. False + reason on error.
    bool start(QString *error = nullptr);
    // Full teardown: guests, pools, daemon, taps. Called by the destructor.
    bool stop(QString *error = nullptr);
    bool isStarted() const { return m_started; }
    QString lastError() const { return m_lastError; }

    QString uri() const { return m_uri; }
    QString dir() const { return m_dir; }
    QString guestDir() const;
    QString pidFile() const;
    QString daemonLogPath() const;
    // Milliseconds the last start()/restartDaemon() spent in start-libvirtd.sh.
    qint64 lastDaemonStartMs() const { return m_daemonStartMs; }

    // --- guests --------------------------------------------------------------
    QString guestXml(const GuestOptions &options) const;
    QString tapName(const QString &guest);
    QString serialLogPath(const QString &guest) const;
    // Everything the guest printed on its serial port since it was last started
    // (QEMU writes it to serialLogPath; readable while a Console is open).
    QByteArray serialLog(const QString &guest) const;
    // Polls the serial log until needle appears; -1 on timeout.
    qsizetype waitForSerial(const QString &guest, const QByteArray &needle, int timeoutMs,
                            qsizetype from = 0) const;
    // The banner line /init prints once the guest is ready.
    static QByteArray banner(const QString &variant);

    bool defineGuest(const GuestOptions &options, QString *error = nullptr);
    bool startGuest(const QString &name, QString *error = nullptr);
    // define + start + wait for the banner on the serial log.
    bool bootGuest(const GuestOptions &options, int timeoutMs = 60000, QString *error = nullptr);
    bool destroyGuest(const QString &name, QString *error = nullptr);
    bool undefineGuest(const QString &name, QString *error = nullptr);
    // Destroys and undefines every domain of the daemon.
    bool undefineAll(QString *error = nullptr);
    // virDomainListGetStats for one domain, flattened: "net.0.tx.bytes" -> qulonglong.
    QVariantMap domainStats(const QString &name, QString *error = nullptr);

    // 'kernels' dir pool with vmlinuz-6.1.0-test-{a,b} / initrd.img-6.1.0-test-{a,b}.
    bool defineKernelsPool(QString *error = nullptr);
    QString kernelsPoolDir() const;

    // --- the daemon ----------------------------------------------------------
    qint64 daemonPid() const;
    bool suspendDaemon(); // SIGSTOP: the socket accepts but never answers
    bool resumeDaemon();  // SIGCONT
    // Stops libvirtd only (SIGTERM); QEMU guests keep running.
    bool stopDaemon(QString *error = nullptr);
    // stopDaemon() (if running) + start the daemon again on the same DIR,
    // keeping persistent domains; it reattaches to running guests.
    bool restartDaemon(QString *error = nullptr);

    // The helper's own connection (opened lazily, reopened after a restart).
    // Do not call while the daemon is suspended: calls would block.
    virConnectPtr connection(QString *error = nullptr);

private:
    bool runScript(const QString &script, const QStringList &args, int timeoutMs, QByteArray *stdoutData,
                   QString *error) const;
    bool startDaemonScript(bool keep, QString *error);
    void closeConnection();
    virDomainPtr lookup(const QString &name, QString *error);
    bool fail(QString *error, const QString &message);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    QString m_uri;
    QString m_lastError;
    QString m_tapPrefix;
    QHash<QString, int> m_tapIndex;
    virConnectPtr m_conn = nullptr;
    bool m_started = false;
    qint64 m_daemonStartMs = -1;
};

} // namespace virtdeck::testbed
