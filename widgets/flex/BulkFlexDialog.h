#pragma once

// Bulk flex of the selected servers: "+N shares", "−N shares" or "set to N", with each server's target
// and whether it applies now, at next boot or is refused (and why) before anything runs; then one
// operation per server, progress across the batch, the failures listed and "Retry failed". Opened by
// the main window's "Flex selected servers…" action.

#include "core/Services.h"
#include "flex/BulkFlex.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace virtdeck {

class MessageBar;
class ShareProfileStore;

class BulkFlexDialog : public QDialog
{
    Q_OBJECT
public:
    BulkFlexDialog(const Services &services, const ShareProfileStore *profiles,
                   const QList<DomainSnapshot> &servers, QWidget *parent = nullptr);

    const QList<FlexPlan> &plans() const { return m_plans; }
    BulkFlexBatch *batch() const { return m_batch; }

private:
    enum Column
    {
        ServerColumn,
        NowColumn,
        TargetColumn,
        StatusColumn,
        ColumnCount
    };
    void replan();
    void apply();
    void retry();
    void operationFinished(const Operation &op);
    void showProgress();
    void setStatus(int row, const QString &text);

    Services m_services;
    const ShareProfileStore *m_profiles;
    QList<DomainSnapshot> m_servers;
    QList<FlexPlan> m_plans;
    BulkFlexBatch *m_batch = nullptr;

    MessageBar *m_messages = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountError = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_failures = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace virtdeck
