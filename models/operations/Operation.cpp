#include "operations/Operation.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::Operation)
};

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

nlohmann::json timeJson(const QDateTime &t)
{
    return t.isValid() ? nlohmann::json(str(t.toUTC().toString(Qt::ISODateWithMs))) : nlohmann::json();
}

QDateTime timeFrom(const nlohmann::json &j, const char *key)
{
    const QString s = qstr(j, key);
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}
} // namespace

bool Operation::isFinished() const
{
    return state != OperationState::Queued && state != OperationState::Running;
}

QString Operation::targetNames() const
{
    return targetNameList(targets);
}

QList<ServerRef> Operation::targetsToRetry() const
{
    QList<ServerRef> out;
    for (const ServerRef &t : targets) {
        if (!targetSucceeded(t))
            out << t;
    }
    return out;
}

QString targetNameList(const QList<ServerRef> &targets)
{
    QStringList names;
    for (const ServerRef &t : targets)
        names << (t.name.isEmpty() ? t.uuid : t.name);
    return names.join(QStringLiteral(", "));
}

QString operationStateName(OperationState state)
{
    switch (state) {
    case OperationState::Queued: return Text::tr("Queued");
    case OperationState::Running: return Text::tr("Running");
    case OperationState::Succeeded: return Text::tr("Succeeded");
    case OperationState::Failed: return Text::tr("Failed");
    case OperationState::Cancelled: return Text::tr("Cancelled");
    case OperationState::Interrupted: return Text::tr("Interrupted");
    }
    return {};
}

QString operationStateKey(OperationState state)
{
    switch (state) {
    case OperationState::Queued: return QStringLiteral("queued");
    case OperationState::Running: return QStringLiteral("running");
    case OperationState::Succeeded: return QStringLiteral("succeeded");
    case OperationState::Failed: return QStringLiteral("failed");
    case OperationState::Cancelled: return QStringLiteral("cancelled");
    case OperationState::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<OperationState> operationStateFromKey(const QString &key)
{
    for (auto s : {OperationState::Queued, OperationState::Running, OperationState::Succeeded,
                   OperationState::Failed, OperationState::Cancelled, OperationState::Interrupted}) {
        if (operationStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

nlohmann::json variantToJson(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: return nullptr;
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong: return value.toLongLong();
    case QMetaType::UInt:
    case QMetaType::ULongLong: return value.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float: return value.toDouble();
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        nlohmann::json arr = nlohmann::json::array();
        for (const QVariant &v : value.toList())
            arr.push_back(variantToJson(v));
        return arr;
    }
    case QMetaType::QVariantMap: {
        nlohmann::json obj = nlohmann::json::object();
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            obj[str(it.key())] = variantToJson(it.value());
        return obj;
    }
    default: return str(value.toString());
    }
}

QVariant jsonToVariant(const nlohmann::json &json)
{
    if (json.is_null())
        return {};
    if (json.is_boolean())
        return json.get<bool>();
    if (json.is_number_unsigned())
        return QVariant::fromValue<qulonglong>(json.get<unsigned long long>());
    if (json.is_number_integer())
        return QVariant::fromValue<qlonglong>(json.get<long long>());
    if (json.is_number_float())
        return json.get<double>();
    if (json.is_string())
        return QString::fromStdString(json.get<std::string>());
    if (json.is_array()) {
        QVariantList list;
        for (const auto &v : json)
            list << jsonToVariant(v);
        return list;
    }
    QVariantMap map;
    for (auto it = json.begin(); it != json.end(); ++it)
        map.insert(QString::fromStdString(it.key()), jsonToVariant(it.value()));
    return map;
}

nlohmann::json toJson(const Operation &op)
{
    nlohmann::json targets = nlohmann::json::array();
    for (const ServerRef &t : op.targets)
        targets.push_back({{"uri", str(t.uri)}, {"uuid", str(t.uuid)}, {"name", str(t.name)}});
    nlohmann::json log = nlohmann::json::array();
    for (const QString &line : op.log)
        log.push_back(str(line));
    nlohmann::json results = nlohmann::json::object();
    for (auto it = op.targetResults.cbegin(); it != op.targetResults.cend(); ++it)
        results[str(it.key())] = it.value() ? "succeeded" : "failed";
    return {{"v", 1},
            {"id", str(op.id)},
            {"kind", str(op.kind)},
            {"title", str(op.title)},
            {"targets", targets},
            {"params", variantToJson(op.params)},
            {"reason", str(op.reason)},
            {"retryOf", str(op.retryOf)},
            {"state", str(operationStateKey(op.state))},
            {"queuedAt", timeJson(op.queuedAt)},
            {"startedAt", timeJson(op.startedAt)},
            {"finishedAt", timeJson(op.finishedAt)},
            {"progress", op.progress},
            {"progressText", str(op.progressText)},
            {"result", str(op.result)},
            {"error", str(op.errorMessage)},
            {"errorDetail", str(op.errorDetail)},
            {"log", log},
            {"targetResults", results}};
}

Result<Operation> operationFromJson(const nlohmann::json &j)
{
    if (!j.is_object())
        return Error(Text::tr("not a JSON object"));
    Operation op;
    op.id = qstr(j, "id");
    op.kind = qstr(j, "kind");
    const auto state = operationStateFromKey(qstr(j, "state"));
    if (op.id.isEmpty() || op.kind.isEmpty() || !state)
        return Error(Text::tr("an operation record needs an id, a kind and a known state"));
    op.state = *state;
    op.title = qstr(j, "title");
    op.reason = qstr(j, "reason");
    op.retryOf = qstr(j, "retryOf");
    if (auto it = j.find("targets"); it != j.end() && it->is_array()) {
        for (const auto &t : *it) {
            if (t.is_object())
                op.targets << ServerRef{qstr(t, "uri"), qstr(t, "uuid"), qstr(t, "name")};
        }
    }
    if (auto it = j.find("params"); it != j.end() && it->is_object())
        op.params = jsonToVariant(*it).toMap();
    op.queuedAt = timeFrom(j, "queuedAt");
    op.startedAt = timeFrom(j, "startedAt");
    op.finishedAt = timeFrom(j, "finishedAt");
    if (auto it = j.find("progress"); it != j.end() && it->is_number_integer())
        op.progress = std::clamp(it->get<int>(), -1, 100);
    op.progressText = qstr(j, "progressText");
    op.result = qstr(j, "result");
    op.errorMessage = qstr(j, "error");
    op.errorDetail = qstr(j, "errorDetail");
    if (auto it = j.find("log"); it != j.end() && it->is_array()) {
        for (const auto &line : *it) {
            if (line.is_string())
                op.log << QString::fromStdString(line.get<std::string>());
        }
    }
    if (auto it = j.find("targetResults"); it != j.end() && it->is_object()) {
        for (auto r = it->begin(); r != it->end(); ++r) {
            if (r.value().is_string())
                op.targetResults.insert(QString::fromStdString(r.key()),
                                        r.value().get<std::string>() == "succeeded");
        }
    }
    return op;
}

} // namespace virtdeck
