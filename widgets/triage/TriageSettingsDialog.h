#pragma once

// Edits the triage thresholds (steal, pegged CPU, restart window, guest memory) kept in the settings
// ("triage/..."); on OK saves them and hands them to the engine, which re-evaluates at once. Opened from
// the Triage dock's toolbar.

#include "triage/TriageSettings.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace virtdeck {

class Config;
class TriageEngine;

class TriageSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    TriageSettingsDialog(Config *config, TriageEngine *engine, QWidget *parent = nullptr);

    TriageSettings settings() const; // as edited

    void accept() override;

private:
    Config *m_config;
    TriageEngine *m_engine;
    QDoubleSpinBox *m_steal;
    QSpinBox *m_stealWindow;
    QDoubleSpinBox *m_pegged;
    QSpinBox *m_peggedMinutes;
    QSpinBox *m_restartMinutes;
    QDoubleSpinBox *m_memory;
};

} // namespace virtdeck
