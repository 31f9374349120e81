#pragma once

// The lifecycle actions (start, shut down, reboot, restart, force off, pause, resume) and bulk tag
// actions for the selected servers, enabled for what applies and disabled with the reason on read-only
// connections; each run enqueues one operation per server. MainWindow puts them in the menu, the
// toolbar, the context menu and the overview.

#include "core/Result.h"
#include "core/Services.h"
#include "hypervisor/DomainSnapshot.h"
#include "servers/LifecycleOperations.h"

#include <QObject>

class QAction;
class QWidget;

namespace virtdeck {

class ServerActions : public QObject
{
    Q_OBJECT
public:
    ServerActions(const Services &services, QWidget *window);

    QAction *action(Lifecycle::Action action) const;
    QList<QAction *> lifecycleActions() const; // in menu order
    QAction *addTagAction() const { return m_addTag; }
    QAction *removeTagAction() const { return m_removeTag; }
    QAction *copyNameAction() const { return m_copyName; }

    void setSelection(const QList<DomainSnapshot> &servers);
    QList<DomainSnapshot> selection() const { return m_selection; }

Q_SIGNALS:
    void failed(const virtdeck::Error &error);
    void informed(const QString &message);

private:
    void trigger(Lifecycle::Action action);
    void run(Lifecycle::Action action, const QList<DomainSnapshot> &servers);
    void askTag(bool add);
    void update();

    Services m_services;
    QWidget *m_window;
    QList<DomainSnapshot> m_selection;
    QHash<int, QAction *> m_actions;
    QAction *m_addTag;
    QAction *m_removeTag;
    QAction *m_copyName;
};

} // namespace virtdeck
