#pragma once

// Persists operations as JSON lines (nlohmann/json) in the app data dir: each state change appends the
// operation's full record; loading folds records by id (last wins). A corrupt or truncated line is
// skipped with a warning. The file is compacted when it grows (the newest N operations kept, the
// previous file kept as .1), so it never grows without bound. Several processes share the file (a window
// and `virtdeck --run-schedules` from cron): appends and compaction hold an advisory lock (flock on
// "<file>.lock"), each append opens the current file, and readNew() lets a process pick up the records
// others wrote. The file is created 0600. Owned by OperationQueue.

#include "operations/Operation.h"

#include <QString>
#include <QStringList>

namespace virtdeck {

class OperationLog
{
public:
    // path empty: AppPaths::dataDir()/operations.jsonl. keep: operations kept when compacting.
    explicit OperationLog(const QString &path = {}, int keep = 1000);
    ~OperationLog();

    struct Loaded
    {
        QList<Operation> operations; // oldest first
        QStringList warnings;        // translated, one per skipped line (at most a few listed)
        int skippedLines = 0;
    };
    // Operations that were queued or running when the app stopped come back as Interrupted.
    Loaded load();

    // Records appended (by any process) since the last load() or readNew(), as written (not marked
    // interrupted); after a compaction by another process, every record of the new file. `removed`
    // gets the ids another process cleared.
    QList<Operation> readNew(QStringList *removed = nullptr);

    void append(const Operation &op);
    // Marks operations as removed (cleared from the dock) so they do not come back on the next start.
    void appendRemoved(const QStringList &ids);

    QString path() const { return m_path; }
    qint64 sizeOnDisk() const;
    // Rewrites the file with the latest record of the newest `keep` operations.
    void compact();

private:
    class Lock;
    struct Parsed;
    Parsed parse(const QByteArray &data, int firstLine) const;
    void writeLine(const std::string &line);
    void compactLocked();

    QString m_path;
    int m_keep;
    int m_linesSinceCompact = 0;
    // Where readNew() goes on: the file (device, inode) and the offset after the last whole line read.
    quint64 m_readDevice = 0;
    quint64 m_readInode = 0;
    qint64 m_readOffset = 0;
};

} // namespace virtdeck
