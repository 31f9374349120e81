#include "flex/ScheduleState.h"

#include "core/AppPaths.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ScheduleState)
};
} // namespace

QString ScheduleState::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/flex-schedule-state.json");
}

std::optional<QDateTime> ScheduleState::lastRun(const QString &rule) const
{
    auto it = m_lastRun.constFind(rule);
    if (it == m_lastRun.constEnd())
        return std::nullopt;
    return it.value();
}

void ScheduleState::markRan(const QString &rule, const QDateTime &occurrence)
{
    m_lastRun.insert(rule, occurrence);
}

ScheduleState ScheduleState::load(const QString &path)
{
    ScheduleState s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return s;
    const QByteArray data = file.readAll();
    const nlohmann::json j =
        nlohmann::json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (!j.is_object() || !j.contains("lastRun") || !j["lastRun"].is_object())
        return s;
    for (auto it = j["lastRun"].begin(); it != j["lastRun"].end(); ++it) {
        if (!it->is_string())
            continue;
        const QDateTime t =
            QDateTime::fromString(QString::fromStdString(it->get<std::string>()), Qt::ISODate);
        if (t.isValid())
            s.m_lastRun.insert(QString::fromStdString(it.key()), t);
    }
    return s;
}

Status ScheduleState::save(const QString &path) const
{
    nlohmann::json runs = nlohmann::json::object();
    for (auto it = m_lastRun.begin(); it != m_lastRun.end(); ++it)
        runs[it.key().toStdString()] = it.value().toUTC().toString(Qt::ISODate).toStdString();
    const nlohmann::json j = {{"format", 1}, {"lastRun", runs}};
    QSaveFile file(path);
    const std::string text = j.dump(2);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(AppPaths::PrivateFile) ||
        file.write(text.data(), qint64(text.size())) < 0 || !file.commit())
        return Error(Text::tr("Cannot save when scheduled flex rules ran to %1.").arg(path),
                     file.errorString());
    return {};
}

Status ScheduleState::update(const std::function<bool(ScheduleState &)> &change, const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error(
            Text::tr("Another virtdeck is running scheduled flex rules right now (%1 is locked).").arg(path));
    ScheduleState s = load(path);
    if (!change(s))
        return {};
    return s.save(path);
}

} // namespace virtdeck
