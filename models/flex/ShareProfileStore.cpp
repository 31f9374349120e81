#include "flex/ShareProfileStore.h"

#include "core/AppPaths.h"
#include "flex/JsonFieldReader.h"

#include <nlohmann/json.hpp>

#include <QFile>

namespace virtdeck {

ShareProfileStore::ShareProfileStore()
    : m_data(std::make_shared<Data>())
{
    m_data->base = m_data->shipped;
}

QString ShareProfileStore::defaultUserPath()
{
    return AppPaths::configDir() + QStringLiteral("/flex-profiles.json");
}

QStringList ShareProfileStore::load(const QString &userPath, const QString &shippedPath)
{
    auto data = std::make_shared<Data>();
    data->userPath = userPath;

    QFile shipped(shippedPath);
    Result<ShareProfile> base = Error(tr("The shipped share profile %1 cannot be read.").arg(shippedPath));
    if (shipped.open(QIODevice::ReadOnly)) {
        Result<nlohmann::json> j = JsonFieldReader::parse(shipped.readAll(), shippedPath);
        base = j ? ShareProfile::fromJson(j.value(), shippedPath) : Result<ShareProfile>(j.error());
    }
    if (base)
        data->shipped = base.value();
    else
        data->warnings << base.error().message;

    if (base && !userPath.isEmpty() && QFile::exists(userPath)) {
        QFile file(userPath);
        if (!file.open(QIODevice::ReadOnly)) {
            base =
                Error(tr("The share profile overrides %1 cannot be read.").arg(userPath), file.errorString());
        } else if (Result<nlohmann::json> j = JsonFieldReader::parse(file.readAll(), userPath); !j) {
            base = j.error();
        } else {
            JsonFieldReader top(j.value(), userPath);
            top.rejectUnknown({"format", "default", "hosts"});
            top.integer("format", 1, 1, false);
            const nlohmann::json *overrides = top.object("default", false);
            const nlohmann::json *hosts = top.object("hosts", false);
            if (!top.ok()) {
                base = Error(tr("The share profile overrides are not valid:\n%1")
                                 .arg(top.errors().join(QLatin1Char('\n'))));
            } else {
                if (overrides)
                    base = ShareProfile::withOverrides(base.value(), *overrides,
                                                       tr("%1, \"default\"").arg(userPath));
                if (base && hosts) {
                    for (auto it = hosts->begin(); it != hosts->end(); ++it) {
                        const QString uri = QString::fromStdString(it.key());
                        Result<ShareProfile> p = ShareProfile::withOverrides(
                            base.value(), it.value(), tr("%1, host %2").arg(userPath, uri));
                        if (!p)
                            data->warnings << p.error().message;
                        data->hosts.insert(uri, p);
                    }
                }
            }
        }
        if (!base)
            data->warnings << base.error().message;
    }
    data->base = base;
    m_data = data;
    return data->warnings;
}

Result<ShareProfile> ShareProfileStore::profileFor(const QString &uri) const
{
    auto it = m_data->hosts.constFind(uri);
    if (it != m_data->hosts.constEnd())
        return it.value();
    return m_data->base;
}

ShareProfile ShareProfileStore::defaultProfile() const
{
    return m_data->base ? m_data->base.value() : m_data->shipped;
}

ServerListModel::ShareEstimator ShareProfileStore::estimator() const
{
    std::shared_ptr<const Data> data = m_data;
    return [data](const DomainSnapshot &s) -> std::optional<double> {
        auto it = data->hosts.constFind(s.uri);
        const Result<ShareProfile> &p = it != data->hosts.constEnd() ? it.value() : data->base;
        // A broken override still gets an estimate for display, from the shipped profile.
        return (p ? p.value() : data->shipped).estimate(s);
    };
}

} // namespace virtdeck
