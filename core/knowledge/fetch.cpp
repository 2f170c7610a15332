#include "knowledge/fetch.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QStringDecoder>

#include <memory>

namespace sb::knowledge {

namespace {

// Media types and the suffix a file of that kind has (extract() reads by name).
const QHash<QString, QString> &suffixes()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("text/html"), QStringLiteral("html")},
        {QStringLiteral("application/xhtml+xml"), QStringLiteral("xhtml")},
        {QStringLiteral("text/plain"), QStringLiteral("txt")},
        {QStringLiteral("text/markdown"), QStringLiteral("md")},
        {QStringLiteral("text/x-markdown"), QStringLiteral("md")},
        {QStringLiteral("text/csv"), QStringLiteral("csv")},
        {QStringLiteral("text/tab-separated-values"), QStringLiteral("tsv")},
        {QStringLiteral("application/json"), QStringLiteral("json")},
        {QStringLiteral("application/ld+json"), QStringLiteral("json")},
        {QStringLiteral("application/x-ndjson"), QStringLiteral("jsonl")},
        {QStringLiteral("application/jsonl"), QStringLiteral("jsonl")},
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), QStringLiteral("docx")},
        {QStringLiteral("application/vnd.oasis.opendocument.text"), QStringLiteral("odt")},
        {QStringLiteral("application/epub+zip"), QStringLiteral("epub")},
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/tiff"), QStringLiteral("tiff")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("image/webp"), QStringLiteral("webp")},
        {QStringLiteral("image/bmp"), QStringLiteral("bmp")},
    };
    return map;
}

QString suffixFor(const QString &contentType)
{
    if (const QString s = suffixes().value(contentType); !s.isEmpty())
        return s;
    // other text (text/x-python, text/x-c++src): read as source code where the URL says which, else text
    if (contentType.startsWith(QLatin1String("text/")))
        return QStringLiteral("txt");
    return {};
}

// The name the page is read by: its last path segment, with the suffix its content type means unless
// the URL's own suffix is of the same kind (guide.md served as text/plain stays Markdown). An empty
// suffix (octet-stream): the URL alone decides.
QString nameFor(const QUrl &url, const QString &suffix)
{
    QString base = QFileInfo(url.path()).fileName();
    if (base.isEmpty())
        base = url.host().isEmpty() ? QStringLiteral("page") : url.host();
    if (suffix.isEmpty())
        return base;
    const bool hasSuffix = !QFileInfo(base).suffix().isEmpty();
    const QString own = hasSuffix ? kindForName(base) : QString();
    const QString byType = kindForName(QStringLiteral("x.") + suffix);
    static const QSet<QString> textual{QStringLiteral("markdown"), QStringLiteral("text"), QStringLiteral("code"), QStringLiteral("csv"),
                                       QStringLiteral("json")};
    if (!own.isEmpty() && (own == byType || (byType == QLatin1String("text") && textual.contains(own))))
        return base;
    return (hasSuffix ? QFileInfo(base).completeBaseName() : base) + QLatin1Char('.') + suffix;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 1);
}

} // namespace

bool isWebSource(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString kindForContentType(const QString &contentType)
{
    const QString suffix = suffixFor(contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower());
    return suffix.isEmpty() ? QString() : kindForName(QStringLiteral("x.") + suffix);
}

Expected<Fetched> fetch(const QUrl &url, const FetchOptions &options)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || !isWebSource(url.toString()))
        return Error::make(Error::Kind::Validation, QStringLiteral("%1 is not an http or https URL").arg(shown));
    QNetworkAccessManager network; // this thread's: the application's proxy settings apply
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setTransferTimeout(options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Switchboard knowledge import"));
    request.setRawHeader("Accept", "text/html, text/markdown, text/plain, application/pdf, application/json, text/csv, */*;q=0.5");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > options.maxBytes && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 300) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > options.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    if (tooLarge)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1 is larger than the %2 a document may have").arg(shown, sizeText(options.maxBytes)));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::NoError: break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error::make(Error::Kind::Timeout,
                           QStringLiteral("%1 did not answer within %2 s; try again later").arg(shown).arg(options.timeoutMs / 1000.0, 0, 'g', 3));
    case QNetworkReply::TooManyRedirectsError:
        return Error::make(Error::Kind::Validation, QStringLiteral("%1 redirects more than %2 times").arg(shown).arg(options.maxRedirects));
    case QNetworkReply::InsecureRedirectError:
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1 redirects from https to plain http; import the http address itself if that is meant").arg(shown));
    default:
        if (status >= 400) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            return Error::make(
                status == 404 || status == 410 ? Error::Kind::NotFound : Error::Kind::Io,
                QStringLiteral("%1 answered %2%3").arg(shown).arg(status).arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason));
        }
        return Error::make(Error::Kind::Io, QStringLiteral("%1 cannot be read: %2").arg(shown, reply->errorString()));
    }
    Fetched out;
    out.url = reply->url();
    const QString header = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    out.contentType = header.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    out.body = reply->readAll();
    if (out.body.size() > options.maxBytes)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1 is larger than the %2 a document may have").arg(shown, sizeText(options.maxBytes)));
    const bool generic = out.contentType.isEmpty() || out.contentType == QLatin1String("application/octet-stream");
    const QString suffix = generic ? QString() : suffixFor(out.contentType);
    if (!generic && suffix.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1 is not text or a document a knowledge base reads (%2)").arg(shown, out.contentType));
    out.fileName = nameFor(out.url, suffix);
    if (generic && QFileInfo(out.fileName).suffix().isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1 does not say what it is (%2) and its address has no file type")
                               .arg(shown, header.isEmpty() ? QStringLiteral("no content type") : out.contentType));
    if (kindForName(out.fileName).isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("%1: %2").arg(shown, unsupportedReason(out.fileName)));
    // text in another charset is read as UTF-8 from here on
    const QString charset = header.section(QStringLiteral("charset="), 1).section(QLatin1Char(';'), 0, 0).trimmed().remove(QLatin1Char('"'));
    if (!charset.isEmpty() && charset.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0
        && out.contentType.startsWith(QLatin1String("text/"))) {
        QStringDecoder decode(charset.toLatin1().constData());
        if (decode.isValid()) {
            const QString text = decode(out.body);
            if (!decode.hasError())
                out.body = text.toUtf8();
        }
    }
    return out;
}

} // namespace sb::knowledge
