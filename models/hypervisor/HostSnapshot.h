#pragma once

// A value copy of one hypervisor connection's state and facts (versions, CPUs, memory), for the host
// row of the server list and the host page. Built by Connection on its worker.

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace virtdeck {

enum class HostState
{
    Connecting,
    Connected,
    NotResponding,
    Disconnected
};

struct HostSnapshot
{
    QString uri;
    QString displayName;
    HostState state = HostState::Disconnected;
    QString reason;       // why not connected / not responding, translated
    QString reasonDetail; // libvirt's words
    bool readOnly = false;
    bool demo = false;

    QString hostname;
    QString driverType;        // virConnectGetType: QEMU, Xen, TEST
    QString hypervisorVersion; // "7.2.0"
    QString libvirtVersion;    // "9.0.0"
    int cpus = 0;
    int cpuMHz = 0;
    QString cpuModel;
    quint64 memoryKiB = 0;

    QDateTime connectedSince;
    QDateTime nextRetry; // when disconnected and retrying
    int retryAttempt = 0;

    // Facts features add about this host ("Statistics": "per-domain calls: the driver has no bulk
    // stats"), shown on the host page.
    QMap<QString, QString> notes;

    bool isUsable() const { return state == HostState::Connected; }
};

QString hostStateName(HostState state);
// "Connected", "Not responding — retrying in 8 s", "Disconnected: connection refused"...
QString hostStateText(const HostSnapshot &host);
// libvirt encodes versions as major * 1,000,000 + minor * 1,000 + release.
QString libvirtVersionString(unsigned long version);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::HostState)
Q_DECLARE_METATYPE(virtdeck::HostSnapshot)
