#pragma once

// Bulk flex: "+N shares", "−N shares" or "set to N" for the selected servers, one operation per
// server, progress across the batch, the failures listed and retried. BulkFlexRequest says what to
// do; BulkFlexBatch enqueues the accepted plans and follows their operations. Used by BulkFlexDialog
// (and scheduled flex plans its rules the same way).

#include "core/Result.h"
#include "flex/FlexPlan.h"
#include "operations/Operation.h"

#include <QObject>

namespace virtdeck {

class OperationQueue;

struct BulkFlexRequest
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::BulkFlexRequest)
public:
    enum class Mode
    {
        Add,
        Remove,
        SetTo
    };
    Mode mode = Mode::Add;
    int amount = 1;

    int targetFor(int currentShares) const;
    QString describe() const; // "+2 shares", "set to 4 shares"
    // amountText as typed: a whole number of at least 1.
    static Result<BulkFlexRequest> parse(Mode mode, const QString &amountText);
};

class BulkFlexBatch : public QObject
{
    Q_OBJECT
public:
    explicit BulkFlexBatch(OperationQueue *queue, QObject *parent = nullptr);

    // Enqueues one operation per plan without a refusal; refused plans are listed in skipped().
    // Fails (enqueueing nothing) when no plan is accepted.
    Status start(const QList<FlexPlan> &plans, const QString &reason = {});
    // Enqueues a retry of each failed operation and follows the retries instead.
    Result<int> retryFailed();

    int total() const { return int(m_ids.size()); }
    int finished() const { return m_succeeded + int(m_failed.size()); }
    int succeeded() const { return m_succeeded; }
    bool isDone() const { return total() > 0 && finished() == total(); }
    QList<Operation> failures() const;
    QStringList skipped() const { return m_skipped; } // "www-fr-08: A server needs at least 1 share."
    QStringList operationIds() const { return m_ids; }
    // Index in the plans given to start() of an operation of the batch (or of its retry); -1 if none.
    int planIndex(const QString &operationId) const;

Q_SIGNALS:
    void progressChanged(int finished, int total);
    void batchFinished(int succeeded, int failed);

private:
    void onFinished(const Operation &op);

    OperationQueue *m_queue;
    QStringList m_ids;
    QList<int> m_planIndex; // parallel to m_ids
    QHash<QString, Operation> m_failed;
    int m_succeeded = 0;
    QStringList m_skipped;
};

} // namespace virtdeck
