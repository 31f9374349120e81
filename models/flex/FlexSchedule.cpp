#include "flex/FlexSchedule.h"

#include "core/AppPaths.h"
#include "flex/JsonFieldReader.h"
#include "flex/ScheduleState.h"
#include "flex/ShareProfile.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace virtdeck {

namespace {
const char *const DayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// "daily", "weekdays", "weekends" or a list of day names; the reader collects what is wrong.
QList<int> readDays(JsonFieldReader &r, const nlohmann::json &object)
{
    if (!r.has("days"))
        return {};
    const nlohmann::json &v = object.at("days");
    QList<int> days;
    auto bad = [&r](const QString &what) {
        r.addError(
            ScheduleRule::tr("\"days\" must be \"daily\", \"weekdays\", \"weekends\" or a list of mon, tue, "
                             "wed, thu, fri, sat, sun; %1 is not.")
                .arg(what));
    };
    if (v.is_string()) {
        const QString s = QString::fromStdString(v.get<std::string>()).trimmed().toLower();
        if (s == QLatin1String("daily"))
            return {};
        if (s == QLatin1String("weekdays"))
            return {1, 2, 3, 4, 5};
        if (s == QLatin1String("weekends"))
            return {6, 7};
        bad(JsonFieldReader::shortText(v));
        return {};
    }
    if (!v.is_array() || v.empty()) {
        bad(JsonFieldReader::shortText(v));
        return {};
    }
    for (const auto &item : v) {
        const QString s = item.is_string()
                              ? QString::fromStdString(item.get<std::string>()).trimmed().toLower().left(3)
                              : QString();
        int day = 0;
        for (int i = 0; i < 7; ++i) {
            if (s == QLatin1String(DayKeys[i]))
                day = i + 1;
        }
        if (day == 0) {
            bad(JsonFieldReader::shortText(item));
            return {};
        }
        if (!days.contains(day))
            days << day;
    }
    std::sort(days.begin(), days.end());
    return days.size() == 7 ? QList<int>() : days;
}

Result<ScheduleRule> readRule(const nlohmann::json &object, int index)
{
    const QString name = object.is_object() && object.contains("name") && object["name"].is_string()
                             ? QString::fromStdString(object["name"].get<std::string>())
                             : QString();
    JsonFieldReader r(object, name.isEmpty() ? ScheduleRule::tr("rule %1").arg(index + 1)
                                             : ScheduleRule::tr("rule %1 \"%2\"").arg(index + 1).arg(name));
    r.rejectUnknown({"name", "enabled", "at", "days", "servers", "tags", "hosts", "set", "add", "remove"});
    ScheduleRule rule;
    rule.name = r.string("name", true).value_or(QString());
    rule.enabled = r.boolean("enabled", false).value_or(true);
    if (auto at = r.string("at", true)) {
        static const QRegularExpression hhmm(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
        const QRegularExpressionMatch m = hhmm.match(*at);
        if (m.hasMatch())
            rule.at = QTime(m.captured(1).toInt(), m.captured(2).toInt());
        else
            r.addError(
                ScheduleRule::tr("\"at\" must be a time of day as HH:MM, from 00:00 to 23:59; \"%1\" is not.")
                    .arg(*at));
    }
    rule.days = readDays(r, object);
    rule.selector = ServerSelector::read(r);
    int actions = 0;
    const std::pair<const char *, ScheduleRule::Action> kinds[] = {{"set", ScheduleRule::Action::Set},
                                                                   {"add", ScheduleRule::Action::Add},
                                                                   {"remove", ScheduleRule::Action::Remove}};
    for (const auto &[key, action] : kinds) {
        if (!r.has(key))
            continue;
        ++actions;
        if (auto n = r.integer(key, 1, ShareProfile::MaxShares, true)) {
            rule.action = action;
            rule.amount = int(*n);
        }
    }
    if (actions != 1)
        r.addError(
            ScheduleRule::tr("give exactly one action: \"set\": N (shares), \"add\": N or \"remove\": N."));
    if (!r.ok())
        return Error(r.errors().join(QLatin1Char('\n')));
    return rule;
}
} // namespace

int ScheduleRule::targetFor(int currentShares) const
{
    switch (action) {
    case Action::Set: return amount;
    case Action::Add: return currentShares + amount;
    case Action::Remove: return currentShares - amount;
    }
    return currentShares;
}

QString ScheduleRule::actionText() const
{
    switch (action) {
    case Action::Set: return tr("set to %n shares", nullptr, amount);
    case Action::Add: return tr("+%n shares", nullptr, amount);
    case Action::Remove: return tr("−%n shares", nullptr, amount);
    }
    return {};
}

QString ScheduleRule::daysText() const
{
    if (days.isEmpty())
        return tr("every day");
    if (days == QList<int>{1, 2, 3, 4, 5})
        return tr("weekdays");
    if (days == QList<int>{6, 7})
        return tr("weekends");
    QStringList names;
    for (int d : days)
        names << QLocale().dayName(d, QLocale::ShortFormat);
    return names.join(QStringLiteral(", "));
}

QString ScheduleRule::describe() const
{
    return tr("%1 at %2: %3, %4")
        .arg(daysText(), at.toString(QStringLiteral("HH:mm")), selector.describe(), actionText());
}

std::optional<QDateTime> ScheduleRule::lastOccurrence(const QDateTime &now) const
{
    if (!at.isValid() || !now.isValid())
        return std::nullopt;
    const QDateTime local = now.toLocalTime();
    for (int back = 0; back <= 7; ++back) {
        const QDate date = local.date().addDays(-back);
        if (!days.isEmpty() && !days.contains(date.dayOfWeek()))
            continue;
        const QDateTime candidate(date, at, Qt::LocalTime);
        if (candidate <= local)
            return candidate;
    }
    return std::nullopt;
}

QString FlexSchedule::defaultPath()
{
    return AppPaths::configDir() + QStringLiteral("/flex-schedule.json");
}

Result<FlexSchedule> FlexSchedule::fromJson(const QByteArray &text, const QString &origin)
{
    Result<nlohmann::json> j = JsonFieldReader::parse(text, origin);
    if (!j)
        return j.error();
    JsonFieldReader top(j.value(), QString());
    top.rejectUnknown({"format", "graceMinutes", "rules"});
    top.integer("format", 1, 1, false);
    FlexSchedule schedule;
    schedule.graceMinutes = int(top.integer("graceMinutes", 1, 24 * 60, false).value_or(15));
    QStringList errors = top.errors();
    if (top.isObject() && top.has("rules")) {
        const nlohmann::json &rules = j.value()["rules"];
        if (!rules.is_array()) {
            errors << tr("\"rules\" must be a list of rules in brackets.");
        } else {
            for (int i = 0; i < int(rules.size()); ++i) {
                Result<ScheduleRule> rule = readRule(rules[size_t(i)], i);
                if (rule)
                    schedule.rules << rule.value();
                else
                    errors << rule.error().message;
            }
        }
    }
    if (errors.isEmpty())
        errors << schedule.problems();
    if (!errors.isEmpty())
        return Error(
            tr("The flex schedule %1 is not valid:\n%2").arg(origin, errors.join(QLatin1Char('\n'))));
    return schedule;
}

QStringList FlexSchedule::problems() const
{
    QStringList out;
    QStringList seen;
    for (int i = 0; i < rules.size(); ++i) {
        const ScheduleRule &r = rules[i];
        const QString where =
            r.name.isEmpty() ? tr("rule %1").arg(i + 1) : tr("rule %1 \"%2\"").arg(i + 1).arg(r.name);
        if (r.name.trimmed().isEmpty())
            out << tr("%1: give the rule a name; operations and the log name it.").arg(where);
        else if (seen.contains(r.name, Qt::CaseInsensitive))
            out << tr("%1: another rule already has this name; names must be unique.").arg(where);
        seen << r.name;
        if (!r.at.isValid())
            out << tr("%1: the time of day is not valid (HH:MM, 00:00 to 23:59).").arg(where);
        for (const QString &p : r.selector.problems())
            out << where + QStringLiteral(": ") + p;
        if (r.amount < 1 || r.amount > ShareProfile::MaxShares)
            out << tr("%1: the number of shares must be from 1 to %2.")
                       .arg(where)
                       .arg(ShareProfile::MaxShares);
    }
    return out;
}

QByteArray FlexSchedule::toJson() const
{
    nlohmann::json rulesJson = nlohmann::json::array();
    for (const ScheduleRule &r : rules) {
        nlohmann::json o = {{"name", r.name.toStdString()},
                            {"enabled", r.enabled},
                            {"at", r.at.toString(QStringLiteral("HH:mm")).toStdString()}};
        if (!r.days.isEmpty()) {
            nlohmann::json days = nlohmann::json::array();
            for (int d : r.days)
                days.push_back(DayKeys[d - 1]);
            o["days"] = days;
        }
        r.selector.write(o);
        const char *key = r.action == ScheduleRule::Action::Set   ? "set"
                          : r.action == ScheduleRule::Action::Add ? "add"
                                                                  : "remove";
        o[key] = r.amount;
        rulesJson.push_back(o);
    }
    const nlohmann::json j = {{"format", 1}, {"graceMinutes", graceMinutes}, {"rules", rulesJson}};
    return QByteArray::fromStdString(j.dump(2) + "\n");
}

Result<FlexSchedule> FlexSchedule::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return FlexSchedule();
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("The flex schedule %1 cannot be read.").arg(path), file.errorString());
    return fromJson(file.readAll(), path);
}

Status FlexSchedule::save(const QString &path) const
{
    const QStringList bad = problems();
    if (!bad.isEmpty())
        return Error(tr("The flex schedule was not saved:\n%1").arg(bad.join(QLatin1Char('\n'))));
    QSaveFile file(path);
    const QByteArray data = toJson();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(AppPaths::PrivateFile) ||
        file.write(data) != data.size() || !file.commit())
        return Error(tr("Cannot save the flex schedule to %1.").arg(path), file.errorString());
    return {};
}

QList<FlexSchedule::Due> FlexSchedule::dueRules(const ScheduleState &state, const QDateTime &now) const
{
    QList<Due> out;
    for (const ScheduleRule &rule : rules) {
        if (!rule.enabled)
            continue;
        const std::optional<QDateTime> occurrence = rule.lastOccurrence(now);
        if (!occurrence || occurrence->secsTo(now) > qint64(graceMinutes) * 60)
            continue;
        const std::optional<QDateTime> last = state.lastRun(rule.name);
        if (last && *last >= *occurrence)
            continue;
        out << Due{rule, *occurrence};
    }
    return out;
}

} // namespace virtdeck
