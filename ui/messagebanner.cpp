#include "messagebanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ui {

MessageBanner::MessageBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_text, 1);
    setKind(kind);
}

void MessageBanner::setKind(Kind kind)
{
    QString colors;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Information:
        colors = QStringLiteral("background:#e3f2fd; border:1px solid #90caf9; color:#0d47a1;");
        break;
    case Kind::Warning:
        colors = QStringLiteral("background:#fff8e1; border:1px solid #ffcc80; color:#5d4037;");
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        colors = QStringLiteral("background:#ffebee; border:1px solid #ef9a9a; color:#b71c1c;");
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    setStyleSheet(QStringLiteral("ui--MessageBanner { %1 border-radius:4px; } QLabel { background:transparent; border:none; }").arg(colors));
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(20, 20));
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QPushButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_layout->addWidget(button);
    return button;
}

} // namespace ui
