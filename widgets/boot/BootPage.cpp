#include "boot/BootPage.h"

#include "boot/CmdlineEditor.h"
#include "boot/KernelCatalogModel.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
QString fileOf(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

BootPage::BootPage(const Services &services, QWidget *parent)
    : ServerPage(services, parent)
{
    buildUi();
    if (services.config)
        m_advanced->setChecked(services.config->value(advancedKey(), false).toBool());
    connect(m_advanced, &QCheckBox::toggled, this, [this](bool on) {
        if (this->services().config)
            this->services().config->setValue(advancedKey(), on);
        updateState();
    });
    connect(m_editor, &CmdlineEditor::cmdlineChanged, this, &BootPage::updateState);
    connect(m_apply, &QPushButton::clicked, this, &BootPage::apply);
    connect(m_rescue, &QPushButton::clicked, this, &BootPage::rescue);
    connect(m_rebootNow, &QPushButton::clicked, this, &BootPage::rebootNow);
    connect(m_revert, &QPushButton::clicked, this, &BootPage::revert);
    connect(m_refreshCatalog, &QPushButton::clicked, this, &BootPage::refreshCatalog);
    connect(m_currentKernel, &QPushButton::clicked, this, [this] {
        m_picked.reset();
        showCatalog();
        updateState();
    });
    connect(m_catalogView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BootPage::kernelPicked);
    if (OperationQueue *queue = services.operations) {
        connect(queue, &OperationQueue::operationFinished, this, [this](const Operation &op) {
            if (!m_watched.contains(op.id))
                return;
            const QString success = m_watched.take(op.id);
            // After a one-time boot the editor goes back to the definition, so its options are not
            // applied for good by mistake.
            if (op.state == OperationState::Succeeded && op.kind == BootOperations::rescueKind())
                revert();
            if (op.state == OperationState::Succeeded)
                m_messages->showMessage(MessageBar::Level::Positive,
                                        op.result.isEmpty() ? success : tr("%1: %2").arg(success, op.result));
            else
                m_messages->showError(Error(op.errorMessage.isEmpty() ? tr("%1 did not finish.").arg(op.title)
                                                                      : op.errorMessage,
                                            op.errorDetail));
            loadDefinition();
        });
    }
    updateState();
}

void BootPage::buildUi()
{
    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("bootMessages"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bootTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_advanced = new QCheckBox(tr("Advanced"), this);
    m_advanced->setObjectName(QStringLiteral("advancedSwitch"));
    m_advanced->setToolTip(tr("Shows the kernel choice and the command line editor."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bootSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_notDirect = new QLabel(this);
    m_notDirect->setObjectName(QStringLiteral("notDirectKernelLabel"));
    m_notDirect->setWordWrap(true);

    m_pendingBox = new QFrame(this);
    m_pendingBox->setObjectName(QStringLiteral("pendingBox"));
    m_pendingBox->setFrameShape(QFrame::StyledPanel);
    m_pendingLabel = new QLabel(m_pendingBox);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_pendingLabel->setWordWrap(true);
    m_rebootNow = button(m_pendingBox, tr("Reboot now"), "rebootNowButton");
    m_rebootNow->setToolTip(tr("Powers the server off and on again (Restart): only a new start reads the new "
                               "kernel and command line."));
    auto *pending = new QHBoxLayout(m_pendingBox);
    pending->addWidget(m_pendingLabel, 1);
    pending->addWidget(m_rebootNow);

    m_advancedArea = new QWidget(this);
    m_advancedArea->setObjectName(QStringLiteral("advancedArea"));
    auto *kernelBox = new QGroupBox(tr("Kernel"), m_advancedArea);
    m_catalogModel = new KernelCatalogModel(this);
    m_catalogView = new QTreeView(kernelBox);
    m_catalogView->setObjectName(QStringLiteral("kernelCatalog"));
    m_catalogView->setModel(m_catalogModel);
    m_catalogView->setRootIsDecorated(false);
    m_catalogView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogView->setMinimumHeight(120);
    m_catalogView->header()->setStretchLastSection(true);
    m_catalogInfo = new QLabel(kernelBox);
    m_catalogInfo->setObjectName(QStringLiteral("catalogInfo"));
    m_catalogInfo->setWordWrap(true);
    m_refreshCatalog = button(kernelBox, tr("Refresh"), "refreshCatalogButton");
    m_currentKernel = button(kernelBox, tr("Keep the current kernel"), "currentKernelButton");
    m_choice = new QLabel(kernelBox);
    m_choice->setObjectName(QStringLiteral("kernelChoice"));
    m_choice->setWordWrap(true);
    auto *catalogButtons = new QHBoxLayout;
    catalogButtons->addWidget(m_catalogInfo, 1);
    catalogButtons->addWidget(m_currentKernel);
    catalogButtons->addWidget(m_refreshCatalog);
    auto *kernelLayout = new QVBoxLayout(kernelBox);
    kernelLayout->addWidget(m_catalogView);
    kernelLayout->addLayout(catalogButtons);
    kernelLayout->addWidget(m_choice);

    auto *cmdlineBox = new QGroupBox(tr("Kernel command line"), m_advancedArea);
    m_editor = new CmdlineEditor(cmdlineBox);
    m_editor->setObjectName(QStringLiteral("cmdlineEditor"));
    auto *cmdlineLayout = new QVBoxLayout(cmdlineBox);
    cmdlineLayout->addWidget(m_editor);

    m_apply = button(m_advancedArea, tr("Apply for the next boot"), "applyButton");
    m_rescue = button(m_advancedArea, tr("Rescue boot once…"), "rescueButton");
    m_rescue->setToolTip(tr("Boots the server once with these settings without changing its definition."));
    m_revert = button(m_advancedArea, tr("Revert"), "revertButton");
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_revert);
    actions->addStretch(1);
    actions->addWidget(m_rescue);
    actions->addWidget(m_apply);
    auto *advanced = new QVBoxLayout(m_advancedArea);
    advanced->setContentsMargins(0, 0, 0, 0);
    advanced->addWidget(kernelBox);
    advanced->addWidget(cmdlineBox);
    advanced->addLayout(actions);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_advanced);
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addLayout(header);
    column->addWidget(m_summary);
    column->addWidget(m_notDirect);
    column->addWidget(m_pendingBox);
    column->addWidget(m_advancedArea);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addWidget(scroll, 1);
}

void BootPage::setServer(const std::optional<DomainSnapshot> &server)
{
    const bool same = server && m_server && server->ref() == m_server->ref();
    m_server = server;
    if (!same) {
        ++m_loadSerial; // drops answers about the previous server
        m_loaded = false;
        m_persistent.reset();
        m_picked.reset();
        m_messages->clearMessage();
        m_editor->setCmdline(server ? server->definition.boot.cmdline : QString());
    }
    if (server && !same && server->definition.boot.mode == BootInfo::Mode::DirectKernel) {
        if (m_catalogs.contains(server->uri))
            showCatalog();
        else
            refreshCatalog();
    }
    updateState();
    // Also on updates of the same server: its persistent definition may have changed.
    if (server)
        loadDefinition();
}

void BootPage::loadDefinition()
{
    if (!m_server || !services().connections)
        return;
    Connection *c = services().connections->connection(m_server->uri);
    if (!c)
        return;
    const quint64 serial = ++m_loadSerial;
    c->runOnDomain(
        this, m_server->ref(),
        [](virDomainPtr dom, virConnectPtr) { return BootOperations::readPersistent(dom); },
        [this, serial](Result<BootOperations::PersistentBoot> r) {
            if (serial == m_loadSerial)
                definitionRead(r);
        });
}

void BootPage::definitionRead(const Result<BootOperations::PersistentBoot> &boot)
{
    if (!boot) {
        m_messages->showError(boot.error());
        return;
    }
    // Edits in progress survive a change of the definition elsewhere; an untouched editor follows it.
    const bool dirty = isDirty();
    m_persistent = boot.value();
    m_loaded = true;
    const BootFields &f = m_persistent->fields;
    if (!dirty)
        m_editor->setCmdline(f.cmdline.value_or(QString()));
    if (m_picked && m_picked->kernelPath == f.kernel.value_or(QString()))
        m_picked.reset();
    const DomainDescription &d = m_persistent->description;
    m_editor->setLimit(CmdlineLimit::forGuest(d.arch, d.osType, d.domainType));
    QStringList targets;
    for (const DiskInfo &disk : d.disks) {
        if (disk.device == QLatin1String("disk"))
            targets << disk.target;
    }
    m_editor->setRootChoices(CmdlineEditor::rootChoicesFor(targets));
    m_catalogModel->setCurrentKernel(f.kernel.value_or(QString()));
    showCatalog();
    updateState();
    Q_EMIT definitionLoaded();
}

void BootPage::refreshCatalog()
{
    if (!m_server || !services().connections)
        return;
    Connection *c = services().connections->connection(m_server->uri);
    if (!c)
        return;
    const QString uri = m_server->uri;
    const QString pool = KernelCatalog::poolName(services().config, uri);
    const QString notes =
        KernelNotes::pathFor(uri, services().connections->host(uri).demo, services().config);
    m_catalogInfo->setText(tr("Reading the kernels of pool \"%1\"…").arg(pool));
    c->run(
        this, [uri, pool, notes](virConnectPtr conn) { return KernelCatalog::load(conn, uri, pool, notes); },
        [this, uri](Result<KernelCatalogData> data) { catalogRead(uri, data); });
}

void BootPage::catalogRead(const QString &uri, const Result<KernelCatalogData> &data)
{
    m_catalogs.insert(uri, data);
    if (m_server && m_server->uri == uri)
        showCatalog();
}

void BootPage::showCatalog()
{
    if (!m_server || !m_catalogs.contains(m_server->uri)) {
        m_catalogModel->setEntries({});
        return;
    }
    const Result<KernelCatalogData> &data = m_catalogs[m_server->uri];
    const QSignalBlocker block(m_catalogView->selectionModel());
    if (!data) {
        m_catalogModel->setEntries({});
        m_catalogInfo->setText(data.error().message);
        m_catalogInfo->setToolTip(data.error().detail);
        return;
    }
    if (m_catalogModel->entries() != data->entries)
        m_catalogModel->setEntries(data->entries);
    QString info = tr("Pool \"%1\": %n kernel(s).", nullptr, int(data->entries.size())).arg(data->pool);
    if (!data->notesSource.isEmpty())
        info += QLatin1Char(' ') + tr("Notes: %1.").arg(data->notesSource);
    for (const QString &p : data->problems)
        info += QLatin1Char('\n') + p;
    m_catalogInfo->setText(info);
    m_catalogInfo->setToolTip(QString());
    const QString kernel = m_picked
                               ? m_picked->kernelPath
                               : (m_persistent ? m_persistent->fields.kernel.value_or(QString()) : QString());
    const int row = m_catalogModel->rowOfKernel(kernel);
    m_catalogView->selectionModel()->clearSelection();
    if (row >= 0) {
        m_catalogView->selectionModel()->select(
            m_catalogModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_catalogView->scrollTo(m_catalogModel->index(row, 0));
    }
    m_catalogView->viewport()->update();
    updateChoice();
}

void BootPage::kernelPicked()
{
    const QModelIndexList rows = m_catalogView->selectionModel()->selectedRows();
    const KernelEntry *entry = rows.isEmpty() ? nullptr : m_catalogModel->entry(rows.first().row());
    const QString current = m_persistent ? m_persistent->fields.kernel.value_or(QString()) : QString();
    if (!entry || entry->kernelPath == current)
        m_picked.reset();
    else
        m_picked = *entry;
    updateState();
}

void BootPage::updateChoice()
{
    const BootOperations::BootRequest r = currentRequest();
    if (!m_loaded) {
        m_choice->clear();
        return;
    }
    QString text = tr("Next boot: kernel %1, initrd %2.")
                       .arg(fileOf(r.kernel), r.initrd.isEmpty() ? tr("none") : fileOf(r.initrd));
    if (!m_picked && m_catalogModel->rowOfKernel(r.kernel) < 0 && !r.kernel.isEmpty())
        text += QLatin1Char(' ') +
                tr("The current kernel is not in the pool; it stays as it is unless you choose one.");
    if (r.dropsInitrd)
        text += QLatin1Char(' ') +
                tr("The pool has no initrd for this kernel, so it cannot replace one that boots "
                   "with an initrd.");
    m_choice->setText(text);
}

BootOperations::BootRequest BootPage::currentRequest() const
{
    BootOperations::BootRequest r;
    r.cmdline = m_editor->cmdline();
    if (!m_persistent)
        return r;
    const BootFields &f = m_persistent->fields;
    if (m_picked) {
        r.kernel = m_picked->kernelPath;
        r.initrd = m_picked->initrdPath;
        r.volumes << m_picked->kernelPath;
        if (m_picked->hasInitrd())
            r.volumes << m_picked->initrdPath;
        r.dropsInitrd = !m_picked->hasInitrd() && f.initrd.has_value();
    } else {
        r.kernel = f.kernel.value_or(QString());
        r.initrd = f.initrd.value_or(QString());
    }
    return r;
}

bool BootPage::isDirty() const
{
    if (!m_loaded || !m_persistent)
        return false;
    return m_picked.has_value() || m_editor->cmdline() != m_persistent->fields.cmdline.value_or(QString());
}

void BootPage::updateSummary()
{
    if (!m_server) {
        m_summary->clear();
        return;
    }
    const BootInfo &live = m_server->definition.boot;
    QStringList lines;
    lines << tr("Boot mode: %1").arg(bootModeName(live.mode));
    if (live.mode == BootInfo::Mode::DirectKernel) {
        lines << tr("Kernel: %1").arg(live.kernel)
              << tr("Initrd: %1").arg(live.initrd.isEmpty() ? tr("none") : live.initrd)
              << tr("Command line: %1").arg(live.cmdline);
    } else if (live.mode == BootInfo::Mode::Uefi && !live.loader.isEmpty()) {
        lines << tr("Firmware: %1").arg(live.loader);
    } else if (!live.bootDevices.isEmpty()) {
        lines << tr("Boot devices: %1").arg(live.bootDevices.join(QStringLiteral(", ")));
    }
    if (m_server->active)
        lines.first() += QLatin1Char(' ') + tr("(as it runs now)");
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void BootPage::updateState()
{
    const bool have = m_server.has_value();
    const BootInfo::Mode mode = m_persistent ? m_persistent->description.boot.mode
                                             : (have ? m_server->definition.boot.mode : BootInfo::Mode::Bios);
    const bool direct = have && mode == BootInfo::Mode::DirectKernel;
    m_title->setText(have ? tr("%1 — %2").arg(m_server->name, bootModeName(mode)) : tr("No server selected"));
    updateSummary();
    m_notDirect->setVisible(have && !direct);
    if (have && !direct)
        m_notDirect->setText(
            tr("%1 boots in %2 mode. Choosing its kernel and command line needs direct kernel "
               "boot: a kernel named in the server's definition (os/kernel), which it does not have.")
                .arg(m_server->name, bootModeName(mode)));
    m_advanced->setEnabled(direct);
    m_advancedArea->setVisible(direct && m_advanced->isChecked());

    const QString refusal =
        have && services().operations ? services().operations->refusalFor(m_server->ref()) : QString();
    const bool pending = have && m_server->needsReboot();
    m_pendingBox->setVisible(pending);
    if (pending)
        m_pendingLabel->setText(tr("Pending reboot — the next start uses: %1")
                                    .arg(m_server->pendingChanges.join(QStringLiteral("; "))));
    m_rebootNow->setEnabled(pending && refusal.isEmpty() &&
                            Lifecycle::applies(Lifecycle::Action::Restart, *m_server));
    m_rebootNow->setToolTip(refusal.isEmpty()
                                ? tr("Powers the server off and on again (Restart): only a new start "
                                     "reads the new kernel and command line.")
                                : refusal);

    const bool errors = m_editor->hasErrors();
    const bool ready = m_loaded && direct && refusal.isEmpty() && !errors;
    m_editor->setEnabled(m_loaded);
    m_apply->setEnabled(ready && isDirty());
    m_rescue->setEnabled(ready);
    m_revert->setEnabled(isDirty());
    const QString why =
        !refusal.isEmpty() ? refusal : (errors ? tr("Correct the command line first.") : QString());
    m_apply->setToolTip(why.isEmpty()
                            ? tr("Writes the server's definition; a running server uses it from its "
                                 "next start.")
                            : why);
    m_rescue->setToolTip(why.isEmpty() ? tr("Boots the server once with these settings without changing its "
                                            "definition.")
                                       : why);
    updateChoice();
}

void BootPage::apply()
{
    if (!m_server || !m_persistent || !services().operations)
        return;
    Result<QString> id = BootOperations::enqueueApply(*services().operations, *m_server, currentRequest());
    if (!id) {
        m_messages->showError(id.error());
        return;
    }
    m_messages->showMessage(MessageBar::Level::Information,
                            tr("Writing the boot settings of %1…").arg(m_server->name));
    watch(id.value(), m_server->active ? tr("Saved for the next boot of %1").arg(m_server->name)
                                       : tr("Saved for %1").arg(m_server->name));
}

void BootPage::rescue()
{
    if (!m_server || !m_persistent || !services().operations)
        return;
    const DomainSnapshot server = *m_server;
    const BootOperations::BootRequest request = currentRequest();
    if (Status s = BootOperations::check(*services().operations, server, request); !s) {
        m_messages->showError(s.error());
        return;
    }
    MessageBox::Question q;
    q.icon = QMessageBox::Warning;
    q.title = tr("Rescue boot");
    q.text = tr("Boot %1 once with this command line?").arg(server.name);
    QString info = request.cmdline + QStringLiteral("\n\n");
    if (server.active)
        info += tr("%1 is running: it is shut down first.").arg(server.name) + QLatin1Char(' ');
    info += tr(
        "Its definition does not change: after this boot, the next power cycle (Restart) boots it as before. "
        "A reboot from inside the guest keeps the rescue options.");
    q.informativeText = info;
    if (server.active)
        q.checkBoxText = tr("Force it off instead of a clean shutdown (for a guest that no longer answers)");
    q.acceptText = tr("Rescue boot");
    MessageBox::ask(this, q, [this, server, request](MessageBox::Answer answer) {
        if (answer.button != QMessageBox::Yes)
            return;
        Result<QString> id =
            BootOperations::enqueueRescue(*services().operations, server, request, answer.checked);
        if (!id) {
            m_messages->showError(id.error());
            return;
        }
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("Rescue boot of %1 queued…").arg(server.name));
        watch(id.value(), tr("%1 booted once with the rescue options").arg(server.name));
    });
}

void BootPage::rebootNow()
{
    if (!m_server || !services().operations)
        return;
    const DomainSnapshot server = *m_server;
    MessageBox::Question q;
    q.title = tr("Reboot now");
    q.text = tr("Restart %1 now so it boots with its new settings?").arg(server.name);
    q.informativeText =
        tr("It is shut down and started again. A reboot from inside the guest would keep the old "
           "kernel and command line.");
    q.checkBoxText = tr("Force it off instead of a clean shutdown (for a guest that ignores ACPI)");
    q.acceptText = tr("Restart");
    MessageBox::ask(this, q, [this, server](MessageBox::Answer answer) {
        if (answer.button != QMessageBox::Yes)
            return;
        QVariantMap params;
        if (answer.checked)
            params.insert(QStringLiteral("force"), true);
        Result<Lifecycle::Enqueued> queued =
            Lifecycle::enqueue(*services().operations, Lifecycle::Action::Restart, {server}, {}, params);
        if (!queued) {
            m_messages->showError(queued.error());
            return;
        }
        m_messages->showMessage(MessageBar::Level::Information, tr("Restarting %1…").arg(server.name));
        for (const QString &id : queued->ids)
            watch(id, tr("%1 restarted").arg(server.name));
    });
}

void BootPage::revert()
{
    if (!m_persistent)
        return;
    m_picked.reset();
    m_editor->setCmdline(m_persistent->fields.cmdline.value_or(QString()));
    showCatalog();
    updateState();
}

void BootPage::watch(const QString &id, const QString &success)
{
    m_watched.insert(id, success);
    Q_EMIT operationQueued(id);
}

} // namespace virtdeck
