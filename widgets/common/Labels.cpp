#include "common/Labels.h"

#include <QLabel>

namespace virtdeck::Labels {

QLabel *plainText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // what a server printed is never interpreted as markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace virtdeck::Labels
