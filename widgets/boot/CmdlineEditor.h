#pragma once

// The command line editor of the boot page: toggles and pickers for the options customers use to repair
// a server (SELinux off, single user, root device, ro/rw, consoles, SysRq, log level, rescue shell), a
// free-text field for the rest, a live preview with its size and the validation messages inline. All
// controls edit one CmdlineToggles, so each follows the others as they change. Owned by BootPage.

#include "boot/CmdlineToggles.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace virtdeck {

class CmdlineEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CmdlineEditor(QWidget *parent = nullptr);

    // Starts over from a command line (the definition's): every control is redrawn.
    void setCmdline(const QString &text);
    QString cmdline() const { return m_toggles.text(); }
    // The limit of the server's architecture / hypervisor, for the size check.
    void setLimit(const CmdlineLimit &limit);
    // Root devices offered in the picker: the server's disks and their first partitions.
    void setRootChoices(const QStringList &devices);
    QList<CmdlineIssue> issues() const { return m_issues; }
    bool hasErrors() const { return KernelCmdline::hasErrors(m_issues); }

    // /dev/vda, /dev/vda1, /dev/vda2 for each disk target ("vda"); cdroms and floppies are left out.
    static QStringList rootChoicesFor(const QStringList &diskTargets);
    static QStringList consolePresets();

Q_SIGNALS:
    // The user changed the command line (not emitted by setCmdline()).
    void cmdlineChanged(const QString &text);

private:
    void buildUi();
    void connectControls();
    // Redraws every control from m_toggles except source (the one the user is typing in).
    void refresh(const QWidget *source);
    void renderConsoles();
    void consolesEdited();
    void addConsole();
    void makePrimaryConsole();
    void userChanged(const QWidget *source);

    CmdlineToggles m_toggles;
    CmdlineLimit m_limit;
    QList<CmdlineIssue> m_issues;
    bool m_inConsoleEdit = false; // inside the console list's itemChanged

    QCheckBox *m_selinuxOff = nullptr;
    QCheckBox *m_single = nullptr;
    QCheckBox *m_rescueShell = nullptr;
    QCheckBox *m_sysrq = nullptr;
    QCheckBox *m_quiet = nullptr;
    QComboBox *m_logLevel = nullptr;
    QComboBox *m_root = nullptr;
    QComboBox *m_rootMode = nullptr;
    QListWidget *m_consoles = nullptr;
    QLineEdit *m_consoleAdd = nullptr;
    QPushButton *m_consoleAddButton = nullptr;
    QPushButton *m_consolePrimary = nullptr;
    QLineEdit *m_rest = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_issuesLabel = nullptr;
};

} // namespace virtdeck
