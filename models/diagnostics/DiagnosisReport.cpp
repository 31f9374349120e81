#include "diagnostics/DiagnosisReport.h"

#include "diagnostics/OutputText.h"

#include <algorithm>

namespace virtdeck {

QString DiagnosisStep::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return tr("waiting");
    case Status::Running: return tr("running");
    case Status::Done: return tr("done");
    case Status::Failed: return tr("failed");
    case Status::Skipped: return tr("skipped");
    }
    return {};
}

int DiagnosisReport::stepIndex(const QString &id) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == id)
            return i;
    }
    return -1;
}

const DiagnosisStep *DiagnosisReport::step(const QString &id) const
{
    const int i = stepIndex(id);
    return i < 0 ? nullptr : &steps.at(i);
}

int DiagnosisReport::problemCount() const
{
    return int(
        std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.isProblem(); }));
}

Finding::Severity DiagnosisReport::worst() const
{
    Finding::Severity worst = Finding::Severity::Info;
    for (const Finding &f : findings)
        worst = std::max(worst, f.severity);
    return worst;
}

QString DiagnosisReport::summary() const
{
    if (cancelled)
        return tr("cancelled");
    QStringList titles;
    for (const Finding &f : findings) {
        if (f.isProblem())
            titles << f.title;
    }
    if (titles.isEmpty())
        return findings.isEmpty() ? tr("No problem found") : findings.first().title;
    return tr("%n problem(s): %1", nullptr, int(titles.size())).arg(titles.join(QStringLiteral("; ")));
}

QString DiagnosisReport::toText() const
{
    QStringList out;
    out << tr("Diagnosis of %1").arg(serverName);
    out << tr("Host: %1").arg(server.uri);
    out << tr("Started: %1").arg(startedAt.toLocalTime().toString(Qt::ISODate));
    if (finishedAt.isValid())
        out << tr("Finished: %1").arg(finishedAt.toLocalTime().toString(Qt::ISODate));
    out << tr("State: %1, %n vCPU(s)", nullptr, vcpus).arg(domainStateName(state));
    if (!endpoint.isEmpty())
        out << tr("SSH: %1").arg(endpoint);
    if (cancelled)
        out << tr("The diagnosis was cancelled before it finished.");
    out << QString();
    out << tr("Findings");
    for (const Finding &f : findings) {
        out << QStringLiteral("[%1] %2").arg(Finding::severityName(f.severity), f.title);
        if (!f.detail.isEmpty())
            out << QStringLiteral("    ") + f.detail;
        if (!f.advice.isEmpty())
            out << QStringLiteral("    ") + tr("What to do: %1").arg(f.advice);
        for (const QString &line : f.evidence)
            out << QStringLiteral("      ") + OutputText::display(line.toUtf8(), 400);
    }
    out << QString();
    out << tr("Steps");
    for (const DiagnosisStep &s : steps) {
        out << QStringLiteral("== %1: %2 ==").arg(s.title, DiagnosisStep::statusName(s.status));
        if (!s.summary.isEmpty())
            out << s.summary;
        if (!s.error.isEmpty())
            out << s.error;
        if (!s.command.isEmpty())
            out << QStringLiteral("$ ") + s.command;
        if (s.hasOutput) {
            const CommandResult &r = s.output;
            QString status = r.timedOut ? tr("timed out after %1 ms").arg(r.durationMs)
                             : r.cancelled
                                 ? tr("cancelled")
                                 : tr("exit status %1 after %2 ms").arg(r.exitStatus).arg(r.durationMs);
            out << status;
            out << OutputText::display(r.out);
            if (r.outBytes > r.out.size())
                out << tr("[output cut: %1 of %2 kept]")
                           .arg(OutputText::sizeText(r.out.size()), OutputText::sizeText(r.outBytes));
            if (!r.err.isEmpty()) {
                out << tr("--- stderr ---");
                out << OutputText::display(r.err);
                if (r.errBytes > r.err.size())
                    out << tr("[output cut: %1 of %2 kept]")
                               .arg(OutputText::sizeText(r.err.size()), OutputText::sizeText(r.errBytes));
            }
        }
        out << QString();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace virtdeck
