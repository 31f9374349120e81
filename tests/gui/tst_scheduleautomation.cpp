// "Run schedules automatically" (Tools → Scheduled flex): ticking it writes the systemd user timer and
// service under $XDG_CONFIG_HOME/systemd/user (a temporary one here) and enables the timer; unticking
// disables it and removes both files; a refused enable leaves no file. Without systemd it shows the
// crontab line. The last scheduled run and its result come from the operations log.
// CI has no systemd user manager: systemctl calls go through ScheduleTimer's runner seam, which this
// test replaces to record them (the one stand-in here; the files are real).

#include "flex/ScheduleAutomationBox.h"
#include "flex/ScheduleEditor.h"
#include "flex/ScheduleTimer.h"
#include "operations/OperationLog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace virtdeck;

class TestScheduleAutomation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void installThenRemove();
    void refusedEnableLeavesNoFile();
    void withoutSystemdShowsCrontabLine_data();
    void withoutSystemdShowsCrontabLine();
    void lastRunFromOperationsLog();
    void scheduleEditorOffersIt();

private:
    void observe(ScheduleTimer *timer, const QString &failing = {});
    QString readUnit(const QString &name) const;

    QTemporaryDir m_home;
    QString m_units;
    QStringList m_calls;
};

void TestScheduleAutomation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    m_units = m_home.filePath(QStringLiteral("config/systemd/user"));
    QCOMPARE(ScheduleTimer::unitDirectory(), m_units);
}

void TestScheduleAutomation::init()
{
    m_calls.clear();
    QFile::remove(m_units + QStringLiteral("/virtdeck-schedules.timer"));
    QFile::remove(m_units + QStringLiteral("/virtdeck-schedules.service"));
}

// Records each `systemctl --user` call and answers later, as the real process does; `failing` fails.
void TestScheduleAutomation::observe(ScheduleTimer *timer, const QString &failing)
{
    timer->setSystemdAvailable(true);
    timer->setRunner(
        [this, failing](const QStringList &arguments, QObject *context, std::function<void(Status)> done) {
            const QString call = arguments.join(QLatin1Char(' '));
            m_calls << call;
            QTimer::singleShot(0, context, [done, fail = !failing.isEmpty() && call.startsWith(failing)] {
                done(fail ? Status(Error(QStringLiteral("systemctl refused"),
                                         QStringLiteral("Failed to connect to bus")))
                          : Status());
            });
        });
}

QString TestScheduleAutomation::readUnit(const QString &name) const
{
    QFile f(m_units + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestScheduleAutomation::installThenRemove()
{
    ScheduleAutomationBox box(m_home.filePath(QStringLiteral("ops.jsonl")), nullptr,
                              QStringLiteral("/usr/bin/virtdeck"));
    observe(box.timer());
    box.refresh();
    auto *check = box.findChild<QCheckBox *>(QStringLiteral("autoRunCheck"));
    QVERIFY(check);
    QVERIFY(check->isEnabled());
    QVERIFY(!check->isChecked());
    QVERIFY(box.findChild<QLineEdit *>(QStringLiteral("crontabLine"))->isHidden());

    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(check->isEnabled());
    QVERIFY(check->isChecked());
    QCOMPARE(m_calls, (QStringList{QStringLiteral("daemon-reload"),
                                   QStringLiteral("enable --now virtdeck-schedules.timer")}));
    const QString service = readUnit(QStringLiteral("virtdeck-schedules.service"));
    QVERIFY2(service.contains(QStringLiteral("\nType=oneshot\n")), qPrintable(service));
    QVERIFY2(service.contains(QStringLiteral("\nExecStart=\"/usr/bin/virtdeck\" --run-schedules\n")),
             qPrintable(service));
    const QString timer = readUnit(QStringLiteral("virtdeck-schedules.timer"));
    QVERIFY2(timer.contains(QStringLiteral("\nOnCalendar=*:0/5\n")), qPrintable(timer));
    QVERIFY2(timer.contains(QStringLiteral("\nWantedBy=timers.target\n")), qPrintable(timer));
    QVERIFY(box.findChild<QLabel *>(QStringLiteral("autoRunError"))->isHidden());

    m_calls.clear();
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(check->isEnabled());
    QVERIFY(!check->isChecked());
    QCOMPARE(m_calls, (QStringList{QStringLiteral("disable --now virtdeck-schedules.timer"),
                                   QStringLiteral("daemon-reload")}));
    QVERIFY(!QFile::exists(m_units + QStringLiteral("/virtdeck-schedules.timer")));
    QVERIFY(!QFile::exists(m_units + QStringLiteral("/virtdeck-schedules.service")));
}

void TestScheduleAutomation::refusedEnableLeavesNoFile()
{
    ScheduleAutomationBox box(m_home.filePath(QStringLiteral("ops.jsonl")), nullptr,
                              QStringLiteral("/usr/bin/virtdeck"));
    observe(box.timer(), QStringLiteral("enable"));
    box.refresh();
    auto *check = box.findChild<QCheckBox *>(QStringLiteral("autoRunCheck"));
    QSignalSpy finished(box.timer(), &ScheduleTimer::finished);
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!check->isChecked());
    QVERIFY(!QFile::exists(m_units + QStringLiteral("/virtdeck-schedules.timer")));
    QVERIFY(!QFile::exists(m_units + QStringLiteral("/virtdeck-schedules.service")));
    auto *error = box.findChild<QLabel *>(QStringLiteral("autoRunError"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("Failed to connect to bus")), qPrintable(error->text()));
}

void TestScheduleAutomation::withoutSystemdShowsCrontabLine_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/virtdeck")
                           << QStringLiteral("*/5 * * * * '/usr/bin/virtdeck' --run-schedules >/dev/null");
    // A quote ends a shell word; cron turns a bare % into a new line.
    QTest::newRow("quote and percent")
        << QStringLiteral("/opt/it's 100%/virtdeck")
        << QStringLiteral("*/5 * * * * '/opt/it'\\''s 100\\%/virtdeck' --run-schedules "
                          ">/dev/null");
}

void TestScheduleAutomation::withoutSystemdShowsCrontabLine()
{
    QFETCH(QString, program);
    QFETCH(QString, line);
    ScheduleAutomationBox box(m_home.filePath(QStringLiteral("ops.jsonl")), nullptr, program);
    box.timer()->setSystemdAvailable(false);
    box.refresh();
    QVERIFY(!box.findChild<QCheckBox *>(QStringLiteral("autoRunCheck"))->isEnabled());
    auto *crontab = box.findChild<QLineEdit *>(QStringLiteral("crontabLine"));
    QVERIFY(!crontab->isHidden());
    QCOMPARE(crontab->text(), line);
}

void TestScheduleAutomation::lastRunFromOperationsLog()
{
    const QString path = m_home.filePath(QStringLiteral("ops-last-run.jsonl"));
    {
        OperationLog log(path);
        auto op = [](const QString &id, const QString &reason, int minutes, OperationState state) {
            Operation o;
            o.id = id;
            o.kind = QStringLiteral("flex.apply");
            o.title = QStringLiteral("Flex %1").arg(id);
            o.reason = reason;
            o.state = state;
            o.queuedAt = QDateTime(QDate(2026, 12, 3), QTime(10, minutes));
            o.finishedAt = o.queuedAt.addSecs(20);
            o.result = QStringLiteral("4 shares");
            o.errorMessage =
                state == OperationState::Failed ? QStringLiteral("not enough memory on the host") : QString();
            return o;
        };
        log.append(
            op(QStringLiteral("a"), QStringLiteral("schedule rule 'morning'"), 0, OperationState::Succeeded));
        log.append(
            op(QStringLiteral("b"), QStringLiteral("schedule rule 'peak'"), 5, OperationState::Failed));
        log.append(op(QStringLiteral("c"), QStringLiteral("by user"), 9, OperationState::Succeeded));
    }
    ScheduleAutomationBox box(path, nullptr, QStringLiteral("/usr/bin/virtdeck"));
    QSignalSpy shown(&box, &ScheduleAutomationBox::lastRunShown);
    QTRY_VERIFY(shown.size() >= 1);
    const QString text = box.findChild<QLabel *>(QStringLiteral("lastScheduledRun"))->text();
    QVERIFY2(text.contains(QStringLiteral("'peak'")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not enough memory on the host")), qPrintable(text));

    ScheduleAutomationBox empty(m_home.filePath(QStringLiteral("none.jsonl")), nullptr);
    QSignalSpy emptyShown(&empty, &ScheduleAutomationBox::lastRunShown);
    QTRY_VERIFY(emptyShown.size() >= 1);
    QCOMPARE(empty.findChild<QLabel *>(QStringLiteral("lastScheduledRun"))->text(),
             QStringLiteral("No scheduled rule has run yet."));
}

void TestScheduleAutomation::scheduleEditorOffersIt()
{
    ScheduleEditor editor(Services{}, nullptr, m_home.filePath(QStringLiteral("flex-schedule.json")));
    QVERIFY(editor.findChild<ScheduleAutomationBox *>(QStringLiteral("scheduleAutomation")));
    QVERIFY(editor.findChild<QCheckBox *>(QStringLiteral("autoRunCheck")));
}

QTEST_MAIN(TestScheduleAutomation)
#include "tst_scheduleautomation.moc"
