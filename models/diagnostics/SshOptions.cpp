#include "diagnostics/SshOptions.h"

#include "core/Config.h"

#include <algorithm>

namespace virtdeck {

SshOptions SshOptions::fromConfig(const Config &config)
{
    SshOptions o;
    auto text = [&](const char *key, const QString &fallback) {
        return config.value(QLatin1String("diagnostics/ssh/") + QLatin1String(key), fallback).toString();
    };
    auto number = [&](const char *key, qint64 fallback) {
        return config.value(QLatin1String("diagnostics/ssh/") + QLatin1String(key), fallback).toLongLong();
    };
    o.sshDir = text("sshDir", o.sshDir);
    o.configFile = text("configFile", o.configFile);
    o.readConfig = config.value(QStringLiteral("diagnostics/ssh/readConfig"), o.readConfig).toBool();
    o.knownHostsFile = text("knownHostsFile", o.knownHostsFile);
    o.globalKnownHostsFile = text("globalKnownHostsFile", o.globalKnownHostsFile);
    o.identityFiles =
        config.value(QStringLiteral("diagnostics/ssh/identityFiles"), o.identityFiles).toStringList();
    o.useAgent = config.value(QStringLiteral("diagnostics/ssh/useAgent"), o.useAgent).toBool();
    o.agentSocket = text("agentSocket", o.agentSocket);
    o.defaultUser = text("defaultUser", o.defaultUser);
    o.connectTimeoutMs = int(std::clamp<qint64>(number("connectTimeoutMs", o.connectTimeoutMs), 500, 120000));
    o.keepAliveSeconds = int(std::clamp<qint64>(number("keepAliveSeconds", o.keepAliveSeconds), 1, 3600));
    o.commandTimeoutMs =
        int(std::clamp<qint64>(number("commandTimeoutMs", o.commandTimeoutMs), 1000, 24 * 3600 * 1000));
    o.maxOutputBytes =
        std::clamp<qint64>(number("maxOutputBytes", o.maxOutputBytes), 4096, 256 * 1024 * 1024);
    return o;
}

} // namespace virtdeck
