#pragma once

// Edits the scheduled flex rules (flex-schedule.json): a table of rules and a form for the selected one
// (name, days, time, servers, tags, action), which servers it matches right now, and Save, which refuses
// an invalid time, a missing name or a rule that matches no server on the connected hosts, with the
// reason, and writes nothing. Opened from the main window's Flex menu; after saved() the lead calls
// FlexAutomation::reload().

#include "core/Services.h"
#include "flex/FlexSchedule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace virtdeck {

class MessageBar;

class ScheduleEditor : public QDialog
{
    Q_OBJECT
public:
    ScheduleEditor(const Services &services, QWidget *parent = nullptr,
                   const QString &path = FlexSchedule::defaultPath());

    const FlexSchedule &schedule() const { return m_schedule; }
    // Validates and writes the file; the error says what to fix (nothing is written then).
    Status save();
    // Servers a rule selects among the connected hosts.
    QList<DomainSnapshot> matches(const ScheduleRule &rule) const;

Q_SIGNALS:
    void saved();

private:
    enum Column
    {
        EnabledColumn,
        NameColumn,
        WhenColumn,
        ServersColumn,
        ActionColumn,
        ColumnCount
    };
    void load();
    void refreshTable();
    void refreshRow(int row);
    void showRule(int row);
    void formChanged();
    void addRule();
    void removeRule();
    ScheduleRule *current();

    Services m_services;
    QString m_path;
    FlexSchedule m_schedule;
    bool m_updating = false;

    MessageBar *m_messages = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_time = nullptr;
    QLabel *m_timeError = nullptr;
    QList<QCheckBox *> m_days;
    QLineEdit *m_servers = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_action = nullptr;
    QSpinBox *m_amount = nullptr;
    QLabel *m_matches = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace virtdeck
