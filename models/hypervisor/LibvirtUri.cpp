#include "hypervisor/LibvirtUri.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace virtdeck::LibvirtUri {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::LibvirtUri)
};

QString driverLabel(const QString &drv)
{
    if (drv == QLatin1String("qemu"))
        return QStringLiteral("QEMU/KVM");
    if (drv == QLatin1String("xen") || drv == QLatin1String("libxl"))
        return QStringLiteral("Xen");
    if (drv == QLatin1String("test"))
        return Text::tr("test driver");
    if (drv == QLatin1String("lxc"))
        return QStringLiteral("LXC");
    return drv;
}

Status checkPath(const QString &drv, const QUrl &url)
{
    const QString path = url.path();
    if (drv == QLatin1String("test")) {
        if (!url.host().isEmpty())
            return Error(Text::tr("The test driver is local: remove the host name (use test:///default or "
                                  "test:///absolute/path/file.xml)."));
        if (path != QLatin1String("/default") && !(path.startsWith(QLatin1Char('/')) && path.size() > 1))
            return Error(Text::tr("The test driver takes /default or an absolute path to an XML file, "
                                  "e.g. test:///default."));
        return {};
    }
    if (drv == QLatin1String("qemu")) {
        static const QStringList paths = {QStringLiteral("/system"), QStringLiteral("/session"),
                                          QStringLiteral("/embed")};
        if (!paths.contains(path))
            return Error(Text::tr("A QEMU URI ends in /system or /session, e.g. qemu:///system or "
                                  "qemu+ssh://user@host/system."));
    }
    return {};
}
} // namespace

QStringList knownDrivers()
{
    return {QStringLiteral("qemu"), QStringLiteral("xen"),   QStringLiteral("libxl"), QStringLiteral("test"),
            QStringLiteral("lxc"),  QStringLiteral("bhyve"), QStringLiteral("ch"),    QStringLiteral("vz"),
            QStringLiteral("esx"),  QStringLiteral("vbox"),  QStringLiteral("hyperv")};
}

QStringList knownTransports()
{
    return {QStringLiteral("ssh"), QStringLiteral("libssh"), QStringLiteral("libssh2"), QStringLiteral("tls"),
            QStringLiteral("tcp"), QStringLiteral("unix"),   QStringLiteral("ext")};
}

QStringList knownParameters()
{
    return {QStringLiteral("socket"),  QStringLiteral("keyfile"),      QStringLiteral("no_verify"),
            QStringLiteral("no_tty"),  QStringLiteral("known_hosts"),  QStringLiteral("known_hosts_verify"),
            QStringLiteral("sshauth"), QStringLiteral("command"),      QStringLiteral("netcat"),
            QStringLiteral("pkipath"), QStringLiteral("name"),         QStringLiteral("mode"),
            QStringLiteral("proxy"),   QStringLiteral("tls_priority"), QStringLiteral("root"),
            QStringLiteral("authfile")};
}

Result<QString> validate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(
            Text::tr("Enter a libvirt URI, for example qemu:///system or qemu+ssh://user@host/system."));
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error(Text::tr("A URI cannot contain spaces or control characters."));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return Error(
            Text::tr("This is not a valid URI; the form is driver[+transport]://[user@][host][:port]/path."),
            url.errorString());
    const QStringList scheme = url.scheme().toLower().split(QLatin1Char('+'));
    if (scheme.size() > 2 || !knownDrivers().contains(scheme.first()))
        return Error(Text::tr("Unknown hypervisor driver \"%1\"; use one of: %2.")
                         .arg(scheme.first(), knownDrivers().join(QStringLiteral(", "))));
    if (scheme.size() == 2 && !knownTransports().contains(scheme.at(1)))
        return Error(Text::tr("Unknown transport \"%1\"; use one of: %2.")
                         .arg(scheme.at(1), knownTransports().join(QStringLiteral(", "))));
    const bool needsHost =
        scheme.size() == 2 && scheme.at(1) != QLatin1String("unix") && scheme.at(1) != QLatin1String("ext");
    if (needsHost && url.host().isEmpty())
        return Error(Text::tr("The %1 transport needs a host name, e.g. %2://user@host/system.")
                         .arg(scheme.at(1), url.scheme()));
    if (url.port() == 0)
        return Error(Text::tr("The port must be between 1 and 65535."));
    if (Status s = checkPath(scheme.first(), url); !s)
        return s.error();
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        if (!knownParameters().contains(item.first))
            return Error(Text::tr("Unknown URI parameter \"%1\"; libvirt understands: %2.")
                             .arg(item.first, knownParameters().join(QStringLiteral(", "))));
    }
    return trimmed;
}

QString driver(const QString &uri)
{
    const QUrl url(uri);
    return url.scheme().toLower().section(QLatin1Char('+'), 0, 0);
}

bool isRemote(const QString &uri)
{
    const QUrl url(uri);
    return url.scheme().contains(QLatin1Char('+')) || !url.host().isEmpty();
}

QString displayName(const QString &uri)
{
    const QUrl url(uri);
    const QString drv = driver(uri);
    if (drv == QLatin1String("test")) {
        if (url.path() == QLatin1String("/default"))
            return Text::tr("Test driver");
        return Text::tr("Test driver (%1)").arg(url.fileName());
    }
    const QString label = driverLabel(drv);
    QString where = url.host();
    if (where.isEmpty())
        return url.path() == QLatin1String("/session") ? Text::tr("Local %1 (session)").arg(label)
                                                       : Text::tr("Local %1").arg(label);
    if (!url.userName().isEmpty())
        where = url.userName() + QLatin1Char('@') + where;
    return QStringLiteral("%1 (%2)").arg(where, label);
}

} // namespace virtdeck::LibvirtUri
