#pragma once

// virtdeck's data kept in a server's own definition, in <metadata> under the virtdeck namespace: tags,
// share count, SSH access override. Read and written with virDomainGetMetadata/virDomainSetMetadata, so
// it travels with the server to any console. Elements written by a newer virtdeck are kept as they are.

#include "core/Result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace virtdeck {

struct SshAccess
{
    QString host; // host name or IP; empty: use the addresses libvirt reports
    int port = 0; // 0: 22 (or ~/.ssh/config)
    QString user; // empty: ~/.ssh/config or root

    bool isEmpty() const { return host.isEmpty() && port == 0 && user.isEmpty(); }
    friend bool operator==(const SshAccess &, const SshAccess &) = default;
};

struct ServerMetadata
{
    static constexpr const char *NamespaceUri = "https://virtdeck.org/xmlns/server/1";
    static constexpr const char *Prefix = "virtdeck";
    static constexpr int MaxTags = 32;
    static constexpr int MaxTagLength = 64;

    QStringList tags;
    std::optional<int> shares;
    SshAccess ssh;
    // Child elements this version does not know, serialised, written back unchanged.
    QStringList unknownElements;

    bool isEmpty() const { return tags.isEmpty() && !shares && ssh.isEmpty() && unknownElements.isEmpty(); }

    // Parses our element as returned by virDomainGetMetadata (any prefix; children matched by local name).
    static Result<ServerMetadata> parse(const QString &xml);
    // Our element, ready for virDomainSetMetadata(key = Prefix, uri = NamespaceUri).
    QString toXml() const;

    // Tag rules: 1..64 characters of letters, digits and - _ . : / + @; no spaces or commas.
    static Status validateTag(const QString &tag);
    // Splits "web, site-en  prod" into tags and validates each; refuses the whole list if one is bad.
    static Result<QStringList> parseTagList(const QString &text);

    friend bool operator==(const ServerMetadata &, const ServerMetadata &) = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::ServerMetadata)
