#pragma once

// The server page's Overview: identity, state, resources, boot mode, disks, interfaces and tags
// (editable in place), with the lifecycle actions at hand and a "Restart now" when the persistent
// definition differs from the running one. Created by MainWindow; refreshed through setServer().

#include "common/ServerPage.h"

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolBar;
class QVBoxLayout;

namespace virtdeck {

class MessageBar;
class TagEditor;

class OverviewPage : public ServerPage
{
    Q_OBJECT
public:
    OverviewPage(const Services &services, const QList<QAction *> &lifecycleActions,
                 QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString pageTitle() const override { return tr("Overview"); }
    void setServer(const std::optional<DomainSnapshot> &server) override;

    // Extra rows features add to the overview (addresses, memory balloon...): a titled group.
    void addSection(QWidget *section);
    MessageBar *messageBar() const { return m_messages; }

private:
    QLabel *value(QFormLayout *form, const QString &label, const QString &objectName);
    void fillIdentity(const DomainSnapshot &s);
    void fillResources(const DomainSnapshot &s);
    void fillBoot(const DomainSnapshot &s);
    void fillDevices(const DomainSnapshot &s);
    void restartNow();

    std::optional<DomainSnapshot> m_server;
    MessageBar *m_messages;
    QLabel *m_heading;
    QLabel *m_stateLine;
    QLabel *m_description;
    QWidget *m_pendingBox;
    QLabel *m_pendingText;
    QPushButton *m_restartNow;
    QLabel *m_empty;
    QWidget *m_content;
    QWidget *m_scroll;
    QVBoxLayout *m_sections;
    QLabel *m_uuid, *m_host, *m_type, *m_persistent, *m_uptime;
    QLabel *m_vcpus, *m_memory, *m_weight, *m_shares;
    QLabel *m_bootMode, *m_kernel, *m_initrd, *m_cmdline, *m_loader, *m_bootOrder;
    QTableWidget *m_disks;
    QTableWidget *m_interfaces;
    TagEditor *m_tags;
    QLabel *m_metadataError;
};

} // namespace virtdeck
