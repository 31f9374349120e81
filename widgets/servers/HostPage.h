#pragma once

// Shown when a host row is selected: the connection's URI, state and reason, libvirt and hypervisor
// versions, host CPUs and memory, notes features add (statistics mode...), and the connection actions.

#include "hypervisor/HostSnapshot.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace virtdeck {

class HostPage : public QWidget
{
    Q_OBJECT
public:
    HostPage(const QList<QAction *> &actions, QWidget *parent = nullptr);
    void setHost(const HostSnapshot &host, int serverCount);

private:
    QLabel *row(const QString &label, const QString &name);

    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_uri, *m_state, *m_detail, *m_mode, *m_hostname, *m_versions, *m_cpus, *m_memory, *m_servers,
        *m_since, *m_notes;
};

} // namespace virtdeck
