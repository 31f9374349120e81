#pragma once

// The kernel catalog of one host as a table: title, version, initrd, status (current, recommended, no
// initrd, missing) and the note. Entries missing from the pool are shown but cannot be selected. Fed by
// the boot page with KernelCatalog::load() results; formatting only in data(DisplayRole).

#include "boot/KernelCatalog.h"

#include <QAbstractTableModel>

namespace virtdeck {

class KernelCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        VersionColumn,
        InitrdColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sortable value of the column
        KernelPathRole,                  // QString
        InitrdPathRole,                  // QString
        RecommendedRole,                 // bool
        CurrentRole,                     // bool: the kernel the server's definition names
    };

    explicit KernelCatalogModel(QObject *parent = nullptr);

    void setEntries(const QList<KernelEntry> &entries);
    const QList<KernelEntry> &entries() const { return m_entries; }
    // Marks the entry whose kernel path the server's definition names.
    void setCurrentKernel(const QString &path);
    const KernelEntry *entry(int row) const;
    int rowOfKernel(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString statusText(const KernelEntry &e) const;

    QList<KernelEntry> m_entries;
    QString m_current;
};

} // namespace virtdeck
