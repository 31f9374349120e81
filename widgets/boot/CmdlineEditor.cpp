#include "boot/CmdlineEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace virtdeck {

namespace {
QCheckBox *check(QWidget *parent, const QString &text, const char *name, const QString &tip)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1String(name));
    box->setToolTip(tip);
    return box;
}
} // namespace

CmdlineEditor::CmdlineEditor(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    connectControls();
    refresh(nullptr);
}

QStringList CmdlineEditor::consolePresets()
{
    return {QStringLiteral("ttyS0,115200"), QStringLiteral("hvc0"), QStringLiteral("xvc0"),
            QStringLiteral("tty0")};
}

QStringList CmdlineEditor::rootChoicesFor(const QStringList &diskTargets)
{
    QStringList out;
    for (const QString &t : diskTargets) {
        if (t.isEmpty())
            continue;
        const QString dev = QStringLiteral("/dev/") + t;
        out << dev << dev + QLatin1Char('1') << dev + QLatin1Char('2');
    }
    return out;
}

void CmdlineEditor::buildUi()
{
    m_selinuxOff = check(this, tr("SELinux off (selinux=0)"), "selinuxOffCheck",
                         tr("Boots without SELinux, e.g. to repair labels that lock you out."));
    m_single = check(this, tr("Single-user mode (single)"), "singleUserCheck",
                     tr("Boots to a root shell without network or services, when the system supports it."));
    m_rescueShell =
        check(this, tr("Rescue shell (init=/bin/sh)"), "rescueShellCheck",
              tr("Starts /bin/sh instead of the init system. With an initramfs, the initramfs passes "
                 "it on to the real root file system."));
    m_sysrq =
        check(this, tr("Magic SysRq always on (sysrq_always_enabled)"), "sysrqCheck",
              tr("SysRq keys work even if the system disables them, so a hung guest can still be synced "
                 "and rebooted."));
    m_quiet =
        check(this, tr("Quiet boot (quiet)"), "quietCheck", tr("Fewer kernel messages on the console."));

    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevelCombo"));
    m_logLevel->addItem(tr("Kernel default"));
    const QStringList levels = {tr("emergencies"), tr("alerts"),  tr("critical"),    tr("errors"),
                                tr("warnings"),    tr("notices"), tr("information"), tr("debug")};
    for (int i = 0; i < levels.size(); ++i)
        m_logLevel->addItem(tr("%1 — up to %2 (loglevel=%1)").arg(i).arg(levels[i]));

    m_root = new QComboBox(this);
    m_root->setObjectName(QStringLiteral("rootCombo"));
    m_root->setEditable(true);
    m_root->setInsertPolicy(QComboBox::NoInsert);
    m_root->lineEdit()->setPlaceholderText(tr("not set: e.g. /dev/vda1, LABEL=rootfs, UUID=…"));
    m_rootMode = new QComboBox(this);
    m_rootMode->setObjectName(QStringLiteral("rootModeCombo"));
    m_rootMode->addItems(
        {tr("Not set (most systems mount it read-only first)"), tr("Read-only (ro)"), tr("Read-write (rw)")});

    m_consoles = new QListWidget(this);
    m_consoles->setObjectName(QStringLiteral("consoleList"));
    m_consoles->setMaximumHeight(110);
    m_consoles->setToolTip(
        tr("Kernel messages go to every ticked console; the last one becomes /dev/console, "
           "where the system's own messages and single-user shell appear."));
    m_consoleAdd = new QLineEdit(this);
    m_consoleAdd->setObjectName(QStringLiteral("consoleAddEdit"));
    m_consoleAdd->setPlaceholderText(tr("another console, e.g. ttyS1,9600"));
    m_consoleAddButton = new QPushButton(tr("Add"), this);
    m_consoleAddButton->setObjectName(QStringLiteral("consoleAddButton"));
    m_consolePrimary = new QPushButton(tr("Make /dev/console"), this);
    m_consolePrimary->setObjectName(QStringLiteral("consolePrimaryButton"));

    m_rest = new QLineEdit(this);
    m_rest->setObjectName(QStringLiteral("restEdit"));
    m_rest->setPlaceholderText(tr("other options, as on a kernel command line"));

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("cmdlinePreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMaximumHeight(72);
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("cmdlineSize"));
    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(QStringLiteral("cmdlineIssues"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::RichText);

    auto *toggles = new QGridLayout;
    toggles->addWidget(m_selinuxOff, 0, 0);
    toggles->addWidget(m_single, 0, 1);
    toggles->addWidget(m_rescueShell, 1, 0);
    toggles->addWidget(m_sysrq, 1, 1);
    auto *log = new QHBoxLayout;
    log->addWidget(m_quiet);
    log->addWidget(m_logLevel, 1);
    auto *consoleButtons = new QHBoxLayout;
    consoleButtons->addWidget(m_consoleAdd, 1);
    consoleButtons->addWidget(m_consoleAddButton);
    consoleButtons->addWidget(m_consolePrimary);
    auto *consoles = new QVBoxLayout;
    consoles->addWidget(m_consoles);
    consoles->addLayout(consoleButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Repair:"), toggles);
    form->addRow(tr("Root device:"), m_root);
    form->addRow(tr("Root file system:"), m_rootMode);
    form->addRow(tr("Messages:"), log);
    form->addRow(tr("Consoles:"), consoles);
    form->addRow(tr("Other options:"), m_rest);
    form->addRow(tr("Command line:"), m_preview);
    form->addRow(QString(), m_size);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_issuesLabel);
}

void CmdlineEditor::connectControls()
{
    connect(m_selinuxOff, &QCheckBox::clicked, this, [this](bool on) {
        m_toggles.setSelinuxOff(on);
        userChanged(m_selinuxOff);
    });
    connect(m_single, &QCheckBox::clicked, this, [this](bool on) {
        m_toggles.setSingleUser(on);
        userChanged(m_single);
    });
    connect(m_rescueShell, &QCheckBox::clicked, this, [this](bool on) {
        m_toggles.setRescueShell(on);
        userChanged(m_rescueShell);
    });
    connect(m_sysrq, &QCheckBox::clicked, this, [this](bool on) {
        m_toggles.setSysrqAlwaysEnabled(on);
        userChanged(m_sysrq);
    });
    connect(m_quiet, &QCheckBox::clicked, this, [this](bool on) {
        m_toggles.setQuiet(on);
        userChanged(m_quiet);
    });
    connect(m_logLevel, &QComboBox::activated, this, [this](int index) {
        m_toggles.setLogLevel(index <= 0 ? std::nullopt : std::optional<int>(index - 1));
        userChanged(m_logLevel);
    });
    // Typing and picking from the list; a value with spaces is quoted by CmdlineToggles.
    connect(m_root->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        m_toggles.setRoot(text);
        userChanged(m_root);
    });
    connect(m_root, &QComboBox::activated, this, [this](int index) {
        m_toggles.setRoot(m_root->itemText(index));
        userChanged(nullptr);
    });
    connect(m_rootMode, &QComboBox::activated, this, [this](int index) {
        m_toggles.setRootMode(CmdlineToggles::RootMode(index));
        userChanged(m_rootMode);
    });
    connect(m_consoles, &QListWidget::itemChanged, this, [this](QListWidgetItem *) { consolesEdited(); });
    connect(m_consoleAddButton, &QPushButton::clicked, this, &CmdlineEditor::addConsole);
    connect(m_consoleAdd, &QLineEdit::returnPressed, this, &CmdlineEditor::addConsole);
    connect(m_consolePrimary, &QPushButton::clicked, this, &CmdlineEditor::makePrimaryConsole);
    connect(m_rest, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_toggles.setRestText(text);
        userChanged(m_rest);
    });
    // Once the user leaves the field, options a control shows move to that control.
    connect(m_rest, &QLineEdit::editingFinished, this, [this] {
        const QSignalBlocker block(m_rest);
        m_rest->setText(m_toggles.restText());
    });
}

void CmdlineEditor::setCmdline(const QString &text)
{
    m_toggles.setText(text);
    refresh(nullptr);
}

void CmdlineEditor::setLimit(const CmdlineLimit &limit)
{
    m_limit = limit;
    refresh(m_rest); // keeps what is being typed
}

void CmdlineEditor::setRootChoices(const QStringList &devices)
{
    const QSignalBlocker block(m_root);
    const QString current = m_root->currentText();
    m_root->clear();
    m_root->addItems(devices);
    m_root->setEditText(current);
}

void CmdlineEditor::userChanged(const QWidget *source)
{
    refresh(source);
    Q_EMIT cmdlineChanged(m_toggles.text());
}

void CmdlineEditor::refresh(const QWidget *source)
{
    const std::pair<QCheckBox *, bool> boxes[] = {{m_selinuxOff, m_toggles.selinuxOff()},
                                                  {m_single, m_toggles.singleUser()},
                                                  {m_rescueShell, m_toggles.rescueShell()},
                                                  {m_sysrq, m_toggles.sysrqAlwaysEnabled()},
                                                  {m_quiet, m_toggles.quiet()}};
    for (const auto &[box, on] : boxes) {
        const QSignalBlocker block(box);
        box->setChecked(on);
    }
    {
        const QSignalBlocker block(m_logLevel);
        const std::optional<int> level = m_toggles.logLevel();
        m_logLevel->setCurrentIndex(level ? *level + 1 : 0);
    }
    if (source != m_root) {
        const QSignalBlocker block(m_root);
        m_root->setEditText(m_toggles.root());
    }
    {
        const QSignalBlocker block(m_rootMode);
        m_rootMode->setCurrentIndex(int(m_toggles.rootMode()));
    }
    renderConsoles();
    if (source != m_rest) {
        const QSignalBlocker block(m_rest);
        m_rest->setText(m_toggles.restText());
    }

    const QString text = m_toggles.text();
    if (m_preview->toPlainText() != text)
        m_preview->setPlainText(text);
    m_issues = KernelCmdline::validate(text, m_limit);
    m_size->setText(tr("%1 of at most %2 bytes").arg(text.toUtf8().size()).arg(m_limit.maxBytes));
    QStringList lines;
    for (const CmdlineIssue &issue : std::as_const(m_issues)) {
        const bool error = issue.severity == CmdlineIssue::Severity::Error;
        lines << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                     .arg(error ? QStringLiteral("#c62828") : QStringLiteral("#a15c00"),
                          error ? tr("Error:") : tr("Warning:"), issue.message.toHtmlEscaped());
    }
    m_issuesLabel->setText(lines.join(QStringLiteral("<br>")));
    m_issuesLabel->setVisible(!lines.isEmpty());
}

void CmdlineEditor::renderConsoles()
{
    const QStringList active = m_toggles.consoles();
    QStringList all = active;
    for (const QString &preset : consolePresets()) {
        if (!all.contains(preset))
            all << preset;
    }
    // Items are not deleted from inside their own itemChanged signal: a rebuild waits for the event loop.
    if (m_consoles->count() != all.size() && m_inConsoleEdit) {
        QTimer::singleShot(0, this, &CmdlineEditor::renderConsoles);
        return;
    }
    const QSignalBlocker block(m_consoles);
    const QString selected =
        m_consoles->currentItem() ? m_consoles->currentItem()->data(Qt::UserRole).toString() : QString();
    if (m_consoles->count() != all.size()) {
        m_consoles->clear();
        for (qsizetype i = 0; i < all.size(); ++i) {
            auto *item = new QListWidgetItem(m_consoles);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < all.size(); ++i) {
        QListWidgetItem *item = m_consoles->item(i);
        const bool on = i < active.size();
        const bool primary = on && i == active.size() - 1;
        item->setText(primary ? tr("%1 — /dev/console").arg(all[i]) : all[i]);
        item->setData(Qt::UserRole, all[i]);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (all[i] == selected)
            m_consoles->setCurrentItem(item);
    }
}

void CmdlineEditor::consolesEdited()
{
    const QScopedValueRollback<bool> editing(m_inConsoleEdit, true);
    QStringList on;
    for (int i = 0; i < m_consoles->count(); ++i) {
        if (m_consoles->item(i)->checkState() == Qt::Checked)
            on << m_consoles->item(i)->data(Qt::UserRole).toString();
    }
    m_toggles.setConsoles(on);
    userChanged(m_consoles);
}

void CmdlineEditor::addConsole()
{
    const QString value = m_consoleAdd->text().trimmed();
    if (value.isEmpty())
        return;
    QStringList consoles = m_toggles.consoles();
    consoles.removeAll(value);
    consoles << value; // added last: it becomes /dev/console
    m_toggles.setConsoles(consoles);
    m_consoleAdd->clear();
    userChanged(m_consoleAdd);
}

void CmdlineEditor::makePrimaryConsole()
{
    QListWidgetItem *item = m_consoles->currentItem();
    if (!item)
        return;
    const QString value = item->data(Qt::UserRole).toString();
    QStringList consoles = m_toggles.consoles();
    consoles.removeAll(value);
    consoles << value;
    m_toggles.setConsoles(consoles);
    userChanged(m_consolePrimary);
}

} // namespace virtdeck
