#pragma once

// Runs one "flex.apply" operation: reads the server's current values on the worker, builds the steps,
// applies them one by one (a libvirt call each, logged in the operation), and when a step fails undoes
// the applied ones in reverse order and fails the operation saying what happened. A CPU weight the
// driver cannot set is skipped with a note rather than failing the flex. Created by the kind's start
// function as a child of the OperationRun.

#include "flex/FlexSteps.h"

#include <QObject>
#include <QPointer>

namespace virtdeck {

class Connection;
class OperationRun;

class FlexRunner : public QObject
{
    Q_OBJECT
public:
    explicit FlexRunner(OperationRun *run);
    void start();

private:
    void applyNext();
    void stepFailed(const Error &error);
    void undoNext();
    void finish();
    void setProgress(const QString &text);

    OperationRun *m_run;
    QPointer<Connection> m_connection;
    ServerRef m_server;
    FlexTargets m_targets;
    FlexCurrent m_current;
    QList<FlexStep> m_steps;
    QList<bool> m_done; // applied, so undone on failure (a skipped step is not)
    int m_next = 0;
    int m_undoIndex = -1; // next step to undo while rolling back
    QStringList m_notes;  // skipped steps, said in the summary
    bool m_weightSkipped = false;
    std::optional<Error> m_failure;
    QString m_failedStep;
    QStringList m_undoProblems;
    int m_undone = 0;
};

} // namespace virtdeck
