#pragma once

// The Autoflex policies of this user (configDir()/autoflex.json): load with one message per bad field,
// save, and the policy that applies to a server (the first enabled one that selects it). Used by
// FlexAutomation and the policy editor.

#include "flex/AutoflexPolicy.h"

#include <QList>

namespace virtdeck {

struct DomainSnapshot;

struct AutoflexPolicies
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::AutoflexPolicies)
public:
    QList<AutoflexPolicy> policies;

    const AutoflexPolicy *policyFor(const DomainSnapshot &server) const;
    QStringList problems() const;

    static Result<AutoflexPolicies> fromJson(const QByteArray &text, const QString &origin);
    QByteArray toJson() const;
    // A missing file: no policies.
    static Result<AutoflexPolicies> load(const QString &path = defaultPath());
    Status save(const QString &path = defaultPath()) const;
    static QString defaultPath();
};

} // namespace virtdeck
