#pragma once

// The diagnostics feature's long-lived part: its SSH thread pool (libssh runs only there), the prompt
// broker, the address book, the SSH options and thresholds, the operation kinds it registers
// ("diagnostics.diagnose", "diagnostics.runCommand", "diagnostics.setSshAccess") and, for this session,
// the reports and command batches those operations produce (the operations log keeps their summaries).
// Created once by Application (or a test) on the main thread after the core Services; DiagnosePage,
// RunCommandDialog and the main window's address column use it.

#include "core/Result.h"
#include "core/Services.h"
#include "diagnostics/DiagnosisReport.h"
#include "diagnostics/FindingRules.h"
#include "diagnostics/SshOptions.h"
#include "servers/ServerMetadata.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QThreadPool;

namespace virtdeck {

class AddressBook;
class CommandBatch;
class OperationQueue;
class OperationRun;
class SshPromptBroker;
struct OperationConfirmation;

class DiagnosticsService : public QObject
{
    Q_OBJECT
public:
    static QString diagnoseKind() { return QStringLiteral("diagnostics.diagnose"); }
    static QString runCommandKind() { return QStringLiteral("diagnostics.runCommand"); }
    static QString setSshAccessKind() { return QStringLiteral("diagnostics.setSshAccess"); }
    static constexpr int DefaultConcurrency = 8;
    static constexpr int DefaultCommandTimeoutSeconds = 60;
    static constexpr int MaxCommandBytes = 16 * 1024;

    // Uses services.config (SSH options, limits), connections, servers and operations (enqueueing).
    explicit DiagnosticsService(const Services &services, QObject *parent = nullptr);
    // Cancels every session and prompt, then waits for the SSH workers (each is bounded by its timeouts).
    ~DiagnosticsService() override;

    // Registers the three kinds with the queue (once, at start-up).
    void registerKinds(OperationQueue &queue);

    AddressBook *addressBook() const { return m_addresses; }
    SshPromptBroker *promptBroker() const { return m_broker; }
    QThreadPool *threadPool() const { return m_pool; }
    SshOptions sshOptions() const { return m_options; }
    // Replaces the options read from Config (tests point them at temporary files).
    void setSshOptions(const SshOptions &options) { m_options = options; }
    FindingThresholds thresholds() const { return m_thresholds; }
    void setThresholds(const FindingThresholds &thresholds) { m_thresholds = thresholds; }
    int defaultConcurrency() const;
    int defaultTimeoutSeconds() const;

    // Enqueue the operations after checking the input; they return the operation's id.
    Result<QString> diagnose(const ServerRef &server, const QString &reason = {});
    Result<QString> runCommand(const QList<ServerRef> &servers, const QString &command, int timeoutSeconds,
                               int concurrency, const QString &reason = {});
    // A new batch with the same command on the servers that failed in operation `operationId`.
    Result<QString> retryFailed(const QString &operationId);
    Result<QString> setSshAccess(const DomainSnapshot &server, const SshAccess &access);

    // Host: empty, or a host name / IPv4 / IPv6 without spaces or shell characters; port 0..65535;
    // user: empty or a POSIX-like login name.
    static Status validateSshAccess(const SshAccess &access);
    static Status validateCommand(const QString &command);
    // The question before a command runs on several servers (names and command shown); a retry of a
    // "diagnostics.runCommand" operation asks it again for the servers it runs on.
    static OperationConfirmation runCommandConfirmation(const QList<ServerRef> &servers,
                                                        const QString &command);

    std::optional<DiagnosisReport> report(const QString &operationId) const;
    std::optional<DiagnosisReport> lastReport(const ServerRef &server) const;
    QString lastDiagnosisId(const ServerRef &server) const;
    CommandBatch *batch(const QString &operationId) const;

Q_SIGNALS:
    void diagnosisStarted(const QString &operationId, const virtdeck::DiagnosisReport &report);
    void diagnosisProgress(const QString &operationId, int stepIndex, const virtdeck::DiagnosisStep &step);
    void diagnosisFinished(const QString &operationId, const virtdeck::DiagnosisReport &report);
    void batchStarted(const QString &operationId, virtdeck::CommandBatch *batch);

private:
    struct HypervisorView;
    void startDiagnosis(OperationRun *run);
    void diagnoseOnWorker(OperationRun *run, const HypervisorView &view);
    void finishDiagnosis(const QString &operationId, OperationRun *run, const DiagnosisReport &report);
    void startRunCommand(OperationRun *run);
    void startSetSshAccess(OperationRun *run);
    void keepBatch(const QString &operationId, CommandBatch *batch);

    Services m_services;
    QThreadPool *m_pool = nullptr;
    SshPromptBroker *m_broker = nullptr;
    AddressBook *m_addresses = nullptr;
    SshOptions m_options;
    FindingThresholds m_thresholds;
    QHash<QString, DiagnosisReport> m_reports; // operation id -> report
    QHash<QString, QString> m_lastDiagnosis;   // ServerRef::key() -> operation id
    QHash<QString, QPointer<CommandBatch>> m_batches;
    QStringList m_batchOrder;
    QList<CancelFlag> m_running;
};

} // namespace virtdeck
