#pragma once

// Where one SSH session goes: host, port and user as virtdeck resolved them (the server's SSH access
// override, else an address libvirt reports); ~/.ssh/config may still rewrite them. A value passed from
// the main thread to the worker that opens the session.

#include <QMetaType>
#include <QString>

namespace virtdeck {

struct SshTarget
{
    QString host;
    int port = 0;  // 0: 22 or the config's Port
    QString user;  // empty: the config's User or SshOptions::defaultUser
    QString label; // the server's name, for prompts and messages
    // Why there is no host although one was given (an SSH access that SshTargetCheck refuses): said
    // instead of "no address known".
    QString problem;

    bool isValid() const { return !host.isEmpty(); }
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::SshTarget)
