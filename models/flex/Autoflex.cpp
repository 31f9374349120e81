#include "flex/Autoflex.h"

#include <QCoreApplication>

#include <algorithm>

namespace virtdeck::Autoflex {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::Autoflex)
};

struct Window
{
    bool sustained = false;
    double average = 0;
};

// Whether every point of [from, to] satisfies pred, with the window covered by data: a point near its
// start, a recent one near its end, and no gap longer than two sample spacings in between.
template <typename Pred>
Window sustained(const QList<CpuPoint> &history, const QDateTime &from, const QDateTime &to, int spacing,
                 Pred pred)
{
    Window w;
    auto first = std::lower_bound(history.begin(), history.end(), from,
                                  [](const CpuPoint &p, const QDateTime &t) { return p.time < t; });
    auto last = std::upper_bound(history.begin(), history.end(), to,
                                 [](const QDateTime &t, const CpuPoint &p) { return t < p.time; });
    if (first == last)
        return w;
    if (from.secsTo(first->time) > spacing || (last - 1)->time.secsTo(to) > 2 * spacing)
        return w;
    double sum = 0;
    QDateTime previous = first->time;
    for (auto it = first; it != last; ++it) {
        if (!pred(it->avgPercent) || previous.secsTo(it->time) > 2 * spacing)
            return w;
        previous = it->time;
        sum += it->avgPercent;
    }
    w.sustained = true;
    w.average = sum / double(last - first);
    return w;
}
} // namespace

int sampleSpacingSeconds(const QList<CpuPoint> &history)
{
    if (history.size() < 2)
        return 60;
    QList<qint64> gaps;
    gaps.reserve(history.size() - 1);
    for (qsizetype i = 1; i < history.size(); ++i)
        gaps << history[i - 1].time.secsTo(history[i].time);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return int(std::max<qint64>(gaps[gaps.size() / 2], 1));
}

int windowMinutes(const AutoflexPolicy &policy)
{
    return std::max(policy.upForMinutes, policy.downForMinutes);
}

AutoflexDecision decide(const AutoflexPolicy &policy, const QList<CpuPoint> &history,
                        const AutoflexContext &context, const QDateTime &now)
{
    AutoflexDecision d;
    d.at = now;
    d.fromShares = context.shares;
    d.toShares = context.shares;
    if (context.lastChange && context.lastChange->secsTo(now) < qint64(policy.cooldownMinutes) * 60) {
        d.reason = Text::tr("cooling down after the last step");
        return d;
    }
    if (context.pendingRestart) {
        d.reason = Text::tr("waiting for a restart to apply the pending changes");
        return d;
    }
    const int spacing = sampleSpacingSeconds(history);
    // Only load measured after the last change counts: it reflects the server's current size.
    auto windowStart = [&](int minutes) { return now.addSecs(-qint64(minutes) * 60); };
    auto afterChange = [&](const QDateTime &start) {
        return !context.lastChange || *context.lastChange <= start;
    };

    const QDateTime upFrom = windowStart(policy.upForMinutes);
    const Window up = afterChange(upFrom) ? sustained(history, upFrom, now, spacing,
                                                      [&](double v) { return v > policy.upAbovePercent; })
                                          : Window();
    if (up.sustained) {
        const int ceiling =
            policy.allowNextBoot ? context.absoluteMax : std::min(context.liveCeiling, context.absoluteMax);
        const int limit = std::min(policy.maxShares, ceiling);
        if (context.shares + 1 > limit) {
            d.reason = Text::tr("CPU is high but %n shares is the limit", nullptr, limit);
            return d;
        }
        d.kind = AutoflexDecision::Kind::Up;
        d.toShares = context.shares + 1;
        d.nextBoot = d.toShares > context.liveCeiling;
        d.reason = Text::tr("CPU above %1 % for %2 min (average %3 %)")
                       .arg(policy.upAbovePercent)
                       .arg(policy.upForMinutes)
                       .arg(qRound(up.average));
        return d;
    }
    const QDateTime downFrom = windowStart(policy.downForMinutes);
    const Window down = afterChange(downFrom)
                            ? sustained(history, downFrom, now, spacing,
                                        [&](double v) { return v < policy.downBelowPercent; })
                            : Window();
    if (down.sustained) {
        const int floor = std::max(policy.minShares, context.profileMinShares);
        if (context.shares - 1 < floor) {
            d.reason = Text::tr("CPU is low but %n shares is the floor", nullptr, floor);
            return d;
        }
        d.kind = AutoflexDecision::Kind::Down;
        d.toShares = context.shares - 1;
        d.reason = Text::tr("CPU below %1 % for %2 min (average %3 %)")
                       .arg(policy.downBelowPercent)
                       .arg(policy.downForMinutes)
                       .arg(qRound(down.average));
        return d;
    }
    d.reason = Text::tr("CPU within the policy's range");
    return d;
}

QList<AutoflexDecision> dryRun(const AutoflexPolicy &policy, const QList<CpuPoint> &history,
                               AutoflexContext context)
{
    QList<AutoflexDecision> out;
    for (const CpuPoint &p : history) {
        const AutoflexDecision d = decide(policy, history, context, p.time);
        if (!d.changes())
            continue;
        out << d;
        context.shares = d.toShares;
        context.lastChange = p.time;
        // The replay has no restart: after a next-boot step the server would wait for one.
        context.pendingRestart = context.pendingRestart || d.nextBoot;
    }
    return out;
}

} // namespace virtdeck::Autoflex
