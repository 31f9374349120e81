#pragma once

// The server list's name column with a small badge for servers that have open triage findings: the
// count, coloured by the worst severity. Derives from the list's own delegate so the state icons and
// greyed stale rows stay. Installed on the server view by app/Features.

#include "servers/ServerItemDelegate.h"

#include <QPointer>

namespace virtdeck {

class TriageEngine;

class TriageBadgeDelegate : public ServerItemDelegate
{
    Q_OBJECT
public:
    TriageBadgeDelegate(TriageEngine *engine, QObject *parent = nullptr);

    // Open findings of the server at index (0 for hosts and servers without any) and their worst severity.
    int openCount(const QModelIndex &index, int *worstSeverity = nullptr) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QPointer<TriageEngine> m_engine;
};

} // namespace virtdeck
