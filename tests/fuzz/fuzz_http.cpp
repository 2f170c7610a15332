// libFuzzer target: the proxy's HTTP/1.1 request parser. Any split of the input gives the same requests
// and the same refusal; a refused parser stays refused; the body never exceeds the limit.
#include "fuzzsupport.h"
#include "proxy/http.h"

namespace {

using sb::proxy::http::Parser;
using sb::proxy::http::Request;

struct Outcome {
    QList<Request> requests;
    int errorStatus = 0;
};

constexpr qint64 kMaxBody = 4096;
constexpr qsizetype kMaxHead = 1024;

// Takes every complete request; stops at the first refusal.
bool drain(Parser &parser, Outcome &out)
{
    for (;;) {
        switch (parser.advance()) {
        case Parser::State::Complete: {
            Request r = parser.take();
            if (r.body.size() > kMaxBody)
                sb::fuzz::fail("a request body is larger than the limit");
            out.requests.append(std::move(r));
            continue;
        }
        case Parser::State::Error:
            out.errorStatus = parser.errorStatus();
            if (parser.advance() != Parser::State::Error)
                sb::fuzz::fail("a refused parser went on parsing");
            return false;
        case Parser::State::NeedMore:
        case Parser::State::HeadComplete: parser.takeExpectContinue(); return true;
        }
    }
}

bool same(const Request &a, const Request &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query && a.minorVersion == b.minorVersion
        && a.headers == b.headers && a.body == b.body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Parser whole(kMaxBody, kMaxHead);
    Outcome expected;
    whole.append(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    drain(whole, expected);

    Parser split(kMaxBody, kMaxHead);
    Outcome actual;
    bool going = true;
    sb::fuzz::feedInPieces(data, size, [&](QByteArrayView piece) {
        if (!going)
            return;
        split.append(piece);
        going = drain(split, actual);
    });
    if (actual.errorStatus != expected.errorStatus)
        sb::fuzz::fail("a refusal depends on how the input is split",
                       QStringLiteral("whole %1, in pieces %2").arg(expected.errorStatus).arg(actual.errorStatus));
    if (actual.requests.size() != expected.requests.size())
        sb::fuzz::fail("the number of requests depends on how the input is split");
    for (qsizetype i = 0; i < expected.requests.size(); ++i) {
        if (!same(actual.requests.at(i), expected.requests.at(i)))
            sb::fuzz::fail("a request depends on how the input is split");
    }
    return 0;
}
