#pragma once

// An inline message strip shown at the top of the page that asked for an action: the translated message,
// and the library's detail behind a "Details" toggle. Every page with direct actions owns one.

#include "core/Result.h"

#include <QFrame>

class QLabel;
class QToolButton;
class QPlainTextEdit;

namespace virtdeck {

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Information,
        Positive,
        Warning,
        Error
    };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &detail = {});
    void showError(const Error &error);
    void clearMessage();

    Level level() const { return m_level; }
    QString text() const;
    QString detail() const;

Q_SIGNALS:
    void dismissed();

private:
    void applyLevelStyle();

    Level m_level = Level::Information;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace virtdeck
