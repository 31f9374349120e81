#include "flex/ScheduleAutomationBox.h"

#include "flex/ScheduleTimer.h"
#include "operations/OperationLog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace virtdeck {

ScheduleAutomationBox::ScheduleAutomationBox(const QString &operationLog, QWidget *parent,
                                             const QString &program)
    : QGroupBox(tr("Without a window"), parent)
    , m_logPath(operationLog)
{
    setObjectName(QStringLiteral("scheduleAutomation"));
    m_timer = new ScheduleTimer(program.isEmpty() ? QCoreApplication::applicationFilePath() : program, this);
    m_check = new QCheckBox(
        tr("Run schedules automatically, also while virtdeck is closed (every 5 minutes)"), this);
    m_check->setObjectName(QStringLiteral("autoRunCheck"));
    m_cronHint = new QLabel(
        tr("This system has no systemd user session: add this line with <tt>crontab -e</tt>:"), this);
    m_cronHint->setObjectName(QStringLiteral("crontabHint"));
    m_crontab = new QLineEdit(this);
    m_crontab->setObjectName(QStringLiteral("crontabLine"));
    m_crontab->setReadOnly(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("autoRunError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("lastScheduledRun"));
    m_lastRun->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_check);
    layout->addWidget(m_cronHint);
    layout->addWidget(m_crontab);
    layout->addWidget(m_error);
    layout->addWidget(m_lastRun);

    connect(m_check, &QCheckBox::clicked, this, &ScheduleAutomationBox::toggled);
    connect(m_timer, &ScheduleTimer::finished, this, [this](const Status &s) {
        m_error->setText(s ? QString() : s.error().message + QLatin1Char('\n') + s.error().detail);
        m_error->setVisible(!s);
        refresh();
    });
    refresh();
}

void ScheduleAutomationBox::refresh()
{
    const bool systemd = m_timer->systemdAvailable();
    m_check->setChecked(systemd && m_timer->isInstalled());
    m_check->setEnabled(systemd && !m_timer->isBusy());
    m_cronHint->setVisible(!systemd);
    m_crontab->setVisible(!systemd);
    m_crontab->setText(m_timer->crontabLine());
    if (m_error->text().isEmpty())
        m_error->hide();
    readLastRun();
}

void ScheduleAutomationBox::toggled(bool on)
{
    m_check->setEnabled(false);
    if (on)
        m_timer->install();
    else
        m_timer->remove();
}

void ScheduleAutomationBox::readLastRun()
{
    // The log can hold a thousand operations: read it off the GUI thread; a closed dialog drops the answer.
    auto *watcher = new QFutureWatcher<std::optional<Operation>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const std::optional<Operation> last = watcher->result();
        if (!last) {
            m_lastRun->setText(tr("No scheduled rule has run yet."));
        } else {
            const QString when = QLocale().toString(last->queuedAt.toLocalTime(), QLocale::ShortFormat);
            const QString outcome =
                last->state == OperationState::Succeeded ? last->result : last->errorMessage;
            m_lastRun->setText(tr("Last scheduled run: %1 (%2), %3: %4")
                                   .arg(when, last->reason, operationStateName(last->state), outcome));
        }
        Q_EMIT lastRunShown();
    });
    const QString path = m_logPath;
    watcher->setFuture(QtConcurrent::run([path] {
        OperationLog log(path);
        return ScheduleTimer::lastScheduledRun(log.load().operations);
    }));
}

} // namespace virtdeck
