// Where SSH goes, against real sshds on 127.0.0.1: hostile host and user values in a server's metadata
// (written straight into libvirt, as whoever controls the definition could) are refused with a clear
// message before anything reaches libssh or the screen, while the user's ssh config runs a ProxyCommand
// that would expand them in a shell and create a marker file (it stays absent, no prompt shows them);
// and a server behind a bastion that the ssh config reaches with a ProxyCommand through a second sshd
// (the jump host) is diagnosed through that path instead of being reported unreachable by a direct
// probe. Servers come from libvirt's test driver (the demo fleet).

#include "SshBed.h"

#include "core/Config.h"
#include "diagnostics/AddressBook.h"
#include "diagnostics/CommandBatch.h"
#include "diagnostics/DiagnosticsService.h"
#include "diagnostics/SshPromptBroker.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using virtdeck::sshbed::SshBed;

class TestSshTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostileMetadataIsRefused_data();
    void hostileMetadataIsRefused();
    void proxyCommandThroughJumpHost();

private:
    DomainSnapshot server(const QString &name) const;
    bool waitFinished(const QString &id, int ms = 120000);
    // Writes the <ssh> element as given, bypassing virtdeck's checks (the test driver keeps it).
    void writeRawAccess(const QString &name, const QString &sshElement);
    void writeFile(const QString &path, const QString &text);
    QString jumpConfig() const;

    SshBed m_target;
    SshBed m_jump;
    QTemporaryDir m_tmp;
    std::unique_ptr<Config> m_config;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_servers = nullptr;
    OperationQueue *m_queue = nullptr;
    DiagnosticsService *m_diag = nullptr;
    QString m_uri;
    QString m_marker;
};

DomainSnapshot TestSshTargets::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(m_uri, name))
        return *s;
    return {};
}

bool TestSshTargets::waitFinished(const QString &id, int ms)
{
    return QTest::qWaitFor([&] { return m_queue->find(id) && m_queue->find(id)->isFinished(); }, ms);
}

void TestSshTargets::writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

void TestSshTargets::writeRawAccess(const QString &name, const QString &sshElement)
{
    const DomainSnapshot s = server(name);
    const QByteArray xml = (QStringLiteral("<server>") + sshElement + QStringLiteral("</server>")).toUtf8();
    std::optional<int> rc;
    m_manager->connection(m_uri)->runOnDomain(
        this, s.ref(),
        [xml](virDomainPtr dom, virConnectPtr) -> Result<int> {
            return virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, xml.constData(), "virtdeck",
                                        ServerMetadata::NamespaceUri, VIR_DOMAIN_AFFECT_CURRENT);
        },
        [&rc](Result<int> r) { rc = r ? r.value() : -2; });
    QTRY_VERIFY(rc.has_value());
    QCOMPARE(*rc, 0);
    m_manager->connection(m_uri)->refreshDomain(s.uuid);
}

// The jump host's own client configuration: key, known host, no prompts (the test has no terminal).
QString TestSshTargets::jumpConfig() const
{
    return m_tmp.filePath(QStringLiteral("jump_config"));
}

void TestSshTargets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_SSHBED_CHECK_AVAILABLE();
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty(),
             "the OpenSSH client (ssh) runs the ProxyCommand to the jump host");
    QString error;
    QVERIFY2(m_target.start(1, &error), qPrintable(error));
    QVERIFY2(m_jump.start(1, &error), qPrintable(error));
    m_marker = m_tmp.filePath(QStringLiteral("injected-marker"));

    const QString jumpKnown = m_tmp.filePath(QStringLiteral("jump_known_hosts"));
    QVERIFY(m_jump.writeKnownHosts(jumpKnown, m_jump.ports()));
    writeFile(jumpConfig(), QStringLiteral("Host jump\n"
                                           "    HostName 127.0.0.1\n"
                                           "    Port %1\n"
                                           "    User %2\n"
                                           "    IdentityFile %3\n"
                                           "    IdentitiesOnly yes\n"
                                           "    UserKnownHostsFile %4\n"
                                           "    GlobalKnownHostsFile /dev/null\n"
                                           "    StrictHostKeyChecking yes\n"
                                           "    BatchMode yes\n")
                                .arg(m_jump.port())
                                .arg(m_jump.keyUser(), m_jump.clientKey(), jumpKnown));
    // virtdeck's ssh config: every host goes through a ProxyCommand that passes the user (%r) and host
    // (%h) through a shell, as audit wrappers do; the bastion entry maps db-7.internal to the target.
    const QString proxy =
        QStringLiteral("ssh -F %1 -W 127.0.0.1:%2 jump").arg(jumpConfig()).arg(m_target.port());
    writeFile(m_tmp.filePath(QStringLiteral("ssh_config")),
              QStringLiteral("Host db-7.internal\n"
                             "    ProxyCommand %1\n"
                             "Host jumped.internal\n"
                             "    ProxyJump %2@127.0.0.1:%3\n"
                             "Host *\n"
                             "    ProxyCommand env VDTEST_USER=%r VDTEST_HOST=%h %1\n")
                  .arg(proxy, m_jump.keyUser())
                  .arg(m_jump.port()));
    // The target's key, known under the names the tests use.
    const QString knownHosts = m_tmp.filePath(QStringLiteral("known_hosts"));
    QVERIFY(m_target.writeKnownHosts(knownHosts, m_target.ports()));
    QFile kh(knownHosts);
    QVERIFY(kh.open(QIODevice::Append));
    kh.write((QStringLiteral("db-7.internal ") + m_target.hostPublicKey() + QLatin1Char('\n')).toUtf8());
    kh.close();

    m_config = std::make_unique<Config>(m_tmp.filePath(QStringLiteral("virtdeck.ini")));
    m_manager = new ConnectionManager;
    m_servers = new ServerListModel;
    m_servers->attach(m_manager);
    m_queue = new OperationQueue(m_manager, nullptr);
    m_diag = new DiagnosticsService(Services{m_config.get(), m_manager, m_queue, m_servers});
    m_diag->registerKinds(*m_queue);
    SshOptions o;
    o.sshDir = m_tmp.filePath(QStringLiteral("dot-ssh"));
    o.configFile = m_tmp.filePath(QStringLiteral("ssh_config"));
    o.knownHostsFile = knownHosts;
    o.globalKnownHostsFile = m_tmp.filePath(QStringLiteral("global_known_hosts"));
    o.useAgent = false;
    o.identityFiles = {m_target.clientKey()};
    o.connectTimeoutMs = 5000;
    m_diag->setSshOptions(o);

    const Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    m_uri = uri.value();
    Connection::Options c;
    c.uri = m_uri;
    c.demo = true;
    QVERIFY(m_manager->connectTo(c).ok());
    QTRY_COMPARE_WITH_TIMEOUT(int(m_servers->serversOf(m_uri).size()), 30, 20000);
}

void TestSshTargets::cleanupTestCase()
{
    delete m_diag;
    delete m_queue;
    delete m_servers;
    delete m_manager;
    m_target.stop();
    m_jump.stop();
}

void TestSshTargets::hostileMetadataIsRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("hostile"); // a piece of the hostile value that must never show
    // libssh 0.10.6 refuses ';' in a user name itself (CVE-2023-6004) but takes a newline, which the
    // shell running the ProxyCommand takes as the end of a command.
    QTest::newRow("user-newline") << QStringLiteral("127.0.0.1")
                                  << QStringLiteral("vdtest-key&#10;touch %1&#10;:")
                                  << QStringLiteral("touch");
    QTest::newRow("user-semicolon") << QStringLiteral("127.0.0.1") << QStringLiteral("r;touch %1;")
                                    << QStringLiteral("touch");
    QTest::newRow("user-uppercase-space")
        << QStringLiteral("127.0.0.1") << QStringLiteral("Vd Test") << QStringLiteral("Vd Test");
    QTest::newRow("host-substitution")
        << QStringLiteral("$(touch %1)") << QStringLiteral("vdtest-key") << QStringLiteral("touch");
    QTest::newRow("host-option") << QStringLiteral("-oProxyCommand=touch%20%1") << QString()
                                 << QStringLiteral("ProxyCommand");
    QTest::newRow("host-underscore-dots")
        << QStringLiteral("a_b..example") << QString() << QStringLiteral("a_b");
}

void TestSshTargets::hostileMetadataIsRefused()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, hostile);
    QFile::remove(m_marker);
    const QString name = QStringLiteral("www-fr-06");
    const QString markerXml = m_marker;
    QString element =
        QStringLiteral("<ssh host=\"%1\" port=\"%2\"").arg(host.arg(markerXml)).arg(m_target.port());
    element.replace(QStringLiteral("%20"), QStringLiteral(" "));
    if (!user.isEmpty())
        element += QStringLiteral(" user=\"%1\"").arg(user.arg(markerXml));
    element += QStringLiteral("/>");
    writeRawAccess(name, element);
    // Wait for the list to show this row's values (not the previous row's).
    QString expectedHost = host.arg(markerXml);
    expectedHost.replace(QStringLiteral("%20"), QStringLiteral(" "));
    QString expectedUser = user.isEmpty() ? QString() : user.arg(markerXml);
    expectedUser.replace(QStringLiteral("&#10;"), QStringLiteral("\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server(name).metadata.ssh.host == expectedHost &&
                                 server(name).metadata.ssh.user == expectedUser,
                             10000);
    qInfo("metadata now: host [%s] user [%s]", qPrintable(server(name).metadata.ssh.host),
          qPrintable(server(name).metadata.ssh.user));

    QSignalSpy prompts(m_diag->promptBroker(), &SshPromptBroker::promptRequested);
    QSignalSpy notes(m_diag->promptBroker(), &SshPromptBroker::notified);
    const Result<QString> id = m_diag->diagnose(server(name).ref());
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    QVERIFY2(!QFile::exists(m_marker), "the ProxyCommand's shell ran a command from the metadata");
    const std::optional<DiagnosisReport> report = m_diag->report(id.value());
    QVERIFY(report.has_value());
    QStringList steps;
    for (const DiagnosisStep &s : report->steps)
        steps << QStringLiteral("%1=%2 (%3)").arg(s.id, DiagnosisStep::statusName(s.status), s.summary);
    qInfo("%s", qPrintable(steps.join(QLatin1String("; "))));
    const DiagnosisStep &reach = report->steps[report->stepIndex(QStringLiteral("reachability"))];
    QCOMPARE(reach.status, DiagnosisStep::Status::Failed);
    QVERIFY2(reach.summary.contains(QLatin1String("refused")), qPrintable(reach.summary));
    QVERIFY(!reach.summary.contains(hostile));
    QVERIFY(std::any_of(report->findings.begin(), report->findings.end(),
                        [](const Finding &f) { return f.id == QLatin1String("ssh.config"); }));
    QVERIFY(!report->endpoint.contains(hostile));
    QCOMPARE(prompts.size(), 0);
    QCOMPARE(notes.size(), 0);

    // What the Diagnose header, the address column and its tooltip read.
    AddressBook *book = m_diag->addressBook();
    const SshTarget target = book->sshTarget(server(name).ref());
    qInfo("target: host [%s] user [%s]", qPrintable(target.host), qPrintable(target.user));
    QVERIFY(!target.isValid());
    QVERIFY(!target.user.contains(hostile) && !target.host.contains(hostile));
    QVERIFY(!book->displayText(server(name).ref()).contains(hostile));
    QVERIFY(!book->toolTip(server(name).ref()).contains(hostile));

    // The same server in a command batch: refused before a session exists.
    const Result<QString> batchId = m_diag->runCommand({server(name).ref()}, QStringLiteral("true"), 10, 1);
    QVERIFY(batchId.ok());
    QVERIFY(waitFinished(batchId.value()));
    const CommandBatch *batch = m_diag->batch(batchId.value());
    QVERIFY(batch);
    const BatchItem item = batch->items().value(0);
    qInfo("batch item: %s / %s", qPrintable(item.problem), qPrintable(item.error.message));
    QVERIFY(item.isFailure());
    QVERIFY(QString(item.problem + item.error.message).contains(QLatin1String("refused")));
    QCOMPARE(prompts.size(), 0);
    QVERIFY(!QFile::exists(m_marker));
}

void TestSshTargets::proxyCommandThroughJumpHost()
{
    // The server is known only as db-7.internal, which resolves nowhere here: only the bastion (the
    // ProxyCommand through the second sshd) reaches it. A direct probe would call it unreachable.
    const QString name = QStringLiteral("www-fr-07");
    writeRawAccess(name, QStringLiteral("<ssh host=\"db-7.internal\" user=\"%1\"/>").arg(m_target.keyUser()));
    QTRY_COMPARE_WITH_TIMEOUT(server(name).metadata.ssh.host, QStringLiteral("db-7.internal"), 10000);
    const int jumpLogBefore = int(m_jump.log().size());
    const Result<QString> id = m_diag->diagnose(server(name).ref());
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    const std::optional<DiagnosisReport> report = m_diag->report(id.value());
    QVERIFY(report.has_value());
    for (const DiagnosisStep &s : report->steps)
        qInfo("%s: %s — %s %s", qPrintable(s.id), qPrintable(DiagnosisStep::statusName(s.status)),
              qPrintable(s.summary), qPrintable(s.error));
    for (const Finding &f : report->findings)
        qInfo("finding %s: %s", qPrintable(f.id), qPrintable(f.title));
    const DiagnosisStep &reach = report->steps[report->stepIndex(QStringLiteral("reachability"))];
    QVERIFY2(reach.status != DiagnosisStep::Status::Failed, qPrintable(reach.summary));
    QVERIFY2(reach.summary.contains(QLatin1String("ProxyCommand")), qPrintable(reach.summary));
    const DiagnosisStep &login = report->steps[report->stepIndex(QStringLiteral("login"))];
    QVERIFY2(login.status == DiagnosisStep::Status::Done,
             qPrintable(login.summary + QLatin1Char(' ') + login.error));
    QCOMPARE(report->steps[report->stepIndex(QStringLiteral("uptime"))].status, DiagnosisStep::Status::Done);
    for (const Finding &f : report->findings) {
        QVERIFY2(!f.id.startsWith(QLatin1String("network.")) && f.id != QLatin1String("ssh.refused") &&
                     f.id != QLatin1String("ssh.timeout"),
                 qPrintable(f.id));
    }
    // It really went through the jump host.
    QVERIFY(m_jump.log().mid(jumpLogBefore).contains(QLatin1String("Accepted publickey for vdtest-key")));
}

QTEST_GUILESS_MAIN(TestSshTargets)
#include "tst_sshtargets.moc"
