#pragma once

// Reads the typed fields of one JSON object and collects one translated message per bad field, so a
// file with three mistakes reports all three at once. Used by the flex feature's loaders (share
// profiles, scheduled flex rules, Autoflex policies).

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace virtdeck {

class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::JsonFieldReader)
public:
    // where names the object in messages: "share profile (shipped)", "rule 2 \"afternoon peak\"".
    JsonFieldReader(const nlohmann::json &object, QString where);

    bool isObject() const { return m_object.is_object(); }
    bool has(const char *key) const;

    std::optional<qint64> integer(const char *key, qint64 min, qint64 max, bool required);
    std::optional<double> number(const char *key, double min, double max, bool required);
    std::optional<QString> string(const char *key, bool required, bool allowEmpty = false);
    std::optional<bool> boolean(const char *key, bool required);
    // A list of non-empty strings; a single string is accepted as a list of one.
    std::optional<QStringList> stringList(const char *key, bool required);
    // The member if it is an object, else an error (when present or required) and nullptr.
    const nlohmann::json *object(const char *key, bool required);

    // One message per member whose name is not in known (a typo would otherwise be silently ignored).
    void rejectUnknown(std::initializer_list<const char *> known);
    void addError(const QString &text);

    const QStringList &errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }
    QString where() const { return m_where; }

    // "3.5", "\"abc\"", "[…]": a short rendering of a JSON value for messages.
    static QString shortText(const nlohmann::json &value);
    // Parses text as JSON; the error says where (line and column) and what libnlohmann found.
    static Result<nlohmann::json> parse(const QByteArray &text, const QString &origin);

private:
    const nlohmann::json *member(const char *key, bool required);

    const nlohmann::json &m_object;
    QString m_where;
    QStringList m_errors;
};

} // namespace virtdeck
