// SshSession against a real sshd on 127.0.0.1 (tests/testbed/sshd): key, passphrase and password logins,
// an unknown host key asked about through the prompt broker (refuse / once / remember), a changed host
// key refused without a question, a wrong password, an agent with no keys, a refused port, a listener
// that accepts and never speaks, command timeout and cancel, and bounded binary output. Nothing here
// reads the real ~/.ssh: every path is in a temporary directory.

#include "SshBed.h"

#include "diagnostics/SshPromptBroker.h"
#include "diagnostics/SshSession.h"
#include "diagnostics/TcpProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

using namespace virtdeck;
using virtdeck::sshbed::SshBed;

Q_DECLARE_METATYPE(virtdeck::SshPromptReply::HostKeyDecision)

class TestSshSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyLoginRunsCommands();
    void sshConfigIsHonoured();
    void defaultsWithoutConfig();
    void unknownHostKeyAsks_data();
    void unknownHostKeyAsks();
    void unknownHostKeyWithNobodyToAskIsRefused();
    void passwordLogin_data();
    void passwordLogin();
    void passphraseIsAskedForAnEncryptedKey();
    void agentWithNoKeysGivesAClearError();
    void refusedPort();
    void silentListenerTimesOut();
    void commandTimeoutAndCancel();
    void boundedBinaryOutput();
    void tcpProbe();
    void changedHostKeyIsRefusedWithoutQuestion();

private:
    SshOptions options(const QString &knownHosts) const;
    SshTarget target(int port, const QString &user) const;
    // Runs job on a worker (libssh never on this thread) while this thread answers prompts.
    template <typename Job>
    auto onWorker(Job job, int ms = 60000) -> decltype(job());
    QString knownHosts(const QString &name) const { return m_tmp.filePath(name); }

    SshBed m_bed;
    QTemporaryDir m_tmp;
    SshPromptBroker m_broker;
    std::function<SshPromptReply(const SshPrompt &)> m_policy;
    QList<SshPrompt> m_prompts;
};

template <typename Job>
auto TestSshSession::onWorker(Job job, int ms) -> decltype(job())
{
    auto future = QtConcurrent::run(job);
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < ms)
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("a worker did not finish within %d ms", ms);
    return future.result();
}

SshOptions TestSshSession::options(const QString &knownHostsFile) const
{
    SshOptions o;
    o.sshDir = m_tmp.filePath(QStringLiteral("dot-ssh"));
    o.configFile = m_tmp.filePath(QStringLiteral("ssh_config")); // absent: no config
    o.knownHostsFile = knownHostsFile;
    o.globalKnownHostsFile = m_tmp.filePath(QStringLiteral("global_known_hosts"));
    o.useAgent = false;
    o.identityFiles = {m_bed.clientKey()};
    o.connectTimeoutMs = 4000;
    o.commandTimeoutMs = 20000;
    return o;
}

SshTarget TestSshSession::target(int port, const QString &user) const
{
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.user = user;
    t.label = QStringLiteral("bed-%1").arg(port);
    return t;
}

void TestSshSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_SSHBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(2, &error), qPrintable(error));
    QVERIFY(m_bed.writeKnownHosts(knownHosts(QStringLiteral("known_hosts")), m_bed.ports()));
    connect(&m_broker, &SshPromptBroker::promptRequested, this, [this](quint64 id, const SshPrompt &p) {
        m_prompts << p;
        if (m_policy)
            m_broker.answer(id, m_policy(p));
        else
            m_broker.cancel(id);
    });
}

void TestSshSession::cleanupTestCase()
{
    m_bed.stop();
}

void TestSshSession::keyLoginRunsCommands()
{
    m_prompts.clear();
    m_policy = nullptr;
    const SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    const SshTarget t = target(m_bed.port(0), m_bed.keyUser());
    struct Out
    {
        Status connected;
        Result<CommandResult> first;
        Result<CommandResult> second;
        QString method;
        QString where;
    };
    const Out out = onWorker([&] {
        SshSession s(t, o, &m_broker);
        Out r{s.connect(), Error(), Error(), {}, {}};
        if (r.connected) {
            r.first = s.run(QStringLiteral("echo hello; echo oops >&2; exit 3"));
            r.second = s.run(QStringLiteral("id -un; cat")); // cat: stdin is closed, it must not wait
            r.method = s.authMethod();
            r.where = s.describe();
        }
        return r;
    });
    QVERIFY2(out.connected.ok(),
             qPrintable(out.connected.ok() ? QString() : out.connected.error().toString()));
    QCOMPARE(out.method, QStringLiteral("publickey"));
    QCOMPARE(out.where, QStringLiteral("vdtest-key@127.0.0.1:%1").arg(m_bed.port(0)));
    QVERIFY(out.first.ok());
    QCOMPARE(out.first->out, QByteArray("hello\n"));
    QCOMPARE(out.first->err, QByteArray("oops\n"));
    QCOMPARE(out.first->exitStatus, 3);
    QVERIFY(!out.first->timedOut);
    QVERIFY(out.second.ok());
    QCOMPARE(out.second->out, QByteArray("vdtest-key\n"));
    QCOMPARE(out.second->exitStatus, 0);
    QVERIFY(m_prompts.isEmpty()); // known host, key login: nothing to ask
}

void TestSshSession::sshConfigIsHonoured()
{
    // An alias in the ssh config gives host name, port, user and key: the server's SSH access may name
    // only the alias.
    const QString config = m_tmp.filePath(QStringLiteral("alias_config"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(
                "Host bedalias\n    HostName 127.0.0.1\n    Port %1\n    User %2\n    IdentityFile %3\n")
                .arg(m_bed.port(1))
                .arg(m_bed.keyUser(), m_bed.clientKey())
                .toUtf8());
    f.close();
    SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    o.configFile = config;
    o.identityFiles.clear();
    SshTarget t;
    t.host = QStringLiteral("bedalias");
    struct Out
    {
        QString error;
        QString where;
        QByteArray out;
    };
    const Out out = onWorker([&] {
        SshSession s(t, o, &m_broker);
        const Status st = s.connect();
        Out r{st.ok() ? QString() : st.error().toString(), s.describe(), {}};
        if (st.ok()) {
            if (Result<CommandResult> c = s.run(QStringLiteral("id -un")); c.ok())
                r.out = c->out;
        }
        return r;
    });
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(out.where, QStringLiteral("vdtest-key@127.0.0.1:%1").arg(m_bed.port(1)));
    QCOMPARE(out.out, QByteArray("vdtest-key\n"));
}

void TestSshSession::defaultsWithoutConfig()
{
    SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    o.readConfig = false;
    SshTarget t;
    t.host = QStringLiteral("192.0.2.1"); // configured only, never connected
    const QStringList r = onWorker([&] {
        SshSession s(t, o);
        const bool ok = s.configure().ok();
        return QStringList{ok ? QStringLiteral("ok") : QStringLiteral("failed"), s.effectiveUser(),
                           QString::number(s.effectivePort()), s.describe()};
    });
    QCOMPARE(r, (QStringList{QStringLiteral("ok"), QStringLiteral("root"), QStringLiteral("22"),
                             QStringLiteral("root@192.0.2.1:22")}));
}

void TestSshSession::unknownHostKeyAsks_data()
{
    QTest::addColumn<SshPromptReply::HostKeyDecision>("decision");
    QTest::newRow("refuse") << SshPromptReply::HostKeyDecision::Refuse;
    QTest::newRow("accept-once") << SshPromptReply::HostKeyDecision::AcceptOnce;
    QTest::newRow("accept-and-remember") << SshPromptReply::HostKeyDecision::AcceptAndRemember;
}

void TestSshSession::unknownHostKeyAsks()
{
    QFETCH(SshPromptReply::HostKeyDecision, decision);
    const QString file = knownHosts(QStringLiteral("unknown-%1/known_hosts").arg(int(decision)));
    const SshOptions o = options(file);
    const SshTarget t = target(m_bed.port(1), m_bed.keyUser());
    m_prompts.clear();
    m_policy = [decision](const SshPrompt &) {
        SshPromptReply r;
        r.accepted = decision != SshPromptReply::HostKeyDecision::Refuse;
        r.hostKey = decision;
        return r;
    };
    auto connectOnce = [&] {
        return onWorker([&] {
            SshSession s(t, o, &m_broker);
            const Status st = s.connect();
            return qMakePair(st.ok(), int(s.failure()));
        });
    };
    const auto first = connectOnce();
    QCOMPARE(m_prompts.size(), 1);
    const SshPrompt &p = m_prompts.first();
    QCOMPARE(p.kind, SshPrompt::Kind::UnknownHostKey);
    QCOMPARE(p.fingerprint, m_bed.hostFingerprint());
    QVERIFY(p.fingerprint.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(p.keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(p.target, QStringLiteral("vdtest-key@127.0.0.1:%1").arg(m_bed.port(1)));
    QCOMPARE(p.serverName, t.label);
    QCOMPARE(p.knownHostsFile, file);

    const bool remembered = QFile::exists(file) && [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) &&
               f.readAll().contains(QStringLiteral("[127.0.0.1]:%1").arg(m_bed.port(1)).toUtf8());
    }();
    switch (decision) {
    case SshPromptReply::HostKeyDecision::Refuse:
        QVERIFY(!first.first);
        QCOMPARE(first.second, int(SshSession::Failure::HostKeyRefused));
        QVERIFY(!remembered);
        break;
    case SshPromptReply::HostKeyDecision::AcceptOnce:
        QVERIFY(first.first);
        QVERIFY(!remembered);
        connectOnce();
        QCOMPARE(m_prompts.size(), 2); // asked again next time
        break;
    case SshPromptReply::HostKeyDecision::AcceptAndRemember:
        QVERIFY(first.first);
        QVERIFY(remembered);
        QVERIFY(connectOnce().first);
        QCOMPARE(m_prompts.size(), 1); // known now: not asked again
        break;
    }
}

void TestSshSession::unknownHostKeyWithNobodyToAskIsRefused()
{
    const SshOptions o = options(knownHosts(QStringLiteral("nobody/known_hosts")));
    const SshTarget t = target(m_bed.port(0), m_bed.keyUser());
    const auto r = onWorker([&] {
        SshSession s(t, o, nullptr);
        const Status st = s.connect();
        return qMakePair(st.ok() ? QString() : st.error().message, int(s.failure()));
    });
    QCOMPARE(r.second, int(SshSession::Failure::HostKeyRefused));
    QVERIFY(r.first.contains(QLatin1String("not known")));
}

void TestSshSession::passwordLogin_data()
{
    QTest::addColumn<bool>("answer");
    QTest::addColumn<bool>("right");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("message");
    QTest::newRow("right-password") << true << true << int(SshSession::Failure::None) << QString();
    QTest::newRow("wrong-password") << true << false << int(SshSession::Failure::AuthDenied)
                                    << QStringLiteral("The password for vdtest-pw@127.0.0.1:%1 was refused.");
    QTest::newRow("cancelled") << false << false << int(SshSession::Failure::AuthCancelled)
                               << QStringLiteral("Login to vdtest-pw@127.0.0.1:%1 cancelled.");
}

void TestSshSession::passwordLogin()
{
    QFETCH(bool, answer);
    QFETCH(bool, right);
    QFETCH(int, failure);
    QFETCH(QString, message);
    SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    o.identityFiles.clear();
    const SshTarget t = target(m_bed.port(0), m_bed.passwordUser());
    m_prompts.clear();
    const QString password = right ? m_bed.password() : QStringLiteral("not-the-password");
    m_policy = [answer, password](const SshPrompt &) {
        SshPromptReply r;
        r.accepted = answer;
        r.secret = password;
        return r;
    };
    struct Out
    {
        int failure;
        QString message;
        QString method;
        QByteArray whoami;
    };
    const Out out = onWorker([&] {
        SshSession s(t, o, &m_broker);
        const Status st = s.connect();
        Out r{int(s.failure()), st.ok() ? QString() : st.error().message, s.authMethod(), {}};
        if (st.ok()) {
            if (Result<CommandResult> c = s.run(QStringLiteral("id -un")); c.ok())
                r.whoami = c->out;
        }
        return r;
    });
    QCOMPARE(m_prompts.size(), 1);
    QCOMPARE(m_prompts.first().kind, SshPrompt::Kind::Password);
    QCOMPARE(out.failure, failure);
    if (failure == int(SshSession::Failure::None)) {
        QCOMPARE(out.method, QStringLiteral("password"));
        QCOMPARE(out.whoami, QByteArray("vdtest-pw\n"));
    } else {
        QCOMPARE(out.message, message.arg(m_bed.port(0)));
    }
}

void TestSshSession::passphraseIsAskedForAnEncryptedKey()
{
    SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    o.identityFiles = {m_bed.encryptedKey()};
    const SshTarget t = target(m_bed.port(0), m_bed.keyUser());
    m_prompts.clear();
    const QString passphrase = m_bed.passphrase();
    m_policy = [passphrase](const SshPrompt &p) {
        SshPromptReply r;
        r.accepted = p.kind == SshPrompt::Kind::Passphrase;
        r.secret = passphrase;
        return r;
    };
    const auto r = onWorker([&] {
        SshSession s(t, o, &m_broker);
        const Status st = s.connect();
        return qMakePair(st.ok() ? QString() : st.error().toString(), s.authMethod());
    });
    QVERIFY2(r.first.isEmpty(), qPrintable(r.first));
    QCOMPARE(r.second, QStringLiteral("publickey"));
    QVERIFY(!m_prompts.isEmpty());
    QCOMPARE(m_prompts.first().kind, SshPrompt::Kind::Passphrase);
}

void TestSshSession::agentWithNoKeysGivesAClearError()
{
    QString error;
    const QString socket = m_bed.startEmptyAgent(&error);
    QVERIFY2(!socket.isEmpty(), qPrintable(error));
    SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    o.identityFiles.clear();
    o.useAgent = true;
    o.agentSocket = socket;
    const SshTarget t = target(m_bed.port(0), m_bed.keyUser());
    QElapsedTimer clock;
    clock.start();
    const auto r = onWorker([&] {
        SshSession s(t, o, nullptr); // nobody to ask for a password either
        const Status st = s.connect();
        return qMakePair(st.ok() ? Error() : st.error(), int(s.failure()));
    });
    QCOMPARE(r.second, int(SshSession::Failure::AuthDenied));
    QVERIFY2(r.first.message.contains(QLatin1String("did not accept any way virtdeck can log in")),
             qPrintable(r.first.message));
    QVERIFY2(r.first.detail.contains(QLatin1String("agent")), qPrintable(r.first.detail));
}

void TestSshSession::refusedPort()
{
    const int port = sshbed::freePort();
    const SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    const auto r = onWorker([&] {
        SshSession s(target(port, m_bed.keyUser()), o, nullptr);
        const Status st = s.connect();
        return qMakePair(st.ok(), int(s.failure()));
    });
    QVERIFY(!r.first);
    QCOMPARE(r.second, int(SshSession::Failure::Refused));
}

void TestSshSession::silentListenerTimesOut()
{
    sshbed::SilentListener silent;
    QVERIFY(silent.listen());
    SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    o.connectTimeoutMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const auto r = onWorker([&] {
        SshSession s(target(silent.port(), m_bed.keyUser()), o, &m_broker);
        const Status st = s.connect();
        return qMakePair(st.ok() ? QString() : st.error().message, int(s.failure()));
    });
    QCOMPARE(r.second, int(SshSession::Failure::Timeout));
    QVERIFY2(r.first.contains(QLatin1String("did not answer within 1.5 s")), qPrintable(r.first));
    QVERIFY(clock.elapsed() >= 1400); // it waited for the banner, bounded by the option
}

void TestSshSession::commandTimeoutAndCancel()
{
    const SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    const CancelFlag cancel = makeCancelFlag();
    struct Out
    {
        Result<CommandResult> timedOut;
        Result<CommandResult> cancelled;
        Result<CommandResult> after;
    };
    auto future = QtConcurrent::run([&] {
        SshSession s(target(m_bed.port(0), m_bed.keyUser()), o, nullptr, cancel);
        Out r{Error(), Error(), Error()};
        if (!s.connect())
            return r;
        r.timedOut = s.run(QStringLiteral("echo started; sleep 30"), 1000);
        r.cancelled = s.run(QStringLiteral("sleep 30"), 60000);
        cancel->store(false);
        r.after = s.run(QStringLiteral("echo still usable"));
        return r;
    });
    QTest::qWait(2500); // the first command timed out; the second runs
    cancel->store(true);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    const Out out = future.result();
    QVERIFY(out.timedOut.ok());
    QVERIFY(out.timedOut->timedOut);
    QCOMPARE(out.timedOut->out, QByteArray("started\n"));
    QCOMPARE(out.timedOut->exitStatus, -1);
    QVERIFY(out.cancelled.ok());
    QVERIFY(out.cancelled->cancelled);
    QVERIFY(out.after.ok());
    QCOMPARE(out.after->out, QByteArray("still usable\n"));
}

void TestSshSession::boundedBinaryOutput()
{
    SshOptions o = options(knownHosts(QStringLiteral("known_hosts")));
    o.maxOutputBytes = 65536;
    const auto r = onWorker([&] {
        SshSession s(target(m_bed.port(0), m_bed.keyUser()), o, nullptr);
        if (!s.connect())
            return Result<CommandResult>(Error(QStringLiteral("no connection")));
        return s.run(QStringLiteral("head -c 3000000 /dev/urandom; echo done >&2"));
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->out.size(), 65536);
    QCOMPARE(r->outBytes, qint64(3000000));
    QVERIFY(r->truncated());
    QCOMPARE(r->err, QByteArray("done\n"));
    QCOMPARE(r->exitStatus, 0);
}

void TestSshSession::tcpProbe()
{
    sshbed::SilentListener silent;
    QVERIFY(silent.listen());
    const int closed = sshbed::freePort();
    const auto r = onWorker([&] {
        return QList<TcpProbeResult>{TcpProbe::probe(QStringLiteral("127.0.0.1"), m_bed.port(0), 2000),
                                     TcpProbe::probe(QStringLiteral("127.0.0.1"), closed, 2000),
                                     TcpProbe::probe(QStringLiteral("127.0.0.1"), silent.port(), 2000)};
    });
    QCOMPARE(r.at(0).outcome, TcpProbeResult::Outcome::Connected);
    QCOMPARE(r.at(0).address, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.at(1).outcome, TcpProbeResult::Outcome::Refused);
    QCOMPARE(r.at(2).outcome,
             TcpProbeResult::Outcome::Connected); // accepted by the kernel; SSH tells the rest
}

void TestSshSession::changedHostKeyIsRefusedWithoutQuestion()
{
    const QString file = knownHosts(QStringLiteral("changed/known_hosts"));
    QVERIFY(m_bed.writeKnownHosts(file, {m_bed.port(0)}));
    const QString oldFingerprint = m_bed.hostFingerprint();
    const SshOptions o = options(file);
    const SshTarget t = target(m_bed.port(0), m_bed.keyUser());
    auto connectOnce = [&] {
        return onWorker([&] {
            SshSession s(t, o, &m_broker);
            const Status st = s.connect();
            return qMakePair(st.ok() ? Error() : st.error(), int(s.failure()));
        });
    };
    QCOMPARE(connectOnce().second, int(SshSession::Failure::None));

    QString error;
    QVERIFY2(m_bed.restart(true, &error), qPrintable(error));
    const QString newFingerprint = m_bed.hostFingerprint();
    QVERIFY(newFingerprint != oldFingerprint);

    m_prompts.clear();
    m_policy = [](const SshPrompt &) { // would accept anything: it must never be asked
        SshPromptReply r;
        r.accepted = true;
        r.hostKey = SshPromptReply::HostKeyDecision::AcceptAndRemember;
        return r;
    };
    QSignalSpy notified(&m_broker, &SshPromptBroker::notified);
    const auto r = connectOnce();
    QCOMPARE(r.second, int(SshSession::Failure::HostKeyChanged));
    QVERIFY2(r.first.message.contains(QLatin1String("has changed")), qPrintable(r.first.message));
    QVERIFY(r.first.detail.contains(newFingerprint));
    QVERIFY(r.first.detail.contains(oldFingerprint));
    QVERIFY(m_prompts.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
    const SshPrompt p = notified.first().first().value<SshPrompt>();
    QCOMPARE(p.kind, SshPrompt::Kind::ChangedHostKey);
    QCOMPARE(p.fingerprint, newFingerprint);
    QCOMPARE(p.knownFingerprint, oldFingerprint);
    // known_hosts is left as it was.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
