#include "core/callback/CallbackListener.h"

#include "core/session/Desk.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace PayDesk {

namespace {
constexpr qsizetype MaxHead = 16 * 1024;
}

CallbackListener::CallbackListener(Desk* desk)
    : QObject(desk)
    , m_desk(desk)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_heads.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool CallbackListener::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString CallbackListener::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/paydesk/callback").arg(m_server->serverPort());
}

void CallbackListener::read(QTcpSocket* socket)
{
    QByteArray& head = m_heads[socket];
    head += socket->readAll();
    if (!head.contains("\r\n\r\n") && head.size() < MaxHead)
        return;
    // "GET /paydesk/callback?mdOrder=…&operation=… HTTP/1.1": the query is the callback.
    const QString target = QString::fromLatin1(head.left(head.indexOf("\r\n")).split(' ').value(1));
    const std::optional<CallbackMessage> message = CallbackMessage::parse(target);
    socket->write(message ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK"
                          : "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
    m_heads.remove(socket);
    if (!message)
        return;
    if (!message->orderId().isEmpty())
        m_desk->refresh(message->orderId());
    emit received(*message);
}

} // namespace PayDesk
