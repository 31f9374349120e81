#include "flex/ServerSelector.h"

#include "flex/JsonFieldReader.h"
#include "hypervisor/DomainSnapshot.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>

namespace virtdeck {

namespace {
bool nameMatches(const QString &pattern, const QString &name)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

nlohmann::json toArray(const QStringList &list)
{
    nlohmann::json a = nlohmann::json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}
} // namespace

bool ServerSelector::matches(const DomainSnapshot &server) const
{
    if (isEmpty())
        return false;
    if (!hosts.isEmpty() && !hosts.contains(server.uri))
        return false;
    if (!names.isEmpty() && std::none_of(names.begin(), names.end(),
                                         [&](const QString &p) { return nameMatches(p, server.name); }))
        return false;
    if (!tags.isEmpty() && std::none_of(tags.begin(), tags.end(), [&](const QString &t) {
            return server.metadata.tags.contains(t, Qt::CaseInsensitive);
        }))
        return false;
    return true;
}

QList<DomainSnapshot> ServerSelector::filter(const QList<DomainSnapshot> &servers) const
{
    QList<DomainSnapshot> out;
    for (const DomainSnapshot &s : servers) {
        if (matches(s))
            out << s;
    }
    return out;
}

QString ServerSelector::describe() const
{
    QStringList parts;
    if (!names.isEmpty())
        parts << names.join(QStringLiteral(", "));
    if (!tags.isEmpty())
        parts << tr("tag %1").arg(tags.join(tr(" or ")));
    QString text = parts.join(tr(" with "));
    if (!hosts.isEmpty())
        text += tr(" on %1").arg(hosts.join(QStringLiteral(", ")));
    return text;
}

ServerSelector ServerSelector::read(JsonFieldReader &reader)
{
    ServerSelector s;
    s.names = reader.stringList("servers", false).value_or(QStringList());
    s.tags = reader.stringList("tags", false).value_or(QStringList());
    s.hosts = reader.stringList("hosts", false).value_or(QStringList());
    for (const QString &p : s.problems())
        reader.addError(p);
    return s;
}

void ServerSelector::write(nlohmann::json &object) const
{
    if (!names.isEmpty())
        object["servers"] = toArray(names);
    if (!tags.isEmpty())
        object["tags"] = toArray(tags);
    if (!hosts.isEmpty())
        object["hosts"] = toArray(hosts);
}

QStringList ServerSelector::problems() const
{
    QStringList out;
    if (isEmpty())
        out << tr("name servers (\"servers\": [\"www-*\"]) or tags (\"tags\": [\"web\"]) to act on.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.:+@*?\\-\\[\\]!]+$"));
    for (const QString &n : names) {
        if (!allowed.match(n).hasMatch())
            out << tr("\"%1\" is not a server name or pattern (letters, digits, - _ . : + @ and the "
                      "wildcards * "
                      "?).")
                       .arg(n);
    }
    for (const QString &t : tags) {
        if (Status s = ServerMetadata::validateTag(t); !s)
            out << s.error().message;
    }
    return out;
}

} // namespace virtdeck
