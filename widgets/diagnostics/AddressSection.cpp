#include "diagnostics/AddressSection.h"

#include "diagnostics/AddressBook.h"
#include "operations/OperationQueue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace virtdeck {

AddressSection::AddressSection(AddressBook *addresses, QWidget *parent)
    : QGroupBox(tr("Network addresses"), parent)
    , m_addresses(addresses)
{
    setObjectName(QStringLiteral("addressSection"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("addressList"));
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setWordWrap(true);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAddresses"));
    m_edit = new QPushButton(tr("SSH access…"), this);
    m_edit->setObjectName(QStringLiteral("editSshAccess"));
    m_edit->setToolTip(tr("Set the host name or IP, port and user virtdeck uses for SSH to this server"));
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_server)
            m_addresses->refresh(m_server->ref());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_server)
            Q_EMIT editAccessRequested(m_server->ref());
    });
    connect(m_addresses, &AddressBook::addressesChanged, this, [this](const ServerRef &server) {
        if (m_server && m_server->ref() == server)
            update();
    });
    update();
}

void AddressSection::setServer(const std::optional<DomainSnapshot> &server)
{
    const bool changed =
        !m_server || !server || m_server->ref() != server->ref() || m_server->active != server->active;
    m_server = server;
    if (changed && server && server->active)
        m_addresses->ensure(server->ref());
    update();
}

QString AddressSection::text() const
{
    return m_list->text();
}

void AddressSection::update()
{
    m_refresh->setEnabled(m_server && m_server->active);
    const QString refusal = m_server && m_operations ? m_operations->refusalFor(m_server->ref()) : QString();
    m_edit->setEnabled(m_server.has_value() && refusal.isEmpty());
    m_edit->setToolTip(refusal);
    if (!m_server) {
        m_list->clear();
        return;
    }
    const AddressBook::Entry entry = m_addresses->entry(m_server->ref());
    QString text = m_addresses->toolTip(m_server->ref());
    if (text.isEmpty()) {
        if (!m_server->active)
            text = tr("The server is not running: it has no address now.");
        else if (entry.pending || !entry.fetchedAt.isValid())
            text = tr("Asking the hypervisor…");
        else
            text = entry.error.isEmpty() ? tr("The hypervisor reports no address for this server.")
                                         : entry.error;
    }
    m_list->setText(text);
}

} // namespace virtdeck
