#pragma once

// The share profiles in force: the shipped default (resources/profiles/default.json, embedded as
// :/profiles/default.json) with the user's overrides from configDir()/flex-profiles.json, for every host
// ("default") and per host URI ("hosts"). A profile that fails validation refuses flex on the hosts it
// covers, with its messages. Created once by the application (or a test / the headless schedule
// runner) and handed to the flex page, dialogs and automation.

#include "core/Result.h"
#include "flex/ShareProfile.h"
#include "servers/ServerListModel.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace virtdeck {

class ShareProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ShareProfileStore)
public:
    ShareProfileStore();

    // Reads the shipped profile and the user's file (missing user file: no overrides). Returns the
    // problems found, translated, one per line; the hosts they affect refuse to flex until fixed.
    QStringList load(const QString &userPath = defaultUserPath(),
                     const QString &shippedPath = QStringLiteral(":/profiles/default.json"));

    Result<ShareProfile> profileFor(const QString &uri) const;
    // The shipped profile with the user's "default" overrides (or the shipped one when those are bad).
    ShareProfile defaultProfile() const;
    QStringList warnings() const { return m_data->warnings; }
    QString userPath() const { return m_data->userPath; }

    // For ServerListModel::setShareEstimator: current memory / the host's memory per share.
    ServerListModel::ShareEstimator estimator() const;

    static QString defaultUserPath();

private:
    struct Data
    {
        ShareProfile shipped;
        std::optional<Error> shippedError;
        Result<ShareProfile> base = Error();        // shipped + "default" overrides
        QHash<QString, Result<ShareProfile>> hosts; // uri -> base + host overrides
        QStringList warnings;
        QString userPath;
    };
    std::shared_ptr<Data> m_data;
};

} // namespace virtdeck
