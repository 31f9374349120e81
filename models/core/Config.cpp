#include "core/Config.h"

#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QFile>

namespace virtdeck {

namespace {
struct KeyInfo
{
    Config::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of core keys and defaults; a key renamed later gets a migration in Config::load().
const KeyInfo &info(Config::Key key)
{
    static const KeyInfo table[] = {
        {Config::Key::FlatServerList, "ui/flatServerList", false},
        {Config::Key::ServerListHeader, "ui/serverListHeader", QByteArray()},
        {Config::Key::MainWindowGeometry, "ui/geometry", QByteArray()},
        {Config::Key::MainWindowState, "ui/windowState", QByteArray()},
        {Config::Key::Language, "ui/language", QString()},
        {Config::Key::DemoOffered, "general/demoOffered", false},
        {Config::Key::ReconnectMaxDelay, "connections/reconnectMaxDelay", 30},
        {Config::Key::KeepAliveInterval, "connections/keepAliveInterval", 2},
        {Config::Key::KeepAliveCount, "connections/keepAliveCount", 2},
        {Config::Key::OpenTimeout, "connections/openTimeout", 15},
        {Config::Key::OperationsKept, "operations/kept", 1000},
        {Config::Key::ConfirmForceOff, "ui/confirmForceOff", true},
    };
    for (const auto &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

Config::Config(const QString &path)
{
    load(path.isEmpty() ? AppPaths::settingsFile() : path);
}

Config::~Config()
{
    m_settings->sync();
}

void Config::load(const QString &path)
{
    AppPaths::makePrivate(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (m_settings->status() == QSettings::FormatError) {
        m_settings.reset();
        const QString aside = AppPaths::setAside(path);
        m_warnings << QCoreApplication::translate("virtdeck::Config",
                                                  "The settings file %1 could not be read; it was kept as %2 "
                                                  "and default settings are used.")
                          .arg(path, aside.isEmpty() ? QStringLiteral("-") : aside);
        if (aside.isEmpty())
            QFile::remove(path);
        AppPaths::makePrivate(path);
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
}

const char *Config::keyName(Key key)
{
    return info(key).name;
}

QVariant Config::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Config::get(Key key) const
{
    const QVariant fallback = defaultValue(key);
    QVariant v = m_settings->value(QLatin1String(keyName(key)), fallback);
    // A hand-edited file may hold a value of the wrong type: fall back rather than misbehave.
    if (fallback.isValid() && !v.canConvert(fallback.metaType()))
        return fallback;
    if (fallback.isValid() && v.metaType() != fallback.metaType()) {
        QVariant converted = v;
        if (!converted.convert(fallback.metaType()))
            return fallback;
        if (fallback.metaType().id() == QMetaType::Int && v.toString().trimmed().isEmpty())
            return fallback;
        return converted;
    }
    return v;
}

void Config::set(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(keyName(key)), value);
}

QVariant Config::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void Config::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void Config::remove(const QString &key)
{
    m_settings->remove(key);
}

QList<SavedConnection> Config::connections() const
{
    QList<SavedConnection> list;
    const int n = m_settings->beginReadArray(QStringLiteral("connections/saved"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        SavedConnection c;
        c.uri = m_settings->value(QStringLiteral("uri")).toString().trimmed();
        c.autoconnect = m_settings->value(QStringLiteral("autoconnect"), true).toBool();
        c.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
        if (!c.uri.isEmpty())
            list << c;
    }
    m_settings->endArray();
    return list;
}

void Config::setConnections(const QList<SavedConnection> &list)
{
    m_settings->remove(QStringLiteral("connections/saved"));
    m_settings->beginWriteArray(QStringLiteral("connections/saved"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("uri"), list[i].uri);
        m_settings->setValue(QStringLiteral("autoconnect"), list[i].autoconnect);
        m_settings->setValue(QStringLiteral("readOnly"), list[i].readOnly);
    }
    m_settings->endArray();
}

void Config::saveConnection(const SavedConnection &connection)
{
    QList<SavedConnection> list = connections();
    auto it = std::find_if(list.begin(), list.end(), [&](const auto &c) { return c.uri == connection.uri; });
    if (it != list.end())
        *it = connection;
    else
        list << connection;
    setConnections(list);
}

void Config::forgetConnection(const QString &uri)
{
    QList<SavedConnection> list = connections();
    list.removeIf([&](const auto &c) { return c.uri == uri; });
    setConnections(list);
}

QStringList Config::recentUris() const
{
    QStringList list = m_settings->value(QStringLiteral("connections/recent")).toStringList();
    list.removeAll(QString());
    return list;
}

void Config::addRecentUri(const QString &uri)
{
    QStringList list = recentUris();
    list.removeAll(uri);
    list.prepend(uri);
    while (list.size() > 12)
        list.removeLast();
    m_settings->setValue(QStringLiteral("connections/recent"), list);
}

QStringList Config::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

QString Config::fileName() const
{
    return m_settings->fileName();
}

void Config::sync()
{
    m_settings->sync();
}

} // namespace virtdeck
