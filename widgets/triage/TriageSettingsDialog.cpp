#include "triage/TriageSettingsDialog.h"

#include "core/Config.h"
#include "triage/TriageEngine.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace virtdeck {

namespace {
QDoubleSpinBox *percentBox(const QString &name, double value)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setRange(0.5, 100);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

QSpinBox *minutesBox(const QString &name, int seconds, int maximumMinutes)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(1, maximumMinutes);
    box->setSuffix(QStringLiteral(" min"));
    box->setValue(std::max(1, seconds / 60));
    return box;
}
} // namespace

TriageSettingsDialog::TriageSettingsDialog(Config *config, TriageEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("triageSettingsDialog"));
    setWindowTitle(tr("Triage thresholds"));
    const TriageSettings s = engine->settings();
    m_steal = percentBox(QStringLiteral("stealPercent"), s.stealPercent);
    m_stealWindow = minutesBox(QStringLiteral("stealWindow"), s.stealWindowSeconds, 120);
    m_pegged = percentBox(QStringLiteral("peggedPercent"), s.peggedPercent);
    m_peggedMinutes = minutesBox(QStringLiteral("peggedMinutes"), s.peggedSeconds, 24 * 60);
    m_restartMinutes = minutesBox(QStringLiteral("restartMinutes"), s.restartWindowSeconds, 7 * 24 * 60);
    m_memory = percentBox(QStringLiteral("memoryUsablePercent"), s.memoryUsablePercent);

    auto *form = new QFormLayout(this);
    form->addRow(tr("CPU steal (vCPU wait) above"), m_steal);
    form->addRow(tr("averaged over"), m_stealWindow);
    form->addRow(tr("CPU pegged at or above"), m_pegged);
    form->addRow(tr("for at least"), m_peggedMinutes);
    form->addRow(tr("Restarted by the host: running for less than"), m_restartMinutes);
    form->addRow(tr("Memory at its maximum: guest-usable memory below"), m_memory);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

TriageSettings TriageSettingsDialog::settings() const
{
    TriageSettings s = m_engine->settings();
    s.stealPercent = m_steal->value();
    s.stealWindowSeconds = m_stealWindow->value() * 60;
    s.peggedPercent = m_pegged->value();
    s.peggedSeconds = m_peggedMinutes->value() * 60;
    s.restartWindowSeconds = m_restartMinutes->value() * 60;
    s.memoryUsablePercent = m_memory->value();
    return s;
}

void TriageSettingsDialog::accept()
{
    const TriageSettings s = settings();
    if (m_config)
        s.save(m_config);
    m_engine->setSettings(s);
    QDialog::accept();
}

} // namespace virtdeck
