#include "operations/OperationLog.h"

#include "core/AppPaths.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::OperationLog)
};

constexpr qint64 CompactBytes = 4 * 1024 * 1024;
constexpr QFileDevice::Permissions Private = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Opened 0600 (the log holds commands and server names); a file left wider by an older version is
// narrowed.
int openPrivate(const QString &path, int flags)
{
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, 0600);
    } while (fd < 0 && errno == EINTR);
    struct stat st;
    if (fd >= 0 && ::fstat(fd, &st) == 0 && (st.st_mode & 077) != 0)
        static_cast<void>(::fchmod(fd, 0600));
    return fd;
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

QByteArray readFrom(int fd, qint64 offset)
{
    QByteArray out;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::pread(fd, buf, sizeof buf, off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buf, n);
        offset += n;
    }
    return out;
}
} // namespace

// An advisory lock on "<log>.lock", a file nobody renames: a compaction replaces the log itself, so a
// lock on the log's own inode would be lost with it.
class OperationLog::Lock
{
public:
    Lock(const QString &logPath, int how)
        : m_fd(openPrivate(logPath + QStringLiteral(".lock"), O_RDWR | O_CREAT))
    {
        if (m_fd >= 0) {
            while (::flock(m_fd, how) < 0 && errno == EINTR) {
            }
        }
    }
    ~Lock()
    {
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_UN);
            ::close(m_fd);
        }
    }
    Lock(const Lock &) = delete;
    Lock &operator=(const Lock &) = delete;

private:
    int m_fd;
};

struct OperationLog::Parsed
{
    QList<Operation> operations; // latest record of each, in order of first appearance
    QSet<QString> removed;
    QStringList warnings;
    int skippedLines = 0;
    int lines = 0;
};

OperationLog::OperationLog(const QString &path, int keep)
    : m_path(path.isEmpty() ? AppPaths::dataDir() + QStringLiteral("/operations.jsonl") : path)
    , m_keep(std::max(10, keep))
{}

OperationLog::~OperationLog() = default;

qint64 OperationLog::sizeOnDisk() const
{
    return QFileInfo(m_path).size();
}

OperationLog::Parsed OperationLog::parse(const QByteArray &data, int firstLine) const
{
    Parsed parsed;
    QHash<QString, int> index;
    int lineNo = firstLine;
    for (QByteArrayView rest(data); !rest.isEmpty();) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArray line = (nl < 0 ? rest : rest.first(nl)).trimmed().toByteArray();
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        ++lineNo;
        ++parsed.lines;
        if (line.isEmpty())
            continue;
        const nlohmann::json j =
            nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (!j.is_discarded() && j.is_object() && j.contains("removed") && j["removed"].is_array()) {
            for (const auto &id : j["removed"]) {
                if (id.is_string())
                    parsed.removed.insert(QString::fromStdString(id.get<std::string>()));
            }
            continue;
        }
        Result<Operation> op =
            j.is_discarded() ? Result<Operation>(Error(Text::tr("not valid JSON"))) : operationFromJson(j);
        if (!op) {
            ++parsed.skippedLines;
            if (parsed.warnings.size() < 5)
                parsed.warnings << Text::tr("Line %1 of the operations log was skipped: %2")
                                       .arg(lineNo)
                                       .arg(op.error().message);
            continue;
        }
        parsed.removed.remove(op->id); // a record after its removal brings it back, as before
        const int at = index.value(op->id, -1);
        if (at >= 0) {
            parsed.operations[at] = op.value();
        } else {
            index.insert(op->id, int(parsed.operations.size()));
            parsed.operations << op.value();
        }
    }
    parsed.operations.removeIf([&](const Operation &op) { return parsed.removed.contains(op.id); });
    return parsed;
}

OperationLog::Loaded OperationLog::load()
{
    Loaded loaded;
    QByteArray data;
    {
        Lock lock(m_path, LOCK_SH);
        const int fd = openPrivate(m_path, O_RDONLY);
        if (fd < 0) {
            if (errno != ENOENT)
                loaded.warnings << Text::tr("The operations log %1 cannot be read: %2")
                                       .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            m_readDevice = m_readInode = 0;
            m_readOffset = 0;
            return loaded;
        }
        struct stat st;
        ::fstat(fd, &st);
        data = readFrom(fd, 0);
        ::close(fd);
        m_readDevice = quint64(st.st_dev);
        m_readInode = quint64(st.st_ino);
        m_readOffset = data.lastIndexOf('\n') + 1;
    }
    // A last line without its newline (a crash mid-write) is parsed too: it is skipped with a warning.
    Parsed parsed = parse(data, 0);
    for (Operation &o : parsed.operations) {
        if (!o.isFinished()) {
            o.state = OperationState::Interrupted;
            o.errorMessage =
                Text::tr("virtdeck stopped before this operation finished; check the server and retry.");
            if (!o.finishedAt.isValid())
                o.finishedAt = o.startedAt.isValid() ? o.startedAt : o.queuedAt;
        }
    }
    loaded.operations = parsed.operations;
    loaded.warnings << parsed.warnings;
    loaded.skippedLines = parsed.skippedLines;
    if (loaded.skippedLines > 5)
        loaded.warnings << Text::tr("%n more damaged lines were skipped.", nullptr, loaded.skippedLines - 5);
    m_linesSinceCompact = parsed.lines;
    return loaded;
}

QList<Operation> OperationLog::readNew(QStringList *removed)
{
    QByteArray data;
    {
        Lock lock(m_path, LOCK_SH);
        const int fd = openPrivate(m_path, O_RDONLY);
        if (fd < 0)
            return {};
        struct stat st;
        ::fstat(fd, &st);
        // Another process compacted (a new file) or truncated it: read it all again.
        if (quint64(st.st_dev) != m_readDevice || quint64(st.st_ino) != m_readInode ||
            st.st_size < m_readOffset)
            m_readOffset = 0;
        m_readDevice = quint64(st.st_dev);
        m_readInode = quint64(st.st_ino);
        data = readFrom(fd, m_readOffset);
        ::close(fd);
        // Whole lines only; a line still being written (or cut by a crash) waits for its end.
        data.truncate(data.lastIndexOf('\n') + 1);
        m_readOffset += data.size();
    }
    Parsed parsed = parse(data, 0);
    if (removed)
        *removed = QStringList(parsed.removed.cbegin(), parsed.removed.cend());
    return parsed.operations;
}

void OperationLog::writeLine(const std::string &line)
{
    Lock lock(m_path, LOCK_EX);
    // Opened for each line: after a compaction (ours or another process's) the path names a new file.
    const int fd = openPrivate(m_path, O_RDWR | O_APPEND | O_CREAT); // read: its last byte
    if (fd < 0) {
        qWarning("virtdeck: cannot write the operations log %s: %s", qPrintable(m_path),
                 std::strerror(errno));
        return;
    }
    struct stat st;
    std::string text;
    text.reserve(line.size() + 2);
    // A last line cut by a crash is ended first, so it never swallows this record.
    char last = '\n';
    if (::fstat(fd, &st) == 0 && st.st_size > 0 && ::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
        text += '\n';
    text += line;
    text += '\n';
    if (!writeAll(fd, text.data(), text.size()))
        qWarning("virtdeck: cannot write the operations log %s: %s", qPrintable(m_path),
                 std::strerror(errno));
    const qint64 size = qint64(st.st_size) + qint64(text.size());
    ::close(fd);
    ++m_linesSinceCompact;
    if (m_linesSinceCompact > m_keep * 4 || size > CompactBytes)
        compactLocked();
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
    Lock lock(m_path, LOCK_EX);
    compactLocked();
}

void OperationLog::compactLocked()
{
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly))
        return;
    // Records as written: operations still running (here or in another process) stay running.
    const Parsed parsed = parse(in.readAll(), 0);
    in.close();
    const qsizetype from = std::max<qsizetype>(0, parsed.operations.size() - m_keep);
    const QString previous = m_path + QStringLiteral(".1");
    QFile::remove(previous);
    if (QFile::copy(m_path, previous))
        QFile::setPermissions(previous, Private);
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.setPermissions(Private);
    for (qsizetype i = from; i < parsed.operations.size(); ++i) {
        const std::string line =
            toJson(parsed.operations[i]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out.write(line.data(), qint64(line.size()));
        out.write("\n", 1);
    }
    if (out.commit())
        m_linesSinceCompact = int(parsed.operations.size() - from);
}

} // namespace virtdeck
