#include "flex/ScheduleTimer.h"

#include "flex/ScheduleRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ScheduleTimer)
};

// Starts systemctl without waiting; the reply comes back through the event loop.
void runSystemctl(const QStringList &arguments, QObject *context, std::function<void(Status)> done)
{
    auto *process = new QProcess(context);
    process->setProcessChannelMode(QProcess::MergedChannels);
    const QString command = QStringLiteral("systemctl --user ") + arguments.join(QLatin1Char(' '));
    QObject::connect(
        process, &QProcess::finished, context, [process, command, done](int code, QProcess::ExitStatus s) {
            const QString output = QString::fromLocal8Bit(process->readAll()).trimmed();
            process->deleteLater();
            if (s == QProcess::NormalExit && code == 0)
                done(Status());
            else
                done(Error(Text::tr("\"%1\" failed (exit code %2).").arg(command).arg(code), output));
        });
    QObject::connect(
        process, &QProcess::errorOccurred, context, [process, command, done](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            process->deleteLater();
            done(Error(Text::tr("\"%1\" could not be started.").arg(command), process->errorString()));
        });
    process->start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + arguments);
}

// ExecStart= takes a double-quoted path with C-style escapes.
QString systemdQuoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString shellQuoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    // cron turns an unescaped % into a newline.
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

ScheduleTimer::ScheduleTimer(const QString &program, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_systemd(QFileInfo::exists(QStringLiteral("/run/systemd/system")) &&
                !QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty())
    , m_runner(runSystemctl)
{}

QString ScheduleTimer::unitDirectory()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

QString ScheduleTimer::servicePath() const
{
    return unitDirectory() + QLatin1Char('/') + unitName() + QStringLiteral(".service");
}

QString ScheduleTimer::timerPath() const
{
    return unitDirectory() + QLatin1Char('/') + unitName() + QStringLiteral(".timer");
}

QString ScheduleTimer::serviceText() const
{
    return QStringLiteral("# Written by virtdeck (Tools > Scheduled flex > Run schedules automatically).\n"
                          "[Unit]\n"
                          "Description=virtdeck: run the scheduled flex rules that are due\n"
                          "Documentation=man:virtdeck(1)\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "Environment=QT_QPA_PLATFORM=offscreen\n"
                          "ExecStart=%1 --run-schedules\n")
        .arg(systemdQuoted(m_program));
}

QString ScheduleTimer::timerText() const
{
    return QStringLiteral("# Written by virtdeck (Tools > Scheduled flex > Run schedules automatically).\n"
                          "[Unit]\n"
                          "Description=virtdeck: scheduled flex rules every 5 minutes\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=*:0/5\n"
                          "AccuracySec=30s\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n");
}

QString ScheduleTimer::crontabLine() const
{
    return QStringLiteral("*/5 * * * * %1 --run-schedules >/dev/null").arg(shellQuoted(m_program));
}

bool ScheduleTimer::isInstalled() const
{
    return QFileInfo::exists(timerPath());
}

Status ScheduleTimer::writeUnits() const
{
    if (!QDir().mkpath(unitDirectory()))
        return Error(Text::tr("Cannot create the folder %1.").arg(unitDirectory()));
    const QList<std::pair<QString, QString>> files = {{servicePath(), serviceText()},
                                                      {timerPath(), timerText()}};
    for (const auto &[path, text] : files) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return Error(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

void ScheduleTimer::removeUnits() const
{
    QFile::remove(timerPath());
    QFile::remove(servicePath());
}

void ScheduleTimer::install()
{
    if (m_busy)
        return;
    if (!m_systemd) {
        Q_EMIT finished(
            Error(Text::tr("There is no systemd user session here: add the crontab line instead.")));
        return;
    }
    if (Status written = writeUnits(); !written) {
        removeUnits();
        Q_EMIT finished(written);
        return;
    }
    m_busy = true;
    const QString timer = unitName() + QStringLiteral(".timer");
    runSteps({{QStringLiteral("daemon-reload")}, {QStringLiteral("enable"), QStringLiteral("--now"), timer}},
             [this](const Status &s) {
                 if (!s)
                     removeUnits();
                 finish(s);
             });
}

void ScheduleTimer::remove()
{
    if (m_busy)
        return;
    m_busy = true;
    const QString timer = unitName() + QStringLiteral(".timer");
    runSteps({{QStringLiteral("disable"), QStringLiteral("--now"), timer}}, [this](const Status &disabled) {
        // The files go even if systemd did not answer: nothing starts them any more after a reload.
        removeUnits();
        runSteps({{QStringLiteral("daemon-reload")}},
                 [this, disabled](const Status &reloaded) { finish(!disabled ? disabled : reloaded); });
    });
}

void ScheduleTimer::runSteps(QList<QStringList> steps, std::function<void(Status)> done)
{
    if (steps.isEmpty() || !m_systemd) {
        done(Status());
        return;
    }
    const QStringList step = steps.takeFirst();
    m_runner(step, this, [this, steps, done](const Status &s) {
        if (!s)
            done(s);
        else
            runSteps(steps, done);
    });
}

void ScheduleTimer::finish(const Status &status)
{
    m_busy = false;
    Q_EMIT finished(status);
}

std::optional<Operation> ScheduleTimer::lastScheduledRun(const QList<Operation> &operations)
{
    // The reason names the rule, in the language of whoever ran it (cron runs in English).
    ScheduleRule probe;
    probe.name = QStringLiteral("\x01");
    const QStringList translated = ScheduleRunner::reasonFor(probe).split(probe.name);
    const QStringList english = {QStringLiteral("schedule rule '"), QStringLiteral("'")};
    auto scheduled = [&](const QString &reason) {
        for (const QStringList &form : {translated, english}) {
            if (form.size() == 2 && reason.startsWith(form[0]) && reason.endsWith(form[1]))
                return true;
        }
        return false;
    };
    std::optional<Operation> last;
    for (const Operation &op : operations) {
        if (scheduled(op.reason) && (!last || op.queuedAt >= last->queuedAt))
            last = op;
    }
    return last;
}

} // namespace virtdeck
