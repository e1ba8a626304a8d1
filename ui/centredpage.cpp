#include "centredpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ui::centredpage {

QVBoxLayout *addColumn(QWidget *page, int maximumWidth)
{
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto *column = new QWidget(page);
    column->setMaximumWidth(maximumWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    return layout;
}

QLabel *addTitle(QVBoxLayout *column, const QString &text, qreal scale)
{
    auto *title = new QLabel(text, column->parentWidget());
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    column->addWidget(title);
    return title;
}

QLabel *addText(QVBoxLayout *column, const QString &text)
{
    auto *label = new QLabel(text, column->parentWidget());
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    column->addWidget(label);
    return label;
}

} // namespace ui::centredpage
