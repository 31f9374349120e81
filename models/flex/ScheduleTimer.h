#pragma once

// Runs the scheduled flex rules when virtdeck is closed: installs (and removes) a systemd user timer
// that starts `virtdeck --run-schedules` every 5 minutes ($XDG_CONFIG_HOME/systemd/user/
// virtdeck-schedules.{service,timer}), or gives the crontab line where there is no systemd. Used by the
// Scheduled flex dialog. systemctl runs through a seam (setRunner) that tests observe; the default one
// runs it asynchronously, so the GUI thread never waits for it.

#include "core/Result.h"
#include "operations/Operation.h"

#include <QObject>

#include <functional>
#include <optional>

namespace virtdeck {

class ScheduleTimer : public QObject
{
    Q_OBJECT
public:
    // Runs `systemctl --user ARGUMENTS`, then calls done on context's thread (not if context died).
    using Runner =
        std::function<void(const QStringList &arguments, QObject *context, std::function<void(Status)> done)>;

    // program: the virtdeck binary the timer starts (QCoreApplication::applicationFilePath()).
    explicit ScheduleTimer(const QString &program, QObject *parent = nullptr);

    static QString unitName() { return QStringLiteral("virtdeck-schedules"); }
    // $XDG_CONFIG_HOME/systemd/user, or ~/.config/systemd/user: where systemd looks, whatever Qt's test mode.
    static QString unitDirectory();
    QString servicePath() const;
    QString timerPath() const;
    QString serviceText() const;
    QString timerText() const;
    QString crontabLine() const;

    bool isInstalled() const;
    // A systemd user manager can be asked (the machine runs systemd and systemctl exists).
    bool systemdAvailable() const { return m_systemd; }
    void setSystemdAvailable(bool available) { m_systemd = available; }
    void setRunner(Runner runner) { m_runner = std::move(runner); }
    bool isBusy() const { return m_busy; }

    // Writes the units, reloads systemd and enables the timer; on a failure removes what it wrote.
    void install();
    // Disables the timer and removes the units.
    void remove();

    // The newest operation a scheduled rule started (from the app or `--run-schedules`), from a log's
    // operations; none if no rule ran yet.
    static std::optional<Operation> lastScheduledRun(const QList<Operation> &operations);

Q_SIGNALS:
    void finished(const virtdeck::Status &status);

private:
    void runSteps(QList<QStringList> steps, std::function<void(Status)> done);
    Status writeUnits() const;
    void removeUnits() const;
    void finish(const Status &status);

    QString m_program;
    bool m_systemd = false;
    bool m_busy = false;
    Runner m_runner;
};

} // namespace virtdeck
