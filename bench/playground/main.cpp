// bench_playground: streams a long answer with code blocks through the real Playground page.
//
// A fake OpenAI upstream (tests/fakes, on its own thread so that its writing does not count against the
// page) streams --tokens tokens (default 20,000; one SSE chunk of about four characters each, the size
// of a token) of Markdown with a fenced code block in every section. Two modes (--delay-ms picks one):
// paced, 1 ms between chunks (about 800 tokens a second, faster than any hosted model), and a burst,
// back to back (the whole answer, about 5 MB of SSE, reaches the GUI thread in a few reads). The page is
// shown offscreen at 1200x800, so every frame is laid out and painted.
// Reports, for --runs runs: the GUI thread's longest stall while streaming (a 5 ms timer's largest gap
// beyond its interval; the target is under 50 ms), the whole time from Send to the last frame rendered,
// the time to the first rendered text, how many renders the view ran for how many deltas, the slowest
// render and the time all renders took together.
#include "../common/stallmeter.h"
#include "appcontext.h"
#include "fakeupstream.h"
#include "pages/playgroundpage.h"
#include "uitest.h"
#include "widgets/markdownview.h"
#include "widgets/messageview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace sb;
namespace fk = sb::fakes;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// About `tokens` tokens (4 characters each) of Markdown: sections with a heading, a paragraph, a list
// and a fenced code block (Python and C++ in turn).
QString answerText(int tokens)
{
    QString text;
    const qsizetype want = qsizetype(tokens) * 4;
    for (int section = 1; text.size() < want; ++section) {
        text += QStringLiteral("## Step %1\n\nThis step explains **what the code does** and why: it keeps the data in one pass, "
                               "avoids copies, and reports errors as values. See `process()` below.\n\n"
                               "- reads the input once\n- keeps memory flat\n- returns early on bad input\n\n")
                    .arg(section);
        if (section % 2) {
            text += QStringLiteral("```python\n");
            for (int line = 0; line < 24; ++line)
                text += QStringLiteral("def process_%1_%2(items, limit=%2):\n    \"\"\"Filter and sum.\"\"\"\n    return sum(x for x in items if x < "
                                       "limit)  # one pass\n")
                            .arg(section)
                            .arg(line);
        } else {
            text += QStringLiteral("```cpp\n");
            for (int line = 0; line < 24; ++line)
                text += QStringLiteral(
                            "int process_%1_%2(const std::vector<int> &items) { return std::accumulate(items.begin(), items.end(), %2); } // sum\n")
                            .arg(section)
                            .arg(line);
        }
        text += QStringLiteral("```\n\n");
    }
    return text.left(want);
}

// The fake upstream on a thread of its own.
class UpstreamThread final : public QThread
{
public:
    UpstreamThread(QString text, int chunks, int delayMs)
        : m_text(std::move(text))
        , m_chunks(chunks)
        , m_delayMs(delayMs)
    {
        start();
        m_ready.acquire();
    }
    ~UpstreamThread() override
    {
        quit();
        wait();
    }
    bool listening() const { return m_listening; }
    QString url() const { return m_url; }

protected:
    void run() override
    {
        fk::FakeUpstream upstream(fk::Dialects(fk::Dialect::OpenAiChat));
        fk::ReplyScript reply;
        reply.text = m_text;
        reply.textChunks = m_chunks;
        reply.inputTokens = 1200;
        reply.outputTokens = m_chunks;
        upstream.setReply(reply);
        upstream.setChunkDelay(m_delayMs);
        upstream.setRecordLimit(4);
        m_listening = upstream.listen();
        m_url = upstream.baseUrl().toString();
        m_ready.release();
        exec();
    }

private:
    QString m_text;
    int m_chunks = 0;
    int m_delayMs = 0;
    QSemaphore m_ready;
    bool m_listening = false;
    QString m_url;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

int benchmark(const QString &text, int tokens, int delayMs, int runs);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption tokensOpt(QStringLiteral("tokens"), QStringLiteral("answer length in tokens"), QStringLiteral("n"), QStringLiteral("20000"));
    QCommandLineOption delayOpt(QStringLiteral("delay-ms"), QStringLiteral("pause between streamed chunks (default: 1, then 0)"),
                                QStringLiteral("ms"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("repetitions per mode"), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({tokensOpt, delayOpt, runsOpt});
    parser.process(app);
    const int tokens = std::max(100, parser.value(tokensOpt).toInt());
    const QList<int> delays = parser.isSet(delayOpt) ? QList<int>{std::max(0, parser.value(delayOpt).toInt())} : QList<int>{1, 0};
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const QString text = answerText(tokens);
    for (int delayMs : delays) {
        if (int rc = benchmark(text, tokens, delayMs, runs); rc != 0)
            return rc;
    }
    return 0;
}

namespace {

int benchmark(const QString &text, int tokens, int delayMs, int runs)
{
    UpstreamThread upstream(text, tokens, delayMs);
    if (!upstream.listening()) {
        out() << "the fake upstream cannot listen\n";
        return 1;
    }
    QTemporaryDir temp;
    auto secrets = std::make_shared<MemorySecretStore>();
    (void)secrets->write(QStringLiteral("bench"), QStringLiteral("sk-bench"));
    ui::AppContext context(temp.filePath(QStringLiteral("data")), secrets);
    if (!context.openDatabase() || !context.loadWorkspace()) {
        out() << "cannot open the data directory\n";
        return 1;
    }
    Workspace ws = context.workspace();
    ProviderConfig p;
    p.id = QStringLiteral("openai");
    p.kind = QStringLiteral("openai");
    p.baseUrl = upstream.url();
    p.apiKey = QStringLiteral("keychain:bench");
    p.models = {QStringLiteral("gpt-4o-mini")};
    ws.providers = {p};
    if (!context.replaceWorkspace(ws) || !context.startEngine()) {
        out() << "cannot start the engine\n";
        return 1;
    }
    uitest::ScriptedPrompts prompts; // answers nothing; records errors
    ui::PlaygroundPage page(context, prompts);
    page.resize(1200, 800);
    page.show();
    page.setModel(QStringLiteral("openai/gpt-4o-mini"));
    QCoreApplication::processEvents();

    out() << "answer: " << tokens << " tokens, " << text.size() << " characters, " << text.count(QStringLiteral("```")) / 2
          << " code blocks; chunk delay " << delayMs << " ms\n";
    out() << "run  stall ms  total ms  first text ms  deltas  renders  slowest render ms  all renders ms\n";
    std::vector<double> stalls, totals;
    for (int run = 1; run <= runs; ++run) {
        page.newConversation();
        page.setInput(QStringLiteral("Explain the steps, with code."));
        StallMeter meter;
        int deltas = 0;
        qint64 ttft = -1;
        QEventLoop loop;
        QObject::connect(&page, &ui::PlaygroundPage::answerFinished, &loop, &QEventLoop::quit);
        QElapsedTimer total;
        total.start();
        meter.start();
        page.send();
        ui::MessageView *view = page.messageViews().isEmpty() ? nullptr : page.messageViews().last();
        QMetaObject::Connection counting;
        if (view) {
            // count what reaches the page: the view's body grows with every delta
            counting = QObject::connect(view->body()->document(), &QTextDocument::contentsChanged, view, [&] {
                if (ttft < 0)
                    ttft = total.elapsed();
            });
        }
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(600'000);
        if (page.isStreaming())
            loop.exec();
        // until the last frame is laid out and painted
        while (view && view->body()->isRendering())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        const qint64 ms = total.elapsed();
        meter.stop();
        QObject::disconnect(counting);
        if (!prompts.errors.isEmpty()) {
            out() << "error: " << prompts.errors.join(QLatin1Char('\n')) << "\n";
            return 1;
        }
        if (!view || view->text() != text) {
            out() << "run " << run << ": the answer did not arrive whole (" << (view ? view->text().size() : 0) << " of " << text.size()
                  << " characters)\n";
            return 1;
        }
        deltas = tokens;
        const double stallMs = meter.longestMs();
        stalls.push_back(stallMs);
        totals.push_back(double(ms));
        out() << qSetFieldWidth(3) << run << qSetFieldWidth(0) << "  " << qSetFieldWidth(8) << QString::number(stallMs, 'f', 1) << qSetFieldWidth(0)
              << "  " << qSetFieldWidth(8) << ms << qSetFieldWidth(0) << "  " << qSetFieldWidth(7) << ttft << qSetFieldWidth(0) << "  "
              << qSetFieldWidth(6) << deltas << qSetFieldWidth(0) << "  " << qSetFieldWidth(7) << view->body()->renderCount() << qSetFieldWidth(0)
              << "  " << qSetFieldWidth(17) << QString::number(double(view->body()->slowestRenderUs()) / 1000.0, 'f', 1) << qSetFieldWidth(0) << "  "
              << qSetFieldWidth(14) << QString::number(double(view->body()->totalRenderUs()) / 1000.0, 'f', 0) << qSetFieldWidth(0) << "\n";
    }
    out() << "median: longest stall " << QString::number(median(stalls), 'f', 1) << " ms (target < 50 ms), total "
          << QString::number(median(totals), 'f', 0) << " ms\n";

    // Opening the last conversation again: its long answer is laid out from the store.
    const qint64 conversation = page.currentConversationId();
    page.newConversation();
    QCoreApplication::processEvents();
    StallMeter reopenStalls;
    QElapsedTimer open;
    open.start();
    reopenStalls.start();
    page.openConversation(conversation);
    auto rendering = [&page] {
        const auto views = page.messageViews();
        return std::any_of(views.begin(), views.end(), [](ui::MessageView *v) { return v->body()->isRendering(); });
    };
    while (rendering())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    out() << "reopening it: every message rendered in " << open.elapsed() << " ms, longest stall "
          << QString::number(reopenStalls.longestMs(), 'f', 1) << " ms\n\n";
    return 0;
}

} // namespace
