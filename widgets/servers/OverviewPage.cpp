#include "servers/OverviewPage.h"

#include "common/Icons.h"
#include "common/MessageBar.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"
#include "servers/TagEditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMaximumHeight(140);
    return t;
}

void setRows(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    t->resizeColumnsToContents();
}
} // namespace

OverviewPage::OverviewPage(const Services &services, const QList<QAction *> &lifecycleActions,
                           QWidget *parent)
    : ServerPage(services, parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_messages = new MessageBar(this);
    m_empty = new QLabel(tr("Select a server to see its overview."), this);
    m_empty->setAlignment(Qt::AlignCenter);

    m_content = new QWidget(this);
    m_heading = new QLabel(m_content);
    m_heading->setObjectName(QStringLiteral("overviewName"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLine = new QLabel(m_content);
    m_stateLine->setObjectName(QStringLiteral("overviewState"));
    m_description = new QLabel(m_content);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QToolBar(m_content);
    actions->setObjectName(QStringLiteral("overviewActions"));
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->addActions(lifecycleActions);

    m_pendingBox = new QWidget(m_content);
    m_pendingBox->setObjectName(QStringLiteral("pendingReboot"));
    m_pendingText = new QLabel(m_pendingBox);
    m_pendingText->setWordWrap(true);
    m_restartNow = new QPushButton(Icons::action(QStringLiteral("restart")), tr("Reboot now"), m_pendingBox);
    m_restartNow->setObjectName(QStringLiteral("restartNow"));
    m_restartNow->setToolTip(tr("Shut the server down and start it again (a full restart, not a guest "
                                "reboot) so the hypervisor applies its new definition"));
    auto *pendingLayout = new QHBoxLayout(m_pendingBox);
    pendingLayout->setContentsMargins(8, 4, 8, 4);
    pendingLayout->addWidget(m_pendingText, 1);
    pendingLayout->addWidget(m_restartNow);
    m_pendingBox->setStyleSheet(
        QStringLiteral("QWidget#pendingReboot { background: rgba(246,116,0,50); border-radius: 4px; }"));

    auto *identity = new QGroupBox(tr("Identity"), m_content);
    auto *idForm = new QFormLayout(identity);
    m_uuid = value(idForm, tr("UUID:"), QStringLiteral("overviewUuid"));
    m_host = value(idForm, tr("Host:"), QStringLiteral("overviewHost"));
    m_type = value(idForm, tr("Type:"), QStringLiteral("overviewType"));
    m_persistent = value(idForm, tr("Definition:"), QStringLiteral("overviewPersistent"));
    m_uptime = value(idForm, tr("Up for:"), QStringLiteral("overviewUptime"));

    auto *resources = new QGroupBox(tr("Resources"), m_content);
    auto *resForm = new QFormLayout(resources);
    m_shares = value(resForm, tr("Shares:"), QStringLiteral("overviewShares"));
    m_vcpus = value(resForm, tr("vCPUs:"), QStringLiteral("overviewVcpus"));
    m_memory = value(resForm, tr("Memory:"), QStringLiteral("overviewMemory"));
    m_weight = value(resForm, tr("CPU weight:"), QStringLiteral("overviewWeight"));

    auto *boot = new QGroupBox(tr("Boot"), m_content);
    auto *bootForm = new QFormLayout(boot);
    m_bootMode = value(bootForm, tr("Mode:"), QStringLiteral("overviewBootMode"));
    m_kernel = value(bootForm, tr("Kernel:"), QStringLiteral("overviewKernel"));
    m_initrd = value(bootForm, tr("Initrd:"), QStringLiteral("overviewInitrd"));
    m_cmdline = value(bootForm, tr("Command line:"), QStringLiteral("overviewCmdline"));
    m_loader = value(bootForm, tr("Firmware:"), QStringLiteral("overviewLoader"));
    m_bootOrder = value(bootForm, tr("Boot order:"), QStringLiteral("overviewBootOrder"));

    auto *devices = new QGroupBox(tr("Disks and network interfaces"), m_content);
    m_disks = makeTable(devices, {tr("Target"), tr("Device"), tr("Bus"), tr("Format"), tr("Source")},
                        QStringLiteral("overviewDisks"));
    m_interfaces =
        makeTable(devices, {tr("MAC address"), tr("Model"), tr("Type"), tr("Source"), tr("Host device")},
                  QStringLiteral("overviewInterfaces"));
    auto *devLayout = new QVBoxLayout(devices);
    devLayout->addWidget(m_disks);
    devLayout->addWidget(m_interfaces);

    auto *tagsBox = new QGroupBox(tr("Tags"), m_content);
    m_tags = new TagEditor(services.operations, m_messages, tagsBox);
    m_metadataError = new QLabel(tagsBox);
    m_metadataError->setWordWrap(true);
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    tagsLayout->addWidget(m_tags);
    tagsLayout->addWidget(m_metadataError);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(identity);
    left->addWidget(resources);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(boot);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_sections = new QVBoxLayout;
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_stateLine);
    contentLayout->addWidget(m_description);
    contentLayout->addWidget(actions);
    contentLayout->addWidget(m_pendingBox);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(tagsBox);
    contentLayout->addWidget(devices);
    contentLayout->addLayout(m_sections);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_scroll = scroll;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 1);
    connect(m_restartNow, &QPushButton::clicked, this, &OverviewPage::restartNow);
    setServer(std::nullopt);
}

QLabel *OverviewPage::value(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *v = new QLabel(form->parentWidget());
    v->setObjectName(objectName);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    form->addRow(label, v);
    return v;
}

void OverviewPage::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

void OverviewPage::setServer(const std::optional<DomainSnapshot> &server)
{
    if (!server || !m_server || server->uuid != m_server->uuid)
        m_messages->clearMessage();
    m_server = server;
    m_empty->setVisible(!server);
    m_scroll->setVisible(server.has_value());
    if (!server)
        return;
    const DomainSnapshot &s = *server;
    fillIdentity(s);
    fillResources(s);
    fillBoot(s);
    fillDevices(s);
    m_tags->setServer(s);
    m_metadataError->setVisible(!s.metadataError.isEmpty());
    m_metadataError->setText(
        tr("The virtdeck metadata of this server cannot be read and is left as it is: %1")
            .arg(s.metadataError));
    m_pendingBox->setVisible(s.needsReboot());
    m_pendingText->setText(
        tr("Pending reboot — the next start applies: %1").arg(s.pendingChanges.join(QStringLiteral("; "))));
    const QString refusal = services().operations->refusalFor(s.ref());
    m_restartNow->setEnabled(refusal.isEmpty() && Lifecycle::applies(Lifecycle::Action::Restart, s));
    m_restartNow->setToolTip(!refusal.isEmpty() ? refusal : Lifecycle::whyNot(Lifecycle::Action::Restart, s));
}

void OverviewPage::fillIdentity(const DomainSnapshot &s)
{
    m_heading->setText(s.title.isEmpty() ? s.name : tr("%1 — %2").arg(s.name, s.title));
    QString state = domainStateName(s.state);
    const QString reason = domainStateReason(s.state, s.stateReason);
    if (!reason.isEmpty())
        state += QStringLiteral(" (") + reason + QLatin1Char(')');
    if (s.stale)
        state += QStringLiteral(" — ") + tr("last known state, the host is not answering");
    m_stateLine->setText(state);
    m_description->setText(s.description);
    m_description->setVisible(!s.description.isEmpty());
    m_uuid->setText(s.uuid);
    const auto host = services().servers->host(s.uri);
    m_host->setText(host ? QStringLiteral("%1 (%2)").arg(host->displayName, s.uri) : s.uri);
    m_type->setText(
        QStringLiteral("%1 · %2 · %3").arg(s.definition.domainType, s.definition.arch, s.definition.machine));
    m_persistent->setText((s.persistent ? tr("persistent") : tr("transient")) + QStringLiteral(", ") +
                          (s.autostart ? tr("starts with the host") : tr("no autostart")));
    if (s.active && s.runningSince.isValid()) {
        const QString d = formatDuration(s.runningSince.secsTo(QDateTime::currentDateTimeUtc()));
        m_uptime->setText(s.runningSinceExact ? d
                                              : tr("at least %1 (running before virtdeck connected)").arg(d));
    } else {
        m_uptime->setText(tr("not running"));
    }
}

void OverviewPage::fillResources(const DomainSnapshot &s)
{
    const QString shares = services().servers->sharesText(s);
    m_shares->setText(
        s.metadata.shares ? shares : tr("%1 (derived from its resources until the first flex)").arg(shares));
    m_vcpus->setText(tr("%1 of at most %2 without a restart").arg(s.vcpus).arg(s.maxVcpus));
    m_memory->setText(tr("%1 of at most %2 without a restart")
                          .arg(formatMemoryKiB(s.memoryKiB), formatMemoryKiB(s.maxMemoryKiB)));
    m_weight->setText(s.cpuShares ? QString::number(*s.cpuShares) : tr("hypervisor default"));
}

void OverviewPage::fillBoot(const DomainSnapshot &s)
{
    const BootInfo &b = s.definition.boot;
    m_bootMode->setText(bootModeName(b.mode));
    const bool direct = b.mode == BootInfo::Mode::DirectKernel;
    for (QLabel *l : {m_kernel, m_initrd, m_cmdline}) {
        l->setVisible(direct);
        qobject_cast<QFormLayout *>(l->parentWidget()->layout())->setRowVisible(l, direct);
    }
    m_kernel->setText(b.kernel);
    m_initrd->setText(b.initrd.isEmpty() ? tr("none") : b.initrd);
    m_cmdline->setText(b.cmdline.isEmpty() ? tr("empty") : b.cmdline);
    const bool uefi = b.mode == BootInfo::Mode::Uefi && !b.loader.isEmpty();
    qobject_cast<QFormLayout *>(m_loader->parentWidget()->layout())->setRowVisible(m_loader, uefi);
    m_loader->setText(b.loader);
    qobject_cast<QFormLayout *>(m_bootOrder->parentWidget()->layout())->setRowVisible(m_bootOrder, !direct);
    m_bootOrder->setText(b.bootDevices.isEmpty() ? tr("hypervisor default")
                                                 : b.bootDevices.join(QStringLiteral(" → ")));
}

void OverviewPage::fillDevices(const DomainSnapshot &s)
{
    QList<QStringList> disks;
    for (const DiskInfo &d : s.definition.disks)
        disks << QStringList{d.target, d.readOnly ? tr("%1 (read-only)").arg(d.device) : d.device, d.bus,
                             d.format, d.source};
    setRows(m_disks, disks);
    QList<QStringList> nics;
    for (const InterfaceInfo &n : s.definition.interfaces)
        nics << QStringList{n.mac, n.model, n.type, n.source, n.targetDev};
    setRows(m_interfaces, nics);
}

void OverviewPage::restartNow()
{
    if (!m_server)
        return;
    const Result<Lifecycle::Enqueued> r =
        Lifecycle::enqueue(*services().operations, Lifecycle::Action::Restart, {*m_server});
    if (!r)
        m_messages->showError(r.error());
    else
        m_messages->showMessage(
            MessageBar::Level::Information,
            tr("Restarting %1: it shuts down, then starts with its new definition.").arg(m_server->name));
}

} // namespace virtdeck
