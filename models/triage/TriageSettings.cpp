#include "triage/TriageSettings.h"

#include "core/Config.h"

#include <algorithm>

namespace virtdeck {

namespace {
const QString kSteal = QStringLiteral("triage/stealPercent");
const QString kStealWindow = QStringLiteral("triage/stealWindowSeconds");
const QString kPegged = QStringLiteral("triage/peggedPercent");
const QString kPeggedSeconds = QStringLiteral("triage/peggedSeconds");
const QString kRestartWindow = QStringLiteral("triage/restartWindowSeconds");
const QString kMemoryUsable = QStringLiteral("triage/memoryUsablePercent");

double percent(const Config *c, const QString &key, double fallback)
{
    bool ok = false;
    const double v = c->value(key, fallback).toDouble(&ok);
    return ok && v > 0 && v <= 100 ? v : fallback;
}

int seconds(const Config *c, const QString &key, int fallback)
{
    bool ok = false;
    const int v = c->value(key, fallback).toInt(&ok);
    return ok && v > 0 ? std::min(v, 7 * 24 * 3600) : fallback;
}
} // namespace

TriageSettings TriageSettings::load(const Config *config)
{
    TriageSettings s;
    if (!config)
        return s;
    s.stealPercent = percent(config, kSteal, s.stealPercent);
    s.stealWindowSeconds = seconds(config, kStealWindow, s.stealWindowSeconds);
    s.peggedPercent = percent(config, kPegged, s.peggedPercent);
    s.peggedSeconds = seconds(config, kPeggedSeconds, s.peggedSeconds);
    s.restartWindowSeconds = seconds(config, kRestartWindow, s.restartWindowSeconds);
    s.memoryUsablePercent = percent(config, kMemoryUsable, s.memoryUsablePercent);
    return s;
}

void TriageSettings::save(Config *config) const
{
    config->setValue(kSteal, stealPercent);
    config->setValue(kStealWindow, stealWindowSeconds);
    config->setValue(kPegged, peggedPercent);
    config->setValue(kPeggedSeconds, peggedSeconds);
    config->setValue(kRestartWindow, restartWindowSeconds);
    config->setValue(kMemoryUsable, memoryUsablePercent);
}

} // namespace virtdeck
