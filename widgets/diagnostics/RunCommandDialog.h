#pragma once

// Runs one command on the servers selected in the main window: the command, a per-server timeout and how
// many servers run it at once (default 8); a confirmation before running on more than one server; then
// a table with state, exit status, time and first output line per server, the full stdout/stderr of
// the selected row below, cancel, and retry of the failed ones. Each run is one operation (one entry in
// the operations log). A non-modal window the main window opens from the context menu.

#include "core/Services.h"
#include "hypervisor/DomainSnapshot.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace virtdeck {

class CommandBatch;
class CommandResultsModel;
class DiagnosticsService;
class MessageBar;
struct Operation;

class RunCommandDialog : public QDialog
{
    Q_OBJECT
public:
    RunCommandDialog(const Services &services, DiagnosticsService *diagnostics,
                     const QList<DomainSnapshot> &servers, QWidget *parent = nullptr);

    QList<ServerRef> servers() const { return m_servers; }
    void setCommand(const QString &command);
    // Asks for confirmation first when more than one server is selected.
    void run();
    void cancelRun();
    void retryFailed();
    QString operationId() const { return m_operationId; }
    CommandResultsModel *model() const { return m_model; }

private:
    void start(const QList<ServerRef> &servers, bool retry);
    void onBatchStarted(const QString &operationId, CommandBatch *batch);
    void onOperationFinished(const Operation &op);
    void showDetail();
    void updateButtons();

    Services m_services;
    DiagnosticsService *m_diagnostics;
    QList<ServerRef> m_servers;
    QString m_operationId;
    bool m_running = false;

    MessageBar *m_messages = nullptr;
    QLabel *m_targets = nullptr;
    QLineEdit *m_command = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    CommandResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
};

} // namespace virtdeck
