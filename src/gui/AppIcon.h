#pragma once

#include <QIcon>

class QPainter;

namespace PayDesk {

// The application icon: the geometry of resources/icons/paydesk.svg, painted at any size.
class AppIcon
{
public:
    static void paint(QPainter* painter, int size);
    static QImage image(int size);
    static QIcon icon();
};

} // namespace PayDesk
