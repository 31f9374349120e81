#include "diagnostics/SshTargetCheck.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace virtdeck {

bool SshTargetCheck::isIpLiteral(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral(
        "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-"
        "9]?[0-9])){3}$"));
    static const QRegularExpression ipv6Chars(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
    if (ipv4.match(host).hasMatch())
        return true;
    // QHostAddress also takes forms we do not want (scopes, short IPv4): only hex digits, colons, dots.
    if (!host.contains(QLatin1Char(':')) || !ipv6Chars.match(host).hasMatch())
        return false;
    QHostAddress address;
    return address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool SshTargetCheck::isHostName(const QString &host)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (host.isEmpty() || host.size() > MaxHostLength)
        return false;
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    // All-numeric names are IPv4 literals or mistakes ("10.0.0.256", "1.2.3.4.5").
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return !numeric.match(name).hasMatch();
}

bool SshTargetCheck::isUser(const QString &user)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_.-]{0,31}$"));
    return pattern.match(user).hasMatch();
}

Status SshTargetCheck::checkHost(const QString &host, const QString &serverName)
{
    if (host.isEmpty())
        return Error(tr("No host to connect to for %1.").arg(serverName));
    if (!isHost(host))
        return Error(tr("The SSH host of %1 is refused: it is neither an IP address nor a host name. Allowed "
                        "are IPv4 and IPv6 addresses and host names of letters, digits, dots and dashes; "
                        "correct it in the server's SSH access.")
                         .arg(serverName));
    return {};
}

Status SshTargetCheck::checkUser(const QString &user, const QString &serverName)
{
    if (!user.isEmpty() && !isUser(user))
        return Error(tr("The SSH user name of %1 is refused: a user name starts with a lowercase letter or "
                        "_ and has at most %2 lowercase letters, digits, _ . or -; correct it in the "
                        "server's SSH access.")
                         .arg(serverName)
                         .arg(MaxUserLength));
    return {};
}

Status SshTargetCheck::check(const SshTarget &target)
{
    if (Status s = checkHost(target.host, target.label); !s)
        return s;
    if (Status s = checkUser(target.user, target.label); !s)
        return s;
    if (target.port < 0 || target.port > 65535)
        return Error(tr("The SSH port of %1 must be between 1 and 65535.").arg(target.label));
    return {};
}

} // namespace virtdeck
