#pragma once

#include "sandbox/HttpMessage.h"

namespace PayDesk::Sandbox {

// The socket-free half of HttpConnection: bytes in, whole HTTP/1.1 requests out, one at a time.
// Kept pure so that it can be tested and fuzzed without a network.
class HttpRequestParser
{
public:
    enum class Kind { NeedMore, Request, Error };
    struct Step
    {
        Kind kind = Kind::NeedMore;
        HttpRequest request;             // Kind::Request: the request (peer not set)
        bool closeAfterResponse = false; // Kind::Request: Connection: close, or HTTP/1.0 without keep-alive
        int errorStatus = 0;             // Kind::Error: 400, 413 or 431; the connection must be closed
    };

    static constexpr qsizetype MaxInputBytes = 1024 * 1024; // a head and its body
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = MaxInputBytes - MaxHeadBytes;

    void append(const QByteArray& bytes) { m_buffer += bytes; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // The next whole request in the buffer, or why there is none. After an Error the parser is done.
    Step next();

private:
    bool parseHead(qsizetype headEnd, Step* step);

    QByteArray m_buffer;
    HttpRequest m_current;
    qsizetype m_bodyLength = -1; // -1 while reading the head
    bool m_closeAfterResponse = false;
};

} // namespace PayDesk::Sandbox
