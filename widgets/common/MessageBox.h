#pragma once

// Asynchronous questions to the user (confirmations, take-over prompts) without a nested event loop:
// the dialog opens window-modal and the answer arrives through a callback. Tests answer the next
// question through setNextAnswer(), the pattern KeePassXC uses for its GUI tests.

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace virtdeck {

struct OperationConfirmation;

class MessageBox
{
public:
    struct Question
    {
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        QString checkBoxText; // e.g. "Don't ask again for this server in this window"; empty: none
        QMessageBox::Icon icon = QMessageBox::Question;
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No;
        QMessageBox::StandardButton defaultButton = QMessageBox::No;
        QString acceptText; // relabels the affirmative button (Yes/Ok), e.g. "Force off"
    };
    struct Answer
    {
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        bool checked = false;
    };
    using Callback = std::function<void(Answer)>;

    // Shows the question window-modal on parent and calls done once with the answer. If the parent goes
    // away first, done is never called.
    static void ask(QWidget *parent, const Question &question, Callback done);
    // A warning question from an operation kind's confirmation (the first run and a retry ask the same).
    static Question fromConfirmation(const OperationConfirmation &confirmation);

    // Test hook: the next ask() does not show anything and answers this (delivered queued).
    static void setNextAnswer(QMessageBox::StandardButton button, bool checked = false);
    // Test hook: how many questions were asked since the last reset, and the last one's text.
    static int askedCount();
    static QString lastQuestionText();
    static void resetCounters();
};

} // namespace virtdeck
