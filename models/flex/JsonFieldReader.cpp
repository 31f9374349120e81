#include "flex/JsonFieldReader.h"

#include <cmath>

namespace virtdeck {

JsonFieldReader::JsonFieldReader(const nlohmann::json &object, QString where)
    : m_object(object)
    , m_where(std::move(where))
{
    if (!m_object.is_object())
        addError(tr("must be a JSON object, not %1.").arg(shortText(m_object)));
}

bool JsonFieldReader::has(const char *key) const
{
    return m_object.is_object() && m_object.contains(key) && !m_object.at(key).is_null();
}

const nlohmann::json *JsonFieldReader::member(const char *key, bool required)
{
    if (!m_object.is_object())
        return nullptr;
    auto it = m_object.find(key);
    if (it == m_object.end() || it->is_null()) {
        if (required)
            addError(tr("\"%1\" is missing.").arg(QLatin1String(key)));
        return nullptr;
    }
    return &*it;
}

std::optional<qint64> JsonFieldReader::integer(const char *key, qint64 min, qint64 max, bool required)
{
    const nlohmann::json *v = member(key, required);
    if (!v)
        return std::nullopt;
    bool whole = v->is_number_integer();
    if (v->is_number_float()) {
        const double d = v->get<double>();
        whole = std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15;
    }
    if (whole) {
        const qint64 n = v->is_number_float() ? qint64(v->get<double>())
                         : v->is_number_unsigned()
                             ? qint64(std::min<quint64>(v->get<quint64>(), quint64(max) + 1))
                             : v->get<qint64>();
        if (n >= min && n <= max)
            return n;
    }
    addError(tr("\"%1\" must be a whole number from %2 to %3; it is %4.")
                 .arg(QLatin1String(key))
                 .arg(min)
                 .arg(max)
                 .arg(shortText(*v)));
    return std::nullopt;
}

std::optional<double> JsonFieldReader::number(const char *key, double min, double max, bool required)
{
    const nlohmann::json *v = member(key, required);
    if (!v)
        return std::nullopt;
    if (v->is_number()) {
        const double d = v->get<double>();
        if (std::isfinite(d) && d >= min && d <= max)
            return d;
    }
    addError(tr("\"%1\" must be a number from %2 to %3; it is %4.")
                 .arg(QLatin1String(key))
                 .arg(min)
                 .arg(max)
                 .arg(shortText(*v)));
    return std::nullopt;
}

std::optional<QString> JsonFieldReader::string(const char *key, bool required, bool allowEmpty)
{
    const nlohmann::json *v = member(key, required);
    if (!v)
        return std::nullopt;
    if (v->is_string()) {
        const QString s = QString::fromStdString(v->get<std::string>()).trimmed();
        if (allowEmpty || !s.isEmpty())
            return s;
        addError(tr("\"%1\" must not be empty.").arg(QLatin1String(key)));
        return std::nullopt;
    }
    addError(tr("\"%1\" must be a text in quotes; it is %2.").arg(QLatin1String(key), shortText(*v)));
    return std::nullopt;
}

std::optional<bool> JsonFieldReader::boolean(const char *key, bool required)
{
    const nlohmann::json *v = member(key, required);
    if (!v)
        return std::nullopt;
    if (v->is_boolean())
        return v->get<bool>();
    addError(tr("\"%1\" must be true or false; it is %2.").arg(QLatin1String(key), shortText(*v)));
    return std::nullopt;
}

std::optional<QStringList> JsonFieldReader::stringList(const char *key, bool required)
{
    const nlohmann::json *v = member(key, required);
    if (!v)
        return std::nullopt;
    QStringList out;
    bool good = v->is_string() || v->is_array();
    if (v->is_string())
        out << QString::fromStdString(v->get<std::string>()).trimmed();
    if (v->is_array()) {
        for (const auto &item : *v) {
            if (!item.is_string()) {
                good = false;
                break;
            }
            out << QString::fromStdString(item.get<std::string>()).trimmed();
        }
    }
    if (good && !out.contains(QString()))
        return out;
    addError(tr("\"%1\" must be a list of non-empty texts, such as [\"www-*\", \"db-01\"]; it is %2.")
                 .arg(QLatin1String(key), shortText(*v)));
    return std::nullopt;
}

const nlohmann::json *JsonFieldReader::object(const char *key, bool required)
{
    const nlohmann::json *v = member(key, required);
    if (!v)
        return nullptr;
    if (v->is_object())
        return v;
    addError(tr("\"%1\" must be an object in braces; it is %2.").arg(QLatin1String(key), shortText(*v)));
    return nullptr;
}

void JsonFieldReader::rejectUnknown(std::initializer_list<const char *> known)
{
    if (!m_object.is_object())
        return;
    QStringList names;
    for (const char *k : known)
        names << QLatin1String(k);
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!names.contains(key))
            addError(
                tr("unknown field \"%1\" (known fields: %2).").arg(key, names.join(QStringLiteral(", "))));
    }
}

void JsonFieldReader::addError(const QString &text)
{
    m_errors << (m_where.isEmpty() ? text : m_where + QStringLiteral(": ") + text);
}

QString JsonFieldReader::shortText(const nlohmann::json &value)
{
    if (value.is_array())
        return tr("a list");
    if (value.is_object())
        return tr("an object");
    QString s = QString::fromStdString(value.dump());
    if (s.size() > 40)
        s = s.left(37) + QStringLiteral("…");
    return s;
}

Result<nlohmann::json> JsonFieldReader::parse(const QByteArray &text, const QString &origin)
{
    try {
        return nlohmann::json::parse(text.constData(), text.constData() + text.size());
    } catch (const nlohmann::json::parse_error &e) {
        // Line and column from the byte offset, for people editing the file by hand.
        const qsizetype at = std::min<qsizetype>(qsizetype(e.byte), text.size());
        const qsizetype line = text.left(at).count('\n') + 1;
        const qsizetype column = at - text.left(at).lastIndexOf('\n');
        return Error(tr("%1 is not valid JSON (line %2, column %3).").arg(origin).arg(line).arg(column),
                     QString::fromUtf8(e.what()));
    }
}

} // namespace virtdeck
