#pragma once

// The findings support staff acknowledged, each with the fingerprint it had then: it stays hidden until
// its fingerprint changes (a new occurrence, another reason). Kept as JSON in
// ~/.local/share/virtdeck/triage.json (AppPaths::dataDir()). Owned by TriageEngine.

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace virtdeck {

class TriageAcknowledgements
{
public:
    static constexpr int kKeptDays = 30; // acknowledgements older than this are forgotten

    // path empty: kept in memory only.
    explicit TriageAcknowledgements(const QString &path = {});
    static QString defaultPath();

    QString path() const { return m_path; }
    // Reads the file; a damaged file is set aside and reported (nothing acknowledged).
    Status load();
    Status save() const;

    bool contains(const QString &key, const QString &fingerprint) const;
    void acknowledge(const QString &key, const QString &fingerprint, const QDateTime &at);
    void remove(const QString &key);
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QString fingerprint;
        QDateTime at;
    };
    QString m_path;
    QHash<QString, Entry> m_entries;
};

} // namespace virtdeck
