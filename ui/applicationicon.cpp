#include "applicationicon.h"

namespace ui {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/ru.roadmaptracker.RoadmapTracker.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace ui
