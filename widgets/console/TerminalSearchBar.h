#pragma once

// The search strip of a terminal (Ctrl+Shift+F): text, previous/next, match case, and a "no match"
// note. TerminalView owns it, shows it at the top of its viewport and runs the searches.

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace virtdeck {

class TerminalSearchBar : public QFrame
{
    Q_OBJECT
public:
    explicit TerminalSearchBar(QWidget *parent = nullptr);

    QString text() const;
    bool caseSensitive() const;
    void setNotFound(bool notFound);
    void activate(); // shows, focuses and selects the text

Q_SIGNALS:
    void findRequested(const QString &text, bool backwards, bool caseSensitive);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_field;
    QCheckBox *m_case;
    QLabel *m_status;
};

} // namespace virtdeck
