#pragma once

// The strip above a console that says what happened to the server or the connection ("www-1 rebooted at
// 10:42:07", "Another client is using the console... [Take over]"), with one optional action button.
// ConsolePanel shows the session's banner in it.

#include "console/ConsoleSession.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace virtdeck {

class ConsoleBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConsoleBanner(QWidget *parent = nullptr);

    // Empty text hides the banner; empty actionText hides the button.
    void setMessage(ConsoleSession::BannerLevel level, const QString &text, const QString &actionText = {});
    QString text() const;
    QString actionText() const;

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

private:
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace virtdeck
