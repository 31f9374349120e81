#pragma once

// A domain event as a value (lifecycle, reboot, metadata, device, tunable, balloon), relayed from
// libvirt's event loop thread through the connection's worker to anyone interested: the server list,
// consoles that reattach after a reboot, operations that wait for a server to power off.

#include <QMetaType>
#include <QString>

namespace virtdeck {

struct DomainEvent
{
    enum class Kind
    {
        Lifecycle,
        Reboot,
        MetadataChange,
        DeviceAdded,
        DeviceRemoved,
        Tunable,
        BalloonChange
    };

    Kind kind = Kind::Lifecycle;
    QString uri;
    QString uuid;
    QString name;
    int event = 0;  // virDomainEventType for Lifecycle
    int detail = 0; // the matching detail enum for Lifecycle
    QString text;   // device alias for device events
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DomainEvent)
