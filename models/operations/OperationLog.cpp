#include "operations/OperationLog.h"

#include "core/AppPaths.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::OperationLog)
};

constexpr qint64 CompactBytes = 4 * 1024 * 1024;
} // namespace

OperationLog::OperationLog(const QString &path, int keep)
    : m_path(path.isEmpty() ? AppPaths::dataDir() + QStringLiteral("/operations.jsonl") : path)
    , m_keep(std::max(10, keep))
{}

OperationLog::~OperationLog()
{
    m_file.close();
}

qint64 OperationLog::sizeOnDisk() const
{
    return QFileInfo(m_path).size();
}

OperationLog::Loaded OperationLog::load()
{
    Loaded loaded;
    QFile in(m_path);
    if (!in.exists())
        return loaded;
    if (!in.open(QIODevice::ReadOnly)) {
        loaded.warnings << Text::tr("The operations log %1 cannot be read: %2").arg(m_path, in.errorString());
        return loaded;
    }
    QHash<QString, int> index;
    int lineNo = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const nlohmann::json j =
            nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (!j.is_discarded() && j.is_object() && j.contains("removed") && j["removed"].is_array()) {
            for (const auto &id : j["removed"]) {
                if (id.is_string())
                    index.insert(QString::fromStdString(id.get<std::string>()), -1);
            }
            continue;
        }
        Result<Operation> op =
            j.is_discarded() ? Result<Operation>(Error(Text::tr("not valid JSON"))) : operationFromJson(j);
        if (!op) {
            ++loaded.skippedLines;
            if (loaded.warnings.size() < 5)
                loaded.warnings << Text::tr("Line %1 of the operations log was skipped: %2")
                                       .arg(lineNo)
                                       .arg(op.error().message);
            continue;
        }
        const int at = index.value(op->id, -2);
        if (at >= 0) {
            loaded.operations[at] = op.value();
        } else {
            index.insert(op->id, int(loaded.operations.size()));
            loaded.operations << op.value();
        }
    }
    // Drop removed ones (index -1) while keeping order.
    QList<Operation> kept;
    for (const Operation &op : std::as_const(loaded.operations)) {
        if (index.value(op.id) < 0)
            continue;
        Operation o = op;
        if (!o.isFinished()) {
            o.state = OperationState::Interrupted;
            o.errorMessage =
                Text::tr("virtdeck stopped before this operation finished; check the server and retry.");
            if (!o.finishedAt.isValid())
                o.finishedAt = o.startedAt.isValid() ? o.startedAt : o.queuedAt;
        }
        kept << o;
    }
    loaded.operations = kept;
    if (loaded.skippedLines > 5)
        loaded.warnings << Text::tr("%n more damaged lines were skipped.", nullptr, loaded.skippedLines - 5);
    m_linesSinceCompact = lineNo;
    return loaded;
}

void OperationLog::writeLine(const std::string &line)
{
    if (!m_file.isOpen()) {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            qWarning("virtdeck: cannot write the operations log %s: %s", qPrintable(m_path),
                     qPrintable(m_file.errorString()));
            return;
        }
    }
    m_file.write(line.data(), qint64(line.size()));
    m_file.write("\n", 1);
    m_file.flush();
    ++m_linesSinceCompact;
    if (m_linesSinceCompact > m_keep * 4 || m_file.size() > CompactBytes)
        compact();
}

void OperationLog::append(const Operation &op)
{
    writeLine(toJson(op).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void OperationLog::appendRemoved(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    nlohmann::json arr = nlohmann::json::array();
    for (const QString &id : ids)
        arr.push_back(id.toStdString());
    writeLine(nlohmann::json{{"removed", arr}}.dump());
}

void OperationLog::compact()
{
    m_file.close();
    Loaded loaded = load();
    // load() marked unfinished ones interrupted; they are still running in this process, so re-read raw
    // states is not needed: the queue appends their next state after compaction anyway.
    const qsizetype from = std::max<qsizetype>(0, loaded.operations.size() - m_keep);
    const QString previous = m_path + QStringLiteral(".1");
    QFile::remove(previous);
    QFile::copy(m_path, previous);
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return;
    for (qsizetype i = from; i < loaded.operations.size(); ++i) {
        const std::string line =
            toJson(loaded.operations[i]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out.write(line.data(), qint64(line.size()));
        out.write("\n", 1);
    }
    out.commit();
    m_linesSinceCompact = int(loaded.operations.size() - from);
}

} // namespace virtdeck
