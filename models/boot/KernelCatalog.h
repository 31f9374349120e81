#pragma once

// The kernels a host offers for direct kernel boot: the volumes of one of its storage pools (by default
// "kernels", per host in "boot/kernelPool/<uri>") where vmlinuz-VERSION pairs with initrd.img-VERSION or
// initramfs-VERSION.img, merged with the host's KernelNotes. Read through libvirt only, so it works over
// remote connections. load() runs on a connection's worker; the boot page shows the result through
// KernelCatalogModel; BootOperations checks chosen volumes still exist.

#include "boot/KernelNotes.h"
#include "core/Result.h"

#include <libvirt/libvirt.h>

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace virtdeck {

class Config;

struct KernelVolume
{
    QString name;
    QString path;
    friend bool operator==(const KernelVolume &, const KernelVolume &) = default;
};

struct KernelEntry
{
    QString version;
    QString kernelVolume;
    QString kernelPath; // empty when the notes name a kernel the pool does not have
    QString initrdVolume;
    QString initrdPath; // empty when the pool has no initrd for this kernel
    QString title;      // from the notes; empty: none
    QString note;
    QString suggestedCmdline;
    bool recommended = false;

    bool inPool() const { return !kernelPath.isEmpty(); }
    bool hasInitrd() const { return !initrdPath.isEmpty(); }
    QString displayTitle() const { return title.isEmpty() ? version : title; }
    friend bool operator==(const KernelEntry &, const KernelEntry &) = default;
};

struct KernelCatalogData
{
    QString uri;
    QString pool;
    QList<KernelEntry> entries;
    QString notesSource;
    QStringList problems; // translated: notes problems, volumes that look odd
};

class KernelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::KernelCatalog)
public:
    static QString defaultPool() { return QStringLiteral("kernels"); }
    static QString poolSettingKey(const QString &uri) { return QStringLiteral("boot/kernelPool/") + uri; }
    static QString poolName(const Config *config, const QString &uri);

    // Worker side: the pool's volumes (refreshed first when the connection may), sorted by name.
    static Result<QList<KernelVolume>> listVolumes(virConnectPtr conn, const QString &pool);
    // Worker side: volumes + notes (a notes problem never hides the pool's kernels).
    static Result<KernelCatalogData> load(virConnectPtr conn, const QString &uri, const QString &pool,
                                          const QString &notesPath);

    // Pairs kernels with initrds and adds the notes: recommended first, then newest version first.
    static QList<KernelEntry> build(const QList<KernelVolume> &volumes, const KernelNotes &notes);
    // "vmlinuz-6.1.0-13-amd64" -> "6.1.0-13-amd64"; nullopt for anything else.
    static std::optional<QString> kernelVersion(const QString &volumeName);
    // Initrd names tried for a version, in order.
    static QStringList initrdCandidates(const QString &version);
    // Natural order of version strings: <0, 0, >0.
    static int compareVersions(const QString &a, const QString &b);
    static const KernelEntry *findByKernelPath(const QList<KernelEntry> &entries, const QString &path);

    // Worker side: whether a file path is a volume the host knows (a chosen kernel or initrd vanished?).
    static Status checkVolumePath(virConnectPtr conn, const QString &path);
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::KernelEntry)
Q_DECLARE_METATYPE(virtdeck::KernelCatalogData)
