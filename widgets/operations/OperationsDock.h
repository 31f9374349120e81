#pragma once

// The operations log ("orders in progress") as a dock: every change, newest first, with its state,
// servers, times, progress and result; retry a failed one, cancel a queued one, clear the finished ones;
// a detail pane with the error, libvirt's detail and the steps logged. Created by MainWindow.

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace virtdeck {

class MessageBar;
class OperationListModel;
class OperationQueue;
struct Operation;

class OperationsDock : public QDockWidget
{
    Q_OBJECT
public:
    OperationsDock(OperationQueue *queue, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    OperationListModel *model() const { return m_model; }
    // Failed operations not looked at yet (shown in the dock title).
    int unseenFailures() const { return m_unseenFailures; }
    void markSeen();

Q_SIGNALS:
    // A background operation failed: MainWindow raises a notification.
    void operationFailed(const virtdeck::Operation &op);

private:
    // Asks before a retry (the kind's confirmation, the servers it runs on again), then retries.
    void askRetry();
    void retry(const QString &id);
    void updateButtons();
    void showDetails();
    void updateTitle();
    QString currentId() const;

    OperationQueue *m_queue;
    OperationListModel *m_model;
    QTreeView *m_view;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_clear;
    QPlainTextEdit *m_details;
    MessageBar *m_messages;
    int m_unseenFailures = 0;
};

} // namespace virtdeck
