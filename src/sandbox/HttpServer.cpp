#include "sandbox/HttpServer.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/resource.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSandboxHttp, "paydesk.sandbox.http", QtInfoMsg)

namespace PayDesk::Sandbox {

namespace {
// stdin/out/err, the listening socket, Qt's event and timer descriptors, one accepted socket
// waiting in QTcpServer's queue, and room to spare.
constexpr rlim_t ReservedDescriptors = 16;
constexpr rlim_t MostConnections = 1000000;
constexpr int AcceptRetryMs = 500;
} // namespace

HttpServer::HttpServer(HttpHandler handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_maxConnections(limits.maxConnections > 0 ? std::min(limits.maxConnections, descriptorBudget())
                                                 : descriptorBudget())
{
    m_server->setListenBacklogSize(1024);
    // Every socket QTcpServer queues holds a descriptor: take them one at a time.
    m_server->setMaxPendingConnections(1);
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
    connect(m_server, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
    m_acceptRetry.setSingleShot(true);
    m_acceptRetry.setInterval(AcceptRetryMs);
    connect(&m_acceptRetry, &QTimer::timeout, this, &HttpServer::acceptPending);
}

int HttpServer::descriptorBudget()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return int(MostConnections);
    const rlim_t usable =
        limit.rlim_cur > ReservedDescriptors * 2 ? limit.rlim_cur - ReservedDescriptors : limit.rlim_cur / 2;
    return int(std::clamp<rlim_t>(usable, 1, MostConnections));
}

bool HttpServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

qint64 HttpServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const HttpConnection* connection : m_connections)
        total += connection->bufferedBytes();
    return total;
}

void HttpServer::acceptPending()
{
    while (connectionCount() < m_maxConnections) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        auto* connection = new HttpConnection(socket, m_handler, m_limits.idleTimeoutMs, this);
        m_connections.insert(connection);
        connect(connection, &QObject::destroyed, this, [this, connection] { onConnectionClosed(connection); });
    }
    if (connectionCount() >= m_maxConnections)
        m_server->pauseAccepting();
    else if (!m_acceptRetry.isActive())
        m_server->resumeAccepting();
}

void HttpServer::onConnectionClosed(HttpConnection* connection)
{
    m_connections.remove(connection);
    acceptPending();
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer has paused itself; try again later rather than at once, which would spin on
    // an error such as EMFILE that lasts until something else lets go of a descriptor.
    qCWarning(lcSandboxHttp) << "accept failed:" << error << m_server->errorString();
    m_server->pauseAccepting();
    m_acceptRetry.start();
}

} // namespace PayDesk::Sandbox
