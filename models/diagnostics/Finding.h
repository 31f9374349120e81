#pragma once

// One conclusion of a diagnosis: what was seen, how bad it is, what to do, and the action virtdeck can
// take for it (open Flex, open the console, start or resume the server, edit its SSH access). Values
// made by FindingRules, shown as cards by DiagnosePage and written into the text report.

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace virtdeck {

struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::Finding)
public:
    enum class Severity
    {
        Info,
        Warning,
        Critical
    };
    enum class Action
    {
        None,
        OpenFlex,
        OpenConsole,
        StartServer,
        ResumeServer,
        EditSshAccess
    };

    QString id; // stable: "disk.full", "memory.oom", "ssh.refused"...
    Severity severity = Severity::Info;
    QString title;  // translated, one line
    QString detail; // translated: what was seen
    QString advice; // translated: what to do
    Action action = Action::None;
    QStringList evidence; // raw lines: top processes, kernel messages...

    bool isProblem() const { return severity != Severity::Info; }

    static QString severityName(Severity severity); // translated: "Critical"
    static QString severityKey(Severity severity);  // stable: "critical"
    static QString actionLabel(Action action);      // translated button text: "Open Flex"
    static QString actionKey(Action action);        // stable: "flex", "console", "start"...
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Finding)
