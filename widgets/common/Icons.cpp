#include "common/Icons.h"

#include <QHash>

namespace virtdeck::Icons {

static QIcon cached(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
    return *it;
}

QIcon state(DomainState s)
{
    switch (s) {
    case DomainState::Running:
    case DomainState::Blocked: return cached(QStringLiteral("state-running"));
    case DomainState::Paused:
    case DomainState::Suspended: return cached(QStringLiteral("state-paused"));
    case DomainState::ShutOff: return cached(QStringLiteral("state-shutoff"));
    case DomainState::Crashed: return cached(QStringLiteral("state-crashed"));
    default: return cached(QStringLiteral("state-other"));
    }
}

QIcon host(HostState s)
{
    switch (s) {
    case HostState::Connected: return cached(QStringLiteral("host"));
    case HostState::Connecting: return cached(QStringLiteral("host-connecting"));
    default: return cached(QStringLiteral("host-down"));
    }
}

QIcon action(const QString &name)
{
    return cached(QStringLiteral("action-") + name);
}

QIcon application()
{
    return cached(QStringLiteral("virtdeck"));
}

} // namespace virtdeck::Icons
