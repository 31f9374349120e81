#include "flex/AutoflexPolicies.h"

#include "core/AppPaths.h"
#include "flex/JsonFieldReader.h"
#include "hypervisor/DomainSnapshot.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSaveFile>

namespace virtdeck {

QString AutoflexPolicies::defaultPath()
{
    return AppPaths::configDir() + QStringLiteral("/autoflex.json");
}

const AutoflexPolicy *AutoflexPolicies::policyFor(const DomainSnapshot &server) const
{
    for (const AutoflexPolicy &p : policies) {
        if (p.enabled && p.selector.matches(server))
            return &p;
    }
    return nullptr;
}

QStringList AutoflexPolicies::problems() const
{
    QStringList out;
    QStringList names;
    for (const AutoflexPolicy &p : policies) {
        out << p.problems();
        if (names.contains(p.name, Qt::CaseInsensitive))
            out << tr("policy \"%1\": another policy already has this name; names must be unique.")
                       .arg(p.name);
        names << p.name;
    }
    return out;
}

Result<AutoflexPolicies> AutoflexPolicies::fromJson(const QByteArray &text, const QString &origin)
{
    Result<nlohmann::json> j = JsonFieldReader::parse(text, origin);
    if (!j)
        return j.error();
    JsonFieldReader top(j.value(), QString());
    top.rejectUnknown({"format", "policies"});
    top.integer("format", 1, 1, false);
    QStringList errors = top.errors();
    AutoflexPolicies set;
    if (top.isObject() && top.has("policies")) {
        const nlohmann::json &list = j.value()["policies"];
        if (!list.is_array()) {
            errors << tr("\"policies\" must be a list of policies in brackets.");
        } else {
            for (int i = 0; i < int(list.size()); ++i) {
                const nlohmann::json &o = list[size_t(i)];
                const QString name = o.is_object() && o.contains("name") && o["name"].is_string()
                                         ? QString::fromStdString(o["name"].get<std::string>())
                                         : QString();
                Result<AutoflexPolicy> p =
                    AutoflexPolicy::fromJson(o, name.isEmpty() ? tr("policy %1").arg(i + 1)
                                                               : tr("policy %1 \"%2\"").arg(i + 1).arg(name));
                if (p)
                    set.policies << p.value();
                else
                    errors << p.error().message;
            }
        }
    }
    if (errors.isEmpty())
        errors << set.problems();
    if (!errors.isEmpty())
        return Error(
            tr("The Autoflex policies in %1 are not valid:\n%2").arg(origin, errors.join(QLatin1Char('\n'))));
    return set;
}

QByteArray AutoflexPolicies::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const AutoflexPolicy &p : policies)
        list.push_back(p.toJson());
    const nlohmann::json j = {{"format", 1}, {"policies", list}};
    return QByteArray::fromStdString(j.dump(2) + "\n");
}

Result<AutoflexPolicies> AutoflexPolicies::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return AutoflexPolicies();
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("The Autoflex policies %1 cannot be read.").arg(path), file.errorString());
    return fromJson(file.readAll(), path);
}

Status AutoflexPolicies::save(const QString &path) const
{
    const QStringList bad = problems();
    if (!bad.isEmpty())
        return Error(tr("The Autoflex policies were not saved:\n%1").arg(bad.join(QLatin1Char('\n'))));
    QSaveFile file(path);
    const QByteArray data = toJson();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(AppPaths::PrivateFile) ||
        file.write(data) != data.size() || !file.commit())
        return Error(tr("Cannot save the Autoflex policies to %1.").arg(path), file.errorString());
    return {};
}

} // namespace virtdeck
