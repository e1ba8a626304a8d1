#include "statusstyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ui::statusstyle {

using core::ObligationStatus;

namespace {

enum class Glyph { Check, CheckPlus, Late, Dots, Back, Dash, Bang, Clock, Empty, Question };

Glyph glyphFor(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::DoneOnTime: return Glyph::Check;
    case ObligationStatus::DoneOnTimeAfterExtension: return Glyph::CheckPlus;
    case ObligationStatus::DoneLate: return Glyph::Late;
    case ObligationStatus::AwaitingVerification: return Glyph::Dots;
    case ObligationStatus::Returned: return Glyph::Back;
    case ObligationStatus::NotApplicable: return Glyph::Dash;
    case ObligationStatus::Overdue: return Glyph::Bang;
    case ObligationStatus::DueSoon: return Glyph::Clock;
    case ObligationStatus::Upcoming: return Glyph::Empty;
    }
    return Glyph::Empty;
}

QPixmap drawIcon(const QColor &fill, Glyph glyph, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.08, s * 0.08, s * 0.84, s * 0.84);
    if (glyph == Glyph::Empty) {
        p.setPen(QPen(fill, s * 0.12));
        p.setBrush(Qt::white);
        p.drawEllipse(circle.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        return pixmap;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(circle);
    QPen pen(Qt::white, s * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const auto pt = [s](qreal x, qreal y) { return QPointF(s * x, s * y); };
    switch (glyph) {
    case Glyph::Check:
    case Glyph::CheckPlus:
        p.drawPolyline(QList<QPointF>{pt(0.28, 0.52), pt(0.44, 0.67), pt(0.72, 0.36)});
        if (glyph == Glyph::CheckPlus) {
            p.setPen(QPen(Qt::white, s * 0.07, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(pt(0.72, 0.60), pt(0.72, 0.78));
            p.drawLine(pt(0.63, 0.69), pt(0.81, 0.69));
        }
        break;
    case Glyph::Late:
        p.drawPolyline(QList<QPointF>{pt(0.26, 0.50), pt(0.40, 0.64), pt(0.62, 0.34)});
        p.setPen(QPen(Qt::white, s * 0.08, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(pt(0.70, 0.56), pt(0.70, 0.70));
        p.drawPoint(pt(0.70, 0.80));
        break;
    case Glyph::Dots:
        p.setPen(QPen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap));
        for (qreal x : {0.30, 0.50, 0.70})
            p.drawPoint(pt(x, 0.5));
        break;
    case Glyph::Back: {
        QPainterPath arrow;
        arrow.moveTo(pt(0.34, 0.38));
        arrow.lineTo(pt(0.62, 0.38));
        arrow.cubicTo(pt(0.78, 0.38), pt(0.78, 0.68), pt(0.62, 0.68));
        arrow.lineTo(pt(0.40, 0.68));
        p.drawPath(arrow);
        p.drawPolyline(QList<QPointF>{pt(0.44, 0.26), pt(0.32, 0.38), pt(0.44, 0.50)});
        break;
    }
    case Glyph::Dash:
        p.drawLine(pt(0.30, 0.5), pt(0.70, 0.5));
        break;
    case Glyph::Bang:
        p.drawLine(pt(0.5, 0.26), pt(0.5, 0.56));
        p.setPen(QPen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap));
        p.drawPoint(pt(0.5, 0.74));
        break;
    case Glyph::Clock:
        p.setPen(QPen(Qt::white, s * 0.08, Qt::SolidLine, Qt::RoundCap));
        p.drawEllipse(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5));
        p.drawPolyline(QList<QPointF>{pt(0.5, 0.36), pt(0.5, 0.5), pt(0.60, 0.57)});
        break;
    case Glyph::Question: {
        QFont font;
        font.setPixelSize(int(s * 0.62));
        font.setBold(true);
        p.setFont(font);
        p.drawText(circle, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case Glyph::Empty:
        break;
    }
    return pixmap;
}

QIcon makeIcon(const QColor &fill, Glyph glyph)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawIcon(fill, glyph, size));
    return icon;
}

} // namespace

QColor color(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::DoneOnTime: return QColor(0x2e, 0x7d, 0x32);
    case ObligationStatus::DoneOnTimeAfterExtension: return QColor(0x00, 0x89, 0x7b);
    case ObligationStatus::DoneLate: return QColor(0x8d, 0x6e, 0x1f);
    case ObligationStatus::AwaitingVerification: return QColor(0x15, 0x65, 0xc0);
    case ObligationStatus::Returned: return QColor(0xe6, 0x51, 0x00);
    case ObligationStatus::NotApplicable: return QColor(0x90, 0xa4, 0xae);
    case ObligationStatus::Overdue: return QColor(0xc6, 0x28, 0x28);
    case ObligationStatus::DueSoon: return QColor(0xf9, 0xa8, 0x25);
    case ObligationStatus::Upcoming: return QColor(0x78, 0x90, 0x9c);
    }
    return Qt::gray;
}

QColor background(ObligationStatus status)
{
    const QColor c = color(status);
    return QColor(c.red(), c.green(), c.blue(), 34);
}

QIcon icon(ObligationStatus status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it == cache.end())
        it = cache.insert(int(status), makeIcon(color(status), glyphFor(status)));
    return *it;
}

int severity(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::Overdue: return 8;
    case ObligationStatus::Returned: return 7;
    case ObligationStatus::DueSoon: return 6;
    case ObligationStatus::AwaitingVerification: return 5;
    case ObligationStatus::Upcoming: return 4;
    case ObligationStatus::DoneLate: return 3;
    case ObligationStatus::DoneOnTimeAfterExtension: return 2;
    case ObligationStatus::DoneOnTime: return 1;
    case ObligationStatus::NotApplicable: return 0;
    }
    return 0;
}

QIcon reviewIcon()
{
    static const QIcon icon = makeIcon(QColor(0x6a, 0x1b, 0x9a), Glyph::Question);
    return icon;
}

} // namespace ui::statusstyle
