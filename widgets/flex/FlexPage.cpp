#include "flex/FlexPage.h"

#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "flex/FlexContext.h"
#include "flex/FlexOperations.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
constexpr int SpinMaximum = 9999; // above any profile, so too-large values get their explanation
}

FlexPage::FlexPage(const Services &services, const ShareProfileStore *profiles, QWidget *parent)
    : ServerPage(services, parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("flexPage"));
    m_messages = new MessageBar(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("flexHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentSharesLabel"));

    m_spin = new QSpinBox(this);
    m_spin->setObjectName(QStringLiteral("sharesSpin"));
    m_spin->setRange(0, SpinMaximum);
    m_spin->setSuffix(tr(" shares"));
    m_spin->setAccessibleName(tr("Target shares"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("sharesSlider"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    auto *target = new QHBoxLayout;
    target->addWidget(new QLabel(tr("Target:"), this));
    target->addWidget(m_spin);
    target->addWidget(m_slider, 1);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *grid = new QGridLayout(previewBox);
    const QStringList headers = {QString(), tr("Current"), tr("Target"), tr("Applies"), QString()};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(headers[c], previewBox);
        h->setFont(bold);
        grid->addWidget(h, 0, c);
    }
    m_vcpus = addRow(grid, 1, tr("vCPUs"), QStringLiteral("vcpus"));
    m_memory = addRow(grid, 2, tr("Memory"), QStringLiteral("memory"));
    m_weight = addRow(grid, 3, tr("CPU weight"), QStringLiteral("weight"));
    grid->setColumnStretch(4, 1);

    m_ceiling = new QLabel(this);
    m_ceiling->setObjectName(QStringLiteral("ceilingLabel"));
    m_ceiling->setWordWrap(true);
    m_capacity = new QLabel(this);
    m_capacity->setObjectName(QStringLiteral("capacityLabel"));
    m_capacity->setWordWrap(true);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: palette(link-visited); font-weight: bold;"));
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_pending->setWordWrap(true);

    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_reboot = new QPushButton(tr("Reboot now"), this);
    m_reboot->setObjectName(QStringLiteral("rebootButton"));
    m_reboot->setToolTip(tr("Shut the server down and start it again so it boots with its new definition"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pending, 1);
    buttons->addWidget(m_reboot);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_heading);
    layout->addWidget(m_current);
    layout->addLayout(target);
    layout->addWidget(previewBox);
    layout->addWidget(m_ceiling);
    layout->addWidget(m_capacity);
    layout->addWidget(m_refusal);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_slider->value() != v && v >= m_slider->minimum() && v <= m_slider->maximum())
            m_slider->setValue(v);
        updatePreview();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (m_spin->value() != v)
            m_spin->setValue(v);
    });
    connect(m_apply, &QPushButton::clicked, this, &FlexPage::apply);
    connect(m_reboot, &QPushButton::clicked, this, &FlexPage::rebootNow);
    if (services.operations) {
        connect(services.operations, &OperationQueue::operationFinished, this, [this](const Operation &op) {
            if (op.id != m_watched)
                return;
            m_watched.clear();
            if (op.state == OperationState::Succeeded)
                m_messages->showMessage(MessageBar::Level::Positive, tr("%1: %2").arg(op.title, op.result));
            else
                m_messages->showMessage(MessageBar::Level::Error, op.errorMessage, op.errorDetail);
            updatePreview();
        });
    }
    setServer(std::nullopt);
}

FlexPage::Row FlexPage::addRow(QGridLayout *grid, int row, const QString &name, const QString &key)
{
    Row r;
    grid->addWidget(new QLabel(name, this), row, 0);
    r.current = new QLabel(this);
    r.target = new QLabel(this);
    r.when = new QLabel(this);
    r.why = new QLabel(this);
    r.current->setObjectName(key + QStringLiteral("Current"));
    r.target->setObjectName(key + QStringLiteral("Target"));
    r.when->setObjectName(key + QStringLiteral("When"));
    r.why->setObjectName(key + QStringLiteral("Why"));
    r.why->setWordWrap(true);
    grid->addWidget(r.current, row, 1);
    grid->addWidget(r.target, row, 2);
    grid->addWidget(r.when, row, 3);
    grid->addWidget(r.why, row, 4);
    return r;
}

void FlexPage::setServer(const std::optional<DomainSnapshot> &server)
{
    const bool same = server && m_server && server->ref() == m_server->ref();
    m_server = server;
    const bool enabled = server.has_value();
    m_spin->setEnabled(enabled);
    m_slider->setEnabled(enabled);
    if (!server) {
        m_heading->setText(tr("Select a server to flex it."));
        m_current->clear();
        m_plan = FlexPlan();
        updatePreview();
        return;
    }
    const Result<ShareProfile> profile = m_profiles->profileFor(server->uri);
    const ShareProfile p = profile ? profile.value() : m_profiles->defaultProfile();
    const ShareCount count = FlexPlanner::currentShares(*server, p);
    m_heading->setText(tr("%1 — profile \"%2\": %3 MiB and CPU weight %4 per share")
                           .arg(server->name, p.name)
                           .arg(p.memoryMiBPerShare)
                           .arg(p.cpuWeightPerShare));
    m_current->setText(count.estimated
                           ? tr("≈ %1 shares, estimated from its memory until its first flex")
                                 .arg(QLocale().toString(std::round(count.estimate * 10.0) / 10.0, 'g', 4))
                           : tr("%n shares now", nullptr, count.shares));
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(p.minShares, p.absoluteMax);
        m_slider->setValue(std::clamp(same ? m_spin->value() : count.shares, p.minShares, p.absoluteMax));
    }
    if (!same) {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(count.shares);
    }
    updatePreview();
}

void FlexPage::setTargetShares(int shares)
{
    m_spin->setValue(shares);
}

void FlexPage::showRow(const Row &row, const FlexResource &r)
{
    row.current->setText(r.format(r.current));
    row.target->setText(r.when == FlexWhen::NextBoot
                            ? tr("%1 (now %2)").arg(r.format(r.target), r.format(r.now))
                            : r.format(r.target));
    row.when->setText(r.whenText());
    row.why->setText(r.why);
}

void FlexPage::updatePreview()
{
    if (!m_server) {
        for (const Row *row : {&m_vcpus, &m_memory, &m_weight}) {
            for (QLabel *l : {row->current, row->target, row->when, row->why})
                l->clear();
        }
        m_ceiling->clear();
        m_capacity->clear();
        m_refusal->hide();
        m_pending->clear();
        m_apply->setEnabled(false);
        m_reboot->hide();
        return;
    }
    m_plan = FlexContext::plan(services(), *m_profiles, *m_server, m_spin->value());
    showRow(m_vcpus, m_plan.vcpus);
    showRow(m_memory, m_plan.memory);
    showRow(m_weight, m_plan.weight);
    m_ceiling->setText(m_server->active
                           ? tr("Up to %1 shares now (the boot-time maxima); up to %2 with a reboot.")
                                 .arg(m_plan.liveCeiling)
                                 .arg(m_plan.absoluteMax)
                           : tr("Shut off: the new size applies when it starts (at most %1 shares).")
                                 .arg(m_plan.absoluteMax));
    m_capacity->setText(m_plan.capacityText);
    m_refusal->setVisible(m_plan.refusal.has_value());
    m_refusal->setText(m_plan.refusal ? m_plan.refusal->message : QString());
    m_refusal->setToolTip(m_plan.refusal ? m_plan.refusal->detail : QString());
    m_apply->setEnabled(m_plan.ok() && m_watched.isEmpty());
    m_apply->setText(m_plan.ok() && m_plan.needsReboot() ? tr("Apply (reboot needed)") : tr("Apply"));
    const bool pending = m_server->needsReboot();
    m_reboot->setVisible(pending);
    const QString refusal =
        services().operations ? services().operations->refusalFor(m_server->ref()) : QString();
    m_reboot->setEnabled(pending && refusal.isEmpty() &&
                         Lifecycle::applies(Lifecycle::Action::Restart, *m_server));
    m_reboot->setToolTip(refusal);
    m_pending->setText(pending
                           ? tr("Pending reboot: %1").arg(m_server->pendingChanges.join(QStringLiteral("; ")))
                           : QString());
}

void FlexPage::apply()
{
    if (!m_server || !m_plan.ok())
        return;
    Result<QString> id = FlexOperations::enqueue(*services().operations, m_plan);
    if (!id) {
        m_messages->showError(id.error());
        return;
    }
    m_messages->showMessage(
        MessageBar::Level::Information,
        tr("Flexing %1 to %n shares…", nullptr, m_plan.targets.shares).arg(m_server->name));
    watch(id.value());
}

void FlexPage::watch(const QString &operationId)
{
    // Apply stays disabled until this operation finishes (the constructor's handler reports it).
    m_watched = operationId;
    m_apply->setEnabled(false);
}

void FlexPage::rebootNow()
{
    if (!m_server)
        return;
    const DomainSnapshot server = *m_server;
    MessageBox::Question q;
    q.title = tr("Reboot %1").arg(server.name);
    q.text = tr("Restart %1 now so it boots with its new size?").arg(server.name);
    q.informativeText =
        tr("virtdeck shuts it down (its operating system must answer the ACPI request), waits until "
           "it is off and starts it again. Its services are unavailable meanwhile.");
    q.acceptText = tr("Reboot now");
    MessageBox::ask(this, q, [this, server](MessageBox::Answer a) {
        if (a.button != QMessageBox::Yes)
            return;
        Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(*services().operations, Lifecycle::Action::Restart,
                                                           {server}, tr("flex: apply the pending changes"));
        if (!r)
            m_messages->showError(r.error());
        else
            m_messages->showMessage(MessageBar::Level::Information, tr("Restarting %1…").arg(server.name));
    });
}

} // namespace virtdeck
