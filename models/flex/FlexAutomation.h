#pragma once

// Runs scheduled flex rules and Autoflex policies while virtdeck is open: a timer checks which rules
// are due (sharing the "last ran" state with `virtdeck --run-schedules`) and, for each running server an
// enabled policy selects, asks the CPU history whether to step up or down. Every change is a flex
// operation whose reason names the rule or the policy. Created by the main window (the lead wires
// the CPU history source to the metrics service); tests drive tick() with a fake clock.

#include "core/Services.h"
#include "flex/AutoflexPolicies.h"
#include "flex/CpuHistorySource.h"
#include "flex/FlexSchedule.h"
#include "flex/ScheduleRunner.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTimer;

namespace virtdeck {

class ShareProfileStore;

class FlexAutomation : public QObject
{
    Q_OBJECT
public:
    FlexAutomation(const Services &services, const ShareProfileStore *profiles, QObject *parent = nullptr);

    // Not owned; without one, Autoflex does nothing (schedules still run).
    void setCpuHistorySource(CpuHistorySource *source) { m_history = source; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setPaths(const QString &schedule, const QString &state, const QString &policies);

    // Re-reads the schedule and the policies (after an editor saved them); returns their problems.
    QStringList reload();
    void start(int intervalMs = 30000);
    void stop();
    // One check of schedules and policies (the timer calls it).
    void tick();

    const FlexSchedule &schedule() const { return m_schedule; }
    const AutoflexPolicies &policies() const { return m_policies; }

Q_SIGNALS:
    void scheduleRan(const QString &ruleName, const QStringList &operationIds, const QStringList &problems);
    void autoflexStepped(const virtdeck::ServerRef &server, int fromShares, int toShares,
                         const QString &reason, const QString &operationId);
    // Something the user should know (a bad file, a refused step), translated.
    void problem(const QString &text);

private:
    void runSchedules(const QDateTime &now);
    void runAutoflex(const QDateTime &now);
    void decideFor(const DomainSnapshot &server, const AutoflexPolicy &policy, const QList<CpuPoint> &history,
                   const QDateTime &now);
    bool isBusy(const ServerRef &server) const;
    std::optional<QDateTime> lastFlex(const ServerRef &server) const;
    void report(const QString &key, const QString &text);

    Services m_services;
    const ShareProfileStore *m_profiles;
    CpuHistorySource *m_history = nullptr;
    std::function<QDateTime()> m_clock;
    QTimer *m_timer;
    QString m_schedulePath;
    QString m_statePath;
    QString m_policiesPath;
    FlexSchedule m_schedule;
    AutoflexPolicies m_policies;
    QHash<QString, QDateTime> m_lastChange; // server key -> last Autoflex step
    QHash<QString, QString> m_lastProblem;  // key -> text, so a standing problem is said once
};

} // namespace virtdeck
