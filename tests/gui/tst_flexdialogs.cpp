// The flex dialogs on the demo fleet: bulk flex (targets and refusals before anything runs, bad amounts
// refused, progress across the batch), the schedule editor (an invalid time or a rule matching no
// server refused with nothing written) and the Autoflex policy editor (no switching on before a dry
// run; the dry run lists the would-be steps and draws them on the CPU chart).

#include "common/MessageBar.h"
#include "flex/AutoflexDryRunChart.h"
#include "flex/AutoflexPolicyEditor.h"
#include "flex/BulkFlexDialog.h"
#include "flex/FlexOperations.h"
#include "flex/ScheduleEditor.h"
#include "flex/ShareProfileStore.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestFlexDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bulkFlex();
    void scheduleEditorRefusesBadRules();
    void autoflexDryRunBeforeSwitchingOn();

private:
    DomainSnapshot named(const QString &name) const;
    Services services() { return Services{nullptr, m_manager, m_queue, m_list}; }

    QTemporaryDir m_dir;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_list = nullptr;
    OperationQueue *m_queue = nullptr;
    ShareProfileStore m_profiles;
    QString m_uri;
};

void TestFlexDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_profiles.load(QString()).isEmpty());
    m_manager = new ConnectionManager(this);
    m_list = new ServerListModel(this);
    m_list->attach(m_manager);
    m_queue = new OperationQueue(m_manager, nullptr, this);
    FlexOperations::registerKinds(*m_queue);
    m_uri = DemoFleet::prepare().value();
    Connection::Options o;
    o.uri = m_uri;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_list->serversOf(m_uri).size(), 30, 10000);
}

DomainSnapshot TestFlexDialogs::named(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_list->serverNamed(m_uri, name))
        return *s;
    return {};
}

void TestFlexDialogs::bulkFlex()
{
    const QList<DomainSnapshot> selected = {
        named(QStringLiteral("www-fr-04")), named(QStringLiteral("www-fr-05")),
        named(QStringLiteral("www-fr-08")), named(QStringLiteral("backup-01"))};
    BulkFlexDialog dialog(services(), &m_profiles, selected);
    dialog.show();
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("amountError"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("serversTable"));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("modeCombo"));

    amount->setText(QStringLiteral("two"));
    QVERIFY2(error->text().contains(QStringLiteral("\"two\" is not a number of shares")),
             qPrintable(error->text()));
    QVERIFY(!apply->isEnabled());
    amount->setText(QStringLiteral("-1"));
    QVERIFY(error->text().contains(QStringLiteral("at least 1 share")));
    QVERIFY(!apply->isEnabled());

    mode->setCurrentIndex(mode->findData(int(BulkFlexRequest::Mode::Remove)));
    amount->setText(QStringLiteral("1"));
    // www-fr-08 has 1 share: −1 is refused for it alone.
    QVERIFY2(table->item(2, 3)->text().contains(QStringLiteral("refused: A server needs at least 1 share")),
             qPrintable(table->item(2, 3)->text()));

    mode->setCurrentIndex(mode->findData(int(BulkFlexRequest::Mode::Add)));
    amount->setText(QStringLiteral("2"));
    QVERIFY(error->text().isEmpty());
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("4"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("now"));
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(3, 1)->text(), QStringLiteral("≈ 4")); // backup-01: no count, 1000 MiB
    QVERIFY(table->item(3, 3)->text().contains(QStringLiteral("is paused")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .startsWith(QStringLiteral("3 of 4")));
    QVERIFY(apply->isEnabled());

    mode->setCurrentIndex(mode->findData(int(BulkFlexRequest::Mode::SetTo)));
    amount->setText(QStringLiteral("10"));
    QVERIFY2(
        table->item(0, 3)->text().startsWith(QStringLiteral("at next boot (memory max at boot is 2 GiB)")),
        qPrintable(table->item(0, 3)->text()));
    amount->setText(QStringLiteral("2"));
    mode->setCurrentIndex(mode->findData(int(BulkFlexRequest::Mode::Add)));

    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(dialog.batch());
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("batchProgress"));
    QCOMPARE(progress->maximum(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 3, 10000);
    QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("done: 4 shares")));
    QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("failuresList"))->isVisible());
    QVERIFY(!apply->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("www-fr-08")).metadata.shares == 3, 5000);
    const Operation op = *m_queue->find(dialog.batch()->operationIds().first());
    QCOMPARE(op.reason, QStringLiteral("bulk flex: +2 shares"));
}

void TestFlexDialogs::scheduleEditorRefusesBadRules()
{
    const QString path = m_dir.filePath(QStringLiteral("flex-schedule.json"));
    ScheduleEditor editor(services(), nullptr, path);
    editor.show();
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addRuleButton")), Qt::LeftButton);
    auto *time = editor.findChild<QLineEdit *>(QStringLiteral("timeEdit"));
    auto *servers = editor.findChild<QLineEdit *>(QStringLiteral("serversEdit"));
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *matches = editor.findChild<QLabel *>(QStringLiteral("matchesLabel"));
    auto *bar = editor.findChild<MessageBar *>(QStringLiteral("messageBar"));
    auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveButton"));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("afternoon peak"));
    time->clear();
    QTest::keyClicks(time, QStringLiteral("25:00"));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("timeError"))
                ->text()
                .contains(QStringLiteral("\"25:00\" is not a time of day")));
    QTest::keyClicks(servers, QStringLiteral("www-fr-*"));
    QVERIFY2(matches->text().startsWith(QStringLiteral("10 servers")), qPrintable(matches->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("the time of day is not valid")), qPrintable(bar->text()));
    QVERIFY(!QFile::exists(path));

    time->clear();
    QTest::keyClicks(time, QStringLiteral("14:00"));
    servers->clear();
    QTest::keyClicks(servers, QStringLiteral("nomatch-*"));
    QCOMPARE(matches->text(), QStringLiteral("no server on the connected hosts"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("rule \"afternoon peak\" matches no server")),
             qPrintable(bar->text()));
    QVERIFY(!QFile::exists(path));

    servers->clear();
    QTest::keyClicks(servers, QStringLiteral("www-fr-*"));
    editor.findChild<QSpinBox *>(QStringLiteral("amountSpin"))->setValue(4);
    QSignalSpy saved(&editor, &ScheduleEditor::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(bar->level(), MessageBar::Level::Positive);
    QCOMPARE(saved.size(), 1);
    const Result<FlexSchedule> written = FlexSchedule::load(path);
    QVERIFY(written.ok());
    QCOMPARE(written->rules.size(), 1);
    QCOMPARE(written->rules[0].describe(), QStringLiteral("every day at 14:00: www-fr-*, set to 4 shares"));
}

void TestFlexDialogs::autoflexDryRunBeforeSwitchingOn()
{
    // A synthetic day for www-en-06: quiet, busy for an hour until 30 minutes ago, quiet again.
    const QDateTime now = QDateTime::currentDateTime();
    FunctionCpuHistorySource history([now](const ServerRef &, const QDateTime &from, const QDateTime &to) {
        QList<CpuPoint> out;
        for (int m = -180; m <= 0; ++m) {
            const QDateTime t = now.addSecs(qint64(m) * 60);
            const double cpu = m >= -90 && m < -30 ? 95.0 : 10.0;
            if (t >= from && t <= to)
                out << CpuPoint{t, cpu, cpu};
        }
        return out;
    });
    const QString path = m_dir.filePath(QStringLiteral("autoflex.json"));
    AutoflexPolicyEditor editor(services(), &m_profiles, &history, nullptr, path);
    editor.show();
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPolicyButton")), Qt::LeftButton);
    auto *servers = editor.findChild<QLineEdit *>(QStringLiteral("serversEdit"));
    QTest::keyClicks(servers, QStringLiteral("www-en-06"));
    editor.findChild<QDoubleSpinBox *>(QStringLiteral("upPercentSpin"))->setValue(80);
    editor.findChild<QSpinBox *>(QStringLiteral("upMinutesSpin"))->setValue(10);
    editor.findChild<QDoubleSpinBox *>(QStringLiteral("downPercentSpin"))->setValue(20);
    editor.findChild<QSpinBox *>(QStringLiteral("downMinutesSpin"))->setValue(20);
    editor.findChild<QSpinBox *>(QStringLiteral("maxSharesSpin"))->setValue(4);
    editor.findChild<QSpinBox *>(QStringLiteral("cooldownSpin"))->setValue(15);

    // Not before a dry run.
    auto *enabled = editor.findChild<QCheckBox *>(QStringLiteral("enabledCheck"));
    enabled->setChecked(true);
    QVERIFY(!enabled->isChecked());
    auto *bar = editor.findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->text().contains(QStringLiteral("Run a dry run")));

    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("dryRunServerCombo"));
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), QStringLiteral("www-en-06"));
    QSignalSpy finished(&editor, &AutoflexPolicyEditor::dryRunFinished);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("dryRunButton")), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    // www-en-06 has 2 shares: down after the first 20 quiet minutes, up 10 minutes into the busy hour and
    // every 15 minutes (cool-down) to the limit of 4, down again 20 quiet minutes after it ends.
    const QList<AutoflexDecision> steps = editor.dryRunSteps();
    QStringList got;
    for (const AutoflexDecision &d : steps)
        got << QStringLiteral("%1>%2").arg(d.fromShares).arg(d.toShares);
    QCOMPARE(got, (QStringList{QStringLiteral("2>1"), QStringLiteral("1>2"), QStringLiteral("2>3"),
                               QStringLiteral("3>4"), QStringLiteral("4>3")}));
    QCOMPARE(now.secsTo(steps[1].at) / 60, -80);
    QCOMPARE(now.secsTo(steps[4].at) / 60, -10);
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("dryRunList"));
    QCOMPARE(list->count(), 5);
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("1 → 2 shares — CPU above 80 % for 10 min")),
             qPrintable(list->item(1)->text()));
    QCOMPARE(editor.chart()->stepMarkerCount(), 5);
    QCOMPARE(editor.chart()->cpuPointCount(), 181);
    QCOMPARE(editor.chart()->maxSharesDrawn(), 4);

    enabled->setChecked(true);
    QVERIFY(enabled->isChecked());
    QVERIFY(editor.save().ok());
    const Result<AutoflexPolicies> written = AutoflexPolicies::load(path);
    QVERIFY(written.ok());
    QCOMPARE(written->policies.size(), 1);
    QVERIFY(written->policies[0].enabled);
    QCOMPARE(written->policies[0].selector.names, QStringList{QStringLiteral("www-en-06")});

    // Changing a setting switches it off until the next dry run.
    editor.findChild<QSpinBox *>(QStringLiteral("upMinutesSpin"))->setValue(5);
    QVERIFY(!enabled->isChecked());
    QVERIFY(!editor.policies().policies[0].enabled);
}

QTEST_MAIN(TestFlexDialogs)
#include "tst_flexdialogs.moc"
