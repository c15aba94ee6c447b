#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/HttpRequestParser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace PayDesk::Sandbox {

class HttpConnection;
using HttpHandler = std::function<void(const HttpRequest&, QPointer<HttpConnection>)>;

// One client connection: parses HTTP/1.1 requests one at a time (keep-alive) and lets the
// handler answer now, later, never (hang) or with a TCP reset. It holds at most MaxInputBytes
// of input and leaves the rest in the kernel (TCP back-pressure), and closes a connection that
// has neither a complete request nor an answer pending for idleTimeoutMs.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxInputBytes = HttpRequestParser::MaxInputBytes;

    HttpConnection(QTcpSocket* socket, HttpHandler handler, int idleTimeoutMs, QObject* parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse& response);
    void resetConnection();
    qint64 bufferedBytes() const;

private:
    void onReadyRead();
    void fillBuffer();
    void processBuffer();
    void failAndClose(int status);
    void drop();

    QTcpSocket* m_socket;
    HttpHandler m_handler;
    QTimer m_idleTimer;
    HttpRequestParser m_parser;
    bool m_awaitingResponse = false;
    bool m_closeAfterResponse = false;
    bool m_closing = false;
};

} // namespace PayDesk::Sandbox
