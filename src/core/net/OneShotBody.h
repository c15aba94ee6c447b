#pragma once

#include <QIODevice>

namespace PayDesk {

// A request body that can be read once and never rewound. QNetworkAccessManager silently
// re-sends a POST whose connection dropped before the answer (seen with a TCP reset); with a
// sequential, unbuffered body it cannot, so a money operation is sent at most once.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    OneShotBody(QByteArray data, QObject* parent);
    bool isSequential() const override { return true; }
    // Refused quietly: QNAM's rewind attempt before a re-send is exactly what must fail.
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace PayDesk
