#pragma once

// Persists operations as JSON lines (nlohmann/json) in the app data dir: each state change appends the
// operation's full record; loading folds records by id (last wins). A corrupt or truncated line is
// skipped with a warning. The file is compacted when it grows (the newest N operations kept, the
// previous file kept as .1), so it never grows without bound. Owned by OperationQueue.

#include "operations/Operation.h"

#include <QFile>
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

    void append(const Operation &op);
    // Marks operations as removed (cleared from the dock) so they do not come back on the next start.
    void appendRemoved(const QStringList &ids);

    QString path() const { return m_path; }
    qint64 sizeOnDisk() const;
    // Rewrites the file with the latest record of the newest `keep` operations.
    void compact();

private:
    void writeLine(const std::string &line);

    QString m_path;
    int m_keep;
    QFile m_file;
    int m_linesSinceCompact = 0;
};

} // namespace virtdeck
