#pragma once

// The Autoflex dry run drawn on the CPU history: the CPU % line, the share count the policy would have
// given the server (a step line on a second axis) and a marker where it would have stepped up or down.
// Shown by AutoflexPolicyEditor.

#include "flex/Autoflex.h"

#include <QChartView>

namespace virtdeck {

class AutoflexDryRunChart : public QChartView
{
    Q_OBJECT
public:
    explicit AutoflexDryRunChart(QWidget *parent = nullptr);

    void setData(const QList<CpuPoint> &history, const QList<AutoflexDecision> &steps, int startShares);
    void clear();

    // For tests: what is drawn.
    int cpuPointCount() const;
    int stepMarkerCount() const;
    int maxSharesDrawn() const { return m_maxShares; }

private:
    int m_maxShares = 0;
};

} // namespace virtdeck
