#include "diagnostics/DiagnosePage.h"

#include "common/MessageBar.h"
#include "diagnostics/AddressBook.h"
#include "diagnostics/DiagnosticsService.h"
#include "diagnostics/FindingCard.h"
#include "diagnostics/OutputText.h"
#include "diagnostics/SshAccessDialog.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
enum StepColumn
{
    StepTitle,
    StepStatus,
    StepSummary
};
}

DiagnosePage::DiagnosePage(const Services &services, DiagnosticsService *diagnostics, QWidget *parent)
    : ServerPage(services, parent)
    , m_diagnostics(diagnostics)
{
    setObjectName(QStringLiteral("diagnosePage"));
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("serverTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);
    m_endpoint = new QLabel(this);
    m_endpoint->setObjectName(QStringLiteral("endpointLabel"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_endpoint);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_diagnoseButton = button(tr("Diagnose"), "diagnoseButton");
    m_diagnoseButton->setToolTip(
        tr("Check the server's state, whether SSH answers, then load, memory, disks, "
           "processes and kernel messages over SSH."));
    m_cancelButton = button(tr("Cancel"), "cancelButton");
    m_accessButton = button(tr("SSH access…"), "sshAccessButton");
    buttons->addStretch(1);
    m_copyButton = button(tr("Copy report"), "copyReportButton");
    m_saveButton = button(tr("Save report…"), "saveReportButton");
    layout->addLayout(buttons);

    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    m_findings = new QWidget(scroll);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findingsLayout = new QVBoxLayout(m_findings);
    m_findingsLayout->addStretch(1);
    scroll->setWidget(m_findings);
    auto *lower = new QSplitter(Qt::Horizontal, split);
    m_steps = new QTreeWidget(lower);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Result")});
    m_steps->header()->setSectionResizeMode(StepSummary, QHeaderView::Stretch);
    m_raw = new QPlainTextEdit(lower);
    m_raw->setObjectName(QStringLiteral("rawOutput"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Select a step to see its command and raw output."));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_diagnoseButton, &QPushButton::clicked, this, &DiagnosePage::diagnose);
    connect(m_cancelButton, &QPushButton::clicked, this, &DiagnosePage::cancel);
    connect(m_accessButton, &QPushButton::clicked, this, &DiagnosePage::editSshAccess);
    connect(m_copyButton, &QPushButton::clicked, this, &DiagnosePage::copyReport);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save diagnosis report"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("Text files (*.txt)"));
        dialog->setDefaultSuffix(QStringLiteral("txt"));
        if (m_report)
            dialog->selectFile(tr("diagnosis-%1.txt").arg(m_report->serverName));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            if (Status s = saveReport(path); !s)
                m_messages->showError(s.error());
            else
                m_messages->showMessage(MessageBar::Level::Positive, tr("Report saved to %1.").arg(path));
        });
        dialog->open();
    });
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &DiagnosePage::showStepOutput);

    if (m_diagnostics) {
        connect(m_diagnostics, &DiagnosticsService::diagnosisStarted, this, &DiagnosePage::onStarted);
        connect(m_diagnostics, &DiagnosticsService::diagnosisProgress, this, &DiagnosePage::onProgress);
        connect(m_diagnostics, &DiagnosticsService::diagnosisFinished, this, &DiagnosePage::onFinished);
        connect(m_diagnostics->addressBook(), &AddressBook::addressesChanged, this,
                [this](const ServerRef &s) {
                    if (isShown(s))
                        updateHeader();
                });
    }
    if (services.operations)
        connect(services.operations, &OperationQueue::operationFinished, this,
                &DiagnosePage::onOperationFinished);
    updateHeader();
    updateButtons();
}

bool DiagnosePage::isShown(const ServerRef &server) const
{
    return m_server && m_server->ref() == server;
}

void DiagnosePage::setServer(const std::optional<DomainSnapshot> &server)
{
    const bool same = server && m_server && server->ref() == m_server->ref();
    m_server = server;
    if (!same) {
        m_messages->clearMessage();
        m_operationId.clear();
        clearReport();
        if (server && m_diagnostics) {
            m_diagnostics->addressBook()->ensure(server->ref());
            const QString last = m_diagnostics->lastDiagnosisId(server->ref());
            if (auto r = m_diagnostics->report(last)) {
                if (!r->finished)
                    m_operationId = last;
                showReport(*r);
            }
        }
    }
    updateHeader();
    updateButtons();
}

void DiagnosePage::updateHeader()
{
    if (!m_server) {
        m_title->setText(tr("No server selected"));
        m_endpoint->clear();
        return;
    }
    m_title->setText(tr("%1 — %2").arg(m_server->name, domainStateName(m_server->state)));
    if (!m_diagnostics)
        return;
    AddressBook *book = m_diagnostics->addressBook();
    const SshTarget target = book->sshTarget(m_server->ref());
    const SshAccess &access = m_server->metadata.ssh;
    QString where;
    if (!target.problem.isEmpty()) {
        // A refused SSH access is never shown as written: it may hold anything.
        where = tr("SSH: %1").arg(target.problem);
    } else if (!target.isValid()) {
        where = book->hasFakeAddresses(m_server->ref())
                    ? tr("SSH: the demo's addresses are made up; set an SSH access to reach this server.")
                    : tr("SSH: no address known yet.");
    } else {
        const QString user = target.user.isEmpty() ? QString() : target.user + QLatin1Char('@');
        const QString port = target.port > 0 ? QStringLiteral(":%1").arg(target.port) : QString();
        where = access.host.isEmpty()
                    ? tr("SSH: %1 (reported by the hypervisor)").arg(user + target.host + port)
                    : tr("SSH: %1 (set in its SSH access)").arg(user + target.host + port);
    }
    m_endpoint->setText(where);
    m_endpoint->setToolTip(book->toolTip(m_server->ref()));
}

QString DiagnosePage::changeRefusal() const
{
    const std::optional<ServerRef> server =
        m_report ? std::optional<ServerRef>(m_report->server)
                 : (m_server ? std::optional<ServerRef>(m_server->ref()) : std::nullopt);
    return server && services().operations ? services().operations->refusalFor(*server) : QString();
}

void DiagnosePage::updateButtons()
{
    const bool has = m_server.has_value();
    m_diagnoseButton->setEnabled(has && m_diagnostics && !isRunning());
    m_cancelButton->setEnabled(isRunning());
    // SSH access is kept in the server's metadata: a change, refused on a read-only connection.
    const QString refusal = changeRefusal();
    m_accessButton->setEnabled(has && m_diagnostics && refusal.isEmpty());
    m_accessButton->setToolTip(refusal);
    m_copyButton->setEnabled(m_report.has_value());
    m_saveButton->setEnabled(m_report.has_value());
}

void DiagnosePage::diagnose()
{
    if (!m_server || !m_diagnostics || isRunning())
        return;
    m_messages->clearMessage();
    Result<QString> id = m_diagnostics->diagnose(m_server->ref());
    if (!id) {
        m_messages->showError(id.error());
        return;
    }
    m_operationId = id.value();
    m_status->setText(tr("Waiting to start…"));
    updateButtons();
}

void DiagnosePage::cancel()
{
    if (!isRunning() || !services().operations)
        return;
    if (Status s = services().operations->cancel(m_operationId); !s)
        m_messages->showError(s.error());
}

void DiagnosePage::editSshAccess()
{
    if (!m_server || !m_diagnostics)
        return;
    auto *dialog = new SshAccessDialog(m_server->name, m_server->metadata.ssh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DomainSnapshot server = *m_server;
    connect(dialog, &QDialog::accepted, this, [this, dialog, server] {
        Result<QString> id = m_diagnostics->setSshAccess(server, dialog->access());
        if (!id)
            m_messages->showError(id.error());
    });
    dialog->open();
}

void DiagnosePage::clearReport()
{
    m_report.reset();
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_findingsLayout->addStretch(1);
    m_steps->clear();
    m_raw->clear();
    m_status->clear();
}

void DiagnosePage::showReport(const DiagnosisReport &report)
{
    const QString selected =
        m_steps->currentItem() ? m_steps->currentItem()->data(StepTitle, Qt::UserRole).toString() : QString();
    clearReport();
    m_report = report;
    for (const Finding &f : report.findings) {
        auto *card = new FindingCard(f, m_findings);
        connect(card, &FindingCard::actionRequested, this, &DiagnosePage::runAction);
        const bool changes = f.action == Finding::Action::StartServer ||
                             f.action == Finding::Action::ResumeServer ||
                             f.action == Finding::Action::EditSshAccess;
        if (const QString refusal = changeRefusal(); changes && !refusal.isEmpty() && card->actionButton()) {
            card->actionButton()->setEnabled(false);
            card->actionButton()->setToolTip(refusal);
        }
        m_findingsLayout->insertWidget(m_findingsLayout->count() - 1, card);
    }
    for (int i = 0; i < report.steps.size(); ++i)
        fillStep(i, report.steps.at(i));
    if (!selected.isEmpty()) {
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
            if (m_steps->topLevelItem(i)->data(StepTitle, Qt::UserRole).toString() == selected)
                m_steps->setCurrentItem(m_steps->topLevelItem(i));
        }
    }
    if (report.finished) {
        m_status->setText(tr("Diagnosed %1: %2")
                              .arg(report.finishedAt.toLocalTime().toString(Qt::TextDate), report.summary()));
    } else {
        m_status->setText(tr("Diagnosing…"));
    }
    updateButtons();
}

void DiagnosePage::fillStep(int index, const DiagnosisStep &step)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item) {
        item = new QTreeWidgetItem(m_steps);
        item->setData(StepTitle, Qt::UserRole, step.id);
    }
    item->setText(StepTitle, step.title);
    item->setText(StepStatus, DiagnosisStep::statusName(step.status));
    item->setText(StepSummary, step.summary);
    item->setToolTip(StepSummary, step.error.isEmpty() ? step.summary : step.error);
    if (m_steps->currentItem() == item)
        showStepOutput();
}

void DiagnosePage::showStepOutput()
{
    QTreeWidgetItem *item = m_steps->currentItem();
    if (!item || !m_report) {
        m_raw->clear();
        return;
    }
    const DiagnosisStep *step = m_report->step(item->data(StepTitle, Qt::UserRole).toString());
    if (!step) {
        m_raw->clear();
        return;
    }
    QStringList text;
    text << QStringLiteral("%1: %2").arg(step->title, DiagnosisStep::statusName(step->status));
    if (!step->summary.isEmpty())
        text << step->summary;
    if (!step->error.isEmpty())
        text << step->error;
    if (!step->command.isEmpty())
        text << QStringLiteral("$ ") + step->command;
    if (step->hasOutput) {
        const CommandResult &r = step->output;
        text << (r.timedOut ? tr("timed out after %1 ms").arg(r.durationMs)
                            : tr("exit status %1 after %2 ms").arg(r.exitStatus).arg(r.durationMs));
        text << OutputText::display(r.out);
        if (r.outBytes > r.out.size())
            text << tr("[output cut: %1 of %2 kept]")
                        .arg(OutputText::sizeText(r.out.size()), OutputText::sizeText(r.outBytes));
        if (!r.err.isEmpty())
            text << tr("--- stderr ---") << OutputText::display(r.err);
    }
    m_raw->setPlainText(text.join(QLatin1Char('\n')));
}

void DiagnosePage::onStarted(const QString &operationId, const DiagnosisReport &report)
{
    if (!isShown(report.server))
        return;
    m_operationId = operationId;
    showReport(report);
}

void DiagnosePage::onProgress(const QString &operationId, int index, const DiagnosisStep &step)
{
    if (operationId != m_operationId || !m_report || index >= m_report->steps.size())
        return;
    m_report->steps[index] = step;
    fillStep(index, step);
    if (step.status == DiagnosisStep::Status::Running)
        m_status->setText(tr("Diagnosing: %1…").arg(step.title));
}

void DiagnosePage::onFinished(const QString &operationId, const DiagnosisReport &report)
{
    if (operationId != m_operationId && !(isShown(report.server) && !isRunning()))
        return;
    m_operationId.clear();
    showReport(report);
}

void DiagnosePage::onOperationFinished(const Operation &op)
{
    if (op.id != m_operationId)
        return;
    // A diagnosis that could not even start (server gone, host disconnected) ends here without a report.
    m_operationId.clear();
    if (op.state == OperationState::Failed)
        m_messages->showError(Error(op.errorMessage, op.errorDetail));
    else if (op.state == OperationState::Cancelled && (!m_report || !m_report->finished))
        m_status->setText(tr("Cancelled."));
    updateButtons();
}

void DiagnosePage::runAction(Finding::Action action)
{
    const ServerRef server = m_report ? m_report->server : (m_server ? m_server->ref() : ServerRef());
    switch (action) {
    case Finding::Action::None: break;
    case Finding::Action::OpenFlex: Q_EMIT navigateRequested(server, QStringLiteral("flex")); break;
    case Finding::Action::OpenConsole: Q_EMIT navigateRequested(server, QStringLiteral("console")); break;
    case Finding::Action::EditSshAccess: editSshAccess(); break;
    case Finding::Action::StartServer:
    case Finding::Action::ResumeServer: {
        if (!m_server || !services().operations)
            break;
        const auto which =
            action == Finding::Action::StartServer ? Lifecycle::Action::Start : Lifecycle::Action::Resume;
        Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(*services().operations, which, {*m_server});
        if (!r)
            m_messages->showError(r.error());
        else
            m_messages->showMessage(
                MessageBar::Level::Information,
                tr("%1 queued; diagnose again once it runs.").arg(Lifecycle::actionName(which)));
        break;
    }
    }
}

void DiagnosePage::copyReport()
{
    if (m_report)
        QApplication::clipboard()->setText(m_report->toText());
}

Status DiagnosePage::saveReport(const QString &path)
{
    if (!m_report)
        return Error(tr("There is no report to save yet."));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error(tr("Cannot write %1.").arg(path), file.errorString());
    const QByteArray bytes = m_report->toText().toUtf8();
    if (file.write(bytes) != bytes.size())
        return Error(tr("Cannot write %1.").arg(path), file.errorString());
    return {};
}

} // namespace virtdeck
