#include "boot/KernelCatalogModel.h"

namespace virtdeck {

KernelCatalogModel::KernelCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KernelCatalogModel::setEntries(const QList<KernelEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void KernelCatalogModel::setCurrentKernel(const QString &path)
{
    if (path == m_current)
        return;
    const int before = rowOfKernel(m_current);
    m_current = path;
    const int after = rowOfKernel(m_current);
    for (int row : {before, after}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const KernelEntry *KernelCatalogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int KernelCatalogModel::rowOfKernel(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].kernelPath == path)
            return i;
    }
    return -1;
}

int KernelCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KernelCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KernelCatalogModel::statusText(const KernelEntry &e) const
{
    QStringList parts;
    if (!m_current.isEmpty() && e.kernelPath == m_current)
        parts << tr("current");
    if (e.recommended)
        parts << tr("recommended");
    if (!e.inPool())
        parts << tr("not in the pool");
    else if (!e.hasInitrd())
        parts << tr("no initrd");
    return parts.join(QStringLiteral(", "));
}

QVariant KernelCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KernelEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return e.displayTitle();
        case VersionColumn: return e.version;
        case InitrdColumn: return e.hasInitrd() ? e.initrdVolume : tr("none");
        case StatusColumn: return statusText(e);
        case NoteColumn: return e.note;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (!e.inPool())
            return tr("The notes name this kernel but the pool has no volume %1.").arg(e.kernelVolume);
        return e.note.isEmpty() ? e.kernelPath : e.note + QLatin1Char('\n') + e.kernelPath;
    case RawValueRole:
        switch (index.column()) {
        case TitleColumn: return e.displayTitle();
        case VersionColumn: return e.version;
        case InitrdColumn: return e.initrdVolume;
        case StatusColumn: return int(e.recommended) * 2 + int(e.kernelPath == m_current);
        case NoteColumn: return e.note;
        default: return {};
        }
    case KernelPathRole: return e.kernelPath;
    case InitrdPathRole: return e.initrdPath;
    case RecommendedRole: return e.recommended;
    case CurrentRole: return !m_current.isEmpty() && e.kernelPath == m_current;
    default: return {};
    }
}

QVariant KernelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Kernel");
    case VersionColumn: return tr("Version");
    case InitrdColumn: return tr("Initrd");
    case StatusColumn: return tr("Status");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

Qt::ItemFlags KernelCatalogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A kernel the pool does not have cannot be chosen.
    if (!m_entries[index.row()].inPool())
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace virtdeck
