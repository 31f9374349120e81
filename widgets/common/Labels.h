#pragma once

// Small label factories shared by pages and dialogs that show text from servers or SSH (findings,
// host keys): plain text (never rich text), wrapped, selectable so it can be copied.

#include <QString>

class QLabel;
class QWidget;

namespace virtdeck::Labels {

QLabel *plainText(const QString &text, QWidget *parent);

} // namespace virtdeck::Labels
