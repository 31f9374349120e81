#pragma once

// The handle a running operation's code gets: the operation's parameters, the connections, and the
// calls that report progress and the outcome. Created by OperationQueue when an operation starts, on the
// main thread; deleted after succeed()/fail(). Objects the run creates should be its children so they
// go away with it.

#include "core/Result.h"
#include "operations/Operation.h"

#include <QObject>

namespace virtdeck {

class Connection;
class ConnectionManager;
class OperationQueue;
struct ServerRef;

class OperationRun : public QObject
{
    Q_OBJECT
public:
    OperationRun(OperationQueue *queue, ConnectionManager *connections, const QString &id);

    const Operation &operation() const;
    QString id() const { return m_id; }
    QVariant param(const QString &key, const QVariant &fallback = {}) const;
    ConnectionManager *connections() const { return m_connections; }
    // The connection of one of the operation's servers; when its host was removed meanwhile, fails the
    // run (saying so) and returns null.
    Connection *connectionFor(const ServerRef &server);
    OperationQueue *queue() const { return m_queue; }
    bool isCancelRequested() const;
    bool isFinished() const { return m_finished; }

    void setProgress(int percent, const QString &text = {});
    void log(const QString &line);
    // The outcome on one of several targets, persisted as it comes: a retry runs only the targets that
    // did not succeed. Kinds with one target need not call it (the run's outcome is the target's).
    void setTargetResult(const ServerRef &target, bool succeeded);
    // Exactly one of these ends the run; later calls are ignored.
    void succeed(const QString &result = {});
    void fail(const Error &error);
    // Ends a run that honoured a cancel request.
    void cancelled(const QString &note = {});

Q_SIGNALS:
    // The user asked to cancel a running operation whose kind allows it.
    void cancelRequested();

private:
    OperationQueue *m_queue;
    ConnectionManager *m_connections;
    QString m_id;
    bool m_finished = false;
};

} // namespace virtdeck
