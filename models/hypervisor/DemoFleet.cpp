#include "hypervisor/DemoFleet.h"

#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QUrl>

namespace virtdeck::DemoFleet {

QString filePath()
{
    return AppPaths::dataSubdir(QStringLiteral("demo")) + QStringLiteral("/fleet.xml");
}

Result<QString> prepare()
{
    QFile source(QStringLiteral(":/demo/fleet.xml"));
    if (!source.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("virtdeck::DemoFleet", "The demo fleet is missing from this build."));
    QSaveFile target(filePath());
    if (!target.open(QIODevice::WriteOnly) || target.write(source.readAll()) < 0 || !target.commit())
        return Error(QCoreApplication::translate("virtdeck::DemoFleet", "Cannot write the demo fleet to %1.")
                         .arg(filePath()),
                     target.errorString());
    return QString(QStringLiteral("test://") + QUrl::fromLocalFile(filePath()).path(QUrl::FullyEncoded));
}

bool isDemoUri(const QString &uri)
{
    return uri.startsWith(QLatin1String("test://")) && uri.endsWith(QLatin1String("/demo/fleet.xml"));
}

} // namespace virtdeck::DemoFleet
