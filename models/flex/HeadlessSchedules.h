#pragma once

// `virtdeck --run-schedules`: runs the scheduled flex rules that are due, without a window (from cron or
// a systemd timer). It connects to the saved connections the due rules need, runs each rule as flex
// operations (logged in the operations log like any other), waits for them, prints a summary and
// returns an exit code: 0 all done (or nothing due), 1 something failed or was refused, 2 the schedule,
// profiles or connections are unusable. The lead calls it from main() with a QCoreApplication alive.

#include <QDateTime>
#include <QString>

class QTextStream;

namespace virtdeck {

class Config;

struct HeadlessScheduleOptions
{
    QString schedulePath;     // empty: FlexSchedule::defaultPath()
    QString statePath;        // empty: ScheduleState::defaultPath()
    QString profilesPath;     // empty: ShareProfileStore::defaultUserPath()
    QString operationLogPath; // empty: the application's operations log; "-": none
    int connectTimeoutSeconds = 30;
    int operationTimeoutSeconds = 600;
};

int runDueSchedules(Config &config, QTextStream &out, const QDateTime &now = QDateTime::currentDateTime(),
                    const HeadlessScheduleOptions &options = {});

} // namespace virtdeck
