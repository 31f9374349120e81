#pragma once

// Scheduled flex: rules such as "every day at 14:00 set www-* to 4 shares", kept as JSON in the user's
// config dir (flex-schedule.json), validated on load with one message per bad field. Which rules are due
// is a pure function of the rules, when each last ran (ScheduleState) and the time, so it is tested with
// a fake clock. Run by FlexAutomation while virtdeck is open and by runDueSchedules() for
// `virtdeck --run-schedules`.

#include "core/Result.h"
#include "flex/ServerSelector.h"

#include <QDateTime>
#include <QList>
#include <QTime>

#include <optional>

namespace virtdeck {

class ScheduleState;

struct ScheduleRule
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ScheduleRule)
public:
    enum class Action
    {
        Set,
        Add,
        Remove
    };

    QString name;
    bool enabled = true;
    QTime at;        // local time of day
    QList<int> days; // 1 = Monday … 7 = Sunday; empty: every day
    ServerSelector selector;
    Action action = Action::Set;
    int amount = 1;

    // The share count this rule gives a server that has currentShares.
    int targetFor(int currentShares) const;
    // "every day at 14:00: set www-* to 4 shares".
    QString describe() const;
    QString actionText() const; // "set to 4 shares", "+1 share"
    QString daysText() const;   // "every day", "Mon, Wed"
    // The latest time at or before now the rule is scheduled for (local time).
    std::optional<QDateTime> lastOccurrence(const QDateTime &now) const;

    friend bool operator==(const ScheduleRule &, const ScheduleRule &) = default;
};

struct FlexSchedule
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FlexSchedule)
public:
    // A rule missed by more than this (virtdeck closed, the timer late) is skipped until its next time.
    int graceMinutes = 15;
    QList<ScheduleRule> rules;

    static Result<FlexSchedule> fromJson(const QByteArray &text, const QString &origin);
    QByteArray toJson() const;
    // A missing file is an empty schedule.
    static Result<FlexSchedule> load(const QString &path = defaultPath());
    Status save(const QString &path = defaultPath()) const;
    static QString defaultPath();
    // Every problem of the rules as they are (names unique, times, selectors, actions).
    QStringList problems() const;

    struct Due
    {
        ScheduleRule rule;
        QDateTime occurrence; // the scheduled time being run
    };
    // Enabled rules whose latest occurrence is after their last run and at most graceMinutes before now.
    QList<Due> dueRules(const ScheduleState &state, const QDateTime &now) const;
};

} // namespace virtdeck
