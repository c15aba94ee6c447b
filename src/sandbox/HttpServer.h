#pragma once

#include "HttpConnection.h"

#include <QObject>

class QTcpServer;

namespace PayDesk::Sandbox {

class HttpServer final : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(HttpHandler handler, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    QTcpServer *m_server;
    HttpHandler m_handler;
};

} // namespace PayDesk::Sandbox
