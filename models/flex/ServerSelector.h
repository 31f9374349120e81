#pragma once

// Which servers a scheduled flex rule or an Autoflex policy applies to: server names (with * and ?
// wildcards), tags (any of them) and optionally hosts (URIs). Used by FlexSchedule, AutoflexPolicy and
// their runners, and shown in their editors.

#include "core/Result.h"

#include <nlohmann/json_fwd.hpp>

#include <QCoreApplication>
#include <QStringList>

namespace virtdeck {

class JsonFieldReader;
struct DomainSnapshot;

struct ServerSelector
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ServerSelector)
public:
    QStringList names; // "www-*", "db-01"; case-insensitive
    QStringList tags;  // any of these tags
    QStringList hosts; // URIs; empty: every connected host

    bool isEmpty() const { return names.isEmpty() && tags.isEmpty(); }
    // Names and tags both given: the server must match a name and carry a tag.
    bool matches(const DomainSnapshot &server) const;
    QList<DomainSnapshot> filter(const QList<DomainSnapshot> &servers) const;
    // "www-* (tag web)", for lists and logs.
    QString describe() const;

    // Reads "servers", "tags", "hosts" from an object (the reader collects the problems).
    static ServerSelector read(JsonFieldReader &reader);
    void write(nlohmann::json &object) const;
    // Checks the patterns and tags; at least a name or a tag is required.
    QStringList problems() const;

    friend bool operator==(const ServerSelector &, const ServerSelector &) = default;
};

} // namespace virtdeck
