#include "flex/FlexRunner.h"

#include "hypervisor/ConnectionManager.h"
#include "operations/OperationRun.h"

namespace virtdeck {

FlexRunner::FlexRunner(OperationRun *run)
    : QObject(run)
    , m_run(run)
{}

void FlexRunner::start()
{
    const Operation &op = m_run->operation();
    Result<FlexTargets> targets = FlexTargets::fromParams(op.params);
    if (!targets)
        return m_run->fail(targets.error());
    if (op.targets.isEmpty())
        return m_run->fail(Error(tr("The flex operation names no server.")));
    m_targets = targets.value();
    m_server = op.targets.first();
    // The planner left CPU weight out because this host cannot set it: say so in the result.
    if (const QString why = op.params.value(QStringLiteral("weightNote")).toString(); !why.isEmpty())
        m_notes << tr("CPU weight not set: %1").arg(why);
    m_connection = m_run->connectionFor(m_server);
    if (!m_connection)
        return;
    m_run->setProgress(0, tr("reading the current values"));
    const QString field = m_targets.weightField;
    m_connection->runOnDomain(
        this, m_server, [field](virDomainPtr dom, virConnectPtr) { return readFlexCurrent(dom, field); },
        [this](Result<FlexCurrent> current) {
            if (!current)
                return m_run->fail(current.error());
            m_current = current.value();
            m_steps = buildFlexSteps(m_targets, m_current);
            m_done = QList<bool>(m_steps.size(), false);
            if (m_steps.isEmpty()) {
                m_run->log(tr("nothing to change"));
                return finish();
            }
            m_run->log(tr("%n steps to apply", nullptr, int(m_steps.size())));
            applyNext();
        });
}

void FlexRunner::setProgress(const QString &text)
{
    const int total = std::max<int>(int(m_steps.size()), 1);
    m_run->setProgress(10 + 85 * m_next / total, text);
}

void FlexRunner::applyNext()
{
    if (m_next >= m_steps.size())
        return finish();
    if (!m_connection)
        return stepFailed(Error(tr("The connection to the host was removed.")));
    const FlexStep step = m_steps[m_next];
    setProgress(step.describe());
    m_connection->runOnDomain(
        this, m_server, [step](virDomainPtr dom, virConnectPtr) { return applyFlexStep(dom, step, false); },
        [this, step](Status s) {
            if (s) {
                m_done[m_next] = true;
                m_run->log(tr("done: %1").arg(step.describe()));
            } else if (step.kind == FlexStep::Kind::Vcpus && (step.flags & VIR_DOMAIN_AFFECT_LIVE) &&
                       step.previous && step.value < *step.previous && isGuestTimeoutError(s.error())) {
                // The guest has not released the vCPUs (yet): the definition already has the new count,
                // so it applies at the next boot at the latest and the list shows the server pending.
                const QString note =
                    tr("The guest has not released its extra vCPUs yet; they go at the next boot "
                       "at the latest");
                m_run->log(tr("not confirmed: %1 (%2)").arg(step.describe(), s.error().detail));
                m_notes << note;
            } else if (step.isWeight() && isUnsupportedError(s.error())) {
                // The driver cannot set CPU weight at all: vCPUs and memory still matter, so skip it.
                const QString note = tr("CPU weight not set: the driver cannot set \"%1\"").arg(step.field);
                m_run->log(tr("skipped: %1 (%2)").arg(note, s.error().detail));
                m_weightSkipped = true;
                if (!m_notes.contains(note))
                    m_notes << note;
            } else {
                return stepFailed(s.error());
            }
            ++m_next;
            applyNext();
        });
}

void FlexRunner::stepFailed(const Error &error)
{
    m_failure = error;
    m_failedStep = m_next < m_steps.size() ? m_steps[m_next].describe() : QString();
    m_run->log(tr("failed: %1").arg(error.toString()));
    m_undoIndex = m_next - 1;
    if (m_done.contains(true))
        m_run->log(tr("undoing the steps already applied"));
    undoNext();
}

void FlexRunner::undoNext()
{
    while (m_undoIndex >= 0 && !m_done[m_undoIndex])
        --m_undoIndex;
    if (m_undoIndex < 0 || !m_connection) {
        if (m_connection)
            m_connection->refreshDomain(m_server.uuid);
        QString message = tr("Flex of %1 to %n shares failed at \"%2\".", nullptr, m_targets.shares)
                              .arg(m_server.name, m_failedStep);
        if (m_undone > 0 && m_undoProblems.isEmpty())
            message += QLatin1Char(' ') +
                       tr("The %n steps applied before it were undone; nothing changed.", nullptr, m_undone);
        else if (m_undone == 0 && m_undoProblems.isEmpty())
            message += QLatin1Char(' ') + tr("Nothing had been changed.");
        else
            message += QLatin1Char(' ') + tr("Some earlier steps could not be undone: %1. Check the server's "
                                             "vCPUs and memory.")
                                              .arg(m_undoProblems.join(QStringLiteral("; ")));
        return m_run->fail(Error(
            message, m_failure->detail.isEmpty() ? m_failure->message : m_failure->detail, m_failure->code));
    }
    const FlexStep step = m_steps[m_undoIndex];
    m_run->setProgress(-1, tr("undoing: %1").arg(step.describeUndo()));
    m_connection->runOnDomain(
        this, m_server, [step](virDomainPtr dom, virConnectPtr) { return applyFlexStep(dom, step, true); },
        [this, step](Status s) {
            if (s) {
                ++m_undone;
                m_run->log(tr("undone: %1").arg(step.describeUndo()));
            } else {
                m_undoProblems << step.describeUndo();
                m_run->log(tr("could not undo: %1").arg(s.error().toString()));
            }
            --m_undoIndex;
            undoNext();
        });
}

void FlexRunner::finish()
{
    if (m_connection)
        m_connection->refreshDomain(m_server.uuid);
    QString summary = tr("%n shares: vCPUs %1, memory %2", nullptr, m_targets.shares)
                          .arg(m_targets.vcpus)
                          .arg(formatMemoryKiB(m_targets.memoryKiB));
    if (m_targets.cpuWeight > 0 && !m_weightSkipped)
        summary += tr(", CPU weight %1").arg(m_targets.cpuWeight);
    const bool later =
        m_current.active && m_current.persistent &&
        (m_targets.vcpus > m_current.liveMaxVcpus || m_targets.memoryKiB > m_current.liveMaxMemoryKiB);
    if (later)
        summary += QStringLiteral(". ") + tr("Pending reboot: the rest applies when the server restarts");
    else if (!m_current.active)
        summary += QStringLiteral(". ") + tr("Applies when the server starts");
    for (const QString &note : std::as_const(m_notes))
        summary += QStringLiteral(". ") + note;
    m_run->succeed(summary + QLatin1Char('.'));
}

} // namespace virtdeck
