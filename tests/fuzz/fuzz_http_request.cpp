// The sandbox's HTTP/1.1 request parser on arbitrary bytes, fed whole and then in pieces (as a
// socket hands them over): both must yield the same requests and end the same way. Each
// request's query and form body go through FormData as SandboxServer reads them.
#include "sandbox/FormData.h"
#include "sandbox/HttpRequestParser.h"

#include <cstdint>
#include <cstdlib>

using namespace PayDesk::Sandbox;

namespace {
struct Outcome
{
    QList<HttpRequestParser::Step> requests;
    HttpRequestParser::Kind end = HttpRequestParser::Kind::NeedMore;
    int errorStatus = 0;
};

// Takes every whole request out; false once the parser has failed (the connection is closed).
bool drain(HttpRequestParser& parser, Outcome& out)
{
    for (;;) {
        HttpRequestParser::Step step = parser.next();
        if (step.kind != HttpRequestParser::Kind::Request) {
            out.end = step.kind;
            out.errorStatus = step.errorStatus;
            return step.kind != HttpRequestParser::Kind::Error;
        }
        if (step.request.body.size() != step.request.header("content-length").toLongLong())
            abort(); // the body is exactly Content-Length bytes
        FormData form = FormData::parse(step.request.rawQuery);
        form.merge(FormData::parse(step.request.body));
        (void)form.value(QStringLiteral("orderId"));
        out.requests.append(std::move(step));
    }
}

bool same(const HttpRequestParser::Step& a, const HttpRequestParser::Step& b)
{
    return a.closeAfterResponse == b.closeAfterResponse && a.request.method == b.request.method
           && a.request.path == b.request.path && a.request.rawQuery == b.request.rawQuery
           && a.request.headers == b.request.headers && a.request.body == b.request.body;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    Outcome whole;
    HttpRequestParser one;
    one.append(bytes);
    drain(one, whole);

    // The same bytes in pieces of 1..16 bytes, the sizes from the first byte.
    const qsizetype piece = 1 + data[0] % 16;
    Outcome pieces;
    HttpRequestParser many;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        many.append(bytes.mid(at, piece));
        if (!drain(many, pieces))
            break;
    }
    if (bytes.isEmpty())
        drain(many, pieces);
    // A head longer than MaxHeadBytes is refused only while its end has not arrived: beyond
    // that size the two ways may differ by design.
    if (bytes.size() > HttpRequestParser::MaxHeadBytes)
        return 0;
    if (whole.end != pieces.end || whole.errorStatus != pieces.errorStatus
        || whole.requests.size() != pieces.requests.size())
        abort();
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        if (!same(whole.requests[i], pieces.requests[i]))
            abort();
    }
    return 0;
}
