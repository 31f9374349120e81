#pragma once

// The Boot page of the selected server: how it boots, and (behind the "Advanced" switch) the kernel
// catalog of its host, the command line editor, Apply for the next boot, a one-time rescue boot and
// "Reboot now" (a power cycle) while changes are pending. Reads the persistent definition and the
// catalog through the server's Connection; every change is an operation (BootOperations, Lifecycle).
// Created by MainWindow with the other server pages.

#include "boot/BootOperations.h"
#include "boot/KernelCatalog.h"
#include "common/ServerPage.h"

#include <QHash>

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QTreeView;

namespace virtdeck {

class CmdlineEditor;
class KernelCatalogModel;
class MessageBar;

class BootPage : public ServerPage
{
    Q_OBJECT
public:
    explicit BootPage(const Services &services, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("boot"); }
    QString pageTitle() const override { return tr("Boot"); }
    void setServer(const std::optional<DomainSnapshot> &server) override;

    // Config key of the Advanced switch (bool, default off).
    static QString advancedKey() { return QStringLiteral("boot/advanced"); }

    // What Apply or a rescue boot would send now (tests, and the buttons).
    BootOperations::BootRequest currentRequest() const;
    bool isLoaded() const { return m_loaded; }
    // Reloads the host's kernel catalog.
    void refreshCatalog();

Q_SIGNALS:
    // An operation this page queued (the window may reveal the operations dock).
    void operationQueued(const QString &id);
    // The persistent definition of the selected server was read (after a selection or an update).
    void definitionLoaded();

private:
    void buildUi();
    void loadDefinition();
    void definitionRead(const Result<BootOperations::PersistentBoot> &boot);
    void catalogRead(const QString &uri, const Result<KernelCatalogData> &data);
    void showCatalog();
    void updateState();
    void updateSummary();
    void updateChoice();
    bool isDirty() const;
    void kernelPicked();
    void apply();
    void rescue();
    void rebootNow();
    void revert();
    void watch(const QString &id, const QString &success);

    std::optional<DomainSnapshot> m_server;
    std::optional<BootOperations::PersistentBoot> m_persistent;
    bool m_loaded = false;
    quint64 m_loadSerial = 0;
    // The kernel picked in the catalog; nullopt: keep the definition's.
    std::optional<KernelEntry> m_picked;
    QHash<QString, Result<KernelCatalogData>> m_catalogs; // by URI
    QHash<QString, QString> m_watched;                    // operation id -> success message

    MessageBar *m_messages = nullptr;
    QLabel *m_title = nullptr;
    QCheckBox *m_advanced = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notDirect = nullptr;
    QFrame *m_pendingBox = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QPushButton *m_rebootNow = nullptr;
    QWidget *m_advancedArea = nullptr;
    QTreeView *m_catalogView = nullptr;
    KernelCatalogModel *m_catalogModel = nullptr;
    QLabel *m_catalogInfo = nullptr;
    QPushButton *m_refreshCatalog = nullptr;
    QPushButton *m_currentKernel = nullptr;
    QLabel *m_choice = nullptr;
    CmdlineEditor *m_editor = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_rescue = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace virtdeck
