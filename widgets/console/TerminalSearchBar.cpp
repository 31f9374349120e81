#include "console/TerminalSearchBar.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace virtdeck {

TerminalSearchBar::TerminalSearchBar(QWidget *parent)
    : QFrame(parent)
    , m_field(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("terminalSearchBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_field->setObjectName(QStringLiteral("terminalSearchField"));
    m_field->setPlaceholderText(tr("Search the scrollback"));
    m_field->setClearButtonEnabled(true);
    m_case->setObjectName(QStringLiteral("terminalSearchCase"));
    m_status->setObjectName(QStringLiteral("terminalSearchStatus"));

    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("terminalSearchPrevious"));
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Enter)"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("terminalSearchNext"));
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Shift+Enter)"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("terminalSearchClose"));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the search (Escape)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_case);
    layout->addWidget(m_status);
    layout->addWidget(close);

    auto find = [this](bool backwards) {
        if (!m_field->text().isEmpty())
            Q_EMIT findRequested(m_field->text(), backwards, m_case->isChecked());
    };
    // Searching upwards first: what was just printed is at the bottom.
    connect(m_field, &QLineEdit::returnPressed, this,
            [find] { find(!(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)); });
    connect(previous, &QToolButton::clicked, this, [find] { find(true); });
    connect(next, &QToolButton::clicked, this, [find] { find(false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_field, &QLineEdit::textChanged, this, [this] { setNotFound(false); });
}

QString TerminalSearchBar::text() const
{
    return m_field->text();
}

bool TerminalSearchBar::caseSensitive() const
{
    return m_case->isChecked();
}

void TerminalSearchBar::setNotFound(bool notFound)
{
    m_status->setText(notFound ? tr("No match") : QString());
}

void TerminalSearchBar::activate()
{
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void TerminalSearchBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return; // handled by the field (returnPressed); not for the terminal behind
    QFrame::keyPressEvent(event);
}

} // namespace virtdeck
