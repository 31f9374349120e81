#pragma once

// A question an SSH session asks the user from its worker thread (password, key passphrase,
// keyboard-interactive answer, unknown host key), a notice it cannot ask about (changed host key), and
// the answer. Values carried by SshPromptBroker between the worker and the GUI thread.

#include <QMetaType>
#include <QString>

namespace virtdeck {

struct SshPrompt
{
    enum class Kind
    {
        Password,
        Passphrase,
        KeyboardInteractive,
        UnknownHostKey,
        ChangedHostKey, // a notice: the session is already refused; nothing to answer
    };

    Kind kind = Kind::Password;
    QString serverName;       // the server's name in virtdeck (may be empty)
    QString target;           // "user@host:port"
    QString text;             // the server's or libssh's prompt text; for keys, the key file
    bool echo = false;        // keyboard-interactive answers that may be shown
    QString keyType;          // host keys: "ssh-ed25519"
    QString fingerprint;      // host keys: "SHA256:..." of the key the server presented
    QString knownFingerprint; // ChangedHostKey: the fingerprint known_hosts expects
    QString knownHostsFile;
};

struct SshPromptReply
{
    enum class HostKeyDecision
    {
        Refuse,
        AcceptOnce,
        AcceptAndRemember
    };

    bool accepted = false; // false: cancelled (the session fails with "login cancelled")
    QString secret;        // password, passphrase or answer; the session wipes its copy after use
    HostKeyDecision hostKey = HostKeyDecision::Refuse;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::SshPrompt)
Q_DECLARE_METATYPE(virtdeck::SshPromptReply)
