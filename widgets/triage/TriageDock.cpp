#include "triage/TriageDock.h"

#include "triage/TriageActionDelegate.h"
#include "triage/TriageEngine.h"
#include "triage/TriageExport.h"
#include "triage/TriageFilterModel.h"
#include "triage/TriageModel.h"
#include "triage/TriageSettingsDialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace virtdeck {

TriageDock::TriageDock(TriageEngine *engine, QWidget *parent)
    : QDockWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("triageDock"));
    m_model = new TriageModel(engine, this);
    m_filter = new TriageFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("triageView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TriageModel::FindingColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TriageModel::EvidenceColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TriageModel::FindingColumn, 180);
    m_view->setColumnWidth(TriageModel::SinceColumn, 170);
    m_view->setColumnWidth(TriageModel::ActionColumn, 130);
    m_actionDelegate = new TriageActionDelegate(m_view);
    m_view->setItemDelegateForColumn(TriageModel::ActionColumn, m_actionDelegate);
    connect(m_actionDelegate, &TriageActionDelegate::clicked, this, &TriageDock::requestAction);
    connect(m_view, &QTableView::doubleClicked, this, &TriageDock::requestAction);

    m_open = new QAction(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("action_triageOpen"));
    m_open->setToolTip(tr("Open the page the selected finding points to"));
    connect(m_open, &QAction::triggered, this, &TriageDock::openCurrent);
    m_acknowledge = new QAction(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("action_triageAcknowledge"));
    m_acknowledge->setToolTip(tr("Hide the selected findings until they change"));
    connect(m_acknowledge, &QAction::triggered, this, &TriageDock::acknowledgeSelected);
    m_showAcknowledged = new QAction(tr("Show a&cknowledged"), this);
    m_showAcknowledged->setObjectName(QStringLiteral("action_triageShowAcknowledged"));
    m_showAcknowledged->setCheckable(true);
    connect(m_showAcknowledged, &QAction::toggled, m_filter, &TriageFilterModel::setShowAcknowledged);
    m_copy = new QAction(tr("Copy as &text"), this);
    m_copy->setObjectName(QStringLiteral("action_triageCopy"));
    m_copy->setToolTip(tr("Copy the findings (the selected ones, or all shown) with times and figures, for "
                          "a ticket"));
    connect(m_copy, &QAction::triggered, this, &TriageDock::copyText);

    m_thresholds = new QAction(tr("T&hresholds…"), this);
    m_thresholds->setObjectName(QStringLiteral("action_triageThresholds"));
    m_thresholds->setEnabled(false);
    connect(m_thresholds, &QAction::triggered, this, &TriageDock::editThresholds);

    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("triageToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_open);
    bar->addAction(m_acknowledge);
    bar->addAction(m_showAcknowledged);
    bar->addSeparator();
    bar->addAction(m_copy);
    bar->addAction(m_thresholds);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view);
    setWidget(body);

    connect(engine, &TriageEngine::findingsChanged, this, &TriageDock::updateTitle);
    connect(engine, &TriageEngine::acknowledgementsChanged, this, &TriageDock::updateTitle);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TriageDock::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TriageDock::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TriageDock::updateActions);
    updateTitle();
    updateActions();
}

void TriageDock::setConfig(Config *config)
{
    m_config = config;
    m_thresholds->setEnabled(config != nullptr);
}

void TriageDock::editThresholds()
{
    auto *dialog = new TriageSettingsDialog(m_config, m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TriageDock::updateTitle()
{
    const int open = m_engine->openCount();
    setWindowTitle(open == 0 ? tr("Triage") : tr("Triage (%n)", nullptr, open));
    toggleViewAction()->setText(tr("&Triage"));
}

void TriageDock::updateActions()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_open->setEnabled(m_view->currentIndex().isValid() || selected);
    m_acknowledge->setEnabled(selected);
}

QList<TriageFinding> TriageDock::shownFindings(bool selectedOnly) const
{
    QList<TriageFinding> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (selectedOnly && !rows.isEmpty()) {
        QList<QModelIndex> sorted(rows.begin(), rows.end());
        std::sort(sorted.begin(), sorted.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &i : sorted)
            out << i.data(TriageModel::FindingRole).value<TriageFinding>();
        return out;
    }
    for (int r = 0; r < m_filter->rowCount(); ++r)
        out << m_filter->index(r, 0).data(TriageModel::FindingRole).value<TriageFinding>();
    return out;
}

QString TriageDock::exportText() const
{
    return TriageExport::toText(shownFindings(true), m_engine->now());
}

void TriageDock::copyText()
{
    QGuiApplication::clipboard()->setText(exportText());
}

void TriageDock::openCurrent()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        index = rows.first();
    }
    requestAction(index);
}

void TriageDock::requestAction(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    Q_EMIT actionRequested(proxyIndex.data(TriageModel::FindingRole).value<TriageFinding>());
}

void TriageDock::acknowledgeSelected()
{
    QStringList keys;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        keys << i.data(TriageModel::KeyRole).toString();
    const Status st = m_engine->acknowledge(keys);
    if (!st.ok())
        Q_EMIT problem(st.error().toString());
    updateActions();
}

} // namespace virtdeck
