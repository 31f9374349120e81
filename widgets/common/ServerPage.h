#pragma once

// Base of the pages shown for the selected server (Overview, Console, Charts, Flex, Boot, Diagnose).
// MainWindow creates one of each, puts them in the server page's tabs and calls setServer() on every
// selection change and every update of the selected server's snapshot.

#include "core/Services.h"
#include "hypervisor/DomainSnapshot.h"

#include <QWidget>

#include <optional>

namespace virtdeck {

class ServerPage : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPage(const Services &services, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_services(services)
    {}

    // Stable id used for navigation: "overview", "console", "charts", "flex", "boot", "diagnose".
    virtual QString pageId() const = 0;
    // Translated tab title.
    virtual QString pageTitle() const = 0;
    // The selected server, or nullopt when none (or a host row) is selected.
    virtual void setServer(const std::optional<DomainSnapshot> &server) = 0;

    const Services &services() const { return m_services; }

Q_SIGNALS:
    // Ask the window to show another page for a server (a finding's "Open console" button...).
    void navigateRequested(const virtdeck::ServerRef &server, const QString &pageId);

private:
    Services m_services;
};

} // namespace virtdeck
