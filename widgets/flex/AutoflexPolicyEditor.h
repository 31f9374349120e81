#pragma once

// Edits the Autoflex policies (autoflex.json): a list of policies and a form for the selected one
// (servers or tags, the up and down thresholds and durations, floor, limit, next-boot permission,
// cool-down), and a dry run over a server's stored CPU history — the would-be changes as a list and
// drawn on the CPU chart. A policy can only be switched on after a dry run of its current settings.
// Opened from the main window's Flex menu; after saved() the lead calls FlexAutomation::reload().

#include "core/Services.h"
#include "flex/Autoflex.h"
#include "flex/AutoflexPolicies.h"
#include "flex/CpuHistorySource.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace virtdeck {

class AutoflexDryRunChart;
class MessageBar;
class ShareProfileStore;

class AutoflexPolicyEditor : public QDialog
{
    Q_OBJECT
public:
    AutoflexPolicyEditor(const Services &services, const ShareProfileStore *profiles,
                         CpuHistorySource *history, QWidget *parent = nullptr,
                         const QString &path = AutoflexPolicies::defaultPath());

    const AutoflexPolicies &policies() const { return m_policies; }
    Status save();
    // Runs the dry run of the selected policy on the server chosen in the dry-run box.
    void runDryRun();
    // The would-be changes of the last dry run.
    const QList<AutoflexDecision> &dryRunSteps() const { return m_steps; }
    AutoflexDryRunChart *chart() const { return m_chart; }

Q_SIGNALS:
    void saved();
    void dryRunFinished();

private:
    void load();
    void refreshList();
    void showPolicy(int row);
    void formChanged();
    void enabledToggled(bool on);
    void addPolicy();
    void removePolicy();
    void refreshServers();
    void showDryRun(const DomainSnapshot &server, const QList<CpuPoint> &history);
    AutoflexPolicy *current();
    static QString settingsKey(const AutoflexPolicy &policy);

    Services m_services;
    const ShareProfileStore *m_profiles;
    CpuHistorySource *m_history;
    QString m_path;
    AutoflexPolicies m_policies;
    QStringList m_dryRunOf; // settings (without "enabled") that had a dry run in this window
    QList<AutoflexDecision> m_steps;
    bool m_updating = false;

    MessageBar *m_messages = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_servers = nullptr;
    QLineEdit *m_tags = nullptr;
    QDoubleSpinBox *m_upPercent = nullptr;
    QSpinBox *m_upMinutes = nullptr;
    QDoubleSpinBox *m_downPercent = nullptr;
    QSpinBox *m_downMinutes = nullptr;
    QSpinBox *m_minShares = nullptr;
    QSpinBox *m_maxShares = nullptr;
    QCheckBox *m_nextBoot = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QComboBox *m_dryRunServer = nullptr;
    QSpinBox *m_dryRunHours = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QListWidget *m_dryRunList = nullptr;
    AutoflexDryRunChart *m_chart = nullptr;
};

} // namespace virtdeck
