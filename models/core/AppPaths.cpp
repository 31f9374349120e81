#include "core/AppPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace virtdeck::AppPaths {

static QString ensured(const QString &path)
{
    QDir().mkpath(path);
    return path;
}

QString dataDir()
{
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString dataSubdir(const QString &name)
{
    return ensured(dataDir() + QLatin1Char('/') + name);
}

QString configDir()
{
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
}

QString settingsFile()
{
    return configDir() + QStringLiteral("/virtdeck.conf");
}

QString setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 1; QFile::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    return QFile::rename(path, target) ? target : QString();
}

} // namespace virtdeck::AppPaths
