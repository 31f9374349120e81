#include "flex/ScheduleEditor.h"

#include "common/MessageBar.h"
#include "flex/ScheduleAutomationBox.h"
#include "servers/ServerListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

ScheduleEditor::ScheduleEditor(const Services &services, QWidget *parent, const QString &path)
    : QDialog(parent)
    , m_services(services)
    , m_path(path)
{
    setObjectName(QStringLiteral("scheduleEditor"));
    setWindowTitle(tr("Scheduled flex"));
    m_messages = new MessageBar(this);
    auto *intro =
        new QLabel(tr("Rules run while virtdeck is open, and with <tt>virtdeck --run-schedules</tt> from "
                      "cron or a systemd timer. Each run is an operation named after its rule."),
                   this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Rule"), tr("When"), tr("Servers"), tr("Action")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add rule"), this);
    add->setObjectName(QStringLiteral("addRuleButton"));
    m_remove = new QPushButton(tr("Remove rule"), this);
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(m_remove);
    tableButtons->addStretch(1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_time = new QLineEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setPlaceholderText(tr("HH:MM, e.g. 14:00"));
    m_timeError = new QLabel(this);
    m_timeError->setObjectName(QStringLiteral("timeError"));
    auto *daysRow = new QHBoxLayout;
    const char *const dayNames[] = {"dayMon", "dayTue", "dayWed", "dayThu", "dayFri", "daySat", "daySun"};
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QLatin1String(dayNames[d - 1]));
        m_days << box;
        daysRow->addWidget(box);
    }
    daysRow->addWidget(new QLabel(tr("(none ticked: every day)"), this));
    daysRow->addStretch(1);
    m_servers = new QLineEdit(this);
    m_servers->setObjectName(QStringLiteral("serversEdit"));
    m_servers->setPlaceholderText(tr("names or wildcards: www-*, db-01"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("tags: web, production"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("Set to N shares"), int(ScheduleRule::Action::Set));
    m_action->addItem(tr("Add N shares"), int(ScheduleRule::Action::Add));
    m_action->addItem(tr("Remove N shares"), int(ScheduleRule::Action::Remove));
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(QStringLiteral("amountSpin"));
    m_amount->setRange(1, 4096);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action);
    actionRow->addWidget(m_amount);
    actionRow->addStretch(1);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("matchesLabel"));
    m_matches->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Days:"), daysRow);
    form->addRow(tr("At:"), m_time);
    form->addRow(QString(), m_timeError);
    form->addRow(tr("Servers:"), m_servers);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Action:"), actionRow);
    form->addRow(tr("Matches now:"), m_matches);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = box->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Status s = save(); !s)
            m_messages->showError(s.error());
        else
            m_messages->showMessage(MessageBar::Level::Positive, tr("Saved to %1.").arg(m_path));
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addLayout(form);
    layout->addWidget(new ScheduleAutomationBox({}, this));
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, &ScheduleEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeRule);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    for (QLineEdit *e : {m_name, m_time, m_servers, m_tags})
        connect(e, &QLineEdit::textEdited, this, &ScheduleEditor::formChanged);
    connect(m_enabled, &QCheckBox::toggled, this, &ScheduleEditor::formChanged);
    for (QCheckBox *d : std::as_const(m_days))
        connect(d, &QCheckBox::toggled, this, &ScheduleEditor::formChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ScheduleEditor::formChanged);
    connect(m_amount, &QSpinBox::valueChanged, this, &ScheduleEditor::formChanged);
    resize(720, 600);
    load();
}

void ScheduleEditor::load()
{
    Result<FlexSchedule> s = FlexSchedule::load(m_path);
    if (s) {
        m_schedule = s.value();
    } else {
        m_schedule = FlexSchedule();
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The saved schedule cannot be used; saving here replaces it."),
                                s.error().message);
    }
    refreshTable();
    showRule(m_schedule.rules.isEmpty() ? -1 : 0);
    if (!m_schedule.rules.isEmpty())
        m_table->setCurrentCell(0, NameColumn);
}

void ScheduleEditor::refreshTable()
{
    m_table->setRowCount(int(m_schedule.rules.size()));
    for (int row = 0; row < m_schedule.rules.size(); ++row)
        refreshRow(row);
}

void ScheduleEditor::refreshRow(int row)
{
    const ScheduleRule &r = m_schedule.rules[row];
    const QStringList cells = {
        r.enabled ? tr("yes") : tr("no"), r.name,
        tr("%1 at %2").arg(r.daysText(), r.at.isValid() ? r.at.toString(QStringLiteral("HH:mm")) : tr("?")),
        r.selector.describe(), r.actionText()};
    for (int c = 0; c < ColumnCount; ++c) {
        if (!m_table->item(row, c))
            m_table->setItem(row, c, new QTableWidgetItem);
        m_table->item(row, c)->setText(cells[c]);
    }
}

ScheduleRule *ScheduleEditor::current()
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_schedule.rules.size() ? &m_schedule.rules[row] : nullptr;
}

QList<DomainSnapshot> ScheduleEditor::matches(const ScheduleRule &rule) const
{
    QList<DomainSnapshot> out;
    if (!m_services.servers)
        return out;
    for (const QString &uri : m_services.servers->hostUris())
        out << rule.selector.filter(m_services.servers->serversOf(uri));
    return out;
}

void ScheduleEditor::showRule(int row)
{
    const bool has = row >= 0 && row < m_schedule.rules.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_enabled, m_time, m_servers, m_tags, m_action,
                                                       m_amount, m_remove})
        w->setEnabled(has);
    for (QCheckBox *d : std::as_const(m_days))
        d->setEnabled(has);
    if (!has) {
        m_matches->clear();
        return;
    }
    m_updating = true;
    const ScheduleRule &r = m_schedule.rules[row];
    m_name->setText(r.name);
    m_enabled->setChecked(r.enabled);
    m_time->setText(r.at.isValid() ? r.at.toString(QStringLiteral("HH:mm")) : QString());
    for (int d = 1; d <= 7; ++d)
        m_days[d - 1]->setChecked(r.days.contains(d));
    m_servers->setText(r.selector.names.join(QStringLiteral(", ")));
    m_tags->setText(r.selector.tags.join(QStringLiteral(", ")));
    m_action->setCurrentIndex(m_action->findData(int(r.action)));
    m_amount->setValue(r.amount);
    m_updating = false;
    formChanged();
}

void ScheduleEditor::formChanged()
{
    ScheduleRule *r = current();
    if (m_updating || !r)
        return;
    r->name = m_name->text().trimmed();
    r->enabled = m_enabled->isChecked();
    static const QRegularExpression hhmm(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const QRegularExpressionMatch m = hhmm.match(m_time->text().trimmed());
    r->at = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
    m_timeError->setText(m.hasMatch() ? QString()
                                      : tr("\"%1\" is not a time of day: write HH:MM, from 00:00 to 23:59.")
                                            .arg(m_time->text().trimmed()));
    r->days.clear();
    for (int d = 1; d <= 7; ++d) {
        if (m_days[d - 1]->isChecked())
            r->days << d;
    }
    if (r->days.size() == 7)
        r->days.clear();
    r->selector.names = splitList(m_servers->text());
    r->selector.tags = splitList(m_tags->text());
    r->action = ScheduleRule::Action(m_action->currentData().toInt());
    r->amount = m_amount->value();
    refreshRow(m_table->currentRow());
    const QList<DomainSnapshot> found = matches(*r);
    QStringList names;
    for (const DomainSnapshot &s : found)
        names << s.name;
    m_matches->setText(
        names.isEmpty()
            ? tr("no server on the connected hosts")
            : tr("%n servers: %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", "))));
}

void ScheduleEditor::addRule()
{
    ScheduleRule r;
    r.name = tr("rule %1").arg(m_schedule.rules.size() + 1);
    r.at = QTime(14, 0);
    m_schedule.rules << r;
    refreshTable();
    m_table->setCurrentCell(int(m_schedule.rules.size()) - 1, NameColumn);
    m_servers->setFocus();
}

void ScheduleEditor::removeRule()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_schedule.rules.size())
        return;
    m_schedule.rules.removeAt(row);
    refreshTable();
    const int next = std::min(row, int(m_schedule.rules.size()) - 1);
    if (next >= 0)
        m_table->setCurrentCell(next, NameColumn);
    showRule(next);
}

Status ScheduleEditor::save()
{
    QStringList problems = m_schedule.problems();
    // A rule that selects nothing is most likely a typo; check it while the hosts are there to ask.
    const bool anyHost = m_services.servers && m_services.servers->serverCount() > 0;
    for (const ScheduleRule &r : std::as_const(m_schedule.rules)) {
        if (anyHost && r.enabled && !r.selector.isEmpty() && matches(r).isEmpty())
            problems
                << tr("rule \"%1\" matches no server on the connected hosts (%2); check the names and tags.")
                       .arg(r.name, r.selector.describe());
    }
    if (!problems.isEmpty())
        return Error(tr("The schedule was not saved:\n%1").arg(problems.join(QLatin1Char('\n'))));
    if (Status s = m_schedule.save(m_path); !s)
        return s;
    Q_EMIT saved();
    return {};
}

} // namespace virtdeck
