#pragma once

// The thresholds of the triage rules (settings keys "triage/..."), with their defaults. Read by the
// triage feature from Config; tests and the benchmark set them directly.

#include <QString>

namespace virtdeck {

class Config;

struct TriageSettings
{
    double stealPercent = 10.0; // vCPU wait (vcpu.N.delay) averaged over stealWindowSeconds
    int stealWindowSeconds = 300;
    double peggedPercent = 95.0;      // CPU % of the server's vCPUs counted as "at its limit"
    int peggedSeconds = 600;          // for at least this long
    int restartWindowSeconds = 3600;  // "running since less than an hour"
    double memoryUsablePercent = 5.0; // guest-usable memory below this share of the current memory
    // An operation or a guest reboot this close to a start or a stop explains it.
    int explainSlackSeconds = 60;

    static TriageSettings load(const Config *config); // defaults for a null config or bad values
    void save(Config *config) const;
};

} // namespace virtdeck
