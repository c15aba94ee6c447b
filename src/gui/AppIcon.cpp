#include "gui/AppIcon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>

namespace PayDesk {

void AppIcon::paint(QPainter* p, int size)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->scale(size / 64.0, size / 64.0);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0x16, 0x70, 0x5c));
    p->drawRoundedRect(QRectF(2, 2, 60, 60), 13, 13);
    p->setBrush(Qt::white);
    p->drawRoundedRect(QRectF(10, 17, 44, 31), 5, 5);
    p->setBrush(QColor(0x0d, 0x4a, 0x3d));
    p->drawRect(QRectF(10, 23, 44, 7));
    p->setBrush(QColor(0xf2, 0xb7, 0x05));
    p->drawRoundedRect(QRectF(16, 36, 11, 7), 1.5, 1.5);
    p->restore();
}

QImage AppIcon::image(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, size);
    return image;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(QPixmap::fromImage(image(size)));
    return icon;
}

} // namespace PayDesk
