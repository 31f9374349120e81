#pragma once

// When each scheduled flex rule last ran (the scheduled time it ran for), kept in the app data dir
// (flex-schedule-state.json) so virtdeck and `virtdeck --run-schedules` (cron, a systemd timer) never
// run the same occurrence twice. update() holds a lock file around read-modify-write.

#include "core/Result.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace virtdeck {

class ScheduleState
{
public:
    std::optional<QDateTime> lastRun(const QString &rule) const;
    void markRan(const QString &rule, const QDateTime &occurrence);

    // A missing or unreadable file is an empty state (the grace window keeps old rules from firing).
    static ScheduleState load(const QString &path = defaultPath());
    Status save(const QString &path = defaultPath()) const;
    // Locks, loads, lets change() edit, saves. change returns false to leave the file as it was.
    static Status update(const std::function<bool(ScheduleState &)> &change,
                         const QString &path = defaultPath());
    static QString defaultPath();

private:
    QHash<QString, QDateTime> m_lastRun;
};

} // namespace virtdeck
