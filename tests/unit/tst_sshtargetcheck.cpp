// SshTargetCheck on named rows: IP literals and RFC 1123 host names pass; shell characters, options,
// scopes, underscores, over-long labels fail; user names of the form [a-z_][a-z0-9_.-]* (at most 32)
// pass, the rest (newline, semicolon, uppercase, leading dash) fail; refusals never repeat the value.
// SshSession refuses such a target before libssh sees it, and reads back the proxy the ssh config sets
// (ProxyCommand, and ProxyJump, which libssh 0.10 turns into `ssh -W`) without connecting.

#include "diagnostics/SshSession.h"
#include "diagnostics/SshTargetCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestSshTargetCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hosts_data();
    void hosts();
    void users_data();
    void users();
    void refusalDoesNotRepeatTheValue();
    void sessionRefusesBeforeLibssh();
    void proxyFromConfig();
};

void TestSshTargetCheck::hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::newRow("ipv4") << "192.0.2.10" << true;
    QTest::newRow("ipv6") << "2001:db8::10" << true;
    QTest::newRow("ipv6-loopback") << "::1" << true;
    QTest::newRow("name") << "web-01.example.org" << true;
    QTest::newRow("alias") << "web01" << true;
    QTest::newRow("trailing-dot") << "web01.example.org." << true;
    QTest::newRow("digit-label") << "3com.example" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "web 01" << false;
    QTest::newRow("substitution") << "$(touch x)" << false;
    QTest::newRow("semicolon") << "a;b" << false;
    QTest::newRow("option") << "-oProxyCommand=sh" << false;
    QTest::newRow("leading-dash-label") << "web.-x.org" << false;
    QTest::newRow("trailing-dash-label") << "web-.org" << false;
    QTest::newRow("underscore") << "a_b.example" << false;
    QTest::newRow("empty-label") << "a..b" << false;
    QTest::newRow("ipv4-five-parts") << "1.2.3.4.5" << false;
    QTest::newRow("ipv4-out-of-range") << "10.0.0.256" << false;
    QTest::newRow("ipv6-scope") << "fe80::1%eth0" << false;
    QTest::newRow("ipv6-brackets") << "[::1]" << false;
    QTest::newRow("newline") << "web\n01" << false;
    QTest::newRow("percent") << "%h" << false;
    QTest::newRow("label-64") << QString(64, QLatin1Char('a')) + ".org" << false;
    QTest::newRow("label-63") << QString(63, QLatin1Char('a')) + ".org" << true;
    QTest::newRow("non-ascii") << QString::fromUtf8("caf\xc3\xa9.example") << false;
}

void TestSshTargetCheck::hosts()
{
    QFETCH(QString, host);
    QFETCH(bool, ok);
    QCOMPARE(SshTargetCheck::isHost(host), ok);
    QCOMPARE(SshTargetCheck::checkHost(host, QStringLiteral("srv")).ok(), ok);
}

void TestSshTargetCheck::users_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("ok");
    QTest::newRow("root") << "root" << true;
    QTest::newRow("dashes-dots") << "deploy-user.2" << true;
    QTest::newRow("underscore-first") << "_svc" << true;
    QTest::newRow("32") << QString(32, QLatin1Char('a')) << true;
    QTest::newRow("33") << QString(33, QLatin1Char('a')) << false;
    QTest::newRow("uppercase") << "Root" << false;
    QTest::newRow("digit-first") << "1user" << false;
    QTest::newRow("leading-dash") << "-l" << false;
    QTest::newRow("semicolon") << "r;touch marker;" << false;
    QTest::newRow("newline") << "root\ntouch marker" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("dollar") << "machine$" << false;
    QTest::newRow("percent") << "%h" << false;
}

void TestSshTargetCheck::users()
{
    QFETCH(QString, user);
    QFETCH(bool, ok);
    QCOMPARE(SshTargetCheck::isUser(user), ok);
    QCOMPARE(SshTargetCheck::checkUser(user, QStringLiteral("srv")).ok(), ok);
}

void TestSshTargetCheck::refusalDoesNotRepeatTheValue()
{
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.user = QStringLiteral("r;touch marker;");
    t.label = QStringLiteral("www-1");
    const Status s = SshTargetCheck::check(t);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("www-1")));
    QVERIFY(!s.error().message.contains(QLatin1String("touch")));
    t.user.clear();
    t.host = QStringLiteral("$(touch marker)");
    QVERIFY(!SshTargetCheck::check(t).ok());
    QVERIFY(!SshTargetCheck::check(t).error().message.contains(QLatin1String("touch")));
    t.host = QStringLiteral("web-01");
    t.port = 70000;
    QVERIFY(!SshTargetCheck::check(t).ok());
    t.port = 22;
    QVERIFY(SshTargetCheck::check(t).ok());
}

void TestSshTargetCheck::sessionRefusesBeforeLibssh()
{
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.user = QStringLiteral("vdtest\ntouch marker");
    t.label = QStringLiteral("www-1");
    SshOptions o;
    o.readConfig = false;
    SshSession session(t, o);
    const Status s = session.configure();
    QVERIFY(!s.ok());
    QCOMPARE(session.failure(), SshSession::Failure::Config);
    QVERIFY(!s.error().message.contains(QLatin1String("touch")));
    QVERIFY(!session.describe().contains(QLatin1String("touch")));
}

void TestSshTargetCheck::proxyFromConfig()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("ssh_config"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Host jumped.internal\n    ProxyJump ops@127.0.0.1:2200\n"
            "Host proxied.internal\n    ProxyCommand nc %h %p\n");
    f.close();
    SshOptions o;
    o.configFile = config;
    o.sshDir = dir.path();
    auto session = [&](const QString &host) {
        SshTarget t;
        t.host = host;
        t.label = host;
        auto s = std::make_unique<SshSession>(t, o);
        const Status st = s->configure();
        if (!st.ok())
            qWarning("%s", qPrintable(st.error().toString()));
        return s;
    };
    const auto jumped = session(QStringLiteral("jumped.internal"));
    qInfo("ProxyJump becomes: %s", qPrintable(jumped->proxyCommand()));
    QVERIFY(jumped->proxyCommand().contains(QLatin1String("-W")));
    QCOMPARE(jumped->jumpHost(), QStringLiteral("127.0.0.1"));
    QCOMPARE(jumped->jumpPort(), 2200);
    const auto proxied = session(QStringLiteral("proxied.internal"));
    QCOMPARE(proxied->proxyCommand(), QStringLiteral("nc %h %p"));
    QVERIFY(proxied->jumpHost().isEmpty());
    const auto direct = session(QStringLiteral("direct.internal"));
    QVERIFY(direct->proxyCommand().isEmpty());
}

QTEST_GUILESS_MAIN(TestSshTargetCheck)
#include "tst_sshtargetcheck.moc"
