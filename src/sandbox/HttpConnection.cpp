#include "sandbox/HttpConnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace PayDesk::Sandbox {

namespace {
constexpr qint64 SocketChunkBytes = 64 * 1024;
}

HttpResponse HttpResponse::json(const QByteArray& body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::html(const QString& body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html;charset=UTF-8";
    r.body = body.toUtf8();
    return r;
}

HttpResponse HttpResponse::redirect(const QString& location)
{
    HttpResponse r;
    r.status = 303;
    r.contentType = "text/plain;charset=UTF-8";
    r.headers.append({"Location", location.toUtf8()});
    return r;
}

HttpResponse HttpResponse::text(const QByteArray& body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain;charset=UTF-8";
    r.body = body;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

HttpConnection::HttpConnection(QTcpSocket* socket, HttpHandler handler, int idleTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel while this much is unread, so a client that sends faster
    // than requests are answered fills its own TCP window instead of our memory.
    m_socket->setReadBufferSize(SocketChunkBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::drop);
    m_idleTimer.start();
    // A socket that waited in QTcpServer's queue may already have had its data or its peer's close,
    // whose signals nobody received.
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        drop();
    else if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

qint64 HttpConnection::bufferedBytes() const
{
    return m_parser.bufferedBytes() + m_socket->bytesAvailable();
}

void HttpConnection::onReadyRead()
{
    if (m_closing)
        return;
    fillBuffer();
    processBuffer();
}

void HttpConnection::fillBuffer()
{
    const qint64 room = MaxInputBytes - m_parser.bufferedBytes();
    if (room > 0 && m_socket->bytesAvailable() > 0)
        m_parser.append(m_socket->read(room));
}

void HttpConnection::processBuffer()
{
    while (!m_awaitingResponse && !m_closing) {
        fillBuffer();
        HttpRequestParser::Step step = m_parser.next();
        switch (step.kind) {
        case HttpRequestParser::Kind::NeedMore:
            return;
        case HttpRequestParser::Kind::Error:
            failAndClose(step.errorStatus);
            return;
        case HttpRequestParser::Kind::Request:
            break;
        }
        m_awaitingResponse = true;
        m_closeAfterResponse = step.closeAfterResponse;
        m_idleTimer.stop();
        step.request.peer = m_socket->peerAddress();
        const HttpRequest request = std::move(step.request);
        m_handler(request, QPointer<HttpConnection>(this));
    }
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (!m_awaitingResponse || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    for (const auto& h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (m_closeAfterResponse)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    m_socket->write(out);
    m_awaitingResponse = false;
    if (m_closeAfterResponse) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    m_idleTimer.start();
    processBuffer();
}

void HttpConnection::resetConnection()
{
    // SO_LINGER with a zero timeout turns close() into a TCP RST, which is what a crashed
    // gateway or a middlebox dropping the connection looks like to the client.
    const linger lg{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    m_awaitingResponse = false;
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::drop()
{
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::failAndClose(int status)
{
    m_awaitingResponse = true;
    m_closeAfterResponse = true;
    respond(HttpResponse::text(reasonPhrase(status), status));
}

} // namespace PayDesk::Sandbox
