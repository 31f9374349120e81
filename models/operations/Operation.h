#pragma once

// One change virtdeck makes (or one diagnosis it runs): its kind, the servers it touches, the parameters
// needed to run it again, its state, times, progress and error. A value type: OperationQueue owns the
// live copies, OperationLog persists them as JSON lines, the operations dock shows them.

#include "core/Result.h"
#include "hypervisor/DomainSnapshot.h"

#include <nlohmann/json_fwd.hpp>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace virtdeck {

enum class OperationState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted
};

struct Operation
{
    QString id;
    QString kind;  // "server.start", "flex.apply"... (OperationQueue::registerKind)
    QString title; // translated summary: "Start www-en-01"
    QList<ServerRef> targets;
    QVariantMap params; // JSON-friendly values only: enough to run the operation again
    QString reason;     // who asked: "by user", "schedule rule 'afternoon peak'", "Autoflex"
    QString retryOf;    // id of the operation this one retries

    OperationState state = OperationState::Queued;
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    int progress = -1; // 0..100, -1 unknown
    QString progressText;
    QString result; // summary on success
    QString errorMessage;
    QString errorDetail;
    QStringList log; // "hh:mm:ss text" lines written while it ran
    // Per-target outcome by ServerRef::key(): true succeeded, false failed. A target without an entry
    // did not finish (or the kind reports only the whole outcome). Persisted, so a retry after a
    // restart still runs only the targets that did not succeed.
    QMap<QString, bool> targetResults;
    bool cancelRequested = false;

    bool isFinished() const;
    bool canRetry() const
    {
        return state == OperationState::Failed || state == OperationState::Cancelled ||
               state == OperationState::Interrupted;
    }
    QString targetNames() const;
    bool targetSucceeded(const ServerRef &target) const { return targetResults.value(target.key(), false); }
    // The targets a retry runs again: those that did not succeed.
    QList<ServerRef> targetsToRetry() const;
};

QString targetNameList(const QList<ServerRef> &targets); // "www-1, www-2"

QString operationStateName(OperationState state);
QString operationStateKey(OperationState state); // stable, untranslated: "queued", "running"...
std::optional<OperationState> operationStateFromKey(const QString &key);

// JSON (one line of the log). fromJson refuses a record without id, kind or a known state.
nlohmann::json toJson(const Operation &op);
Result<Operation> operationFromJson(const nlohmann::json &json);
nlohmann::json variantToJson(const QVariant &value);
QVariant jsonToVariant(const nlohmann::json &json);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Operation)
Q_DECLARE_METATYPE(virtdeck::OperationState)
