#include "triage/TriageExport.h"

#include <QCoreApplication>

namespace virtdeck::TriageExport {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::TriageExport)
};

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}
} // namespace

QString toText(const QList<TriageFinding> &findings, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    QString out = Text::tr("virtdeck triage, %1: %n finding(s)", nullptr, int(findings.size())).arg(utc(now));
    out += QLatin1Char('\n');
    for (const TriageFinding &f : findings) {
        const QString where = f.isHostFinding() ? Text::tr("host %1").arg(f.hostName)
                                                : Text::tr("%1 on %2").arg(f.server.name, f.hostName);
        const qint64 secs = std::max<qint64>(0, f.since.secsTo(now));
        const QString since =
            f.sinceExact ? Text::tr("since %1 (%2)").arg(utc(f.since), formatDuration(secs))
                         : Text::tr("since at least %1 (%2)").arg(utc(f.since), formatDuration(secs));
        out += QStringLiteral("\n[%1] %2 — %3\n    %4\n    %5\n")
                   .arg(TriageFinding::severityName(f.severity), f.title(), where, since, f.evidence);
    }
    return out;
}

} // namespace virtdeck::TriageExport
