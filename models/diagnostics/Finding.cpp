#include "diagnostics/Finding.h"

namespace virtdeck {

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return tr("Information");
    case Severity::Warning: return tr("Warning");
    case Severity::Critical: return tr("Critical");
    }
    return {};
}

QString Finding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString Finding::actionLabel(Action action)
{
    switch (action) {
    case Action::None: return {};
    case Action::OpenFlex: return tr("Open Flex");
    case Action::OpenConsole: return tr("Open console");
    case Action::StartServer: return tr("Start server");
    case Action::ResumeServer: return tr("Resume server");
    case Action::EditSshAccess: return tr("Edit SSH access…");
    }
    return {};
}

QString Finding::actionKey(Action action)
{
    switch (action) {
    case Action::None: return QStringLiteral("none");
    case Action::OpenFlex: return QStringLiteral("flex");
    case Action::OpenConsole: return QStringLiteral("console");
    case Action::StartServer: return QStringLiteral("start");
    case Action::ResumeServer: return QStringLiteral("resume");
    case Action::EditSshAccess: return QStringLiteral("ssh-access");
    }
    return {};
}

} // namespace virtdeck
