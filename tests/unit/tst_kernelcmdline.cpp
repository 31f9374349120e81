// KernelCmdline: parsing the way the kernel's next_arg() does, the exact round trip text -> tokens ->
// text, edits that leave other tokens alone, and validation (length per architecture, control
// characters, quotes, conflicting repeats).

#include "boot/KernelCmdline.h"

#include <QStandardPaths>
#include <QtTest>

using namespace virtdeck;

namespace {
// How the kernel sees a token: "key" for a flag, "key=value" otherwise.
QStringList kernelView(const KernelCmdline &line)
{
    QStringList out;
    for (const CmdlineToken &t : line.tokens())
        out << (t.hasValue ? t.key + QLatin1Char('=') + t.value : t.key);
    return out;
}

QStringList rawTokens(const KernelCmdline &line)
{
    QStringList out;
    for (const CmdlineToken &t : line.tokens())
        out << t.text;
    return out;
}

int count(const QList<CmdlineIssue> &issues, CmdlineIssue::Severity s)
{
    return int(
        std::count_if(issues.begin(), issues.end(), [s](const CmdlineIssue &i) { return i.severity == s; }));
}

QString messages(const QList<CmdlineIssue> &issues)
{
    QStringList out;
    for (const CmdlineIssue &i : issues)
        out << i.message;
    return out.join(QStringLiteral(" | "));
}
} // namespace

class TestKernelCmdline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parse_data();
    void parse();
    void roundTripAfterEdits();
    void lookups();
    void setValueInPlace();
    void removeKeepsSpacing();
    void insertAndFlags();
    void initArguments();
    void formatToken_data();
    void formatToken();
    void validate_data();
    void validate();
    void limits();
};

void TestKernelCmdline::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("raw");    // tokens exactly as written
    QTest::addColumn<QStringList>("kernel"); // what the kernel sees: key or key=value

    const QString longValue = QString(3000, QLatin1Char('a'));
    QTest::newRow("empty") << QString() << QStringList() << QStringList();
    QTest::newRow("only spaces") << QStringLiteral("     ") << QStringList() << QStringList();
    QTest::newRow("one flag") << QStringLiteral("quiet") << QStringList{QStringLiteral("quiet")}
                              << QStringList{QStringLiteral("quiet")};
    QTest::newRow("key and flag") << QStringLiteral("root=/dev/vda1 ro")
                                  << QStringList{QStringLiteral("root=/dev/vda1"), QStringLiteral("ro")}
                                  << QStringList{QStringLiteral("root=/dev/vda1"), QStringLiteral("ro")};
    QTest::newRow("leading and trailing spaces")
        << QStringLiteral("  quiet  ") << QStringList{QStringLiteral("quiet")}
        << QStringList{QStringLiteral("quiet")};
    QTest::newRow("whitespace runs") << QStringLiteral("a   b\t\tc")
                                     << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                    QStringLiteral("c")}
                                     << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                    QStringLiteral("c")};
    QTest::newRow("key=value=with=equals")
        << QStringLiteral("key=value=with=equals") << QStringList{QStringLiteral("key=value=with=equals")}
        << QStringList{QStringLiteral("key=value=with=equals")};
    QTest::newRow("empty value") << QStringLiteral("foo=") << QStringList{QStringLiteral("foo=")}
                                 << QStringList{QStringLiteral("foo=")};
    QTest::newRow("equals first is not a separator")
        << QStringLiteral("=x") << QStringList{QStringLiteral("=x")} << QStringList{QStringLiteral("=x")};
    QTest::newRow("equals first then another")
        << QStringLiteral("=a=b") << QStringList{QStringLiteral("=a=b")}
        << QStringList{QStringLiteral("=a=b")};
    QTest::newRow("quoted value with spaces")
        << QStringLiteral("acpi_osi=\"Windows 2020\" ro")
        << QStringList{QStringLiteral("acpi_osi=\"Windows 2020\""), QStringLiteral("ro")}
        << QStringList{QStringLiteral("acpi_osi=Windows 2020"), QStringLiteral("ro")};
    QTest::newRow("whole token quoted") << QStringLiteral("\"dyndbg=file foo.c +p\"")
                                        << QStringList{QStringLiteral("\"dyndbg=file foo.c +p\"")}
                                        << QStringList{QStringLiteral("dyndbg=file foo.c +p")};
    QTest::newRow("quoted flag") << QStringLiteral("\"hello world\" x")
                                 << QStringList{QStringLiteral("\"hello world\""), QStringLiteral("x")}
                                 << QStringList{QStringLiteral("hello world"), QStringLiteral("x")};
    QTest::newRow("unbalanced quote runs to the end")
        << QStringLiteral("a=\"b c") << QStringList{QStringLiteral("a=\"b c")}
        << QStringList{QStringLiteral("a=b c")};
    QTest::newRow("quote in the middle of a value")
        << QStringLiteral("a=b\"c d\"e f") << QStringList{QStringLiteral("a=b\"c d\"e"), QStringLiteral("f")}
        << QStringList{QStringLiteral("a=b\"c d\"e"), QStringLiteral("f")};
    QTest::newRow("empty quotes") << QStringLiteral("a=\"\"") << QStringList{QStringLiteral("a=\"\"")}
                                  << QStringList{QStringLiteral("a=")};
    QTest::newRow("lone opening quote after equals")
        << QStringLiteral("a=\"") << QStringList{QStringLiteral("a=\"")} << QStringList{QStringLiteral("a=")};
    QTest::newRow("lone quote") << QStringLiteral("\"") << QStringList{QStringLiteral("\"")}
                                << QStringList{QString()};
    QTest::newRow("repeated keys") << QStringLiteral("console=tty0 console=ttyS0,115200")
                                   << QStringList{QStringLiteral("console=tty0"),
                                                  QStringLiteral("console=ttyS0,115200")}
                                   << QStringList{QStringLiteral("console=tty0"),
                                                  QStringLiteral("console=ttyS0,115200")};
    QTest::newRow("dashes in a name")
        << QStringLiteral("sysrq-always-enabled") << QStringList{QStringLiteral("sysrq-always-enabled")}
        << QStringList{QStringLiteral("sysrq-always-enabled")};
    QTest::newRow("init arguments") << QStringLiteral("quiet -- single foo")
                                    << QStringList{QStringLiteral("quiet"), QStringLiteral("--"),
                                                   QStringLiteral("single"), QStringLiteral("foo")}
                                    << QStringList{QStringLiteral("quiet"), QStringLiteral("--"),
                                                   QStringLiteral("single"), QStringLiteral("foo")};
    QTest::newRow("unicode latin") << QStringLiteral("label=été ro")
                                   << QStringList{QStringLiteral("label=été"), QStringLiteral("ro")}
                                   << QStringList{QStringLiteral("label=été"), QStringLiteral("ro")};
    QTest::newRow("unicode cjk") << QStringLiteral("comment=日本語")
                                 << QStringList{QStringLiteral("comment=日本語")}
                                 << QStringList{QStringLiteral("comment=日本語")};
    QTest::newRow("unicode astral") << QStringLiteral("x=😀 y")
                                    << QStringList{QStringLiteral("x=😀"), QStringLiteral("y")}
                                    << QStringList{QStringLiteral("x=😀"), QStringLiteral("y")};
    QTest::newRow("no-break space is not a separator")
        << QStringLiteral("a\u00a0b") << QStringList{QStringLiteral("a\u00a0b")}
        << QStringList{QStringLiteral("a\u00a0b")};
    QTest::newRow("newline separates")
        << QStringLiteral("a\nb") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
        << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("crlf separates") << QStringLiteral("a\r\nb\r\n")
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("dotted module parameter")
        << QStringLiteral("virtdeck.probe=42") << QStringList{QStringLiteral("virtdeck.probe=42")}
        << QStringList{QStringLiteral("virtdeck.probe=42")};
    QTest::newRow("debian default") << QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 quiet")
                                    << QStringList{QStringLiteral("root=/dev/vda1"), QStringLiteral("ro"),
                                                   QStringLiteral("console=ttyS0,115200"),
                                                   QStringLiteral("quiet")}
                                    << QStringList{QStringLiteral("root=/dev/vda1"), QStringLiteral("ro"),
                                                   QStringLiteral("console=ttyS0,115200"),
                                                   QStringLiteral("quiet")};
    QTest::newRow("label root") << QStringLiteral("root=LABEL=rootfs rw")
                                << QStringList{QStringLiteral("root=LABEL=rootfs"), QStringLiteral("rw")}
                                << QStringList{QStringLiteral("root=LABEL=rootfs"), QStringLiteral("rw")};
    QTest::newRow("single quotes are ordinary")
        << QStringLiteral("a='b c'") << QStringList{QStringLiteral("a='b"), QStringLiteral("c'")}
        << QStringList{QStringLiteral("a='b"), QStringLiteral("c'")};
    QTest::newRow("backslash does not escape")
        << QStringLiteral("a=\\\"b c\\\" d")
        << QStringList{QStringLiteral("a=\\\"b c\\\""), QStringLiteral("d")}
        << QStringList{QStringLiteral("a=\\\"b c\\\""), QStringLiteral("d")};
    QTest::newRow("very long token") << QStringLiteral("x=") + longValue
                                     << QStringList{QStringLiteral("x=") + longValue}
                                     << QStringList{QStringLiteral("x=") + longValue};
    QTest::newRow("double dash alone")
        << QStringLiteral("--") << QStringList{QStringLiteral("--")} << QStringList{QStringLiteral("--")};
    QTest::newRow("control characters inside a token")
        << QStringLiteral("a\u0001b c") << QStringList{QStringLiteral("a\u0001b"), QStringLiteral("c")}
        << QStringList{QStringLiteral("a\u0001b"), QStringLiteral("c")};
    QTest::newRow("quoted value then more")
        << QStringLiteral("init=/bin/sh  \"x=1 2\"\t y")
        << QStringList{QStringLiteral("init=/bin/sh"), QStringLiteral("\"x=1 2\""), QStringLiteral("y")}
        << QStringList{QStringLiteral("init=/bin/sh"), QStringLiteral("x=1 2"), QStringLiteral("y")};
}

void TestKernelCmdline::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, raw);
    QFETCH(QStringList, kernel);
    const KernelCmdline line = KernelCmdline::parse(text);
    QCOMPARE(line.toString(), text); // the round trip is the identity, byte for byte
    QCOMPARE(rawTokens(line), raw);
    QCOMPARE(kernelView(line), kernel);
    // Composing from the tokens gives the same text again, and parsing that the same tokens.
    QCOMPARE(KernelCmdline::parse(line.toString()), line);
}

void TestKernelCmdline::roundTripAfterEdits()
{
    KernelCmdline line = KernelCmdline::parse(QStringLiteral("  root=/dev/vda1   ro\tquiet  "));
    line.setFlag(QStringLiteral("single"), true);
    const QString text = line.toString();
    QCOMPARE(text, QStringLiteral("  root=/dev/vda1   ro\tquiet single  "));
    QCOMPARE(KernelCmdline::parse(text), line);
}

void TestKernelCmdline::lookups()
{
    const KernelCmdline line = KernelCmdline::parse(QStringLiteral(
        "root=/dev/vda1 selinux=1 sysrq-always-enabled quiet root=/dev/vdb2 selinux=0 -- root=x"));
    QCOMPARE(line.lastValue(QStringLiteral("root")), std::optional<QString>(QStringLiteral("/dev/vdb2")));
    QCOMPARE(line.values(QStringLiteral("selinux")), QStringList({QStringLiteral("1"), QStringLiteral("0")}));
    QVERIFY(line.hasFlag(QStringLiteral("sysrq_always_enabled"))); // '-' and '_' are the same in names
    QVERIFY(line.hasFlag(QStringLiteral("quiet")));
    QVERIFY(!line.hasFlag(QStringLiteral("root")));
    QCOMPARE(line.indexesOf(QStringLiteral("root")).size(), 2); // the one after "--" belongs to init
    QCOMPARE(line.initArgsStart(), 6);
    QVERIFY(!line.lastValue(QStringLiteral("missing")));
}

void TestKernelCmdline::setValueInPlace()
{
    KernelCmdline line = KernelCmdline::parse(QStringLiteral("root=/dev/vda1   ro  quiet root=/dev/vdc"));
    line.setValue(QStringLiteral("root"), QStringLiteral("/dev/vdb2"));
    QCOMPARE(line.toString(), QStringLiteral("root=/dev/vdb2   ro  quiet"));
    line.setValue(QStringLiteral("init"), QStringLiteral("/bin/sh"));
    QCOMPARE(line.toString(), QStringLiteral("root=/dev/vdb2   ro  quiet init=/bin/sh"));
    line.setValue(QStringLiteral("label"), QStringLiteral("a b"));
    QCOMPARE(line.toString(), QStringLiteral("root=/dev/vdb2   ro  quiet init=/bin/sh label=\"a b\""));
    QCOMPARE(line.lastValue(QStringLiteral("label")), std::optional<QString>(QStringLiteral("a b")));
}

void TestKernelCmdline::removeKeepsSpacing()
{
    KernelCmdline line = KernelCmdline::parse(QStringLiteral("  a  b\tc  "));
    line.removeAt(0);
    QCOMPARE(line.toString(), QStringLiteral("  b\tc  "));
    line.removeAt(1);
    QCOMPARE(line.toString(), QStringLiteral("  b  "));
    line.removeAt(0);
    QCOMPARE(line.toString(), QStringLiteral("  "));
    line.removeAt(5); // out of range: nothing
    QCOMPARE(line.toString(), QStringLiteral("  "));
}

void TestKernelCmdline::insertAndFlags()
{
    KernelCmdline line;
    line.append(QStringLiteral("quiet"));
    QCOMPARE(line.toString(), QStringLiteral("quiet"));
    line.insert(0, QStringLiteral("single"));
    QCOMPARE(line.toString(), QStringLiteral("single quiet"));
    line.setFlag(QStringLiteral("quiet"), false);
    QCOMPARE(line.toString(), QStringLiteral("single"));
    line.setFlag(QStringLiteral("single"), true); // already there: no duplicate
    QCOMPARE(line.toString(), QStringLiteral("single"));
    line.replaceAt(0, QStringLiteral("selinux=0"));
    QCOMPARE(line.tokens().first().key, QStringLiteral("selinux"));
    QCOMPARE(line.tokens().first().value, QStringLiteral("0"));
}

void TestKernelCmdline::initArguments()
{
    KernelCmdline line = KernelCmdline::parse(QStringLiteral("ro -- single"));
    QVERIFY(!line.hasFlag(QStringLiteral("single")));
    line.setFlag(QStringLiteral("single"), true);
    QCOMPARE(line.toString(), QStringLiteral("ro single -- single"));
    line.setFlag(QStringLiteral("single"), false);
    QCOMPARE(line.toString(), QStringLiteral("ro -- single"));
}

void TestKernelCmdline::formatToken_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("flag");
    QTest::addColumn<QString>("expected");
    QTest::newRow("flag") << QStringLiteral("single") << QString() << true << QStringLiteral("single");
    QTest::newRow("plain") << QStringLiteral("root") << QStringLiteral("/dev/vda1") << false
                           << QStringLiteral("root=/dev/vda1");
    QTest::newRow("spaces quoted") << QStringLiteral("x") << QStringLiteral("a b") << false
                                   << QStringLiteral("x=\"a b\"");
    QTest::newRow("empty value") << QStringLiteral("x") << QString() << false << QStringLiteral("x=");
    QTest::newRow("equals kept") << QStringLiteral("root") << QStringLiteral("UUID=1234-ab") << false
                                 << QStringLiteral("root=UUID=1234-ab");
}

void TestKernelCmdline::formatToken()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, flag);
    QFETCH(QString, expected);
    const QString token =
        KernelCmdline::formatToken(key, flag ? std::nullopt : std::optional<QString>(value));
    QCOMPARE(token, expected);
    const CmdlineToken parsed = KernelCmdline::tokenFromText({}, token);
    QCOMPARE(parsed.key, key);
    QCOMPARE(parsed.hasValue, !flag);
    if (!flag)
        QCOMPARE(parsed.value, value);
}

void TestKernelCmdline::validate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("mentions"); // a word the first message must contain

    QTest::newRow("empty is fine") << QString() << QStringLiteral("x86_64") << 0 << 0 << QString();
    QTest::newRow("typical") << QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 console=tty0 quiet")
                             << QStringLiteral("x86_64") << 0 << 0 << QString();
    QTest::newRow("2047 bytes fit on x86")
        << QString(2047, QLatin1Char('a')) << QStringLiteral("x86_64") << 0 << 0 << QString();
    QTest::newRow("2048 bytes do not")
        << QString(2048, QLatin1Char('a')) << QStringLiteral("x86_64") << 1 << 0 << QStringLiteral("2047");
    QTest::newRow("bytes, not characters")
        << QString(1024, QChar(0xe9)) << QStringLiteral("x86_64") << 1 << 0 << QStringLiteral("2048 bytes");
    QTest::newRow("arm is 1024") << QString(1100, QLatin1Char('a')) << QStringLiteral("armv7l") << 1 << 0
                                 << QStringLiteral("1023");
    QTest::newRow("newline") << QStringLiteral("root=/dev/vda1\nsingle") << QStringLiteral("x86_64") << 1 << 0
                             << QStringLiteral("line break");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("x86_64") << 1 << 0
                         << QStringLiteral("tab");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("x86_64")
                         << 1 << 0 << QStringLiteral("NUL");
    QTest::newRow("escape character")
        << QStringLiteral("a\u001b[0m") << QStringLiteral("x86_64") << 1 << 0 << QStringLiteral("U+001B");
    QTest::newRow("unbalanced quote")
        << QStringLiteral("a=\"b c") << QStringLiteral("x86_64") << 1 << 0 << QStringLiteral("position 3");
    QTest::newRow("balanced quotes") << QStringLiteral("a=\"b c\" \"d=e f\"") << QStringLiteral("x86_64") << 0
                                     << 0 << QString();
    QTest::newRow("two root=") << QStringLiteral("root=/dev/vda1 ro root=/dev/vdb1")
                               << QStringLiteral("x86_64") << 0 << 1 << QStringLiteral("root");
    QTest::newRow("selinux 0 and 1") << QStringLiteral("selinux=0 quiet selinux=1")
                                     << QStringLiteral("x86_64") << 0 << 1
                                     << QStringLiteral("selinux=0, selinux=1");
    QTest::newRow("ro and rw") << QStringLiteral("ro quiet rw") << QStringLiteral("x86_64") << 0 << 1
                               << QStringLiteral("rw");
    QTest::newRow("same value twice is no conflict") << QStringLiteral("quiet quiet selinux=0 selinux=0")
                                                     << QStringLiteral("x86_64") << 0 << 0 << QString();
    QTest::newRow("consoles may repeat") << QStringLiteral("console=tty0 console=ttyS0,115200 console=hvc0")
                                         << QStringLiteral("x86_64") << 0 << 0 << QString();
    QTest::newRow("init arguments are not checked")
        << QStringLiteral("root=/dev/vda1 -- root=/x") << QStringLiteral("x86_64") << 0 << 0 << QString();
    QTest::newRow("byte 0xA0 warned")
        << QStringLiteral("label=voilà") << QStringLiteral("x86_64") << 0 << 1 << QStringLiteral("0xA0");
    QTest::newRow("other unicode fine")
        << QStringLiteral("label=été") << QStringLiteral("x86_64") << 0 << 0 << QString();
    QTest::newRow("errors add up") << QStringLiteral("a=\"b\nc") << QStringLiteral("x86_64") << 2 << 0
                                   << QStringLiteral("line break");
}

void TestKernelCmdline::validate()
{
    QFETCH(QString, text);
    QFETCH(QString, arch);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QString, mentions);
    const QList<CmdlineIssue> issues = KernelCmdline::validate(text, CmdlineLimit::forGuest(arch));
    QCOMPARE(count(issues, CmdlineIssue::Severity::Error), errors);
    QCOMPARE(count(issues, CmdlineIssue::Severity::Warning), warnings);
    QCOMPARE(KernelCmdline::hasErrors(issues), errors > 0);
    QCOMPARE(bool(KernelCmdline::check(text, CmdlineLimit::forGuest(arch))), errors == 0);
    if (!mentions.isEmpty())
        QVERIFY2(issues.first().message.contains(mentions), qPrintable(messages(issues)));
}

void TestKernelCmdline::limits()
{
    QCOMPARE(CmdlineLimit::forGuest(QStringLiteral("x86_64")).maxBytes, 2047);
    QCOMPARE(CmdlineLimit::forGuest(QStringLiteral("i686")).maxBytes, 2047);
    QCOMPARE(CmdlineLimit::forGuest(QStringLiteral("aarch64")).maxBytes, 2047);
    QCOMPARE(CmdlineLimit::forGuest(QStringLiteral("armv7l")).maxBytes, 1023);
    QCOMPARE(CmdlineLimit::forGuest(QStringLiteral("s390x")).maxBytes, 4095);
    // Xen paravirtualised guests: the hypervisor's 1024 bytes; Xen HVM guests: the kernel's limit.
    QCOMPARE(CmdlineLimit::forGuest(QStringLiteral("x86_64"), QStringLiteral("linux"), QStringLiteral("xen"))
                 .maxBytes,
             1023);
    QCOMPARE(CmdlineLimit::forGuest(QStringLiteral("x86_64"), QStringLiteral("hvm"), QStringLiteral("xen"))
                 .maxBytes,
             2047);
    QVERIFY(CmdlineLimit::forGuest(QStringLiteral("x86_64")).what.contains(QStringLiteral("2048")));
    QVERIFY(!CmdlineLimit::forGuest(QStringLiteral("mystery")).what.isEmpty());
}

QTEST_GUILESS_MAIN(TestKernelCmdline)
#include "tst_kernelcmdline.moc"
