#include "flex/AutoflexPolicy.h"

#include "flex/JsonFieldReader.h"
#include "flex/ShareProfile.h"

#include <nlohmann/json.hpp>

namespace virtdeck {

QString AutoflexPolicy::describe() const
{
    return tr("above %1 % for %2 min: +1 share (up to %3%4); below %5 % for %6 min: −1 share (down to %7); "
              "%8 min "
              "between steps")
        .arg(upAbovePercent)
        .arg(upForMinutes)
        .arg(maxShares)
        .arg(allowNextBoot ? tr(", next boot allowed") : tr(", live only"))
        .arg(downBelowPercent)
        .arg(downForMinutes)
        .arg(minShares)
        .arg(cooldownMinutes);
}

QStringList AutoflexPolicy::problems() const
{
    QStringList out;
    const QString where = name.isEmpty() ? tr("policy") : tr("policy \"%1\"").arg(name);
    auto add = [&](const QString &text) { out << where + QStringLiteral(": ") + text; };
    if (name.trimmed().isEmpty())
        add(tr("give the policy a name; operations name it as their reason."));
    for (const QString &p : selector.problems())
        add(p);
    if (!(upAbovePercent > 0 && upAbovePercent <= 100))
        add(tr("the CPU level to add a share must be above 0 % and at most 100 %."));
    if (!(downBelowPercent >= 0 && downBelowPercent < 100))
        add(tr("the CPU level to remove a share must be from 0 % to below 100 %."));
    if (downBelowPercent >= upAbovePercent)
        add(tr("the level to remove a share (%1 %) must be below the level to add one (%2 %), or the policy "
               "would flex up and down forever.")
                .arg(downBelowPercent)
                .arg(upAbovePercent));
    if (upForMinutes < 1 || upForMinutes > 1440 || downForMinutes < 1 || downForMinutes > 1440)
        add(tr("durations must be from 1 to 1440 minutes."));
    if (cooldownMinutes < 0 || cooldownMinutes > 1440)
        add(tr("the cool-down must be from 0 to 1440 minutes."));
    if (minShares < 1)
        add(tr("the floor must be at least 1 share."));
    if (maxShares < minShares)
        add(tr("the limit (%1 shares) must not be below the floor (%2 shares).")
                .arg(maxShares)
                .arg(minShares));
    if (maxShares > ShareProfile::MaxShares)
        add(tr("the limit must be at most %1 shares.").arg(ShareProfile::MaxShares));
    return out;
}

Result<AutoflexPolicy> AutoflexPolicy::fromJson(const nlohmann::json &object, const QString &where)
{
    JsonFieldReader r(object, where);
    r.rejectUnknown({"name", "enabled", "servers", "tags", "hosts", "upAbovePercent", "upForMinutes",
                     "downBelowPercent", "downForMinutes", "minShares", "maxShares", "allowNextBoot",
                     "cooldownMinutes"});
    AutoflexPolicy p;
    p.name = r.string("name", true).value_or(QString());
    p.enabled = r.boolean("enabled", false).value_or(false);
    p.selector = ServerSelector::read(r);
    p.upAbovePercent = r.number("upAbovePercent", 1, 100, true).value_or(p.upAbovePercent);
    p.upForMinutes = int(r.integer("upForMinutes", 1, 1440, true).value_or(p.upForMinutes));
    p.downBelowPercent = r.number("downBelowPercent", 0, 99, true).value_or(p.downBelowPercent);
    p.downForMinutes = int(r.integer("downForMinutes", 1, 1440, true).value_or(p.downForMinutes));
    p.minShares = int(r.integer("minShares", 1, ShareProfile::MaxShares, false).value_or(p.minShares));
    p.maxShares = int(r.integer("maxShares", 1, ShareProfile::MaxShares, true).value_or(p.maxShares));
    p.allowNextBoot = r.boolean("allowNextBoot", false).value_or(false);
    p.cooldownMinutes = int(r.integer("cooldownMinutes", 0, 1440, false).value_or(p.cooldownMinutes));
    if (r.ok()) {
        // Relations between fields; the per-field messages above already name the field.
        for (const QString &problem : p.problems())
            r.addError(problem.section(QStringLiteral(": "), 1));
    }
    if (!r.ok())
        return Error(r.errors().join(QLatin1Char('\n')));
    return p;
}

nlohmann::json AutoflexPolicy::toJson() const
{
    nlohmann::json o = {{"name", name.toStdString()},
                        {"enabled", enabled},
                        {"upAbovePercent", upAbovePercent},
                        {"upForMinutes", upForMinutes},
                        {"downBelowPercent", downBelowPercent},
                        {"downForMinutes", downForMinutes},
                        {"minShares", minShares},
                        {"maxShares", maxShares},
                        {"allowNextBoot", allowNextBoot},
                        {"cooldownMinutes", cooldownMinutes}};
    selector.write(o);
    return o;
}

} // namespace virtdeck
