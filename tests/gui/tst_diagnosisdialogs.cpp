// The diagnostics dialogs offscreen: the host key dialog (three choices, refuse by default; a changed key
// only warns and closes), the password dialog (masked, cleared after use), SshPromptHandler answering a
// worker blocked in the broker and closing a withdrawn prompt, and RunCommandDialog's confirmation,
// table and retry on demo servers whose addresses are made up (so nothing is connected to).

#include "common/MessageBox.h"
#include "core/Config.h"
#include "diagnostics/CommandResultsModel.h"
#include "diagnostics/DiagnosticsService.h"
#include "diagnostics/HostKeyDialog.h"
#include "diagnostics/PasswordDialog.h"
#include "diagnostics/RunCommandDialog.h"
#include "diagnostics/SshPromptBroker.h"
#include "diagnostics/SshPromptHandler.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace virtdeck;

class TestDiagnosisDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unknownHostKeyDialog();
    void changedHostKeyDialogOnlyCloses();
    void passwordDialog();
    void promptHandlerAnswersTheWorker();
    void promptHandlerClosesWithdrawnPrompt();
    void runCommandDialogConfirmsAndShowsResults();
};

namespace {
SshPrompt hostKeyPrompt(SshPrompt::Kind kind)
{
    SshPrompt p;
    p.kind = kind;
    p.serverName = QStringLiteral("web-01");
    p.target = QStringLiteral("root@192.0.2.1:22");
    p.keyType = QStringLiteral("ssh-ed25519");
    p.fingerprint = QStringLiteral("SHA256:newnewnew");
    p.knownFingerprint = QStringLiteral("SHA256:oldoldold");
    p.knownHostsFile = QStringLiteral("/home/u/.ssh/known_hosts");
    return p;
}
} // namespace

void TestDiagnosisDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDiagnosisDialogs::unknownHostKeyDialog()
{
    HostKeyDialog dialog(hostKeyPrompt(SshPrompt::Kind::UnknownHostKey));
    dialog.show();
    auto *refuse = dialog.findChild<QPushButton *>(QStringLiteral("refuseButton"));
    QVERIFY(refuse && refuse->isDefault());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("acceptRememberButton")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("fingerprintLabel"))
                ->text()
                .contains(QLatin1String("SHA256:newnewnew")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("acceptOnceButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.reply().accepted);
    QCOMPARE(dialog.reply().hostKey, SshPromptReply::HostKeyDecision::AcceptOnce);
}

void TestDiagnosisDialogs::changedHostKeyDialogOnlyCloses()
{
    HostKeyDialog dialog(hostKeyPrompt(SshPrompt::Kind::ChangedHostKey));
    dialog.show();
    QVERIFY(dialog.isChangedKeyWarning());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("acceptOnceButton")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("acceptRememberButton")));
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("fingerprintLabel"))->text();
    QVERIFY(text.contains(QLatin1String("SHA256:newnewnew")) &&
            text.contains(QLatin1String("SHA256:oldoldold")));
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.reply().accepted);
}

void TestDiagnosisDialogs::passwordDialog()
{
    SshPrompt p;
    p.kind = SshPrompt::Kind::Password;
    p.target = QStringLiteral("vdtest@192.0.2.1:22");
    PasswordDialog dialog(p);
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, QStringLiteral("hunter2"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    const SshPromptReply reply = dialog.takeReply();
    QVERIFY(reply.accepted);
    QCOMPARE(reply.secret, QStringLiteral("hunter2"));
    QVERIFY(edit->text().isEmpty()); // not kept
}

void TestDiagnosisDialogs::promptHandlerAnswersTheWorker()
{
    SshPromptBroker broker;
    QWidget window;
    window.show();
    SshPromptHandler handler(&broker, &window);
    QSignalSpy opened(&handler, &SshPromptHandler::dialogOpened);
    SshPrompt p;
    p.kind = SshPrompt::Kind::Password;
    p.target = QStringLiteral("vdtest@192.0.2.1:22");
    auto future = QtConcurrent::run([&] { return broker.ask(p, makeCancelFlag()); });
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    auto *dialog = opened.first().at(1).value<QDialog *>();
    QVERIFY(qobject_cast<PasswordDialog *>(dialog));
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit")), QStringLiteral("pw"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    QVERIFY(future.result().accepted);
    QCOMPARE(future.result().secret, QStringLiteral("pw"));

    // An unknown host key: Refuse answers "no".
    auto second = QtConcurrent::run(
        [&] { return broker.ask(hostKeyPrompt(SshPrompt::Kind::UnknownHostKey), makeCancelFlag()); });
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
    auto *hostKey = opened.at(1).at(1).value<QDialog *>();
    QVERIFY(qobject_cast<HostKeyDialog *>(hostKey));
    QTest::mouseClick(hostKey->findChild<QPushButton *>(QStringLiteral("refuseButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 10000);
    QVERIFY(!second.result().accepted);
}

void TestDiagnosisDialogs::promptHandlerClosesWithdrawnPrompt()
{
    SshPromptBroker broker;
    QWidget window;
    window.show();
    SshPromptHandler handler(&broker, &window);
    QSignalSpy opened(&handler, &SshPromptHandler::dialogOpened);
    const CancelFlag cancel = makeCancelFlag();
    SshPrompt p;
    p.kind = SshPrompt::Kind::Passphrase;
    auto future = QtConcurrent::run([&] { return broker.ask(p, cancel); });
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QPointer<QDialog> dialog = opened.first().at(1).value<QDialog *>();
    cancel->store(true); // the run was cancelled while the question was open
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    QVERIFY(!future.result().accepted);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
    QCOMPARE(handler.openDialogs(), 0);
}

void TestDiagnosisDialogs::runCommandDialogConfirmsAndShowsResults()
{
    QTemporaryDir tmp;
    Config config(tmp.filePath(QStringLiteral("virtdeck.ini")));
    ConnectionManager manager;
    ServerListModel servers;
    servers.attach(&manager);
    OperationQueue queue(&manager, nullptr);
    const Services services{&config, &manager, &queue, &servers};
    DiagnosticsService diag(services);
    diag.registerKinds(queue);
    const Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    Connection::Options o;
    o.uri = uri.value();
    o.demo = true;
    QVERIFY(manager.connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(int(servers.serversOf(uri.value()).size()), 30, 20000);
    const QList<DomainSnapshot> selected = servers.serversOf(uri.value()).mid(0, 2);

    RunCommandDialog dialog(services, &diag, selected);
    dialog.show();
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->value(), 8);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("targetsLabel"))->text().contains(selected.at(1).name));
    auto *run = dialog.findChild<QPushButton *>(QStringLiteral("runButton"));

    // An empty command is refused before anything.
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(queue.operations().isEmpty());

    dialog.setCommand(QStringLiteral("uptime"));
    MessageBox::resetCounters();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::askedCount(), 1, 5000);
    QTest::qWait(100);
    QVERIFY(queue.operations().isEmpty()); // said no: nothing runs
    QVERIFY(MessageBox::lastQuestionText().contains(QLatin1String("2 server")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(queue.operations().size()), 1, 5000);
    const QString id = dialog.operationId();
    QTRY_VERIFY_WITH_TIMEOUT(queue.find(id)->isFinished(), 20000);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("resultsView"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(dialog.model()->data(dialog.model()->index(0, CommandResultsModel::StateColumn)).toString(),
             QStringLiteral("not reached"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(QStringLiteral("retryButton"))->isEnabled(),
                             5000);
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("0 of 2")));
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("detailView"))
                ->toPlainText()
                .contains(QLatin1String("made up")));

    // Retry the failed ones: asks again (two servers), then runs a new operation on them.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(queue.operations().size()), 2, 5000);
    QVERIFY(dialog.operationId() != id);
    QTRY_VERIFY_WITH_TIMEOUT(queue.find(dialog.operationId())->isFinished(), 20000);
    QCOMPARE(queue.find(dialog.operationId())->targets.size(), 2);
}

QTEST_MAIN(TestDiagnosisDialogs)
#include "tst_diagnosisdialogs.moc"
