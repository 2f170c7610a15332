#include "catalog/catalog.h"

#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace sb::catalog;

namespace {
protocol::Usage usage(qint64 in, qint64 out, qint64 cacheRead = 0, qint64 cacheWrite = 0, qint64 reasoning = 0)
{
    protocol::Usage u;
    u.inputTokens = in;
    u.outputTokens = out;
    u.cacheReadTokens = cacheRead;
    u.cacheWriteTokens = cacheWrite;
    u.reasoningTokens = reasoning;
    return u;
}
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIsDatedAndComplete()
    {
        const Catalog &c = Catalog::builtIn();
        QVERIFY(QDate::fromString(c.asOf(), Qt::ISODate).isValid());
        QVERIFY(c.size() >= 20);
        for (const QString &vendor : {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"), QStringLiteral("deepseek"),
                                      QStringLiteral("mistral"), QStringLiteral("groq"), QStringLiteral("xai"), QStringLiteral("ollama")}) {
            bool any = false;
            for (const ModelInfo &m : c.models())
                any = any || m.vendor == vendor;
            QVERIFY2(any, qPrintable(vendor));
        }
        for (const ModelInfo &m : c.models()) {
            QVERIFY2(m.contextWindow > 0, qPrintable(m.id));
            QVERIFY2(m.capabilities.embeddings || m.maxOutput > 0, qPrintable(m.id));
        }
        const auto sonnet = c.find(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4"));
        QVERIFY(sonnet);
        QCOMPARE(sonnet->prices.input, 3.0);
        QCOMPARE(sonnet->prices.cacheWriteOrInput(), 3.75);
        QVERIFY(sonnet->capabilities.tools && sonnet->capabilities.vision && sonnet->capabilities.reasoning);
        // issue 22: the models whose APIs read PDFs as document parts
        QVERIFY(sonnet->capabilities.pdf);
        QVERIFY(c.find(QStringLiteral("gemini"), QStringLiteral("gemini-2.5-flash"))->capabilities.pdf);
        QVERIFY(c.find(QStringLiteral("openai"), QStringLiteral("gpt-4.1-mini"))->capabilities.pdf);
        QVERIFY(!c.find(QStringLiteral("deepseek"), QStringLiteral("deepseek-chat"))->capabilities.pdf);
        QVERIFY(!c.find(QStringLiteral("ollama"), QStringLiteral("llama3.2"))->capabilities.pdf);
    }

    void find_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expectedName"); // empty: not found
        QTest::newRow("exact") << QStringLiteral("openai") << QStringLiteral("gpt-4o") << QStringLiteral("GPT-4o");
        QTest::newRow("dated") << QStringLiteral("openai") << QStringLiteral("gpt-4o-2024-08-06") << QStringLiteral("GPT-4o");
        QTest::newRow("longest prefix") << QStringLiteral("openai") << QStringLiteral("gpt-4o-mini-2024-07-18") << QStringLiteral("GPT-4o mini");
        QTest::newRow("anthropic date") << QStringLiteral("anthropic") << QStringLiteral("claude-sonnet-4-20250514")
                                        << QStringLiteral("Claude Sonnet 4");
        QTest::newRow("latest") << QStringLiteral("anthropic") << QStringLiteral("claude-3-5-haiku-latest") << QStringLiteral("Claude 3.5 Haiku");
        QTest::newRow("not a snapshot") << QStringLiteral("openai") << QStringLiteral("gpt-4o-audio-preview") << QString();
        QTest::newRow("unknown") << QStringLiteral("openai") << QStringLiteral("gpt-9") << QString();
        QTest::newRow("wrong vendor") << QStringLiteral("gemini") << QStringLiteral("gpt-4o") << QString();
    }
    void find()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, model);
        QFETCH(QString, expectedName);
        const auto m = Catalog::builtIn().find(vendor, model);
        QCOMPARE(m.has_value(), !expectedName.isEmpty());
        if (m) {
            QCOMPARE(m->name, expectedName);
            QCOMPARE(m->id, model);
        }
    }

    void cost_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("in");
        QTest::addColumn<qint64>("out");
        QTest::addColumn<qint64>("cacheRead");
        QTest::addColumn<qint64>("cacheWrite");
        QTest::addColumn<qint64>("reasoning");
        QTest::addColumn<double>("expected");
        // hand-computed from the catalog's prices
        // 1000*3 + 500*15 + 20000*0.30 + 3000*3.75 = 3000 + 7500 + 6000 + 11250 = 27750 micro-dollars
        QTest::newRow("anthropic cached") << QStringLiteral("anthropic") << QStringLiteral("claude-sonnet-4") << qint64(1000) << qint64(500)
                                          << qint64(20000) << qint64(3000) << qint64(0) << 0.02775;
        // 2000*2 + (5000-4000)*8 + 4000*8 (reasoning at output price) = 4000 + 8000 + 32000
        QTest::newRow("openai reasoning") << QStringLiteral("openai") << QStringLiteral("o3") << qint64(2000) << qint64(5000) << qint64(0)
                                          << qint64(0) << qint64(4000) << 0.044;
        // 10000*0.15 + 64000*0.075 (cache read) + 200*0.6 = 1500 + 4800 + 120
        QTest::newRow("openai cache read") << QStringLiteral("openai") << QStringLiteral("gpt-4o-mini") << qint64(10000) << qint64(200)
                                           << qint64(64000) << qint64(0) << qint64(0) << 0.00642;
        // mistral has no cache price: cache reads cost the input price. 1000*2 + 1000*2 + 100*6
        QTest::newRow("fallback cache price") << QStringLiteral("mistral") << QStringLiteral("mistral-large") << qint64(1000) << qint64(100)
                                              << qint64(1000) << qint64(0) << qint64(0) << 0.0046;
        QTest::newRow("local is free") << QStringLiteral("ollama") << QStringLiteral("llama3.2") << qint64(100000) << qint64(100000) << qint64(0)
                                       << qint64(0) << qint64(0) << 0.0;
        // a million tokens of input at $1.25
        QTest::newRow("million") << QStringLiteral("gemini") << QStringLiteral("gemini-2.5-pro") << qint64(1000000) << qint64(0) << qint64(0)
                                 << qint64(0) << qint64(0) << 1.25;
    }
    void cost()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, model);
        QFETCH(qint64, in);
        QFETCH(qint64, out);
        QFETCH(qint64, cacheRead);
        QFETCH(qint64, cacheWrite);
        QFETCH(qint64, reasoning);
        QFETCH(double, expected);
        const auto m = Catalog::builtIn().find(vendor, model);
        QVERIFY(m);
        const Cost c = costOf(m->prices, usage(in, out, cacheRead, cacheWrite, reasoning));
        QVERIFY2(qAbs(c.total() - expected) < 1e-12, qPrintable(QString::number(c.total(), 'g', 12)));
    }

    void reasoningPriceAndClamp()
    {
        Prices p;
        p.input = 1;
        p.output = 4;
        p.reasoning = 20;
        // 4000 of the 5000 output tokens are reasoning: 1000*4 + 4000*20 = 84000 micro-dollars
        Cost c = costOf(p, usage(0, 5000, 0, 0, 4000));
        QCOMPARE(c.output, 0.004);
        QCOMPARE(c.reasoning, 0.08);
        // a provider reporting more reasoning than output never makes negative output
        c = costOf(p, usage(0, 100, 0, 0, 500));
        QCOMPARE(c.output, 0.0);
        QCOMPARE(c.reasoning, 100 * 20 / 1e6);
    }

    void overrides()
    {
        auto c = Catalog::builtIn().withOverrides(json(R"({
            "openai/gpt-4o": {"prices": {"input": 2.0, "output": 8.0}},
            "openai/gpt-4o-2024-11-20": {"contextWindow": 64000},
            "vllm/my-finetune": {"name": "Our fine-tune", "contextWindow": 32768, "maxOutput": 4096,
                                 "prices": {"input": 0.5, "output": 1.5}, "capabilities": ["tools"]}
        })"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        const auto gpt = c->find(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        QCOMPARE(gpt->prices.input, 2.0);
        QCOMPARE(gpt->prices.cacheRead, std::optional<double>(1.25)); // untouched fields stay
        const auto snap = c->find(QStringLiteral("openai"), QStringLiteral("gpt-4o-2024-11-20"));
        QCOMPARE(snap->contextWindow, qint64(64000));
        QCOMPARE(snap->prices.input, 2.0); // inherited from the overridden base
        const auto ft = c->find(QStringLiteral("vllm"), QStringLiteral("my-finetune"));
        QVERIFY(ft);
        QCOMPARE(ft->name, QStringLiteral("Our fine-tune"));
        QVERIFY(ft->capabilities.tools && !ft->capabilities.vision);
        // the built-in catalog is unchanged
        QCOMPARE(Catalog::builtIn().find(QStringLiteral("openai"), QStringLiteral("gpt-4o"))->prices.input, 2.5);
    }

    void badOverrides_data()
    {
        QTest::addColumn<QByteArray>("overrides");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no slash") << QByteArray(R"({"gpt-4o": {}})") << QStringLiteral("keys are VENDOR/MODEL");
        QTest::newRow("not object") << QByteArray(R"({"openai/gpt-4o": 3})") << QStringLiteral("must be an object");
        QTest::newRow("negative price") << QByteArray(R"({"openai/gpt-4o": {"prices": {"input": -1}}})") << QStringLiteral("0 or more");
        QTest::newRow("unknown price") << QByteArray(R"({"openai/gpt-4o": {"prices": {"inptu": 1}}})") << QStringLiteral("unknown key \"inptu\"");
        QTest::newRow("unknown capability") << QByteArray(R"({"openai/gpt-4o": {"capabilities": ["telepathy"]}})") << QStringLiteral("telepathy");
        QTest::newRow("unknown model no prices") << QByteArray(R"({"acme/x": {"contextWindow": 1000}})") << QStringLiteral("needs its prices");
        QTest::newRow("bad window") << QByteArray(R"({"openai/gpt-4o": {"contextWindow": 1.5}})") << QStringLiteral("whole number of tokens");
    }
    void badOverrides()
    {
        QFETCH(QByteArray, overrides);
        QFETCH(QString, expected);
        auto c = Catalog::builtIn().withOverrides(QJsonDocument::fromJson(overrides).object());
        QVERIFY(!c);
        QCOMPARE(c.error().kind, Error::Kind::Validation);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    }

    void malformedCatalog()
    {
        QCOMPARE(Catalog::fromJson("{", QStringLiteral("x")).error().kind, Error::Kind::Parse);
        auto noDate = Catalog::fromJson(R"({"models": [{"vendor": "a", "id": "b", "contextWindow": 1}]})", QStringLiteral("x"));
        QVERIFY(!noDate);
        QVERIFY(noDate.error().message.contains(QLatin1String("asOf")));
        auto dup = Catalog::fromJson(R"({"asOf": "2025-01-01", "models": [{"vendor": "a", "id": "b", "contextWindow": 1},
                                                                          {"vendor": "a", "id": "b", "contextWindow": 1}]})",
                                     QStringLiteral("x"));
        QVERIFY(!dup);
        QVERIFY(dup.error().message.contains(QLatin1String("listed twice")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
