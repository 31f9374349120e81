#include "ServerActions.h"

#include "common/Icons.h"
#include "common/MessageBox.h"
#include "operations/OperationQueue.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>

namespace virtdeck {

namespace {
const Lifecycle::Action Order[] = {Lifecycle::Action::Start,    Lifecycle::Action::Shutdown,
                                   Lifecycle::Action::Reboot,   Lifecycle::Action::Restart,
                                   Lifecycle::Action::ForceOff, Lifecycle::Action::Pause,
                                   Lifecycle::Action::Resume};

QString iconName(Lifecycle::Action a)
{
    switch (a) {
    case Lifecycle::Action::Start: return QStringLiteral("start");
    case Lifecycle::Action::Shutdown: return QStringLiteral("shutdown");
    case Lifecycle::Action::Reboot: return QStringLiteral("reboot");
    case Lifecycle::Action::Restart: return QStringLiteral("restart");
    case Lifecycle::Action::ForceOff: return QStringLiteral("forceoff");
    case Lifecycle::Action::Pause: return QStringLiteral("pause");
    case Lifecycle::Action::Resume: return QStringLiteral("resume");
    }
    return {};
}
} // namespace

ServerActions::ServerActions(const Services &services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
{
    for (Lifecycle::Action a : Order) {
        auto *act = new QAction(Icons::action(iconName(a)), Lifecycle::actionName(a), this);
        act->setObjectName(QStringLiteral("action_") + Lifecycle::kindOf(a).section(QLatin1Char('.'), 1));
        connect(act, &QAction::triggered, this, [this, a] { trigger(a); });
        m_actions.insert(int(a), act);
    }
    action(Lifecycle::Action::Restart)
        ->setStatusTip(tr("Shut down and start again, so pending changes to the definition take effect"));
    action(Lifecycle::Action::Reboot)
        ->setStatusTip(tr("Ask the guest to reboot (ACPI); the definition is not re-read"));
    action(Lifecycle::Action::ForceOff)->setStatusTip(tr("Cut the power at once, like pulling the plug"));

    m_addTag = new QAction(Icons::action(QStringLiteral("tags")), tr("Add tag…"), this);
    m_addTag->setObjectName(QStringLiteral("action_addTag"));
    m_removeTag = new QAction(tr("Remove tag…"), this);
    m_removeTag->setObjectName(QStringLiteral("action_removeTag"));
    m_copyName = new QAction(tr("Copy name"), this);
    connect(m_addTag, &QAction::triggered, this, [this] { askTag(true); });
    connect(m_removeTag, &QAction::triggered, this, [this] { askTag(false); });
    connect(m_copyName, &QAction::triggered, this, [this] {
        QStringList names;
        for (const DomainSnapshot &s : std::as_const(m_selection))
            names << s.name;
        QGuiApplication::clipboard()->setText(names.join(QLatin1Char('\n')));
    });
    update();
}

QAction *ServerActions::action(Lifecycle::Action a) const
{
    return m_actions.value(int(a));
}

QList<QAction *> ServerActions::lifecycleActions() const
{
    QList<QAction *> out;
    for (Lifecycle::Action a : Order)
        out << action(a);
    return out;
}

void ServerActions::setSelection(const QList<DomainSnapshot> &servers)
{
    m_selection = servers;
    update();
}

void ServerActions::update()
{
    QString readOnly;
    for (const DomainSnapshot &s : std::as_const(m_selection)) {
        readOnly = m_services.operations->refusalFor(s.ref());
        if (!readOnly.isEmpty())
            break;
    }
    for (Lifecycle::Action a : Order) {
        QAction *act = action(a);
        int applicable = 0;
        QString why;
        for (const DomainSnapshot &s : std::as_const(m_selection)) {
            if (Lifecycle::applies(a, s))
                ++applicable;
            else if (why.isEmpty())
                why = Lifecycle::whyNot(a, s);
        }
        act->setEnabled(readOnly.isEmpty() && applicable > 0);
        if (!readOnly.isEmpty())
            act->setToolTip(readOnly);
        else if (m_selection.isEmpty())
            act->setToolTip(tr("%1: select one or more servers").arg(Lifecycle::actionName(a)));
        else if (applicable == 0)
            act->setToolTip(why);
        else
            act->setToolTip(tr("%1: %n server(s)", nullptr, applicable).arg(Lifecycle::actionName(a)));
    }
    const bool any = !m_selection.isEmpty();
    for (QAction *a : {m_addTag, m_removeTag}) {
        a->setEnabled(any && readOnly.isEmpty());
        a->setToolTip(readOnly);
    }
    m_copyName->setEnabled(any);
}

void ServerActions::trigger(Lifecycle::Action a)
{
    QList<DomainSnapshot> targets;
    for (const DomainSnapshot &s : std::as_const(m_selection)) {
        if (Lifecycle::applies(a, s))
            targets << s;
    }
    if (targets.isEmpty())
        return;
    if (a != Lifecycle::Action::ForceOff) {
        run(a, targets);
        return;
    }
    QStringList names;
    for (const DomainSnapshot &s : std::as_const(targets))
        names << s.name;
    MessageBox::ask(m_window, MessageBox::fromConfirmation(Lifecycle::forceOffConfirmation(names)),
                    [this, targets](MessageBox::Answer answer) {
                        if (answer.button == QMessageBox::Yes)
                            run(Lifecycle::Action::ForceOff, targets);
                    });
}

void ServerActions::run(Lifecycle::Action a, const QList<DomainSnapshot> &servers)
{
    const Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(*m_services.operations, a, servers);
    if (!r) {
        Q_EMIT failed(r.error());
        return;
    }
    QString text =
        tr("%1: %n operation(s) queued.", nullptr, int(r->ids.size())).arg(Lifecycle::actionName(a));
    if (!r->skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1").arg(r->skipped.join(QStringLiteral("; ")));
    Q_EMIT informed(text);
}

void ServerActions::askTag(bool add)
{
    const QList<DomainSnapshot> servers = m_selection;
    if (servers.isEmpty())
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(add ? QStringLiteral("addTagDialog") : QStringLiteral("removeTagDialog"));
    dialog->setWindowTitle(add ? tr("Add a tag") : tr("Remove a tag"));
    dialog->setLabelText(add ? tr("Tag to add to %n server(s):", nullptr, int(servers.size()))
                             : tr("Tag to remove from %n server(s):", nullptr, int(servers.size())));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, servers, add](const QString &text) {
        const QString tag = text.trimmed();
        if (Status s = ServerMetadata::validateTag(tag); !s) {
            Q_EMIT failed(s.error());
            return;
        }
        int queued = 0;
        for (const DomainSnapshot &server : servers) {
            QStringList tags = server.metadata.tags;
            if (add == tags.contains(tag))
                continue;
            if (add)
                tags << tag;
            else
                tags.removeAll(tag);
            const Result<QString> id = Lifecycle::enqueueSetTags(*m_services.operations, server, tags);
            if (!id) {
                Q_EMIT failed(id.error());
                return;
            }
            ++queued;
        }
        Q_EMIT informed(tr("Tags: %n operation(s) queued.", nullptr, queued));
    });
    dialog->open();
}

} // namespace virtdeck
