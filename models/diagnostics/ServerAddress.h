#pragma once

// One IP address of a server as the hypervisor reports it (virDomainInterfaceAddresses: DHCP lease,
// guest agent or ARP table), with its interface. A value kept by AddressBook and used to pick where SSH
// connects.

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ServerAddress)
public:
    enum class Source
    {
        Lease,
        Agent,
        Arp
    };

    QString address; // "10.0.0.5", "2001:db8::5"
    int prefix = 0;
    QString interfaceName; // "vnet0", "eth0" (the agent's name inside the guest)
    QString mac;
    Source source = Source::Lease;
    bool ipv6 = false;

    // Addresses SSH can use from here: not loopback, not IPv6 link-local (it needs a scope).
    bool isUsable() const
    {
        return !address.startsWith(QLatin1String("127.")) && address != QLatin1String("::1") &&
               !address.startsWith(QLatin1String("fe80:"), Qt::CaseInsensitive);
    }
    static QString sourceName(Source source)
    {
        switch (source) {
        case Source::Lease: return tr("DHCP lease");
        case Source::Agent: return tr("guest agent");
        case Source::Arp: return tr("ARP table");
        }
        return {};
    }

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::ServerAddress)
