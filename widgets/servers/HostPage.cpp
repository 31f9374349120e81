#include "servers/HostPage.h"

#include "hypervisor/DomainSnapshot.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QVBoxLayout>

namespace virtdeck {

HostPage::HostPage(const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hostPage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions(actions);
    m_form = new QFormLayout;
    m_uri = row(tr("URI:"), QStringLiteral("hostUri"));
    m_state = row(tr("State:"), QStringLiteral("hostState"));
    m_detail = row(tr("libvirt says:"), QStringLiteral("hostDetail"));
    m_mode = row(tr("Access:"), QStringLiteral("hostMode"));
    m_hostname = row(tr("Host name:"), QStringLiteral("hostName"));
    m_versions = row(tr("Versions:"), QStringLiteral("hostVersions"));
    m_cpus = row(tr("CPUs:"), QStringLiteral("hostCpus"));
    m_memory = row(tr("Memory:"), QStringLiteral("hostMemory"));
    m_servers = row(tr("Servers:"), QStringLiteral("hostServers"));
    m_since = row(tr("Connected since:"), QStringLiteral("hostSince"));
    m_notes = row(tr("Notes:"), QStringLiteral("hostNotes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(bar);
    layout->addLayout(m_form);
    layout->addStretch();
}

QLabel *HostPage::row(const QString &label, const QString &name)
{
    auto *v = new QLabel(this);
    v->setObjectName(name);
    v->setWordWrap(true);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, v);
    return v;
}

void HostPage::setHost(const HostSnapshot &h, int serverCount)
{
    const QLocale locale;
    m_title->setText(h.demo ? tr("%1 — demo fleet").arg(h.displayName) : h.displayName);
    m_uri->setText(h.uri);
    m_state->setText(hostStateText(h));
    m_detail->setText(h.reasonDetail);
    m_form->setRowVisible(m_detail, !h.reasonDetail.isEmpty() && h.state != HostState::Connected);
    QString mode = h.readOnly ? tr("read-only: changes are disabled") : tr("read and write");
    if (h.demo)
        mode += QStringLiteral("; ") +
                tr("libvirt's test driver with the built-in demo fleet — changes last until it is closed");
    m_mode->setText(mode);
    m_hostname->setText(h.hostname);
    m_versions->setText(
        h.libvirtVersion.isEmpty()
            ? QString()
            : tr("libvirt %1, %2 %3").arg(h.libvirtVersion, h.driverType, h.hypervisorVersion));
    m_cpus->setText(h.cpus > 0 ? tr("%1 × %2 MHz (%3)").arg(h.cpus).arg(h.cpuMHz).arg(h.cpuModel)
                               : QString());
    m_memory->setText(h.memoryKiB > 0 ? formatMemoryKiB(h.memoryKiB) : QString());
    m_servers->setText(QString::number(serverCount));
    m_since->setText(h.connectedSince.isValid()
                         ? locale.toString(h.connectedSince.toLocalTime(), QLocale::ShortFormat)
                         : QString());
    QStringList notes;
    for (auto it = h.notes.begin(); it != h.notes.end(); ++it)
        notes << it.key() + QStringLiteral(": ") + it.value();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_form->setRowVisible(m_notes, !notes.isEmpty());
}

} // namespace virtdeck
