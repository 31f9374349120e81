#pragma once

// The Triage dock: every open finding across the connected hosts, worst first, with the server, host,
// since when, the evidence and an action button; acknowledge (hidden until the finding changes), show
// acknowledged, copy as text for a ticket. Its title counts the open findings. Created by app/Features,
// which opens the page a finding's action asks for (actionRequested).

#include "triage/TriageFinding.h"

#include <QDockWidget>

class QAction;
class QTableView;

namespace virtdeck {

class Config;
class TriageActionDelegate;
class TriageEngine;
class TriageFilterModel;
class TriageModel;

class TriageDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TriageDock(TriageEngine *engine, QWidget *parent = nullptr);

    // Where the thresholds are kept: enables "Thresholds…" (opens TriageSettingsDialog).
    void setConfig(Config *config);

    QTableView *view() const { return m_view; }
    TriageFilterModel *filterModel() const { return m_filter; }
    QAction *openAction() const { return m_open; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *showAcknowledgedAction() const { return m_showAcknowledged; }
    QAction *copyAction() const { return m_copy; }
    QAction *thresholdsAction() const { return m_thresholds; }

    // The findings shown (selected ones if any are selected), in the view's order.
    QList<TriageFinding> shownFindings(bool selectedOnly) const;
    // What "Copy as text" puts on the clipboard.
    QString exportText() const;

Q_SIGNALS:
    void actionRequested(const virtdeck::TriageFinding &finding);
    void problem(const QString &message);

private:
    void updateTitle();
    void updateActions();
    void openCurrent();
    void acknowledgeSelected();
    void copyText();
    void editThresholds();
    void requestAction(const QModelIndex &proxyIndex);

    TriageEngine *m_engine;
    TriageModel *m_model;
    TriageFilterModel *m_filter;
    QTableView *m_view;
    TriageActionDelegate *m_actionDelegate;
    QAction *m_open;
    QAction *m_acknowledge;
    QAction *m_showAcknowledged;
    QAction *m_copy;
    QAction *m_thresholds;
    Config *m_config = nullptr;
};

} // namespace virtdeck
