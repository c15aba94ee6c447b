#pragma once

#include "core/callback/CallbackMessage.h"

#include <QHash>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace PayDesk {

class Desk;

// For testers on the sandbox: a small HTTP listener on 127.0.0.1 that takes the gateway's callbacks and
// has the desk read the order again at once. A callback is only a hint here: the order comes from the
// gateway, so no checksum is needed.
class CallbackListener : public QObject
{
    Q_OBJECT
public:
    explicit CallbackListener(Desk* desk); // a child of the desk

    bool listen(); // on 127.0.0.1, a free port
    QString url() const;

signals:
    void received(const CallbackMessage& message);

private:
    void read(QTcpSocket* socket);

    Desk* m_desk;
    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_heads;
};

} // namespace PayDesk
