// The Boot page, offscreen, on the demo fleet (libvirt's test driver): toggles and the free text stay in
// sync with the preview both ways; bad input is shown inline and blocks Apply; Apply writes the next
// boot and offers "Reboot now"; a kernel without initrd is refused with the definition unchanged; a
// rescue boot asks first and leaves the definition alone; a server that does not boot a kernel directly
// explains why there is nothing to choose.

#include "boot/BootOperations.h"
#include "boot/BootPage.h"
#include "boot/CmdlineEditor.h"
#include "boot/KernelCatalogModel.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace virtdeck;

class TestBootPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void togglesAndTextStayInSync();
    void consolesAndPickers();
    void invalidInputBlocksApply();
    void applyThenRebootNow();
    void kernelWithoutInitrdIsRefused();
    void rescueBootAsksAndKeepsDefinition();
    void notDirectKernelExplains();
    void advancedSwitchIsRemembered();

private:
    DomainSnapshot server(const QString &name) const;
    void show(const QString &name);
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QString preview() const { return child<QPlainTextEdit>("cmdlinePreview")->toPlainText(); }
    QString persistentCmdline(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<BootPage> m_page;
    QString m_uri;
    QString m_current; // the server the "window" shows
};

namespace {
// Clicks the check box's indicator (its left end): the middle of a stretched box may be empty space.
void clickBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}
} // namespace

void TestBootPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_connections = std::make_unique<ConnectionManager>();
    m_servers = std::make_unique<ServerListModel>();
    m_servers->attach(m_connections.get());
    m_queue = std::make_unique<OperationQueue>(m_connections.get(), nullptr);
    BootOperations::registerKinds(*m_queue, 10);
    Lifecycle::registerKinds(*m_queue, 10, 10);
    Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri);
    m_uri = uri.value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_connections->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->serversOf(m_uri).size(), 30, 10000);
}

void TestBootPage::cleanupTestCase()
{
    m_page.reset();
    m_queue.reset();
    m_servers.reset();
    m_connections.reset();
}

void TestBootPage::init()
{
    MessageBox::resetCounters();
    m_config->setValue(BootPage::advancedKey(), true);
    m_page = std::make_unique<BootPage>(
        Services{m_config.get(), m_connections.get(), m_queue.get(), m_servers.get()});
    // The window forwards every update of the selected server, as MainWindow does.
    connect(m_servers.get(), &ServerListModel::serverUpdated, m_page.get(), [this](const DomainSnapshot &s) {
        if (m_page && m_current == s.name)
            m_page->setServer(s);
    });
    m_page->resize(900, 900);
    m_page->show();
}

void TestBootPage::cleanup()
{
    m_current.clear();
    m_page.reset();
}

DomainSnapshot TestBootPage::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(m_uri, name))
        return *s;
    qFatal("no server %s", qPrintable(name));
}

void TestBootPage::show(const QString &name)
{
    m_current = name;
    QSignalSpy loaded(m_page.get(), &BootPage::definitionLoaded);
    m_page->setServer(server(name));
    QVERIFY(loaded.wait(5000) || m_page->isLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded(), 5000);
}

QString TestBootPage::persistentCmdline(const QString &name)
{
    std::optional<Result<BootOperations::PersistentBoot>> out;
    m_connections->connection(m_uri)->runOnDomain(
        this, server(name).ref(),
        [](virDomainPtr dom, virConnectPtr) { return BootOperations::readPersistent(dom); },
        [&out](Result<BootOperations::PersistentBoot> r) { out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 5000); }();
    return out && out->ok() ? out->value().fields.cmdline.value_or(QString()) : QStringLiteral("<unread>");
}

void TestBootPage::togglesAndTextStayInSync()
{
    show(QStringLiteral("www-en-05"));
    QCOMPARE(preview(), QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 quiet"));
    auto *quiet = child<QCheckBox>("quietCheck");
    auto *single = child<QCheckBox>("singleUserCheck");
    auto *selinux = child<QCheckBox>("selinuxOffCheck");
    auto *rest = child<QLineEdit>("restEdit");
    QVERIFY(quiet->isChecked());
    QVERIFY(!single->isChecked());
    QCOMPARE(rest->text(), QString());
    QCOMPARE(child<QComboBox>("rootCombo")->currentText(), QStringLiteral("/dev/vda1"));
    QCOMPARE(child<QComboBox>("rootModeCombo")->currentIndex(), int(CmdlineToggles::RootMode::ReadOnly));

    // Toggle -> text.
    clickBox(single);
    QCOMPARE(preview(), QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 quiet single"));
    clickBox(quiet);
    QCOMPARE(preview(), QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 single"));
    QVERIFY(child<QPushButton>("applyButton")->isEnabled());

    // Text -> toggle, typed key by key into the free text.
    rest->setFocus();
    QTest::keyClicks(rest, QStringLiteral("selinux=0 virtdeck.probe=42"));
    QVERIFY(selinux->isChecked());
    QCOMPARE(rest->text(), QStringLiteral("selinux=0 virtdeck.probe=42")); // nothing jumps while typing
    QCOMPARE(preview(),
             QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 single selinux=0 virtdeck.probe=42"));
    // And back: the toggle takes the option out of the text.
    clickBox(selinux);
    QVERIFY(!selinux->isChecked());
    QCOMPARE(rest->text(), QStringLiteral("virtdeck.probe=42"));
    QCOMPARE(preview(), QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 single virtdeck.probe=42"));
    // Typing "quiet" in the free text ticks Quiet; unticking removes the typed word.
    rest->end(false);
    QTest::keyClicks(rest, QStringLiteral(" quiet"));
    QVERIFY(quiet->isChecked());
    clickBox(quiet);
    QCOMPARE(rest->text(), QStringLiteral("virtdeck.probe=42"));
    QVERIFY(!preview().contains(QStringLiteral("quiet")));
    // Deleting a word in the free text unticks nothing else.
    rest->selectAll();
    QTest::keyClick(rest, Qt::Key_Backspace);
    QCOMPARE(preview(), QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 single"));
    QVERIFY(single->isChecked());

    // Revert goes back to the definition.
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
    QCOMPARE(preview(), QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 quiet"));
    QVERIFY(quiet->isChecked() && !single->isChecked());
    QVERIFY(!child<QPushButton>("applyButton")->isEnabled());
}

void TestBootPage::consolesAndPickers()
{
    show(QStringLiteral("www-en-05"));
    auto *consoles = child<QListWidget>("consoleList");
    QListWidgetItem *hvc0 = nullptr;
    for (int i = 0; i < consoles->count(); ++i) {
        if (consoles->item(i)->data(Qt::UserRole).toString() == QStringLiteral("hvc0"))
            hvc0 = consoles->item(i);
    }
    QVERIFY(hvc0);
    QCOMPARE(consoles->item(0)->text(), QStringLiteral("ttyS0,115200 — /dev/console"));
    hvc0->setCheckState(Qt::Checked); // as a click on its box does
    QVERIFY(preview().contains(QStringLiteral("console=ttyS0,115200 console=hvc0")));
    QCOMPARE(consoles->item(1)->text(), QStringLiteral("hvc0 — /dev/console"));
    consoles->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>("consolePrimaryButton"), Qt::LeftButton);
    QVERIFY(preview().contains(QStringLiteral("console=hvc0 console=ttyS0,115200")));

    auto *root = child<QComboBox>("rootCombo");
    QVERIFY(root->findText(QStringLiteral("/dev/vda2")) >= 0); // from the server's disk vda
    root->lineEdit()->selectAll();
    QTest::keyClicks(root->lineEdit(), QStringLiteral("LABEL=rootfs"));
    QVERIFY(preview().startsWith(QStringLiteral("root=LABEL=rootfs ro")));
    child<QComboBox>("rootModeCombo")->setCurrentIndex(2);
    Q_EMIT child<QComboBox>("rootModeCombo")->activated(2);
    QVERIFY(preview().startsWith(QStringLiteral("root=LABEL=rootfs rw")));
    auto *level = child<QComboBox>("logLevelCombo");
    level->setCurrentIndex(4);
    Q_EMIT level->activated(4);
    QVERIFY(preview().endsWith(QStringLiteral("loglevel=3")));
    // And from the text back to the pickers.
    auto *rest = child<QLineEdit>("restEdit");
    rest->setFocus();
    rest->end(false);
    QTest::keyClicks(rest, QStringLiteral(" root=/dev/vdb1"));
    QCOMPARE(root->currentText(), QStringLiteral("/dev/vdb1"));
    QVERIFY(child<QLabel>("cmdlineIssues")->text().contains(QStringLiteral("root")));
}

void TestBootPage::invalidInputBlocksApply()
{
    show(QStringLiteral("www-en-05"));
    auto *rest = child<QLineEdit>("restEdit");
    rest->setFocus();
    QTest::keyClicks(rest, QStringLiteral("label=\"unclosed"));
    auto *issues = child<QLabel>("cmdlineIssues");
    QVERIFY(issues->isVisible());
    QVERIFY2(issues->text().contains(QStringLiteral("quote")), qPrintable(issues->text()));
    QVERIFY(!child<QPushButton>("applyButton")->isEnabled());
    QVERIFY(!child<QPushButton>("rescueButton")->isEnabled());
    QTest::keyClick(rest, Qt::Key_QuoteDbl);
    QVERIFY(!issues->isVisible());
    QVERIFY(child<QPushButton>("applyButton")->isEnabled());
    // Oversized: a pasted wall of text.
    rest->setText(QString());
    QTest::keyClicks(rest, QStringLiteral("x"));
    rest->insert(QString(2100, QLatin1Char('y')));
    Q_EMIT rest->textEdited(rest->text());
    QVERIFY(issues->text().contains(QStringLiteral("2047")));
    QVERIFY(!child<QPushButton>("applyButton")->isEnabled());
    QVERIFY(child<QLabel>("cmdlineSize")->text().contains(QStringLiteral("2047")));
}

void TestBootPage::applyThenRebootNow()
{
    show(QStringLiteral("www-en-06"));
    QVERIFY(!child<QFrame>("pendingBox")->isVisible());
    auto *rest = child<QLineEdit>("restEdit");
    rest->setFocus();
    QTest::keyClicks(rest, QStringLiteral("virtdeck.probe=42"));
    QSignalSpy queued(m_page.get(), &BootPage::operationQueued);
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    QCOMPARE(queued.size(), 1);
    const QString id = queued.first().first().toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(id) && m_queue->find(id)->isFinished(), 10000);
    QCOMPARE(m_queue->find(id)->state, OperationState::Succeeded);
    auto *bar = child<MessageBar>("bootMessages");
    QTRY_COMPARE_WITH_TIMEOUT(bar->level(), MessageBar::Level::Positive, 5000);
    QCOMPARE(persistentCmdline(QStringLiteral("www-en-06")),
             QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 quiet virtdeck.probe=42"));
    // Running: "pending reboot" with "Reboot now", a power cycle.
    QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>("pendingBox")->isVisible(), 5000);
    QVERIFY(child<QLabel>("pendingLabel")->text().contains(QStringLiteral("virtdeck.probe=42")));
    QVERIFY(!child<QPushButton>("applyButton")->isEnabled()); // nothing left to apply
    auto *reboot = child<QPushButton>("rebootNowButton");
    QVERIFY(reboot->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    queued.clear();
    QTest::mouseClick(reboot, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, 5000);
    QCOMPARE(MessageBox::askedCount(), 1);
    const QString restart = queued.first().first().toString();
    QCOMPARE(m_queue->find(restart)->kind, QStringLiteral("server.restart"));
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(restart)->isFinished(), 10000);
    QCOMPARE(m_queue->find(restart)->state, OperationState::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QFrame>("pendingBox")->isVisible(), 5000);
    QVERIFY(child<QLabel>("bootSummary")->text().contains(QStringLiteral("virtdeck.probe=42")));
}

void TestBootPage::kernelWithoutInitrdIsRefused()
{
    show(QStringLiteral("www-en-04"));
    auto *view = child<QTreeView>("kernelCatalog");
    auto *model = qobject_cast<KernelCatalogModel *>(view->model());
    QVERIFY(model);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 5000);
    // The current kernel is selected and marked.
    const int current = model->rowOfKernel(QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64"));
    QVERIFY(current >= 0);
    QVERIFY(view->selectionModel()->isRowSelected(current, {}));
    int noInitrd = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!model->entry(r)->hasInitrd())
            noInitrd = r;
    }
    QVERIFY(noInitrd >= 0);
    view->selectionModel()->select(model->index(noInitrd, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(child<QLabel>("kernelChoice")->text().contains(QStringLiteral("no initrd")));
    const QString before = persistentCmdline(QStringLiteral("www-en-04"));
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    auto *bar = child<MessageBar>("bootMessages");
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("initrd")), qPrintable(bar->text()));
    QCOMPARE(persistentCmdline(QStringLiteral("www-en-04")), before);
    // Picking a kernel with its initrd works, and Keep the current kernel undoes the pick.
    QTest::mouseClick(child<QPushButton>("currentKernelButton"), Qt::LeftButton);
    QVERIFY(view->selectionModel()->isRowSelected(current, {}));
    QVERIFY(!child<QPushButton>("applyButton")->isEnabled());
}

void TestBootPage::rescueBootAsksAndKeepsDefinition()
{
    show(QStringLiteral("www-en-02"));
    const QString before = persistentCmdline(QStringLiteral("www-en-02"));
    clickBox(child<QCheckBox>("rescueShellCheck"));
    clickBox(child<QCheckBox>("selinuxOffCheck"));
    QVERIFY(preview().endsWith(QStringLiteral("init=/bin/sh selinux=0")));
    QSignalSpy queued(m_page.get(), &BootPage::operationQueued);
    // "No" first: nothing happens.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("rescueButton"), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(queued.size(), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes, true); // force off
    QTest::mouseClick(child<QPushButton>("rescueButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, 5000);
    QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("www-en-02")));
    const QString id = queued.first().first().toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(id)->isFinished(), 10000);
    QCOMPARE(m_queue->find(id)->state, OperationState::Succeeded);
    QCOMPARE(m_queue->find(id)->params.value(QStringLiteral("force")).toBool(), true);
    QCOMPARE(persistentCmdline(QStringLiteral("www-en-02")), before);
    QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("www-en-02"))
                                 .definition.boot.cmdline.endsWith(QStringLiteral("init=/bin/sh selinux=0")),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>("pendingBox")->isVisible(), 5000);
    // The editor shows the definition again, not the one-time options.
    QTRY_COMPARE_WITH_TIMEOUT(preview(), before, 5000);
}

void TestBootPage::notDirectKernelExplains()
{
    show(QStringLiteral("www-en-10"));
    auto *label = child<QLabel>("notDirectKernelLabel");
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("BIOS")));
    QVERIFY(label->text().contains(QStringLiteral("direct kernel boot")));
    QVERIFY(!child<QWidget>("advancedArea")->isVisible());
    QVERIFY(child<QLabel>("bootSummary")->text().contains(QStringLiteral("BIOS")));
    show(QStringLiteral("db-01"));
    QVERIFY(label->text().contains(QStringLiteral("UEFI")));
    m_page->setServer(std::nullopt);
    QVERIFY(!label->isVisible());
    QCOMPARE(child<QLabel>("bootTitle")->text(), QStringLiteral("No server selected"));
}

void TestBootPage::advancedSwitchIsRemembered()
{
    show(QStringLiteral("www-en-08"));
    auto *advanced = child<QCheckBox>("advancedSwitch");
    QVERIFY(advanced->isChecked());
    QVERIFY(child<QWidget>("advancedArea")->isVisible());
    clickBox(advanced);
    QVERIFY(!child<QWidget>("advancedArea")->isVisible());
    QVERIFY(child<QLabel>("bootSummary")->isVisible());
    QCOMPARE(m_config->value(BootPage::advancedKey()).toBool(), false);
    BootPage other(Services{m_config.get(), m_connections.get(), m_queue.get(), m_servers.get()});
    QVERIFY(!other.findChild<QCheckBox *>(QStringLiteral("advancedSwitch"))->isChecked());
    QCOMPARE(other.pageId(), QStringLiteral("boot"));
    QCOMPARE(other.pageTitle(), QStringLiteral("Boot"));
}

QTEST_MAIN(TestBootPage)
#include "tst_bootpage.moc"
