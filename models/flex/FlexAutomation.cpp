#include "flex/FlexAutomation.h"

#include "flex/Autoflex.h"
#include "flex/CpuHistorySource.h"
#include "flex/FlexContext.h"
#include "flex/FlexOperations.h"
#include "flex/ScheduleState.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QPointer>
#include <QTimer>

namespace virtdeck {

FlexAutomation::FlexAutomation(const Services &services, const ShareProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profiles(profiles)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_timer(new QTimer(this))
    , m_schedulePath(FlexSchedule::defaultPath())
    , m_statePath(ScheduleState::defaultPath())
    , m_policiesPath(AutoflexPolicies::defaultPath())
{
    connect(m_timer, &QTimer::timeout, this, &FlexAutomation::tick);
}

void FlexAutomation::setPaths(const QString &schedule, const QString &state, const QString &policies)
{
    m_schedulePath = schedule;
    m_statePath = state;
    m_policiesPath = policies;
}

QStringList FlexAutomation::reload()
{
    QStringList problems;
    Result<FlexSchedule> s = FlexSchedule::load(m_schedulePath);
    if (s)
        m_schedule = s.value();
    else
        problems << s.error().message; // the previous rules stay in force
    Result<AutoflexPolicies> p = AutoflexPolicies::load(m_policiesPath);
    if (p)
        m_policies = p.value();
    else
        problems << p.error().message;
    for (const QString &text : std::as_const(problems))
        Q_EMIT problem(text);
    return problems;
}

void FlexAutomation::start(int intervalMs)
{
    reload();
    m_timer->start(intervalMs);
}

void FlexAutomation::stop()
{
    m_timer->stop();
}

void FlexAutomation::tick()
{
    const QDateTime now = m_clock();
    runSchedules(now);
    runAutoflex(now);
}

void FlexAutomation::report(const QString &key, const QString &text)
{
    if (m_lastProblem.value(key) == text)
        return;
    m_lastProblem.insert(key, text);
    Q_EMIT problem(text);
}

void FlexAutomation::runSchedules(const QDateTime &now)
{
    if (m_schedule.rules.isEmpty())
        return;
    // Until a host is connected the rules would match nothing; they wait (within their grace window).
    const QStringList uris = m_services.servers->hostUris();
    if (std::none_of(uris.begin(), uris.end(), [this](const QString &uri) {
            const auto h = FlexContext::hostOf(m_services, uri);
            return h && h->isUsable();
        }))
        return;
    QList<FlexSchedule::Due> due;
    const Status claimed = ScheduleState::update(
        [&](ScheduleState &state) {
            due = m_schedule.dueRules(state, now);
            for (const FlexSchedule::Due &d : std::as_const(due))
                state.markRan(d.rule.name, d.occurrence);
            return !due.isEmpty();
        },
        m_statePath);
    if (!claimed) {
        report(QStringLiteral("schedule-state"), claimed.error().message);
        return;
    }
    for (const FlexSchedule::Due &d : std::as_const(due)) {
        const ScheduleRunResult r = ScheduleRunner::run(m_services, *m_profiles, d.rule);
        QStringList problems = r.refusals;
        if (!r.error.isEmpty())
            problems.prepend(r.error);
        Q_EMIT scheduleRan(d.rule.name, r.operationIds, problems);
    }
}

bool FlexAutomation::isBusy(const ServerRef &server) const
{
    const QList<Operation> ops = m_services.operations->operations();
    return std::any_of(ops.begin(), ops.end(),
                       [&](const Operation &op) { return !op.isFinished() && op.targets.contains(server); });
}

std::optional<QDateTime> FlexAutomation::lastFlex(const ServerRef &server) const
{
    std::optional<QDateTime> last;
    if (m_lastChange.contains(server.key()))
        last = m_lastChange.value(server.key());
    // Any flex (by hand, scheduled) restarts the windows: the load measured before it no longer applies.
    for (const Operation &op : m_services.operations->operations()) {
        if (op.kind == QLatin1String(FlexOperations::ApplyKind) && op.state == OperationState::Succeeded &&
            op.targets.contains(server)) {
            const QDateTime t = op.finishedAt.toLocalTime();
            if (!last || t > *last)
                last = t;
            break; // newest first
        }
    }
    return last;
}

void FlexAutomation::runAutoflex(const QDateTime &now)
{
    if (!m_history || m_policies.policies.isEmpty())
        return;
    for (const QString &uri : m_services.servers->hostUris()) {
        for (const DomainSnapshot &s : m_services.servers->serversOf(uri)) {
            const AutoflexPolicy *policy = m_policies.policyFor(s);
            if (!policy || s.state != DomainState::Running || s.stale || isBusy(s.ref()))
                continue;
            const AutoflexPolicy copy = *policy;
            const QDateTime from = now.addSecs(-qint64(Autoflex::windowMinutes(copy) + 5) * 60);
            QPointer<FlexAutomation> self(this);
            m_history->fetch(s.ref(), from, now, [self, s, copy, now](QList<CpuPoint> history) {
                if (self)
                    self->decideFor(s, copy, history, now);
            });
        }
    }
}

void FlexAutomation::decideFor(const DomainSnapshot &fetched, const AutoflexPolicy &policy,
                               const QList<CpuPoint> &history, const QDateTime &now)
{
    // The history may arrive later: act on the server as it is now.
    const std::optional<DomainSnapshot> current = m_services.servers->server(fetched.ref());
    if (!current || current->state != DomainState::Running || isBusy(current->ref()))
        return;
    const DomainSnapshot &s = *current;
    const Result<ShareProfile> profile = m_profiles->profileFor(s.uri);
    if (!profile) {
        report(s.uri, profile.error().message);
        return;
    }
    AutoflexContext ctx;
    ctx.shares = FlexPlanner::currentShares(s, profile.value()).shares;
    ctx.liveCeiling = FlexPlanner::liveCeiling(s, profile.value(),
                                               FlexContext::flexHost(m_services, s.uri, profile.value()));
    ctx.absoluteMax = profile->absoluteMax;
    ctx.profileMinShares = profile->minShares;
    ctx.lastChange = lastFlex(s.ref());
    ctx.pendingRestart = s.needsReboot();
    const AutoflexDecision d = Autoflex::decide(policy, history, ctx, now);
    if (!d.changes())
        return;
    const FlexPlan plan = FlexContext::plan(m_services, *m_profiles, s, d.toShares);
    const QString reason = tr("Autoflex policy '%1': %2").arg(policy.name, d.reason);
    Result<QString> id = FlexOperations::enqueue(*m_services.operations, plan, reason);
    if (!id) {
        report(s.ref().key(), tr("Autoflex could not flex %1 to %n shares: %2", nullptr, d.toShares)
                                  .arg(s.name, id.error().message));
        return;
    }
    m_lastProblem.remove(s.ref().key());
    m_lastChange.insert(s.ref().key(), now);
    Q_EMIT autoflexStepped(s.ref(), d.fromShares, d.toShares, reason, id.value());
}

} // namespace virtdeck
