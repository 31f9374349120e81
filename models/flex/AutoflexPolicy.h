#pragma once

// One Autoflex policy: for the servers it selects (names, wildcards, tags), above X % CPU for Y minutes
// → +1 share up to a limit; below Z % for W minutes → −1 share down to a floor; never beyond the live
// ceiling unless next-boot changes are allowed; a cool-down between steps. Kept with the others as JSON
// in the user's config dir (autoflex.json) by AutoflexPolicies; decided on by Autoflex::decide.

#include "core/Result.h"
#include "flex/ServerSelector.h"

#include <nlohmann/json_fwd.hpp>

namespace virtdeck {

struct AutoflexPolicy
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::AutoflexPolicy)
public:
    QString name;
    bool enabled = false; // switched on after a dry run
    ServerSelector selector;
    double upAbovePercent = 80;
    int upForMinutes = 10;
    double downBelowPercent = 20;
    int downForMinutes = 30;
    int minShares = 1;
    int maxShares = 8;
    bool allowNextBoot = false; // may go beyond the live ceiling (the server then needs a restart)
    int cooldownMinutes = 15;

    // "above 80 % for 10 min: +1 (up to 8); below 20 % for 30 min: −1 (down to 1); 15 min apart".
    QString describe() const;
    QStringList problems() const;

    static Result<AutoflexPolicy> fromJson(const nlohmann::json &object, const QString &where);
    nlohmann::json toJson() const;

    friend bool operator==(const AutoflexPolicy &, const AutoflexPolicy &) = default;
};

} // namespace virtdeck
