// BootDefinition: the kernel, initrd and cmdline of a domain XML read and rewritten as text; every byte
// outside those elements stays as it was, inserting then removing an element gives the original back.

#include "boot/BootDefinition.h"

#include <QStandardPaths>
#include <QtTest>

using namespace virtdeck;

// QVERIFY2 evaluates its message even when the check passes: never call error() on a success.
template <typename T>
QString why(const virtdeck::Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

namespace {

// Shaped like `virsh dumpxml --inactive --security-info` of a QEMU guest, with traps: an <os> in another
// application's metadata, entities, a password, non-ASCII text before <os>.
// moc cannot read raw string literals: one ordinary literal per line.
const QString Sample =
    QStringLiteral("<domain type='kvm'>\n"
                   "  <name>www-en-01</name>\n"
                   "  <uuid>3f1c0a52-7a43-4b55-9d37-0c1e52a1e001</uuid>\n"
                   "  <title>Front-end 1 — English 😀</title>\n"
                   "  <description>Line one &amp; two &lt;b&gt; \"quoted\"</description>\n"
                   "  <metadata>\n"
                   "    <virtdeck:server xmlns:virtdeck=\"https://virtdeck.org/xmlns/server/1\">\n"
                   "      <virtdeck:tags>\n"
                   "        <virtdeck:tag>web</virtdeck:tag>\n"
                   "      </virtdeck:tags>\n"
                   "    </virtdeck:server>\n"
                   "    <app xmlns=\"https://example.org/app\">\n"
                   "      <os><kernel>/not/this/one</kernel><cmdline>nor this</cmdline></os>\n"
                   "    </app>\n"
                   "  </metadata>\n"
                   "  <memory unit='KiB'>2097152</memory>\n"
                   "  <currentMemory unit='KiB'>2097152</currentMemory>\n"
                   "  <vcpu placement='static'>4</vcpu>\n"
                   "  <os>\n"
                   "    <type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type>\n"
                   "    <kernel>/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64</kernel>\n"
                   "    <initrd>/var/lib/libvirt/kernels/initrd.img-6.1.0-13-amd64</initrd>\n"
                   "    <cmdline>root=/dev/vda1 ro console=ttyS0,115200 quiet</cmdline>\n"
                   "    <boot dev='hd'/>\n"
                   "  </os>\n"
                   "  <features>\n"
                   "    <acpi/>\n"
                   "  </features>\n"
                   "  <devices>\n"
                   "    <disk type='file' device='disk'>\n"
                   "      <driver name='qemu' type='qcow2'/>\n"
                   "      <source file='/var/lib/libvirt/images/www-en-01.qcow2'/>\n"
                   "      <target dev='vda' bus='virtio'/>\n"
                   "    </disk>\n"
                   "    <graphics type='vnc' port='-1' autoport='yes' passwd='s3cr&apos;t&lt;'/>\n"
                   "  </devices>\n"
                   "</domain>\n");

const QString Kernel = QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64");
const QString Initrd = QStringLiteral("/var/lib/libvirt/kernels/initrd.img-6.1.0-13-amd64");
const QString Cmdline = QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 quiet");

BootFields fields(const std::optional<QString> &kernel, const std::optional<QString> &initrd,
                  const std::optional<QString> &cmdline)
{
    BootFields f;
    f.kernel = kernel;
    f.initrd = initrd;
    f.cmdline = cmdline;
    return f;
}

QString written(const QString &xml, const BootFields &f)
{
    Result<QString> r = BootDefinition::write(xml, f);
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return r.valueOr(QStringLiteral("<write failed>"));
}

// The document outside <os>...</os> (first occurrence after the metadata).
QString outsideOs(const QString &xml)
{
    const qsizetype start = xml.indexOf(QLatin1String("\n  <os>"));
    const qsizetype end = xml.indexOf(QLatin1String("</os>\n  <features>"));
    return xml.left(start) + xml.mid(end);
}

} // namespace

Q_DECLARE_METATYPE(std::optional<QString>)

class TestBootDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readsTheRealOs();
    void identity();
    void changesOnlyTheCmdlineText();
    void changesKernelAndInitrd();
    void removeAndInsertRestoresBytes();
    void insertsMissingElements();
    void escaping_data();
    void escaping();
    void untouchedEntitiesStay();
    void cdataCommentsAndSelfClosing();
    void notDirectKernel();
    void malformed();
    void singleLineDocument();
    void prologAndComments();
    void combinations_data();
    void combinations();
};

void TestBootDefinition::readsTheRealOs()
{
    Result<BootFields> f = BootDefinition::read(Sample);
    QVERIFY2(f, qPrintable(why(f)));
    QCOMPARE(f->kernel, std::optional<QString>(Kernel));
    QCOMPARE(f->initrd, std::optional<QString>(Initrd));
    QCOMPARE(f->cmdline, std::optional<QString>(Cmdline));
    QVERIFY(f->isDirectKernel());
}

void TestBootDefinition::identity()
{
    QCOMPARE(written(Sample, BootDefinition::read(Sample).value()), Sample);
}

void TestBootDefinition::changesOnlyTheCmdlineText()
{
    const QString next = QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 quiet virtdeck.probe=42");
    const QString out = written(Sample, fields(Kernel, Initrd, next));
    QString expected = Sample;
    expected.replace(QStringLiteral("<cmdline>") + Cmdline + QStringLiteral("</cmdline>"),
                     QStringLiteral("<cmdline>") + next + QStringLiteral("</cmdline>"));
    QCOMPARE(out, expected);
    QCOMPARE(BootDefinition::read(out).value().cmdline, std::optional<QString>(next));
    // The metadata's own <os> is untouched.
    QVERIFY(out.contains(QStringLiteral("<cmdline>nor this</cmdline>")));
}

void TestBootDefinition::changesKernelAndInitrd()
{
    const QString k = QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-5.14.0-362.8.1.el9_3.x86_64");
    const QString i = QStringLiteral("/var/lib/libvirt/kernels/initramfs-5.14.0-362.8.1.el9_3.x86_64.img");
    const QString out = written(Sample, fields(k, i, Cmdline));
    QString expected = Sample;
    expected.replace(Kernel, k).replace(Initrd, i);
    QCOMPARE(out, expected);
    QCOMPARE(outsideOs(out), outsideOs(Sample));
}

void TestBootDefinition::removeAndInsertRestoresBytes()
{
    const QString noInitrd = written(Sample, fields(Kernel, std::nullopt, Cmdline));
    QString expected = Sample;
    expected.remove(QStringLiteral("\n    <initrd>") + Initrd + QStringLiteral("</initrd>"));
    QCOMPARE(noInitrd, expected);
    QCOMPARE(written(noInitrd, fields(Kernel, Initrd, Cmdline)), Sample);

    const QString noCmdline = written(Sample, fields(Kernel, Initrd, QString())); // empty is absent
    QVERIFY(!noCmdline.contains(QStringLiteral("<cmdline>root")));
    QCOMPARE(written(noCmdline, fields(Kernel, Initrd, Cmdline)), Sample);

    const QString bare = written(Sample, fields(Kernel, std::nullopt, std::nullopt));
    QCOMPARE(written(bare, fields(Kernel, Initrd, Cmdline)), Sample);
}

void TestBootDefinition::insertsMissingElements()
{
    // build-01 of the demo fleet: a kernel without initrd.
    const QString xml =
        QStringLiteral("<domain type='test'>\n  <name>build-01</name>\n  <os>\n    <type arch='x86_64' "
                       "machine='pc'>hvm</type>\n    <kernel>/k/vmlinuz-6.5</kernel>\n    <boot "
                       "dev='hd'/>\n  </os>\n</domain>\n");
    const QString out = written(xml, fields(QStringLiteral("/k/vmlinuz-6.5"),
                                            QStringLiteral("/k/initrd.img-6.5"), QStringLiteral("single")));
    QCOMPARE(out,
             QStringLiteral("<domain type='test'>\n  <name>build-01</name>\n  <os>\n    <type arch='x86_64' "
                            "machine='pc'>hvm</type>\n    <kernel>/k/vmlinuz-6.5</kernel>\n    "
                            "<initrd>/k/initrd.img-6.5</initrd>\n    <cmdline>single</cmdline>\n    <boot "
                            "dev='hd'/>\n  </os>\n</domain>\n"));
    QCOMPARE(written(out, fields(QStringLiteral("/k/vmlinuz-6.5"), std::nullopt, std::nullopt)), xml);
    // Only the cmdline appears when the initrd exists already: it goes after the initrd.
    const QString withInitrd =
        written(xml, fields(QStringLiteral("/k/vmlinuz-6.5"), QStringLiteral("/k/i"), std::nullopt));
    const QString both = written(
        withInitrd, fields(QStringLiteral("/k/vmlinuz-6.5"), QStringLiteral("/k/i"), QStringLiteral("x")));
    QVERIFY(both.contains(QStringLiteral("<initrd>/k/i</initrd>\n    <cmdline>x</cmdline>")));
}

void TestBootDefinition::escaping_data()
{
    QTest::addColumn<QString>("cmdline");
    QTest::addColumn<QString>("content");
    QTest::newRow("quotes") << QStringLiteral("a=\"b c\"") << QStringLiteral("a=&quot;b c&quot;");
    QTest::newRow("markup characters") << QStringLiteral("x<y&z>w") << QStringLiteral("x&lt;y&amp;z&gt;w");
    QTest::newRow("apostrophe") << QStringLiteral("it's") << QStringLiteral("it&apos;s");
    QTest::newRow("unicode") << QStringLiteral("label=été 日本 😀") << QStringLiteral("label=été 日本 😀");
    QTest::newRow("entity-looking text") << QStringLiteral("a=&amp;") << QStringLiteral("a=&amp;amp;");
}

void TestBootDefinition::escaping()
{
    QFETCH(QString, cmdline);
    QFETCH(QString, content);
    const QString out = written(Sample, fields(Kernel, Initrd, cmdline));
    QVERIFY2(out.contains(QStringLiteral("<cmdline>") + content + QStringLiteral("</cmdline>")),
             qPrintable(out));
    QCOMPARE(BootDefinition::read(out).value().cmdline, std::optional<QString>(cmdline));
    QCOMPARE(outsideOs(out), outsideOs(Sample));
}

void TestBootDefinition::untouchedEntitiesStay()
{
    // libvirt writes ' as &apos;; an unchanged value keeps its exact spelling even if written otherwise.
    QString xml = Sample;
    xml.replace(QStringLiteral("<cmdline>") + Cmdline, QStringLiteral("<cmdline>x=&#39;1&#39; ") + Cmdline);
    const BootFields f = BootDefinition::read(xml).value();
    QCOMPARE(f.cmdline, std::optional<QString>(QStringLiteral("x='1' ") + Cmdline));
    QCOMPARE(written(xml, fields(QStringLiteral("/new/kernel"), Initrd, f.cmdline)),
             QString(xml).replace(Kernel, QStringLiteral("/new/kernel")));
}

void TestBootDefinition::cdataCommentsAndSelfClosing()
{
    QString xml = Sample;
    xml.replace(QStringLiteral("<cmdline>") + Cmdline + QStringLiteral("</cmdline>"),
                QStringLiteral("<cmdline><![CDATA[a<b]]><!-- note --> c</cmdline>"));
    QCOMPARE(BootDefinition::read(xml).value().cmdline, std::optional<QString>(QStringLiteral("a<b c")));

    QString empty = Sample;
    empty.replace(QStringLiteral("<cmdline>") + Cmdline + QStringLiteral("</cmdline>"),
                  QStringLiteral("<cmdline/>"));
    QVERIFY(!BootDefinition::read(empty).value().cmdline); // libvirt reads an empty element as none
    const QString set = written(empty, fields(Kernel, Initrd, QStringLiteral("single")));
    QCOMPARE(set, QString(empty).replace(QStringLiteral("<cmdline/>"),
                                         QStringLiteral("<cmdline>single</cmdline>")));
}

void TestBootDefinition::notDirectKernel()
{
    QString bios = Sample;
    const QStringList lines = {QStringLiteral("\n    <kernel>") + Kernel + QStringLiteral("</kernel>"),
                               QStringLiteral("\n    <initrd>") + Initrd + QStringLiteral("</initrd>"),
                               QStringLiteral("\n    <cmdline>") + Cmdline + QStringLiteral("</cmdline>")};
    for (const QString &line : lines)
        bios.remove(line);
    const BootFields f = BootDefinition::read(bios).value();
    QVERIFY(!f.isDirectKernel());
    QVERIFY(!f.initrd && !f.cmdline);
    QCOMPARE(written(bios, f), bios); // nothing to change is fine
    const Result<QString> refused = BootDefinition::write(bios, fields(Kernel, Initrd, Cmdline));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("kernel")));
    // A server that boots a kernel cannot lose it.
    QVERIFY(!BootDefinition::write(Sample, fields(std::nullopt, Initrd, Cmdline)));
}

void TestBootDefinition::malformed()
{
    QVERIFY(!BootDefinition::read(QStringLiteral("<domain><os><kernel>x</os></domain>")));
    QVERIFY(!BootDefinition::read(QString()));
    QVERIFY(!BootDefinition::read(QStringLiteral("<network><name>x</name></network>")));
    QVERIFY(!BootDefinition::write(QStringLiteral("<domain><os>"), fields(Kernel, Initrd, Cmdline)));
}

void TestBootDefinition::singleLineDocument()
{
    const QString xml =
        QStringLiteral("<domain><name>a</name><os><type>hvm</type><kernel>/k</kernel></os></domain>");
    const QString out =
        written(xml, fields(QStringLiteral("/k"), QStringLiteral("/i"), QStringLiteral("ro")));
    QCOMPARE(out,
             QStringLiteral("<domain><name>a</name><os><type>hvm</type><kernel>/k</kernel><initrd>/i</initrd>"
                            "<cmdline>ro</cmdline></os></domain>"));
    QCOMPARE(written(out, fields(QStringLiteral("/k"), std::nullopt, std::nullopt)), xml);
}

void TestBootDefinition::prologAndComments()
{
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\"?>\n<!-- <os><kernel>no</kernel></os> -->\n"
                       "<domain a='>'>\n  <os>\n    <kernel a=\"/>\">/k</kernel>\n  </os>\n</domain>");
    QCOMPARE(BootDefinition::read(xml).value().kernel, std::optional<QString>(QStringLiteral("/k")));
    QCOMPARE(written(xml, fields(QStringLiteral("/k2"), std::nullopt, std::nullopt)),
             QString(xml).replace(QStringLiteral("\">/k<"), QStringLiteral("\">/k2<")));
}

void TestBootDefinition::combinations_data()
{
    QTest::addColumn<std::optional<QString>>("initrd");
    QTest::addColumn<std::optional<QString>>("cmdline");
    const std::optional<QString> none;
    QTest::newRow("keep both") << std::optional<QString>(Initrd) << std::optional<QString>(Cmdline);
    QTest::newRow("new initrd, no cmdline") << std::optional<QString>(QStringLiteral("/i2")) << none;
    QTest::newRow("no initrd, new cmdline")
        << none << std::optional<QString>(QStringLiteral("single selinux=0"));
    QTest::newRow("neither") << none << none;
    QTest::newRow("long cmdline") << std::optional<QString>(Initrd)
                                  << std::optional<QString>(QString(2000, QLatin1Char('x')));
}

void TestBootDefinition::combinations()
{
    QFETCH(std::optional<QString>, initrd);
    QFETCH(std::optional<QString>, cmdline);
    const BootFields target = fields(Kernel, initrd, cmdline);
    const QString out = written(Sample, target);
    QCOMPARE(BootDefinition::read(out).value(), target.normalized());
    QCOMPARE(outsideOs(out), outsideOs(Sample));
    QCOMPARE(written(out, BootDefinition::read(Sample).value()), Sample);
}

QTEST_GUILESS_MAIN(TestBootDefinition)
#include "tst_bootdefinition.moc"
