#include "theme.h"
#include "uitest.h"
#include "widgets/codehighlight.h"
#include "widgets/markdownview.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace sb::ui;

class TestMarkdownView : public QObject
{
    Q_OBJECT

private:
    static QString sample()
    {
        return QStringLiteral("# Title\n\nSome *text* with `code`.\n\n"
                              "```cpp\nint main() {\n    return 0; // done\n}\n```\n\n"
                              "1. one\n2. two\n\n"
                              "~~~~\nplain ``` inside\n~~~~\n"
                              "Last paragraph, no newline at the end");
    }

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        ThemeManager::apply(Theme::Light);
    }

    void streamedEqualsWhole_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("1 char") << 1;
        QTest::newRow("3 chars") << 3;
        QTest::newRow("17 chars") << 17;
        QTest::newRow("whole") << 10000;
    }

    void streamedEqualsWhole()
    {
        QFETCH(int, chunk);
        MarkdownView whole;
        whole.resize(600, 100);
        whole.setMarkdown(sample());
        whole.flush();
        MarkdownView streamed;
        streamed.resize(600, 100);
        const QString text = sample();
        for (qsizetype i = 0; i < text.size(); i += chunk) {
            streamed.appendText(text.mid(i, chunk));
            if ((i / chunk) % 5 == 0)
                streamed.flush(); // renders mid-block, mid-fence, mid-line
        }
        streamed.flush();
        QCOMPARE(streamed.markdown(), text);
        QCOMPARE(streamed.toPlainText(), whole.toPlainText());
        QCOMPARE(streamed.codeBlocks(), whole.codeBlocks());
        QCOMPARE(whole.codeBlocks(), (QStringList{QStringLiteral("int main() {\n    return 0; // done\n}"), QStringLiteral("plain ``` inside")}));
        QVERIFY(!whole.toPlainText().contains(QLatin1String("```cpp")));
        QVERIFY(whole.toPlainText().contains(QLatin1String("Last paragraph")));
    }

    void completeBlocksAreNotRenderedAgain()
    {
        MarkdownView view;
        view.resize(600, 100);
        view.appendText(QStringLiteral("First paragraph.\n\nSecond"));
        view.flush();
        const QTextBlock first = view.document()->firstBlock();
        QCOMPARE(first.text(), QStringLiteral("First paragraph."));
        const int renders = view.renderCount();
        view.appendText(QStringLiteral(" grows"));
        view.flush();
        // the first block is the same object: only the tail was replaced
        QCOMPARE(view.document()->firstBlock(), first);
        QCOMPARE(view.renderCount(), renders + 1);
        QVERIFY(view.toPlainText().endsWith(QLatin1String("Second grows")));
        // nothing new: no render
        view.flush();
        QCOMPARE(view.renderCount(), renders + 1);
    }

    void htmlIsText()
    {
        MarkdownView view;
        view.setMarkdown(QStringLiteral("Look: <img src=\"/etc/hostname\"> and <b>bold</b>\n"));
        view.flush();
        QVERIFY2(view.toPlainText().contains(QLatin1String("<img src=\"/etc/hostname\">")), qPrintable(view.toPlainText()));
        QVERIFY(view.toPlainText().contains(QLatin1String("<b>bold</b>")));
    }

    // [n] of a knowledge-base answer: links for the sources it was given, text for the rest, and never
    // inside code or an existing Markdown link; the source text stays as the model wrote it.
    void citationsBecomeLinks()
    {
        MarkdownView view;
        view.resize(600, 200);
        view.show();
        const QString text = QStringLiteral("Paid in thirty days [1]. Final [2, 3]; also [4]. See [site](https://example.com) and "
                                            "[1](https://example.com/one).\n\n`arr[1]` stays code.\n\n```\nx = a[2]\n```\n");
        view.setMarkdown(text);
        view.flush();
        for (const char *href : {"cite:1", "cite:2", "cite:3"})
            QVERIFY(sb::uitest::linkPosition(&view, QLatin1String(href)).isNull()); // no sources yet: plain text
        view.setCitationCount(3);
        QTRY_VERIFY(!view.isRendering());
        QCOMPARE(view.markdown(), text);
        for (const char *href : {"cite:1", "cite:2", "cite:3"})
            QVERIFY2(!sb::uitest::linkPosition(&view, QLatin1String(href)).isNull(), href);
        QVERIFY(sb::uitest::linkPosition(&view, QStringLiteral("cite:4")).isNull());
        QVERIFY(!sb::uitest::linkPosition(&view, QStringLiteral("https://example.com/one")).isNull()); // a link stays a link
        const QString shown = view.toPlainText();
        QVERIFY2(shown.contains(QLatin1String("Final [2][3]; also [4].")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("arr[1]")));
        QVERIFY(shown.contains(QLatin1String("x = a[2]")));
        QCOMPARE(view.codeBlocks(), QStringList{QStringLiteral("x = a[2]")});

        QSignalSpy clicked(&view, &MarkdownView::citationClicked);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, sb::uitest::linkPosition(&view, QStringLiteral("cite:3")));
        QTRY_COMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 3);
    }

    void framesCoalesceDeltas()
    {
        MarkdownView view;
        view.resize(600, 100);
        for (int i = 0; i < 500; ++i)
            view.appendText(QStringLiteral("w%1 ").arg(i));
        QCOMPARE(view.renderCount(), 0);
        QTRY_VERIFY(!view.isRendering());
        QVERIFY(view.renderCount() <= 2);
        QVERIFY(view.toPlainText().endsWith(QLatin1String("w499 ")) || view.toPlainText().endsWith(QLatin1String("w499")));
    }

    void copyLinkAndHeightFollowsContent()
    {
        MarkdownView view;
        view.resize(600, 100);
        view.show();
        view.setMarkdown(QStringLiteral("x"));
        view.flush();
        const int small = view.height();
        view.setMarkdown(QStringLiteral("```\na\nb\nc\nd\ne\nf\n```\n"));
        view.flush();
        QVERIFY(view.height() > small);
        view.copyCodeBlock(0);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a\nb\nc\nd\ne\nf"));
        view.copyCodeBlock(5); // out of range: ignored
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a\nb\nc\nd\ne\nf"));
    }

    void highlightFollowsTheme()
    {
        QStringList runs;
        highlightCode(
            QStringLiteral("rs"), QStringLiteral("fn main() {}\n// hi"), false,
            [&](QStringView run, const QTextCharFormat &, bool newLine) { runs << (newLine ? QStringLiteral("\n") : QString()) + run.toString(); });
        QCOMPARE(runs.join(QString()), QStringLiteral("fn main() {}\n// hi"));
        QVERIFY(runs.size() > 2); // split into highlighted runs
        QVERIFY(codeStyle(true).background.lightness() < 100);
        QVERIFY(codeStyle(false).background.lightness() > 200);
        // an unknown language is plain text, whole lines
        runs.clear();
        highlightCode(QStringLiteral("no-such-language"), QStringLiteral("a\nb"), false,
                      [&](QStringView run, const QTextCharFormat &, bool) { runs << run.toString(); });
        QCOMPARE(runs, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_MAIN(TestMarkdownView)
#include "tst_markdownview.moc"
