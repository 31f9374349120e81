#include "diagnostics/RunCommandDialog.h"

#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "diagnostics/CommandBatch.h"
#include "diagnostics/CommandResultsModel.h"
#include "diagnostics/DiagnosticsService.h"
#include "diagnostics/OutputText.h"
#include "operations/OperationQueue.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace virtdeck {

RunCommandDialog::RunCommandDialog(const Services &services, DiagnosticsService *diagnostics,
                                   const QList<DomainSnapshot> &servers, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_diagnostics(diagnostics)
{
    setObjectName(QStringLiteral("runCommandDialog"));
    setWindowTitle(tr("Run a command"));
    setSizeGripEnabled(true);
    QStringList names;
    for (const DomainSnapshot &s : servers) {
        m_servers << s.ref();
        names << s.name;
    }
    auto *layout = new QVBoxLayout(this);
    m_targets = new QLabel(
        tr("On %n server(s): %1", nullptr, int(servers.size())).arg(names.join(QStringLiteral(", "))), this);
    m_targets->setObjectName(QStringLiteral("targetsLabel"));
    m_targets->setWordWrap(true);
    layout->addWidget(m_targets);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto *form = new QFormLayout;
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setPlaceholderText(tr("for example: systemctl restart nginx"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Command:"), m_command);
    auto *limits = new QHBoxLayout;
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(diagnostics ? diagnostics->defaultTimeoutSeconds()
                                    : DiagnosticsService::DefaultCommandTimeoutSeconds);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(diagnostics ? diagnostics->defaultConcurrency()
                                        : DiagnosticsService::DefaultConcurrency);
    limits->addWidget(new QLabel(tr("Timeout per server:"), this));
    limits->addWidget(m_timeout);
    limits->addSpacing(16);
    limits->addWidget(new QLabel(tr("Servers at once:"), this));
    limits->addWidget(m_concurrency);
    limits->addStretch(1);
    form->addRow(limits);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel run"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_retryButton = new QPushButton(tr("Retry failed"), this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);

    m_model = new CommandResultsModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CommandResultsModel::RawValueRole);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("resultsView"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_detail = new QPlainTextEdit(split);
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a server to see its whole output."));
    layout->addWidget(split, 1);
    resize(900, 600);

    connect(m_runButton, &QPushButton::clicked, this, &RunCommandDialog::run);
    connect(m_command, &QLineEdit::returnPressed, this, &RunCommandDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &RunCommandDialog::cancelRun);
    connect(m_retryButton, &QPushButton::clicked, this, &RunCommandDialog::retryFailed);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunCommandDialog::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showDetail();
        if (CommandBatch *b = m_model->batch())
            m_summary->setText(b->isFinished() ? b->summary()
                                               : tr("%1 of %2 done").arg(b->finishedCount()).arg(b->count()));
    });
    if (m_diagnostics)
        connect(m_diagnostics, &DiagnosticsService::batchStarted, this, &RunCommandDialog::onBatchStarted);
    if (m_services.operations)
        connect(m_services.operations, &OperationQueue::operationFinished, this,
                &RunCommandDialog::onOperationFinished);
    updateButtons();
}

void RunCommandDialog::setCommand(const QString &command)
{
    m_command->setText(command);
}

void RunCommandDialog::updateButtons()
{
    const bool canRun = !m_running && m_diagnostics && !m_servers.isEmpty();
    m_runButton->setEnabled(canRun);
    m_command->setReadOnly(m_running);
    m_cancelButton->setEnabled(m_running);
    CommandBatch *b = m_model->batch();
    m_retryButton->setEnabled(canRun && b && b->isFinished() && b->failedCount() > 0);
}

void RunCommandDialog::run()
{
    if (m_running || !m_diagnostics)
        return;
    m_messages->clearMessage();
    if (Status s = DiagnosticsService::validateCommand(m_command->text()); !s) {
        m_messages->showError(s.error());
        return;
    }
    start(m_servers, false);
}

void RunCommandDialog::retryFailed()
{
    CommandBatch *b = m_model->batch();
    if (m_running || !b || !b->isFinished())
        return;
    const QList<ServerRef> failed = b->failedServers();
    if (!failed.isEmpty())
        start(failed, true);
}

void RunCommandDialog::start(const QList<ServerRef> &servers, bool retry)
{
    const QString command = retry && m_model->batch() ? m_model->batch()->command() : m_command->text();
    auto go = [this, servers, command] {
        Result<QString> id =
            m_diagnostics->runCommand(servers, command, m_timeout->value(), m_concurrency->value());
        if (!id) {
            m_messages->showError(id.error());
            return;
        }
        m_operationId = id.value();
        m_running = true;
        m_summary->setText(tr("Waiting to start…"));
        updateButtons();
    };
    if (servers.size() <= 1) {
        go();
        return;
    }
    const MessageBox::Question q =
        MessageBox::fromConfirmation(DiagnosticsService::runCommandConfirmation(servers, command));
    MessageBox::ask(this, q, [go](MessageBox::Answer a) {
        if (a.button == QMessageBox::Yes)
            go();
    });
}

void RunCommandDialog::cancelRun()
{
    if (!m_running || !m_services.operations)
        return;
    if (Status s = m_services.operations->cancel(m_operationId); !s)
        m_messages->showError(s.error());
}

void RunCommandDialog::onBatchStarted(const QString &operationId, CommandBatch *batch)
{
    if (operationId != m_operationId)
        return;
    m_model->setBatch(batch);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

void RunCommandDialog::onOperationFinished(const Operation &op)
{
    if (op.id != m_operationId)
        return;
    m_running = false;
    if (CommandBatch *b = m_model->batch(); b && b->isFinished())
        m_summary->setText(b->summary());
    else if (op.state == OperationState::Failed)
        m_messages->showError(Error(op.errorMessage, op.errorDetail));
    else
        m_summary->setText(op.result);
    updateButtons();
}

void RunCommandDialog::showDetail()
{
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const BatchItem item = m_model->item(current.row());
    QStringList text;
    text << tr("%1 — %2").arg(item.server.name, BatchItem::stateName(item.state));
    if (!item.endpoint.isEmpty())
        text << tr("Connected to %1").arg(item.endpoint);
    if (!item.error.message.isEmpty())
        text << item.error.toString();
    if (item.hasResult) {
        const CommandResult &r = item.result;
        if (!r.exitSignal.isEmpty())
            text << tr("Killed by signal %1").arg(r.exitSignal);
        else if (r.exitStatus >= 0)
            text << tr("Exit status %1").arg(r.exitStatus);
        if (r.timedOut)
            text << tr("Stopped after the timeout of %1 s")
                        .arg(m_model->batch() ? m_model->batch()->timeoutMs() / 1000 : 0);
        text << tr("Time: %1 ms").arg(r.durationMs);
        text << tr("--- stdout (%1) ---").arg(OutputText::sizeText(r.outBytes));
        text << OutputText::display(r.out);
        if (r.outBytes > r.out.size())
            text << tr("[cut: %1 kept]").arg(OutputText::sizeText(r.out.size()));
        text << tr("--- stderr (%1) ---").arg(OutputText::sizeText(r.errBytes));
        text << OutputText::display(r.err);
        if (r.errBytes > r.err.size())
            text << tr("[cut: %1 kept]").arg(OutputText::sizeText(r.err.size()));
    }
    m_detail->setPlainText(text.join(QLatin1Char('\n')));
}

} // namespace virtdeck
