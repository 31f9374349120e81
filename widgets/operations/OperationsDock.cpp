#include "operations/OperationsDock.h"

#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "operations/OperationListModel.h"
#include "operations/OperationQueue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace virtdeck {

OperationsDock::OperationsDock(OperationQueue *queue, QWidget *parent)
    : QDockWidget(tr("Operations"), parent)
    , m_queue(queue)
    , m_model(new OperationListModel(queue, this))
{
    setObjectName(QStringLiteral("operationsDock"));
    auto *body = new QWidget(this);
    m_view = new QTreeView(body);
    m_view->setObjectName(QStringLiteral("operationsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(OperationListModel::StateColumn, 90);
    m_view->setColumnWidth(OperationListModel::TitleColumn, 240);
    m_view->setColumnWidth(OperationListModel::ServersColumn, 140);

    m_retry = new QPushButton(tr("Retry"), body);
    m_retry->setObjectName(QStringLiteral("retryOperation"));
    m_retry->setToolTip(tr("Run the selected failed operation again with the same parameters"));
    m_cancel = new QPushButton(tr("Cancel"), body);
    m_cancel->setObjectName(QStringLiteral("cancelOperation"));
    m_clear = new QPushButton(tr("Clear finished"), body);
    m_clear->setObjectName(QStringLiteral("clearOperations"));
    m_messages = new MessageBar(body);

    m_details = new QPlainTextEdit(body);
    m_details->setObjectName(QStringLiteral("operationDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an operation to see its parameters, steps and error."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *split = new QSplitter(Qt::Horizontal, body);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OperationsDock::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, &OperationsDock::askRetry);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const Status s = m_queue->cancel(currentId());
        if (!s)
            m_messages->showError(s.error());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_queue->clearFinished();
        markSeen();
    });
    connect(queue, &OperationQueue::operationFinished, this, [this](const Operation &op) {
        if (op.state == OperationState::Failed) {
            ++m_unseenFailures;
            updateTitle();
            Q_EMIT operationFailed(op);
        }
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            markSeen();
    });
    updateButtons();
}

void OperationsDock::askRetry()
{
    const QString id = currentId();
    const std::optional<Operation> old = m_queue->find(id);
    const Result<Operation> plan = m_queue->retryPlan(id);
    if (!old || !plan) {
        m_messages->showError(plan ? Error(tr("That operation is no longer in the list.")) : plan.error());
        return;
    }
    // The question the first run asked (Force off, SysRq, a command on many servers), for the servers
    // the retry runs on; otherwise, when only some servers are retried, which ones.
    const OperationConfirmation confirmation = m_queue->confirmationFor(*plan);
    const qsizetype skipped = old->targets.size() - plan->targets.size();
    if (confirmation.isEmpty() && skipped == 0) {
        retry(id);
        return;
    }
    MessageBox::Question q;
    if (!confirmation.isEmpty()) {
        q = MessageBox::fromConfirmation(confirmation);
    } else {
        q.title = tr("Retry");
        q.text = tr("Retry \"%1\" on %n server(s): %2?", nullptr, int(plan->targets.size()))
                     .arg(old->title, plan->targetNames());
        q.acceptText = tr("Retry");
    }
    if (skipped > 0) {
        QList<ServerRef> done;
        for (const ServerRef &t : old->targets) {
            if (old->targetSucceeded(t))
                done << t;
        }
        const QString note =
            tr("Not run again on %n server(s) where it succeeded: %1", nullptr, int(done.size()))
                .arg(targetNameList(done));
        q.informativeText =
            q.informativeText.isEmpty() ? note : q.informativeText + QStringLiteral("\n\n") + note;
    }
    MessageBox::ask(this, q, [this, id](MessageBox::Answer a) {
        if (a.button == QMessageBox::Yes || a.button == QMessageBox::Ok)
            retry(id);
    });
}

void OperationsDock::retry(const QString &id)
{
    const Result<QString> r = m_queue->retry(id);
    if (!r)
        m_messages->showError(r.error());
    else
        m_messages->clearMessage();
}

QString OperationsDock::currentId() const
{
    return m_view->currentIndex().data(OperationListModel::IdRole).toString();
}

void OperationsDock::markSeen()
{
    m_unseenFailures = 0;
    updateTitle();
}

void OperationsDock::updateTitle()
{
    setWindowTitle(m_unseenFailures > 0 ? tr("Operations (%n failed)", nullptr, m_unseenFailures)
                                        : tr("Operations"));
}

void OperationsDock::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_retry->setEnabled(current.isValid() && current.data(OperationListModel::CanRetryRole).toBool());
    m_cancel->setEnabled(current.isValid() && current.data(OperationListModel::CanCancelRole).toBool());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

void OperationsDock::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Operation op = current.data(OperationListModel::OperationRole).value<Operation>();
    const QLocale locale;
    QStringList lines;
    lines << op.title;
    lines << tr("State: %1").arg(operationStateName(op.state));
    lines << tr("Servers: %1").arg(op.targetNames());
    lines << tr("Reason: %1").arg(op.reason);
    lines << tr("Queued: %1").arg(locale.toString(op.queuedAt.toLocalTime(), QLocale::LongFormat));
    if (op.startedAt.isValid())
        lines << tr("Started: %1").arg(locale.toString(op.startedAt.toLocalTime(), QLocale::LongFormat));
    if (op.finishedAt.isValid())
        lines << tr("Finished: %1").arg(locale.toString(op.finishedAt.toLocalTime(), QLocale::LongFormat));
    if (!op.retryOf.isEmpty())
        lines << tr("Retry of operation %1").arg(op.retryOf);
    if (!op.params.isEmpty()) {
        lines << tr("Parameters:");
        for (auto it = op.params.cbegin(); it != op.params.cend(); ++it) {
            const QVariant &v = it.value();
            const QString text = v.canConvert<QStringList>() && v.metaType().id() != QMetaType::QString
                                     ? v.toStringList().join(QStringLiteral(", "))
                                     : v.toString();
            lines << QStringLiteral("  %1 = %2").arg(it.key(), text);
        }
    }
    if (!op.result.isEmpty())
        lines << tr("Result: %1").arg(op.result);
    if (!op.errorMessage.isEmpty())
        lines << tr("Error: %1").arg(op.errorMessage);
    if (!op.errorDetail.isEmpty())
        lines << tr("Details: %1").arg(op.errorDetail);
    if (!op.log.isEmpty()) {
        lines << tr("Steps:");
        for (const QString &l : op.log)
            lines << QStringLiteral("  ") + l;
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace virtdeck
