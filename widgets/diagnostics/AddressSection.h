#pragma once

// The overview's "Network addresses" box: the server's IPs as the hypervisor reports them (lease, guest
// agent, ARP) or its SSH override, with a refresh and a way to edit where SSH goes (the Diagnose page's
// dialog). Added to OverviewPage by app/Features; follows the window's current server.

#include "hypervisor/DomainSnapshot.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;

namespace virtdeck {

class AddressBook;
class OperationQueue;

class AddressSection : public QGroupBox
{
    Q_OBJECT
public:
    AddressSection(AddressBook *addresses, QWidget *parent = nullptr);

    void setServer(const std::optional<DomainSnapshot> &server);
    QString text() const;
    // The queue that says when a change (the SSH access in the metadata) is refused: read-only.
    void setOperations(OperationQueue *operations) { m_operations = operations; }

Q_SIGNALS:
    // The user wants to change where SSH goes for this server.
    void editAccessRequested(const virtdeck::ServerRef &server);

private:
    void update();

    AddressBook *m_addresses;
    OperationQueue *m_operations = nullptr;
    std::optional<DomainSnapshot> m_server;
    QLabel *m_list;
    QPushButton *m_refresh;
    QPushButton *m_edit;
};

} // namespace virtdeck
