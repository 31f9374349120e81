// ServerMetadata: virtdeck's element in a domain's <metadata> (tags, shares, SSH access) — parsing what
// libvirt returns, writing what virDomainSetMetadata accepts, keeping unknown elements, refusing bad tags.

#include "servers/ServerMetadata.h"

#include <QTest>

using namespace virtdeck;

class TestServerMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void roundTripKeepsUnknownElements();
    void writesUnqualifiedElement();
    void refusesBadShares_data();
    void refusesBadShares();
    void tagRules_data();
    void tagRules();
    void tagList();
};

void TestServerMetadata::parse_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("shares");
    QTest::newRow("as libvirt returns it (no prefix)")
        << "<server><tags><tag>web</tag><tag>site-en</tag></tags><shares>2</shares></server>"
        << QStringList{"web", "site-en"} << 2;
    QTest::newRow("prefixed as in the demo file")
        << "<virtdeck:server xmlns:virtdeck=\"https://virtdeck.org/xmlns/server/1\"><virtdeck:tags>"
           "<virtdeck:tag>db</virtdeck:tag></virtdeck:tags></virtdeck:server>"
        << QStringList{"db"} << 0;
    QTest::newRow("whitespace and duplicates") << "<server>\n  <tags>\n    <tag> a </tag>\n    "
                                                  "<tag>a</tag>\n  </tags>\n  <shares> 8 </shares>\n</server>"
                                               << QStringList{"a"} << 8;
    QTest::newRow("empty") << "<server/>" << QStringList{} << 0;
    QTest::newRow("invalid tag dropped")
        << "<server><tags><tag>has space</tag><tag>ok</tag></tags></server>" << QStringList{"ok"} << 0;
}

void TestServerMetadata::parse()
{
    QFETCH(QString, xml);
    QFETCH(QStringList, tags);
    QFETCH(int, shares);
    const Result<ServerMetadata> meta = ServerMetadata::parse(xml);
    QVERIFY2(meta.ok(), qPrintable(meta.ok() ? QString() : meta.error().toString()));
    QCOMPARE(meta->tags, tags);
    QCOMPARE(meta->shares.value_or(0), shares);
}

void TestServerMetadata::roundTripKeepsUnknownElements()
{
    const QString xml =
        QStringLiteral("<server><tags><tag>web</tag></tags><shares>3</shares>"
                       "<ssh host=\"10.0.0.5\" port=\"2222\" user=\"admin\"/>"
                       "<future level=\"2\"><child>text &amp; more</child></future></server>");
    const Result<ServerMetadata> meta = ServerMetadata::parse(xml);
    QVERIFY(meta.ok());
    QCOMPARE(meta->ssh.host, QStringLiteral("10.0.0.5"));
    QCOMPARE(meta->ssh.port, 2222);
    QCOMPARE(meta->ssh.user, QStringLiteral("admin"));
    QCOMPARE(meta->unknownElements.size(), 1);
    const QString written = meta->toXml();
    const Result<ServerMetadata> again = ServerMetadata::parse(written);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), meta.value());
    QVERIFY(written.contains(QStringLiteral("text &amp; more")));
}

void TestServerMetadata::writesUnqualifiedElement()
{
    ServerMetadata meta;
    meta.tags = {QStringLiteral("web")};
    meta.shares = 4;
    const QString xml = meta.toXml();
    QVERIFY(xml.startsWith(QStringLiteral("<server>")));
    QVERIFY(!xml.contains(QStringLiteral("virtdeck:")));
    QVERIFY(!xml.contains(QStringLiteral("xmlns")));
    QCOMPARE(ServerMetadata().toXml(), QStringLiteral("<server></server>"));
}

void TestServerMetadata::refusesBadShares_data()
{
    QTest::addColumn<QString>("xml");
    QTest::newRow("zero") << "<server><shares>0</shares></server>";
    QTest::newRow("negative") << "<server><shares>-2</shares></server>";
    QTest::newRow("text") << "<server><shares>lots</shares></server>";
    QTest::newRow("bad ssh port") << "<server><ssh port=\"70000\"/></server>";
    QTest::newRow("wrong root") << "<domain/>";
    QTest::newRow("not xml") << "tags: web";
    QTest::newRow("truncated") << "<server><tags><tag>web</tag>";
}

void TestServerMetadata::refusesBadShares()
{
    QFETCH(QString, xml);
    const Result<ServerMetadata> meta = ServerMetadata::parse(xml);
    QVERIFY(!meta.ok());
    QVERIFY(!meta.error().message.isEmpty());
}

void TestServerMetadata::tagRules_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "web" << true;
    QTest::newRow("dashes and dots") << "site-en.prod_1" << true;
    QTest::newRow("colon slash") << "team:ops/eu" << true;
    QTest::newRow("unicode letters") << "équipe" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "two words" << false;
    QTest::newRow("comma") << "a,b" << false;
    QTest::newRow("angle bracket") << "<b>" << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('x')) << false;
    QTest::newRow("64 is fine") << QString(64, QLatin1Char('x')) << true;
}

void TestServerMetadata::tagRules()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(ServerMetadata::validateTag(tag).ok(), valid);
}

void TestServerMetadata::tagList()
{
    const Result<QStringList> ok = ServerMetadata::parseTagList(QStringLiteral("web, site-en  prod,,web"));
    QVERIFY(ok.ok());
    QCOMPARE(ok.value(), (QStringList{"web", "site-en", "prod"}));
    const Result<QStringList> bad = ServerMetadata::parseTagList(QStringLiteral("web <script>"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("<script>")));
}

QTEST_GUILESS_MAIN(TestServerMetadata)
#include "tst_servermetadata.moc"
