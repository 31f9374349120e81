#include "hypervisor/HostSnapshot.h"

#include <QCoreApplication>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::HostSnapshot)
};
} // namespace

QString hostStateName(HostState state)
{
    switch (state) {
    case HostState::Connecting: return Text::tr("Connecting");
    case HostState::Connected: return Text::tr("Connected");
    case HostState::NotResponding: return Text::tr("Not responding");
    case HostState::Disconnected: return Text::tr("Disconnected");
    }
    return {};
}

QString hostStateText(const HostSnapshot &host)
{
    QString text = hostStateName(host.state);
    if (!host.reason.isEmpty() && host.state != HostState::Connected)
        text += QStringLiteral(": ") + host.reason;
    if (host.nextRetry.isValid() && host.state != HostState::Connected) {
        const qint64 secs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(host.nextRetry));
        text += QStringLiteral(" — ") + Text::tr("retrying in %n s", nullptr, int(secs));
    }
    return text;
}

QString libvirtVersionString(unsigned long version)
{
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

} // namespace virtdeck
