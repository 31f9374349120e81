#include "flex/BulkFlexDialog.h"

#include "common/MessageBar.h"
#include "flex/FlexContext.h"
#include "operations/OperationQueue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace virtdeck {

BulkFlexDialog::BulkFlexDialog(const Services &services, const ShareProfileStore *profiles,
                               const QList<DomainSnapshot> &servers, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_profiles(profiles)
    , m_servers(servers)
{
    setObjectName(QStringLiteral("bulkFlexDialog"));
    setWindowTitle(tr("Flex %n servers", nullptr, int(servers.size())));
    m_messages = new MessageBar(this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Add shares (+N)"), int(BulkFlexRequest::Mode::Add));
    m_mode->addItem(tr("Remove shares (−N)"), int(BulkFlexRequest::Mode::Remove));
    m_mode->addItem(tr("Set to N shares"), int(BulkFlexRequest::Mode::SetTo));
    m_amount = new QLineEdit(QStringLiteral("1"), this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amountError = new QLabel(this);
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_amountError->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Change:"), m_mode);
    form->addRow(tr("N:"), m_amount);
    form->addRow(QString(), m_amountError);

    m_table = new QTableWidget(int(servers.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("serversTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Server"), tr("Shares now"), tr("Target"), tr("Applies / status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < servers.size(); ++row) {
        m_table->setItem(row, ServerColumn, new QTableWidgetItem(servers[row].name));
        const ShareCount c = FlexContext::currentShares(*profiles, servers[row]);
        m_table->setItem(
            row, NowColumn,
            new QTableWidgetItem(c.estimated ? tr("≈ %1").arg(c.shares) : QString::number(c.shares)));
        m_table->setItem(row, TargetColumn, new QTableWidgetItem);
        m_table->setItem(row, StatusColumn, new QTableWidgetItem);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->hide();
    m_failures = new QListWidget(this);
    m_failures->setObjectName(QStringLiteral("failuresList"));
    m_failures->hide();

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = box->addButton(tr("Flex"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_retry = box->addButton(tr("Retry failed"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &BulkFlexDialog::apply);
    connect(m_retry, &QPushButton::clicked, this, &BulkFlexDialog::retry);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_failures);
    layout->addWidget(box);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &BulkFlexDialog::replan);
    connect(m_amount, &QLineEdit::textChanged, this, &BulkFlexDialog::replan);
    if (m_services.operations)
        connect(m_services.operations, &OperationQueue::operationFinished, this,
                &BulkFlexDialog::operationFinished);
    resize(640, 420);
    replan();
}

void BulkFlexDialog::replan()
{
    if (m_batch)
        return; // the batch is running: the plans are fixed
    const auto mode = BulkFlexRequest::Mode(m_mode->currentData().toInt());
    const Result<BulkFlexRequest> request = BulkFlexRequest::parse(mode, m_amount->text());
    m_plans.clear();
    if (!request) {
        m_amountError->setText(request.error().message);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            m_table->item(row, TargetColumn)->setText(QString());
            setStatus(row, QString());
        }
        m_summary->clear();
        m_apply->setEnabled(false);
        return;
    }
    m_amountError->clear();
    const BulkFlexRequest r = request.value();
    m_plans =
        FlexContext::planBatch(m_services, *m_profiles, m_servers,
                               [r](const DomainSnapshot &, int current) { return r.targetFor(current); });
    int accepted = 0;
    for (int row = 0; row < m_plans.size(); ++row) {
        const FlexPlan &p = m_plans[row];
        m_table->item(row, TargetColumn)->setText(QString::number(p.targets.shares));
        if (p.refusal) {
            setStatus(row, tr("refused: %1").arg(p.refusal->message));
            continue;
        }
        ++accepted;
        setStatus(row, p.needsReboot()
                           ? tr("at next boot (%1)").arg(p.memory.why.isEmpty() ? p.vcpus.why : p.memory.why)
                       : p.active ? tr("now")
                                  : tr("at next start"));
    }
    m_summary->setText(tr("%1 of %n servers can be flexed.", nullptr, int(m_plans.size())).arg(accepted));
    m_apply->setEnabled(accepted > 0);
}

void BulkFlexDialog::setStatus(int row, const QString &text)
{
    QTableWidgetItem *item = m_table->item(row, StatusColumn);
    item->setText(text);
    item->setToolTip(text);
}

void BulkFlexDialog::apply()
{
    const auto mode = BulkFlexRequest::Mode(m_mode->currentData().toInt());
    const Result<BulkFlexRequest> request = BulkFlexRequest::parse(mode, m_amount->text());
    if (!request)
        return;
    auto *batch = new BulkFlexBatch(m_services.operations, this);
    const Status started = batch->start(m_plans, tr("bulk flex: %1").arg(request->describe()));
    if (!started) {
        delete batch;
        m_messages->showError(started.error());
        return;
    }
    m_batch = batch;
    const QStringList ids = batch->operationIds();
    for (const QString &id : ids)
        setStatus(batch->planIndex(id), tr("queued"));
    // A plan the queue refused at the last moment says why in its row.
    for (int row = 0; row < m_plans.size(); ++row) {
        const bool queued = std::any_of(ids.cbegin(), ids.cend(),
                                        [&](const QString &id) { return batch->planIndex(id) == row; });
        if (!queued && !m_plans[row].refusal)
            setStatus(row, tr("not queued (see the message above)"));
    }
    if (!batch->skipped().isEmpty())
        m_messages->showMessage(
            MessageBar::Level::Warning,
            tr("Some servers were left out:\n%1").arg(batch->skipped().join(QLatin1Char('\n'))));
    m_mode->setEnabled(false);
    m_amount->setEnabled(false);
    m_apply->setEnabled(false);
    m_progress->setRange(0, batch->total());
    m_progress->show();
    connect(batch, &BulkFlexBatch::progressChanged, this, &BulkFlexDialog::showProgress);
    showProgress();
}

void BulkFlexDialog::operationFinished(const Operation &op)
{
    if (!m_batch)
        return;
    const int row = m_batch->planIndex(op.id);
    if (row < 0)
        return;
    setStatus(row, op.state == OperationState::Succeeded ? tr("done: %1").arg(op.result)
                                                         : tr("failed: %1").arg(op.errorMessage));
}

void BulkFlexDialog::showProgress()
{
    m_progress->setValue(m_batch->finished());
    m_progress->setFormat(tr("%1 of %2 done").arg(m_batch->finished()).arg(m_batch->total()));
    const QList<Operation> failures = m_batch->failures();
    m_failures->clear();
    for (const Operation &op : failures)
        m_failures->addItem(tr("%1: %2").arg(op.targetNames(), op.errorMessage));
    m_failures->setVisible(!failures.isEmpty());
    m_retry->setVisible(!failures.isEmpty());
    m_retry->setEnabled(m_batch->isDone() && !failures.isEmpty());
    if (m_batch->isDone()) {
        m_summary->setText(
            failures.isEmpty()
                ? tr("All %n servers flexed.", nullptr, m_batch->total())
                : tr("%1 flexed, %n failed.", nullptr, int(failures.size())).arg(m_batch->succeeded()));
    }
}

void BulkFlexDialog::retry()
{
    if (!m_batch)
        return;
    Result<int> n = m_batch->retryFailed();
    if (!n) {
        m_messages->showError(n.error());
        return;
    }
    const QStringList ids = m_batch->operationIds();
    for (const QString &id : ids) {
        const auto op = m_services.operations->find(id);
        if (op && !op->isFinished())
            setStatus(m_batch->planIndex(id), tr("retrying"));
    }
    m_messages->showMessage(MessageBar::Level::Information, tr("Retrying %n servers…", nullptr, n.value()));
}

} // namespace virtdeck
