#pragma once

// The application's settings: one table of core keys with their defaults, saved connections and recent
// URIs, on top of an INI QSettings file. Application owns one; features keep their own keys in their
// own groups through value()/setValue() and declare defaults next to their code.

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace virtdeck {

struct SavedConnection
{
    QString uri;
    bool autoconnect = true;
    bool readOnly = false;

    friend bool operator==(const SavedConnection &, const SavedConnection &) = default;
};

class Config
{
public:
    enum class Key
    {
        FlatServerList,     // bool: flat list with a Host column instead of the host tree
        ServerListHeader,   // QByteArray: QHeaderView::saveState of the server list
        MainWindowGeometry, // QByteArray
        MainWindowState,    // QByteArray
        Language,           // QString: "" follows the locale
        DemoOffered,        // bool: the demo fleet was opened once on first start
        ReconnectMaxDelay,  // int seconds: upper bound of the reconnect backoff
        KeepAliveInterval,  // int seconds
        KeepAliveCount,     // int
        OpenTimeout,        // int seconds an open may go unanswered before the host is "not responding"
        OperationsKept,     // int: operations kept in the log file before rotation
        ConfirmForceOff,    // bool
    };

    // path: an INI file; empty means AppPaths::settingsFile().
    explicit Config(const QString &path = {});
    ~Config();
    Config(const Config &) = delete;
    Config &operator=(const Config &) = delete;

    QVariant get(Key key) const;
    void set(Key key, const QVariant &value);
    static QVariant defaultValue(Key key);

    // Feature keys ("console/safeRebootPauseMs", ...); the feature supplies its default.
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);

    QList<SavedConnection> connections() const;
    void setConnections(const QList<SavedConnection> &list);
    // Adds or updates one connection (matched by URI).
    void saveConnection(const SavedConnection &connection);
    void forgetConnection(const QString &uri);

    QStringList recentUris() const;
    void addRecentUri(const QString &uri); // most recent first, at most 12

    // Problems met while loading (a corrupt file set aside...), translated, then cleared.
    QStringList takeWarnings();
    QString fileName() const;
    void sync();

private:
    static const char *keyName(Key key);
    void load(const QString &path);

    std::unique_ptr<QSettings> m_settings;
    QStringList m_warnings;
};

} // namespace virtdeck
