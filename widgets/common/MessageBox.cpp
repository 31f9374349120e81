#include "common/MessageBox.h"

#include "operations/OperationQueue.h"

#include <QCheckBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace virtdeck {

namespace {
std::optional<MessageBox::Answer> s_nextAnswer;
int s_asked = 0;
QString s_lastText;
} // namespace

MessageBox::Question MessageBox::fromConfirmation(const OperationConfirmation &confirmation)
{
    Question q;
    q.title = confirmation.title;
    q.text = confirmation.text;
    q.informativeText = confirmation.informativeText;
    q.acceptText = confirmation.acceptText;
    q.icon = QMessageBox::Warning;
    q.defaultButton = QMessageBox::No;
    return q;
}

void MessageBox::ask(QWidget *parent, const Question &question, Callback done)
{
    ++s_asked;
    s_lastText = question.text;
    if (s_nextAnswer) {
        const Answer answer = *std::exchange(s_nextAnswer, std::nullopt);
        QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [guard, answer, done = std::move(done)] {
            if (guard)
                done(answer);
        });
        return;
    }
    auto *box = new QMessageBox(question.icon, question.title, question.text, question.buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setObjectName(QStringLiteral("virtdeckQuestion"));
    box->setInformativeText(question.informativeText);
    box->setDetailedText(question.detailedText);
    box->setDefaultButton(question.defaultButton);
    if (!question.acceptText.isEmpty()) {
        for (auto which : {QMessageBox::Yes, QMessageBox::Ok}) {
            if (QAbstractButton *b = box->button(which))
                b->setText(question.acceptText);
        }
    }
    if (!question.checkBoxText.isEmpty())
        box->setCheckBox(new QCheckBox(question.checkBoxText, box));
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)](int) {
        Answer answer;
        answer.button = box->standardButton(box->clickedButton());
        if (answer.button == QMessageBox::NoButton)
            answer.button = QMessageBox::Cancel; // closed with Escape or the window button
        answer.checked = box->checkBox() && box->checkBox()->isChecked();
        done(answer);
    });
    box->open();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button, bool checked)
{
    s_nextAnswer = Answer{button, checked};
}

int MessageBox::askedCount()
{
    return s_asked;
}

QString MessageBox::lastQuestionText()
{
    return s_lastText;
}

void MessageBox::resetCounters()
{
    s_asked = 0;
    s_lastText.clear();
    s_nextAnswer.reset();
}

} // namespace virtdeck
