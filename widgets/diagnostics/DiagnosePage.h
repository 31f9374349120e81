#pragma once

// The Diagnose page of the selected server: one button runs the diagnosis (an operation), the page shows
// progress step by step, then the findings as cards with their action buttons (open Flex, open the
// console, start, resume, edit SSH access) and the raw output of every step; the report can be copied
// or saved as text. Also shows where SSH goes (address or override) and edits the override. Created by
// MainWindow among the server pages; emits navigateRequested for Flex and Console.

#include "common/ServerPage.h"
#include "diagnostics/DiagnosisReport.h"

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace virtdeck {

class DiagnosticsService;
class MessageBar;
struct Operation;

class DiagnosePage : public ServerPage
{
    Q_OBJECT
public:
    DiagnosePage(const Services &services, DiagnosticsService *diagnostics, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("diagnose"); }
    QString pageTitle() const override { return tr("Diagnose"); }
    void setServer(const std::optional<DomainSnapshot> &server) override;

    // Starts a diagnosis of the shown server (the button, or the context menu's "Diagnose" after
    // navigating here).
    void diagnose();
    void cancel();
    void editSshAccess();
    // Shows a report (the service's, or a test's).
    void showReport(const DiagnosisReport &report);
    std::optional<DiagnosisReport> report() const { return m_report; }
    bool isRunning() const { return !m_operationId.isEmpty(); }
    void copyReport();
    Status saveReport(const QString &path);

private:
    void onStarted(const QString &operationId, const DiagnosisReport &report);
    void onProgress(const QString &operationId, int index, const DiagnosisStep &step);
    void onFinished(const QString &operationId, const DiagnosisReport &report);
    void onOperationFinished(const Operation &op);
    void runAction(Finding::Action action);
    void updateHeader();
    void updateButtons();
    // Why a change to the server (its SSH access, starting it) is refused: a read-only connection.
    QString changeRefusal() const;
    void fillStep(int index, const DiagnosisStep &step);
    void showStepOutput();
    void clearReport();
    bool isShown(const ServerRef &server) const;

    DiagnosticsService *m_diagnostics;
    std::optional<DomainSnapshot> m_server;
    std::optional<DiagnosisReport> m_report;
    QString m_operationId;

    QLabel *m_title = nullptr;
    QLabel *m_endpoint = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_messages = nullptr;
    QPushButton *m_diagnoseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_accessButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QWidget *m_findings = nullptr;
    QVBoxLayout *m_findingsLayout = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_raw = nullptr;
};

} // namespace virtdeck
