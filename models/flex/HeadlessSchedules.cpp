#include "flex/HeadlessSchedules.h"

#include "core/Config.h"
#include "flex/FlexOperations.h"
#include "flex/FlexSchedule.h"
#include "flex/ScheduleRunner.h"
#include "flex/ScheduleState.h"
#include "flex/ShareProfileStore.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QEventLoop>
#include <QSet>
#include <QTextStream>
#include <QTimer>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::HeadlessSchedules)
};

// Waits (in the only event loop there is) until done() holds or the time runs out.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(100);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The saved connections the due rules need (all saved ones when a rule names no host).
QList<SavedConnection> neededConnections(const Config &config, const QList<FlexSchedule::Due> &due)
{
    const QList<SavedConnection> saved = config.connections();
    QSet<QString> wanted;
    bool all = false;
    for (const FlexSchedule::Due &d : due) {
        if (d.rule.selector.hosts.isEmpty())
            all = true;
        for (const QString &h : d.rule.selector.hosts)
            wanted.insert(h);
    }
    QList<SavedConnection> out;
    for (const SavedConnection &c : saved) {
        if (all || wanted.contains(c.uri))
            out << c;
    }
    return out;
}
} // namespace

int runDueSchedules(Config &config, QTextStream &out, const QDateTime &now,
                    const HeadlessScheduleOptions &options)
{
    const QString schedulePath =
        options.schedulePath.isEmpty() ? FlexSchedule::defaultPath() : options.schedulePath;
    const QString statePath = options.statePath.isEmpty() ? ScheduleState::defaultPath() : options.statePath;
    Result<FlexSchedule> schedule = FlexSchedule::load(schedulePath);
    if (!schedule) {
        out << schedule.error().message << Qt::endl;
        return 2;
    }
    ShareProfileStore profiles;
    const QStringList profileProblems = profiles.load(
        options.profilesPath.isEmpty() ? ShareProfileStore::defaultUserPath() : options.profilesPath);
    for (const QString &p : profileProblems)
        out << p << Qt::endl;

    // Claim the due occurrences first, so a virtdeck window running at the same minute skips them.
    QList<FlexSchedule::Due> due;
    const Status claimed = ScheduleState::update(
        [&](ScheduleState &state) {
            due = schedule->dueRules(state, now);
            for (const FlexSchedule::Due &d : std::as_const(due))
                state.markRan(d.rule.name, d.occurrence);
            return !due.isEmpty();
        },
        statePath);
    if (!claimed) {
        out << claimed.error().message << Qt::endl;
        return 2;
    }
    if (due.isEmpty()) {
        out << Text::tr("No scheduled flex rule is due at %1.")
                   .arg(QLocale().toString(now, QLocale::ShortFormat))
            << Qt::endl;
        return 0;
    }
    const QList<SavedConnection> hosts = neededConnections(config, due);
    if (hosts.isEmpty()) {
        out << Text::tr("%n rules due, but no saved connection to run them on. Add the hosts in virtdeck "
                        "first.",
                        nullptr, int(due.size()))
            << Qt::endl;
        return 2;
    }

    ConnectionManager manager;
    ServerListModel servers;
    servers.attach(&manager);
    servers.setShareEstimator(profiles.estimator());
    OperationLog *log =
        options.operationLogPath == QLatin1String("-") ? nullptr : new OperationLog(options.operationLogPath);
    OperationQueue queue(&manager, log);
    FlexOperations::registerKinds(queue);
    const Services services{&config, &manager, &queue, &servers};

    QSet<QString> listed;
    QObject::connect(&manager, &ConnectionManager::domainsListed, &manager,
                     [&listed](const QString &uri, const QList<DomainSnapshot> &) { listed.insert(uri); });
    for (const SavedConnection &c : hosts) {
        Connection::Options o;
        o.uri = c.uri;
        o.readOnly = c.readOnly;
        o.reconnect = false;
        o.keepAliveInterval = config.get(Config::Key::KeepAliveInterval).toInt();
        o.keepAliveCount = config.get(Config::Key::KeepAliveCount).toInt();
        if (Result<Connection *> added = manager.connectTo(o); !added)
            out << Text::tr("Cannot connect to %1: %2").arg(c.uri, added.error().message) << Qt::endl;
    }
    auto settled = [&] {
        for (const SavedConnection &c : hosts) {
            const HostSnapshot h = manager.host(c.uri);
            const bool failed = h.state == HostState::Disconnected && !h.reason.isEmpty();
            if (manager.contains(c.uri) && !listed.contains(c.uri) && !failed)
                return false;
        }
        return true;
    };
    waitUntil(settled, options.connectTimeoutSeconds * 1000);
    for (const SavedConnection &c : hosts) {
        if (!listed.contains(c.uri)) {
            const HostSnapshot h = manager.host(c.uri);
            out << Text::tr("Cannot connect to %1: %2")
                       .arg(c.uri, h.reason.isEmpty()
                                       ? Text::tr("no answer within %1 s").arg(options.connectTimeoutSeconds)
                                       : h.reason)
                << Qt::endl;
        }
    }

    // Run every due rule, then wait for all their operations, then report rule by rule.
    QList<ScheduleRunResult> results;
    QStringList ids;
    for (const FlexSchedule::Due &d : std::as_const(due)) {
        results << ScheduleRunner::run(services, profiles, d.rule);
        ids << results.last().operationIds;
    }
    const bool finished = waitUntil(
        [&] {
            return std::all_of(ids.begin(), ids.end(), [&](const QString &id) {
                const auto op = queue.find(id);
                return !op || op->isFinished();
            });
        },
        options.operationTimeoutSeconds * 1000);
    int exitCode = finished ? 0 : 1;
    int failed = 0;
    for (const ScheduleRunResult &r : std::as_const(results)) {
        out << Text::tr("Rule \"%1\" (%2):").arg(r.rule.name, r.rule.describe()) << Qt::endl;
        if (!r.error.isEmpty()) {
            out << QStringLiteral("  ") << r.error << Qt::endl;
            exitCode = 1;
        }
        for (const QString &name : r.unchanged)
            out << QStringLiteral("  ") << Text::tr("%1: already there, nothing to change").arg(name)
                << Qt::endl;
        for (const QString &refusal : r.refusals) {
            out << QStringLiteral("  ") << Text::tr("refused: %1").arg(refusal) << Qt::endl;
            exitCode = 1;
        }
        for (const QString &id : r.operationIds) {
            const Operation op = queue.find(id).value_or(Operation());
            if (op.state == OperationState::Succeeded) {
                out << QStringLiteral("  ") << Text::tr("%1: done — %2").arg(op.targetNames(), op.result)
                    << Qt::endl;
                continue;
            }
            exitCode = 1;
            ++failed;
            const QString why =
                op.isFinished() ? op.errorMessage
                                : Text::tr("still running after %1 s").arg(options.operationTimeoutSeconds);
            out << QStringLiteral("  ") << Text::tr("%1: failed — %2").arg(op.targetNames(), why) << Qt::endl;
        }
    }
    out << Text::tr("%n operations run, %1 failed.", nullptr, int(ids.size())).arg(failed) << Qt::endl;
    out.flush();
    manager.removeAll();
    return exitCode;
}

} // namespace virtdeck
