#include "flex/AutoflexPolicyEditor.h"

#include "common/MessageBar.h"
#include "flex/AutoflexDryRunChart.h"
#include "flex/FlexContext.h"
#include "servers/ServerListModel.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QSpinBox *spin(QWidget *parent, const char *name, int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}

QDoubleSpinBox *percent(QWidget *parent, const char *name)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(0, 100);
    s->setDecimals(0);
    s->setSuffix(QStringLiteral(" %"));
    return s;
}
} // namespace

AutoflexPolicyEditor::AutoflexPolicyEditor(const Services &services, const ShareProfileStore *profiles,
                                           CpuHistorySource *history, QWidget *parent, const QString &path)
    : QDialog(parent)
    , m_services(services)
    , m_profiles(profiles)
    , m_history(history)
    , m_path(path)
{
    setObjectName(QStringLiteral("autoflexPolicyEditor"));
    setWindowTitle(tr("Autoflex policies"));
    m_messages = new MessageBar(this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("policiesList"));
    auto *add = new QPushButton(tr("Add policy"), this);
    add->setObjectName(QStringLiteral("addPolicyButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removePolicyButton"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(remove);
    leftLayout->addLayout(leftButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_enabled = new QCheckBox(tr("Switched on"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setToolTip(tr("Run a dry run of these settings first."));
    m_servers = new QLineEdit(this);
    m_servers->setObjectName(QStringLiteral("serversEdit"));
    m_servers->setPlaceholderText(tr("names or wildcards: www-*, db-01"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_upPercent = percent(this, "upPercentSpin");
    m_upMinutes = spin(this, "upMinutesSpin", 1, 1440, tr(" min"));
    m_downPercent = percent(this, "downPercentSpin");
    m_downMinutes = spin(this, "downMinutesSpin", 1, 1440, tr(" min"));
    m_minShares = spin(this, "minSharesSpin", 1, 4096, tr(" shares"));
    m_maxShares = spin(this, "maxSharesSpin", 1, 4096, tr(" shares"));
    m_nextBoot = new QCheckBox(tr("May go beyond the live ceiling (the server then needs a reboot)"), this);
    m_nextBoot->setObjectName(QStringLiteral("nextBootCheck"));
    m_cooldown = spin(this, "cooldownSpin", 0, 1440, tr(" min"));
    auto *up = new QHBoxLayout;
    up->addWidget(new QLabel(tr("CPU above"), this));
    up->addWidget(m_upPercent);
    up->addWidget(new QLabel(tr("for"), this));
    up->addWidget(m_upMinutes);
    up->addWidget(new QLabel(tr("→ +1 share, up to"), this));
    up->addWidget(m_maxShares);
    up->addStretch(1);
    auto *down = new QHBoxLayout;
    down->addWidget(new QLabel(tr("CPU below"), this));
    down->addWidget(m_downPercent);
    down->addWidget(new QLabel(tr("for"), this));
    down->addWidget(m_downMinutes);
    down->addWidget(new QLabel(tr("→ −1 share, down to"), this));
    down->addWidget(m_minShares);
    down->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Servers:"), m_servers);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Up:"), up);
    form->addRow(tr("Down:"), down);
    form->addRow(QString(), m_nextBoot);
    form->addRow(tr("Between steps:"), m_cooldown);

    auto *dry = new QGroupBox(tr("Dry run on the stored CPU history"), this);
    m_dryRunServer = new QComboBox(dry);
    m_dryRunServer->setObjectName(QStringLiteral("dryRunServerCombo"));
    m_dryRunHours = spin(dry, "dryRunHoursSpin", 1, 24 * 31, tr(" h"));
    m_dryRunHours->setValue(24);
    m_dryRunButton = new QPushButton(tr("Dry run"), dry);
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRunList = new QListWidget(dry);
    m_dryRunList->setObjectName(QStringLiteral("dryRunList"));
    m_chart = new AutoflexDryRunChart(dry);
    auto *dryRow = new QHBoxLayout;
    dryRow->addWidget(new QLabel(tr("Server:"), dry));
    dryRow->addWidget(m_dryRunServer, 1);
    dryRow->addWidget(new QLabel(tr("last"), dry));
    dryRow->addWidget(m_dryRunHours);
    dryRow->addWidget(m_dryRunButton);
    auto *dryLayout = new QVBoxLayout(dry);
    dryLayout->addLayout(dryRow);
    dryLayout->addWidget(m_chart, 2);
    dryLayout->addWidget(m_dryRunList, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(dry, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *saveButton = box->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (Status s = save(); !s)
            m_messages->showError(s.error());
        else
            m_messages->showMessage(MessageBar::Level::Positive, tr("Saved to %1.").arg(m_path));
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, &AutoflexPolicyEditor::addPolicy);
    connect(remove, &QPushButton::clicked, this, &AutoflexPolicyEditor::removePolicy);
    connect(m_list, &QListWidget::currentRowChanged, this, &AutoflexPolicyEditor::showPolicy);
    for (QLineEdit *e : {m_name, m_servers, m_tags})
        connect(e, &QLineEdit::textEdited, this, &AutoflexPolicyEditor::formChanged);
    for (QDoubleSpinBox *s : {m_upPercent, m_downPercent})
        connect(s, &QDoubleSpinBox::valueChanged, this, &AutoflexPolicyEditor::formChanged);
    for (QSpinBox *s : {m_upMinutes, m_downMinutes, m_minShares, m_maxShares, m_cooldown})
        connect(s, &QSpinBox::valueChanged, this, &AutoflexPolicyEditor::formChanged);
    connect(m_nextBoot, &QCheckBox::toggled, this, &AutoflexPolicyEditor::formChanged);
    connect(m_enabled, &QCheckBox::toggled, this, &AutoflexPolicyEditor::enabledToggled);
    connect(m_dryRunButton, &QPushButton::clicked, this, &AutoflexPolicyEditor::runDryRun);
    resize(980, 720);
    load();
}

QString AutoflexPolicyEditor::settingsKey(const AutoflexPolicy &policy)
{
    AutoflexPolicy p = policy;
    p.enabled = false;
    return QString::fromStdString(p.toJson().dump());
}

void AutoflexPolicyEditor::load()
{
    Result<AutoflexPolicies> p = AutoflexPolicies::load(m_path);
    if (p) {
        m_policies = p.value();
    } else {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The saved Autoflex policies cannot be used; saving here replaces them."),
                                p.error().message);
    }
    // Policies already switched on were tried before; they keep running as they are.
    for (const AutoflexPolicy &policy : std::as_const(m_policies.policies)) {
        if (policy.enabled)
            m_dryRunOf << settingsKey(policy);
    }
    refreshList();
    m_list->setCurrentRow(m_policies.policies.isEmpty() ? -1 : 0);
    showPolicy(m_list->currentRow());
}

void AutoflexPolicyEditor::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const AutoflexPolicy &p : std::as_const(m_policies.policies))
        m_list->addItem(p.enabled ? tr("%1 (on)").arg(p.name) : tr("%1 (off)").arg(p.name));
    m_list->setCurrentRow(std::min(row, int(m_policies.policies.size()) - 1));
}

AutoflexPolicy *AutoflexPolicyEditor::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_policies.policies.size() ? &m_policies.policies[row] : nullptr;
}

void AutoflexPolicyEditor::showPolicy(int row)
{
    const bool has = row >= 0 && row < m_policies.policies.size();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_enabled, m_servers, m_tags, m_upPercent, m_upMinutes, m_downPercent, m_downMinutes,
             m_minShares, m_maxShares, m_nextBoot, m_cooldown, m_dryRunServer, m_dryRunButton})
        w->setEnabled(has);
    m_chart->clear();
    m_dryRunList->clear();
    m_steps.clear();
    if (!has)
        return;
    m_updating = true;
    const AutoflexPolicy &p = m_policies.policies[row];
    m_name->setText(p.name);
    m_enabled->setChecked(p.enabled);
    m_servers->setText(p.selector.names.join(QStringLiteral(", ")));
    m_tags->setText(p.selector.tags.join(QStringLiteral(", ")));
    m_upPercent->setValue(p.upAbovePercent);
    m_upMinutes->setValue(p.upForMinutes);
    m_downPercent->setValue(p.downBelowPercent);
    m_downMinutes->setValue(p.downForMinutes);
    m_minShares->setValue(p.minShares);
    m_maxShares->setValue(p.maxShares);
    m_nextBoot->setChecked(p.allowNextBoot);
    m_cooldown->setValue(p.cooldownMinutes);
    m_updating = false;
    refreshServers();
}

void AutoflexPolicyEditor::formChanged()
{
    AutoflexPolicy *p = current();
    if (m_updating || !p)
        return;
    p->name = m_name->text().trimmed();
    p->selector.names = splitList(m_servers->text());
    p->selector.tags = splitList(m_tags->text());
    p->upAbovePercent = m_upPercent->value();
    p->upForMinutes = m_upMinutes->value();
    p->downBelowPercent = m_downPercent->value();
    p->downForMinutes = m_downMinutes->value();
    p->minShares = m_minShares->value();
    p->maxShares = m_maxShares->value();
    p->allowNextBoot = m_nextBoot->isChecked();
    p->cooldownMinutes = m_cooldown->value();
    // New settings have not been tried: an enabled policy stays on only if these were dry-run.
    if (p->enabled && !m_dryRunOf.contains(settingsKey(*p))) {
        p->enabled = false;
        const QSignalBlocker block(m_enabled);
        m_enabled->setChecked(false);
        m_messages->showMessage(
            MessageBar::Level::Information,
            tr("The settings changed, so \"%1\" is off until a dry run of them.").arg(p->name));
    }
    const int row = m_list->currentRow();
    m_list->item(row)->setText(p->enabled ? tr("%1 (on)").arg(p->name) : tr("%1 (off)").arg(p->name));
    refreshServers();
}

void AutoflexPolicyEditor::enabledToggled(bool on)
{
    AutoflexPolicy *p = current();
    if (m_updating || !p)
        return;
    if (on && !m_dryRunOf.contains(settingsKey(*p))) {
        const QSignalBlocker block(m_enabled);
        m_enabled->setChecked(false);
        m_messages->showMessage(
            MessageBar::Level::Warning,
            tr("Run a dry run of \"%1\" first: it shows what the policy would have done over the "
               "stored CPU history.")
                .arg(p->name));
        return;
    }
    p->enabled = on;
    m_list->item(m_list->currentRow())
        ->setText(on ? tr("%1 (on)").arg(p->name) : tr("%1 (off)").arg(p->name));
}

void AutoflexPolicyEditor::refreshServers()
{
    const AutoflexPolicy *p = current();
    const QString previous = m_dryRunServer->currentData().toString();
    m_dryRunServer->clear();
    if (!p || !m_services.servers)
        return;
    for (const QString &uri : m_services.servers->hostUris()) {
        for (const DomainSnapshot &s : p->selector.filter(m_services.servers->serversOf(uri)))
            m_dryRunServer->addItem(s.name, s.ref().key());
    }
    const int again = m_dryRunServer->findData(previous);
    if (again >= 0)
        m_dryRunServer->setCurrentIndex(again);
    m_dryRunButton->setEnabled(m_dryRunServer->count() > 0);
    m_dryRunButton->setToolTip(
        m_dryRunServer->count() > 0 ? QString() : tr("The policy selects no server on the connected hosts."));
}

void AutoflexPolicyEditor::runDryRun()
{
    const AutoflexPolicy *p = current();
    if (!p)
        return;
    if (const QStringList problems = p->problems(); !problems.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Error, problems.join(QLatin1Char('\n')));
        return;
    }
    const QString key = m_dryRunServer->currentData().toString();
    std::optional<DomainSnapshot> server;
    for (const QString &uri : m_services.servers->hostUris()) {
        for (const DomainSnapshot &s : m_services.servers->serversOf(uri)) {
            if (s.ref().key() == key)
                server = s;
        }
    }
    if (!server) {
        m_messages->showMessage(MessageBar::Level::Error, tr("Choose a server the policy selects."));
        return;
    }
    if (!m_history) {
        m_messages->showMessage(MessageBar::Level::Error, tr("No CPU history is available in this window."));
        return;
    }
    const QDateTime to = QDateTime::currentDateTime();
    const QDateTime from = to.addSecs(-qint64(m_dryRunHours->value()) * 3600);
    QPointer<AutoflexPolicyEditor> self(this);
    const DomainSnapshot s = *server;
    m_history->fetch(s.ref(), from, to, [self, s](QList<CpuPoint> history) {
        if (self)
            self->showDryRun(s, history);
    });
}

void AutoflexPolicyEditor::showDryRun(const DomainSnapshot &server, const QList<CpuPoint> &history)
{
    const AutoflexPolicy *p = current();
    if (!p)
        return;
    const Result<ShareProfile> profile = m_profiles->profileFor(server.uri);
    const ShareProfile prof = profile ? profile.value() : m_profiles->defaultProfile();
    AutoflexContext ctx;
    ctx.shares = FlexPlanner::currentShares(server, prof).shares;
    ctx.liveCeiling =
        FlexPlanner::liveCeiling(server, prof, FlexContext::flexHost(m_services, server.uri, prof));
    ctx.absoluteMax = prof.absoluteMax;
    ctx.profileMinShares = prof.minShares;
    m_steps = Autoflex::dryRun(*p, history, ctx);
    m_chart->setData(history, m_steps, ctx.shares);
    m_dryRunList->clear();
    const QLocale locale;
    for (const AutoflexDecision &d : std::as_const(m_steps)) {
        m_dryRunList->addItem(tr("%1: %2 → %3 shares%4 — %5")
                                  .arg(locale.toString(d.at, QLocale::ShortFormat))
                                  .arg(d.fromShares)
                                  .arg(d.toShares)
                                  .arg(d.nextBoot ? tr(" (at next boot)") : QString())
                                  .arg(d.reason));
    }
    if (history.isEmpty())
        m_dryRunList->addItem(tr("No CPU history for %1 in this period.").arg(server.name));
    else if (m_steps.isEmpty())
        m_dryRunList->addItem(
            tr("The policy would have changed nothing for %1 in this period.").arg(server.name));
    m_dryRunOf << settingsKey(*p);
    m_messages->clearMessage();
    Q_EMIT dryRunFinished();
}

void AutoflexPolicyEditor::addPolicy()
{
    AutoflexPolicy p;
    p.name = tr("policy %1").arg(m_policies.policies.size() + 1);
    m_policies.policies << p;
    refreshList();
    m_list->setCurrentRow(int(m_policies.policies.size()) - 1);
    m_servers->setFocus();
}

void AutoflexPolicyEditor::removePolicy()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_policies.policies.size())
        return;
    m_policies.policies.removeAt(row);
    refreshList();
    showPolicy(m_list->currentRow());
}

Status AutoflexPolicyEditor::save()
{
    if (Status s = m_policies.save(m_path); !s)
        return s;
    Q_EMIT saved();
    return {};
}

} // namespace virtdeck
