#pragma once

// Edits a server's tags in place on the overview: comma- or space-separated, checked as typed, saved as
// an operation that adds and removes what the user changed relative to the tags the edit started from
// (a change made meanwhile elsewhere is kept). Disabled (with the reason) on read-only connections or
// when the metadata cannot be read.

#include "hypervisor/DomainSnapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace virtdeck {

class MessageBar;
class OperationQueue;

class TagEditor : public QWidget
{
    Q_OBJECT
public:
    TagEditor(OperationQueue *queue, MessageBar *messages, QWidget *parent = nullptr);

    void setServer(const DomainSnapshot &server);
    bool isEditing() const;

private:
    void validate();
    void save();

    OperationQueue *m_queue;
    MessageBar *m_messages;
    DomainSnapshot m_server;
    QStringList m_base; // the tags shown when the edit started
    QLineEdit *m_edit;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_hint;
};

} // namespace virtdeck
