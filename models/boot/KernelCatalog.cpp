#include "boot/KernelCatalog.h"

#include "core/Config.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/LibvirtHandles.h"

#include <libvirt/virterror.h>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace virtdeck {

QString KernelCatalog::poolName(const Config *config, const QString &uri)
{
    if (!config)
        return defaultPool();
    const QString name = config->value(poolSettingKey(uri), defaultPool()).toString().trimmed();
    return name.isEmpty() ? defaultPool() : name;
}

Result<QList<KernelVolume>> KernelCatalog::listVolumes(virConnectPtr conn, const QString &poolName)
{
    StoragePoolHandle pool(virStoragePoolLookupByName(conn, poolName.toUtf8().constData()));
    if (!pool) {
        return libvirtError(
            tr("The host has no storage pool named \"%1\", where virtdeck looks for kernels. Create "
               "it (a directory pool holding vmlinuz-VERSION and initrd.img-VERSION files), or set "
               "another pool for this host.")
                .arg(poolName));
    }
    if (virStoragePoolIsActive(pool.get()) != 1)
        return Error(tr("The storage pool \"%1\" is not active on the host; start it to list its kernels.")
                         .arg(poolName));
    // Picks up files copied into the directory since the pool was started. A read-only connection may
    // not refresh: the listing is then the daemon's last one.
    if (virStoragePoolRefresh(pool.get(), 0) < 0)
        virResetLastError();
    virStorageVolPtr *vols = nullptr;
    const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
    if (n < 0)
        return libvirtError(tr("Cannot list the volumes of the storage pool \"%1\".").arg(poolName));
    QList<KernelVolume> out;
    for (int i = 0; i < n; ++i) {
        StorageVolHandle vol(vols[i]);
        KernelVolume v;
        v.name = QString::fromUtf8(virStorageVolGetName(vol.get()));
        if (CString path{virStorageVolGetPath(vol.get())})
            v.path = QString::fromUtf8(path.get());
        out << v;
    }
    free(vols);
    std::sort(out.begin(), out.end(),
              [](const KernelVolume &a, const KernelVolume &b) { return a.name < b.name; });
    return out;
}

Result<KernelCatalogData> KernelCatalog::load(virConnectPtr conn, const QString &uri, const QString &pool,
                                              const QString &notesPath)
{
    Result<QList<KernelVolume>> volumes = listVolumes(conn, pool);
    if (!volumes)
        return volumes.error();
    KernelCatalogData data;
    data.uri = uri;
    data.pool = pool;
    KernelNotes notes;
    if (!notesPath.isEmpty()) {
        Result<KernelNotes> loaded = KernelNotes::load(notesPath);
        if (loaded) {
            notes = loaded.value();
            data.problems << notes.problems;
            if (!notes.pool.isEmpty() && notes.pool != pool)
                data.problems
                    << tr("The kernel notes %1 describe the pool \"%2\", not \"%3\"; they are used anyway.")
                           .arg(notesPath, notes.pool, pool);
        } else {
            data.problems << loaded.error().toString();
        }
        data.notesSource = notesPath;
    }
    data.entries = build(volumes.value(), notes);
    for (const KernelEntry &e : std::as_const(data.entries)) {
        if (!e.inPool())
            data.problems
                << tr("The kernel notes name %1, which is not in the pool \"%2\".").arg(e.version, pool);
    }
    return data;
}

std::optional<QString> KernelCatalog::kernelVersion(const QString &name)
{
    for (const char *prefix : {"vmlinuz-", "vmlinux-"}) {
        const QLatin1String p(prefix);
        if (name.startsWith(p) && name.size() > p.size())
            return name.mid(p.size());
    }
    return std::nullopt;
}

QStringList KernelCatalog::initrdCandidates(const QString &version)
{
    return {QStringLiteral("initrd.img-") + version,
            QStringLiteral("initramfs-") + version + QStringLiteral(".img"),
            QStringLiteral("initrd-") + version + QStringLiteral(".img"),
            QStringLiteral("initrd-") + version};
}

int KernelCatalog::compareVersions(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a.at(ie).isDigit())
                ++ie;
            while (je < b.size() && b.at(je).isDigit())
                ++je;
            QStringView x = QStringView(a).mid(i, ie - i), y = QStringView(b).mid(j, je - j);
            while (x.size() > 1 && x.front() == QLatin1Char('0'))
                x = x.mid(1);
            while (y.size() > 1 && y.front() == QLatin1Char('0'))
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size() ? -1 : 1;
            if (const int c = x.compare(y); c != 0)
                return c < 0 ? -1 : 1;
            i = ie;
            j = je;
        } else {
            if (a.at(i) != b.at(j))
                return a.at(i) < b.at(j) ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

QList<KernelEntry> KernelCatalog::build(const QList<KernelVolume> &volumes, const KernelNotes &notes)
{
    QHash<QString, KernelVolume> byName;
    for (const KernelVolume &v : volumes)
        byName.insert(v.name, v);
    QList<KernelEntry> out;
    QSet<QString> versions;
    auto addNote = [](KernelEntry &e, const KernelNote *n) {
        if (!n)
            return;
        e.title = n->title;
        e.note = n->note;
        e.suggestedCmdline = n->cmdline;
        e.recommended = n->recommended;
    };
    auto pairInitrd = [&](KernelEntry &e, const KernelNote *n) {
        QStringList names = initrdCandidates(e.version);
        if (n && n->initrd)
            names.prepend(*n->initrd);
        for (const QString &name : std::as_const(names)) {
            if (byName.contains(name)) {
                e.initrdVolume = name;
                e.initrdPath = byName.value(name).path;
                return;
            }
        }
    };
    for (const KernelVolume &v : volumes) {
        const std::optional<QString> version = kernelVersion(v.name);
        if (!version || versions.contains(*version))
            continue;
        versions.insert(*version);
        KernelEntry e;
        e.version = *version;
        e.kernelVolume = v.name;
        e.kernelPath = v.path;
        const KernelNote *n = notes.find(*version);
        addNote(e, n);
        pairInitrd(e, n);
        out << e;
    }
    // Kernels the notes name under another volume name, or that are missing from the pool.
    for (const KernelNote &n : notes.kernels) {
        if (versions.contains(n.version))
            continue;
        KernelEntry e;
        e.version = n.version;
        e.kernelVolume = n.kernel.isEmpty() ? QStringLiteral("vmlinuz-") + n.version : n.kernel;
        if (byName.contains(e.kernelVolume))
            e.kernelPath = byName.value(e.kernelVolume).path;
        addNote(e, &n);
        pairInitrd(e, &n);
        versions.insert(n.version);
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const KernelEntry &a, const KernelEntry &b) {
        if (a.recommended != b.recommended)
            return a.recommended;
        if (a.inPool() != b.inPool())
            return a.inPool();
        return compareVersions(a.version, b.version) > 0;
    });
    return out;
}

const KernelEntry *KernelCatalog::findByKernelPath(const QList<KernelEntry> &entries, const QString &path)
{
    for (const KernelEntry &e : entries) {
        if (!path.isEmpty() && e.kernelPath == path)
            return &e;
    }
    return nullptr;
}

Status KernelCatalog::checkVolumePath(virConnectPtr conn, const QString &path)
{
    const QString gone =
        tr("%1 is no longer a storage volume on the host (it was removed or its pool was stopped); "
           "the definition is left unchanged. Refresh the kernel list and choose again.")
            .arg(path);
    StorageVolHandle vol(virStorageVolLookupByPath(conn, path.toUtf8().constData()));
    if (!vol)
        return libvirtError(gone);
    // The pool may still list a file deleted behind its back: reading its size checks the file itself.
    virStorageVolInfo info;
    if (virStorageVolGetInfo(vol.get(), &info) < 0)
        return libvirtError(gone);
    return {};
}

} // namespace virtdeck
