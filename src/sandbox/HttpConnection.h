#pragma once

#include "HttpMessage.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace PayDesk::Sandbox {

class HttpConnection;
using HttpHandler = std::function<void(const HttpRequest &, QPointer<HttpConnection>)>;

// One client connection: parses HTTP/1.1 requests one at a time (keep-alive) and lets the
// handler answer now, later, never (hang) or with a TCP reset.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpHandler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);
    void resetConnection();

private:
    void onReadyRead();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    void failAndClose(int status);

    QTcpSocket *m_socket;
    HttpHandler m_handler;
    QByteArray m_buffer;
    HttpRequest m_current;
    qsizetype m_bodyLength = -1; // -1 while reading the head
    bool m_awaitingResponse = false;
    bool m_closeAfterResponse = false;
};

} // namespace PayDesk::Sandbox
