#pragma once

// "Run schedules automatically" in the Scheduled flex dialog: installs or removes the systemd user timer
// that runs `virtdeck --run-schedules` every 5 minutes (ScheduleTimer), shows the crontab line where
// there is no systemd, and the last scheduled run with its result, read from the operations log.

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace virtdeck {

class ScheduleTimer;

class ScheduleAutomationBox : public QGroupBox
{
    Q_OBJECT
public:
    // operationLog: the operations log file ("" = the application's); program: what the timer starts.
    explicit ScheduleAutomationBox(const QString &operationLog = {}, QWidget *parent = nullptr,
                                   const QString &program = {});

    ScheduleTimer *timer() const { return m_timer; }
    // Shows the timer's state (installed, systemd or cron) and re-reads the last run.
    void refresh();

Q_SIGNALS:
    void lastRunShown();

private:
    void toggled(bool on);
    void readLastRun();

    QString m_logPath;
    ScheduleTimer *m_timer = nullptr;
    QCheckBox *m_check = nullptr;
    QLabel *m_cronHint = nullptr;
    QLineEdit *m_crontab = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_lastRun = nullptr;
};

} // namespace virtdeck
