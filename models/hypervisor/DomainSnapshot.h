#pragma once

// A value copy of one server as its host last reported it. Built on the connection's worker, carried by
// queued signals to the models; nothing in it refers to libvirt objects.

#include "hypervisor/DomainState.h"
#include "hypervisor/DomainXml.h"
#include "servers/ServerMetadata.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

// Identifies a server across the application: its host's URI and its UUID (the name can change).
struct ServerRef
{
    QString uri;
    QString uuid;
    QString name; // for display and logs only

    bool isValid() const { return !uri.isEmpty() && !uuid.isEmpty(); }
    QString key() const { return uri + QLatin1Char('#') + uuid; }
    friend bool operator==(const ServerRef &a, const ServerRef &b)
    {
        return a.uri == b.uri && a.uuid == b.uuid;
    }
};

struct DomainSnapshot
{
    QString uri;
    QString uuid;
    QString name;
    QString title;
    QString description;

    DomainState state = DomainState::NoState;
    int stateReason = 0;
    bool active = false;
    bool persistent = true;
    bool autostart = false;

    int vcpus = 0;
    int maxVcpus = 0;
    quint64 memoryKiB = 0;    // current (balloon) memory
    quint64 maxMemoryKiB = 0; // boot-time maximum
    std::optional<quint64> cpuShares;

    DomainDescription definition; // the live definition (or the persistent one when shut off)
    ServerMetadata metadata;
    QString metadataError; // the metadata could not be parsed: shown, and never overwritten blindly

    // Differences between the persistent definition and the running one, each a translated phrase
    // ("maximum memory 2 GiB → 4 GiB"): the server needs a restart to pick them up.
    QStringList pendingChanges;

    // When the server was seen starting. If it was already running when virtdeck connected, this is the
    // connection time and runningSinceExact is false (libvirt does not report a start time).
    QDateTime runningSince;
    bool runningSinceExact = false;

    // Set by the list when the host stops answering: the last known values, greyed.
    bool stale = false;

    ServerRef ref() const { return {uri, uuid, name}; }
    bool hasConsole() const { return definition.serialCount + definition.consoleCount > 0; }
    bool needsReboot() const { return !pendingChanges.isEmpty(); }
};

// Human formatting shared by the list, the overview and reports.
QString formatMemoryKiB(quint64 kib);   // "512 MiB", "2 GiB", "1.5 GiB"
QString formatDuration(qint64 seconds); // "3 d 4 h", "5 h 12 min", "42 s"

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::ServerRef)
Q_DECLARE_METATYPE(virtdeck::DomainSnapshot)
