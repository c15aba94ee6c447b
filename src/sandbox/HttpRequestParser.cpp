#include "sandbox/HttpRequestParser.h"

#include <QUrl>

namespace PayDesk::Sandbox {

HttpRequestParser::Step HttpRequestParser::next()
{
    Step step;
    if (m_bodyLength < 0) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0 || headEnd + 4 > MaxHeadBytes) {
            if (headEnd >= 0 || m_buffer.size() >= MaxHeadBytes) {
                step.kind = Kind::Error;
                step.errorStatus = 431;
            }
            return step;
        }
        if (!parseHead(headEnd, &step))
            return step;
    }
    if (m_buffer.size() < m_bodyLength)
        return step;
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = -1;
    step.kind = Kind::Request;
    step.request = std::move(m_current);
    step.closeAfterResponse = m_closeAfterResponse;
    m_current = HttpRequest();
    return step;
}

bool HttpRequestParser::parseHead(qsizetype headEnd, Step* step)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        step->kind = Kind::Error;
        step->errorStatus = 400;
        return false;
    }
    m_current.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    m_current.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    m_current.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_current.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray connection = m_current.header("connection").toLower();
    m_closeAfterResponse = connection == "close" || (requestLine[2] == "HTTP/1.0" && connection != "keep-alive");
    bool ok = true;
    const QByteArray lengthHeader = m_current.header("content-length");
    m_bodyLength = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
    if (!ok || m_bodyLength < 0 || m_bodyLength > MaxBodyBytes) {
        step->kind = Kind::Error;
        step->errorStatus = 413;
        return false;
    }
    return true;
}

} // namespace PayDesk::Sandbox
