#pragma once

// The feature services of one running virtdeck and their place in the main window: share profiles and
// flex automation (schedules, Autoflex), metrics (sampling, history, the list's sparklines), diagnostics
// (SSH, addresses), and the console, charts, flex, boot and diagnose pages with their menu and
// context-menu actions. Application creates it after the core Services and before the window; a GUI
// test builds the same window through it.

#include "core/Services.h"
#include "flex/ShareProfileStore.h"
#include "hypervisor/DomainSnapshot.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;

namespace virtdeck {

class BootPage;
class ChartsPage;
class ConsolePage;
class CpuHistorySource;
class DiagnosePage;
class DiagnosticsService;
class FlexAutomation;
class FlexPage;
class MainWindow;
class MetricsService;
class SshPromptHandler;
class TriageDock;
class TriageEngine;
struct TriageFinding;

class Features : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString historyDirectory;    // empty: the application's data directory
        bool startAutomation = true; // schedules and Autoflex checks every 30 s
        QString triageFile;          // acknowledged findings; empty: AppPaths' data dir, triage.json
    };

    // Registers the features' operation kinds with services.operations and plugs the share estimator,
    // metrics and addresses into services.servers.
    explicit Features(const Services &services, const Options &options, QObject *parent = nullptr);
    ~Features() override;

    // Adds the pages, the actions and the list columns' delegates to the window (once).
    void install(MainWindow *window);
    // Problems found while loading (share profiles, schedules, policies), translated.
    QStringList warnings() const { return m_warnings; }

    const ShareProfileStore &profiles() const { return m_profiles; }
    MetricsService *metrics() const { return m_metrics; }
    DiagnosticsService *diagnostics() const { return m_diagnostics; }
    FlexAutomation *automation() const { return m_automation; }
    TriageEngine *triage() const { return m_triage; }
    TriageDock *triageDock() const { return m_triageDock; }
    ConsolePage *consolePage() const { return m_console; }
    DiagnosePage *diagnosePage() const { return m_diagnose; }

    // The actions (for tests): on the current server, or on every selected server.
    QAction *openConsoleAction() const { return m_openConsole; }
    QAction *consoleWindowAction() const { return m_consoleWindow; }
    QAction *diagnoseAction() const { return m_diagnoseAction; }
    QAction *runCommandAction() const { return m_runCommand; }
    QAction *flexAction() const { return m_flex; }
    QAction *scheduleAction() const { return m_schedules; }
    QAction *autoflexAction() const { return m_autoflex; }
    QMenu *sysRqMenu() const { return m_sysRqMenu; }

private:
    void buildActions();
    void setSelection(const QList<DomainSnapshot> &selected, const std::optional<DomainSnapshot> &current);
    void openBulkFlex();
    void openScheduleEditor();
    void openAutoflexEditor();
    void openRunCommand();
    void installTriage(MainWindow *window);
    void openFinding(const TriageFinding &finding);

    Services m_services;
    ShareProfileStore m_profiles;
    QStringList m_warnings;
    MetricsService *m_metrics = nullptr;
    DiagnosticsService *m_diagnostics = nullptr;
    FlexAutomation *m_automation = nullptr;
    std::unique_ptr<CpuHistorySource> m_cpuHistory;
    TriageEngine *m_triage = nullptr;
    TriageDock *m_triageDock = nullptr;

    QPointer<MainWindow> m_window;
    SshPromptHandler *m_prompts = nullptr;
    ConsolePage *m_console = nullptr;
    ChartsPage *m_charts = nullptr;
    FlexPage *m_flexPage = nullptr;
    BootPage *m_boot = nullptr;
    DiagnosePage *m_diagnose = nullptr;

    QList<DomainSnapshot> m_selected;
    std::optional<DomainSnapshot> m_current;
    QAction *m_openConsole = nullptr;
    QAction *m_consoleWindow = nullptr;
    QMenu *m_sysRqMenu = nullptr;
    QAction *m_diagnoseAction = nullptr;
    QAction *m_runCommand = nullptr;
    QAction *m_flex = nullptr;
    QAction *m_schedules = nullptr;
    QAction *m_autoflex = nullptr;
};

} // namespace virtdeck
