#pragma once

#include <QImage>
#include <QString>

namespace PayDesk {

// A QR code of TEXT, drawn by libqrencode, with a quiet zone, MODULE pixels per module.
class QrCode
{
public:
    static QImage render(const QString& text, int module = 6);
};

} // namespace PayDesk
