#include "triage/TriageAcknowledgements.h"

#include "core/AppPaths.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::TriageAcknowledgements)
};
} // namespace

TriageAcknowledgements::TriageAcknowledgements(const QString &path)
    : m_path(path)
{}

QString TriageAcknowledgements::defaultPath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("triage.json"));
}

Status TriageAcknowledgements::load()
{
    m_entries.clear();
    if (m_path.isEmpty())
        return {};
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(Text::tr("Cannot read the acknowledged findings (%1).").arg(m_path), file.errorString());
    const QByteArray data = file.readAll();
    file.close();
    try {
        const nlohmann::json root = nlohmann::json::parse(data.constData(), data.constData() + data.size());
        const nlohmann::json &list = root.at("acknowledged");
        for (const nlohmann::json &e : list) {
            const QString key = QString::fromStdString(e.at("key").get<std::string>());
            Entry entry;
            entry.fingerprint = QString::fromStdString(e.at("fingerprint").get<std::string>());
            entry.at =
                QDateTime::fromString(QString::fromStdString(e.value("at", std::string())), Qt::ISODate);
            if (!key.isEmpty())
                m_entries.insert(key, entry);
        }
    } catch (const std::exception &e) {
        m_entries.clear();
        const QString aside = AppPaths::setAside(m_path);
        return Error(Text::tr("The acknowledged findings could not be read; the file was set aside as %1 and "
                              "every finding shows again.")
                         .arg(aside.isEmpty() ? m_path : aside),
                     QString::fromUtf8(e.what()));
    }
    return {};
}

Status TriageAcknowledgements::save() const
{
    if (m_path.isEmpty())
        return {};
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-kKeptDays);
    nlohmann::json list = nlohmann::json::array();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->at.isValid() && it->at < oldest)
            continue;
        list.push_back({{"key", it.key().toStdString()},
                        {"fingerprint", it->fingerprint.toStdString()},
                        {"at", it->at.toString(Qt::ISODate).toStdString()}});
    }
    const nlohmann::json root = {{"version", 1}, {"acknowledged", list}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const std::string text = root.dump(1);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0 ||
        !file.commit())
        return Error(Text::tr("Cannot save the acknowledged findings (%1).").arg(m_path), file.errorString());
    return {};
}

bool TriageAcknowledgements::contains(const QString &key, const QString &fingerprint) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.constEnd() && it->fingerprint == fingerprint;
}

void TriageAcknowledgements::acknowledge(const QString &key, const QString &fingerprint, const QDateTime &at)
{
    m_entries.insert(key, Entry{fingerprint, at});
}

void TriageAcknowledgements::remove(const QString &key)
{
    m_entries.remove(key);
}

} // namespace virtdeck
