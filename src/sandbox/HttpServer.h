#pragma once

#include "sandbox/HttpConnection.h"

#include <QAbstractSocket>
#include <QObject>
#include <QSet>
#include <QTimer>

class QTcpServer;

namespace PayDesk::Sandbox {

struct HttpLimits
{
    int idleTimeoutMs = 30000;
    int maxConnections = 0; // 0 or more than the descriptor limit allows: what it allows
};

// Accepts connections up to a maximum that the process's descriptor limit can hold; beyond it the
// listening socket is paused (clients wait in the kernel's backlog) until a connection closes.
class HttpServer final : public QObject
{
    Q_OBJECT
public:
    HttpServer(HttpHandler handler, HttpLimits limits, QObject* parent = nullptr);

    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const;
    QString errorString() const;

    int connectionCount() const { return int(m_connections.size()); }
    int maxConnections() const { return m_maxConnections; }
    qint64 bufferedBytes() const;

    // RLIMIT_NOFILE's soft limit less the descriptors the process needs for itself.
    static int descriptorBudget();

private:
    void acceptPending();
    void onConnectionClosed(HttpConnection* connection);
    void onAcceptError(QAbstractSocket::SocketError error);

    QTcpServer* m_server;
    HttpHandler m_handler;
    HttpLimits m_limits;
    int m_maxConnections;
    QSet<HttpConnection*> m_connections;
    QTimer m_acceptRetry;
};

} // namespace PayDesk::Sandbox
