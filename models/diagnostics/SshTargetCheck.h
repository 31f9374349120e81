#pragma once

// Checks where SSH may go before anything reaches libssh or the screen. Host, port and user come from the
// server's metadata and addresses from the guest agent: whoever controls the guest writes them, and
// ~/.ssh/config may hand them to a ProxyCommand run by a shell (%h, %r). Only IP literals and RFC 1123
// host names, and user names of the form [a-z_][a-z0-9_.-]* pass. Used by SshSession (before
// ssh_options_set), Diagnoser, AddressBook and DiagnosticsService (targets, display, SSH access edits).

#include "core/Result.h"
#include "diagnostics/SshTarget.h"

#include <QCoreApplication>
#include <QString>

namespace virtdeck {

class SshTargetCheck
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::SshTargetCheck)
public:
    static constexpr int MaxUserLength = 32;
    static constexpr int MaxHostLength = 253;

    // An IPv4 literal (dotted quad) or an IPv6 literal (without brackets or a scope).
    static bool isIpLiteral(const QString &host);
    // RFC 1123: labels of letters, digits and inner dashes, 1..63 characters each, 253 in all.
    static bool isHostName(const QString &host);
    static bool isHost(const QString &host) { return isIpLiteral(host) || isHostName(host); }
    static bool isUser(const QString &user);

    // The refusals say what is allowed; they never repeat the refused value, which may hold anything.
    static Status checkHost(const QString &host, const QString &serverName);
    static Status checkUser(const QString &user, const QString &serverName);
    // Host (required), user (optional) and port (0 or 1..65535).
    static Status check(const SshTarget &target);
};

} // namespace virtdeck
