#include "workflow/expression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb::workflow;

// The workflow expression language and templates: values, operators, paths into step outputs, and
// syntax errors with the offset where the text goes wrong.
class TestWorkflowExpression : public QObject
{
    Q_OBJECT

private:
    static QJsonObject root()
    {
        return QJsonDocument::fromJson(
                   QByteArrayLiteral("{"
                                     "\"input\": {\"text\": \"Invoice 42 from ACME\", \"amount\": \"1200.50\", \"tags\": [\"urgent\", \"b2b\"], "
                                     "\"empty\": \"\", \"nested\": {\"a\": {\"b\": 7}}},"
                                     "\"steps\": {\"extract\": {\"output\": {\"total\": 1200.5, \"currency\": \"EUR\", "
                                     "\"items\": [{\"name\": \"bolts\"}, {\"name\": \"nuts\"}]}, \"cost\": 0.002},"
                                     "\"raw\": {\"output\": \"{\\\"score\\\": 0.9}\"}},"
                                     "\"run\": {\"cost\": 0.0125}"
                                     "}"))
            .object();
    }

private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected"); // as compact JSON

        QTest::newRow("number") << QStringLiteral("42") << QStringLiteral("42");
        QTest::newRow("decimal and exponent") << QStringLiteral("1.5e2") << QStringLiteral("150");
        QTest::newRow("string single quotes") << QStringLiteral("'it\\'s'") << QStringLiteral("\"it's\"");
        QTest::newRow("path number") << QStringLiteral("steps.extract.output.total") << QStringLiteral("1200.5");
        QTest::newRow("list index") << QStringLiteral("steps.extract.output.items[1].name") << QStringLiteral("\"nuts\"");
        QTest::newRow("last index") << QStringLiteral("steps.extract.output.items[-1].name") << QStringLiteral("\"nuts\"");
        QTest::newRow("quoted key") << QStringLiteral("input.nested['a'].b") << QStringLiteral("7");
        QTest::newRow("missing path is null") << QStringLiteral("input.nothing.deeper") << QStringLiteral("null");
        QTest::newRow("into JSON text") << QStringLiteral("steps.raw.output.score") << QStringLiteral("0.9");
        QTest::newRow("greater") << QStringLiteral("steps.extract.output.total > 1000") << QStringLiteral("true");
        QTest::newRow("number vs numeric string") << QStringLiteral("input.amount >= 1200.5") << QStringLiteral("true");
        QTest::newRow("equal strings") << QStringLiteral("steps.extract.output.currency == \"EUR\"") << QStringLiteral("true");
        QTest::newRow("not equal") << QStringLiteral("steps.extract.output.currency != 'USD'") << QStringLiteral("true");
        QTest::newRow("null equals missing") << QStringLiteral("input.nothing == null") << QStringLiteral("true");
        QTest::newRow("contains substring") << QStringLiteral("input.text contains 'ACME'") << QStringLiteral("true");
        QTest::newRow("contains is case sensitive") << QStringLiteral("input.text contains 'acme'") << QStringLiteral("false");
        QTest::newRow("lower contains") << QStringLiteral("lower(input.text) contains 'acme'") << QStringLiteral("true");
        QTest::newRow("list contains") << QStringLiteral("input.tags contains 'urgent'") << QStringLiteral("true");
        QTest::newRow("in list") << QStringLiteral("'b2b' in input.tags") << QStringLiteral("true");
        QTest::newRow("object has key") << QStringLiteral("steps.extract.output contains 'total'") << QStringLiteral("true");
        QTest::newRow("and or precedence") << QStringLiteral("false or true and true") << QStringLiteral("true");
        QTest::newRow("parentheses") << QStringLiteral("(false or true) and false") << QStringLiteral("false");
        QTest::newRow("not") << QStringLiteral("not input.empty") << QStringLiteral("true");
        QTest::newRow("bang and symbols") << QStringLiteral("!(1 > 2) && (1 < 2 || false)") << QStringLiteral("true");
        QTest::newRow("arithmetic") << QStringLiteral("2 + 3 * 4 - 10 / 5") << QStringLiteral("12");
        QTest::newRow("unary minus") << QStringLiteral("-steps.extract.cost * 1000") << QStringLiteral("-2");
        QTest::newRow("run cost") << QStringLiteral("run.cost + steps.extract.cost < 0.02") << QStringLiteral("true");
        QTest::newRow("len of list") << QStringLiteral("len(steps.extract.output.items)") << QStringLiteral("2");
        QTest::newRow("number of text") << QStringLiteral("number(input.amount) + 0.5") << QStringLiteral("1201");
        QTest::newRow("string concat") << QStringLiteral("'a' + upper('b')") << QStringLiteral("\"aB\"");
        QTest::newRow("string order") << QStringLiteral("'apple' < 'banana'") << QStringLiteral("true");
        QTest::newRow("short circuit") << QStringLiteral("false and (1 / 0 > 1)") << QStringLiteral("false");
        QTest::newRow("keyword after dot") << QStringLiteral("input.in == null") << QStringLiteral("true");
    }
    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        auto e = Expression::parse(expression);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
        auto v = e->evaluate(JsonScope(root()));
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        const QJsonArray wrapped{*v};
        const QString text = QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
        QCOMPARE(text.mid(1, text.size() - 2), expected);
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QStringLiteral("   ") << 0 << QStringLiteral("the expression is empty");
        QTest::newRow("missing operand") << QStringLiteral("a > 1 and") << 9 << QStringLiteral("expected a value after 'and'");
        QTest::newRow("single equals") << QStringLiteral("input.x = 3") << 8 << QStringLiteral("'=' does not compare; use ==");
        QTest::newRow("chained comparison") << QStringLiteral("1 < x < 3") << 6 << QStringLiteral("comparisons do not chain; join them with 'and'");
        QTest::newRow("open string") << QStringLiteral("x == 'abc") << 5 << QStringLiteral("the string is not closed (add ')");
        QTest::newRow("unclosed paren") << QStringLiteral("(a or b") << 7 << QStringLiteral("expected ')' to close the '(' at 0, found the end");
        QTest::newRow("unknown function") << QStringLiteral("exec('rm')") << 0
                                          << QStringLiteral("unknown function 'exec' (there are len, lower, upper, trim, number, string)");
        QTest::newRow("bad character") << QStringLiteral("a ; b") << 2 << QStringLiteral("unexpected character ';'");
        QTest::newRow("trailing token") << QStringLiteral("a b") << 2 << QStringLiteral("unexpected 'b' after a complete expression");
        QTest::newRow("dot without name") << QStringLiteral("steps.") << 6 << QStringLiteral("expected a name after '.', found the end");
        QTest::newRow("bad index") << QStringLiteral("a[1.5]") << 2 << QStringLiteral("a list index is a whole number, not 1.5");
        QTest::newRow("unclosed bracket") << QStringLiteral("a[1") << 3 << QStringLiteral("expected ']' to close the '[' at 1");
        QTest::newRow("number into name") << QStringLiteral("3abc") << 1 << QStringLiteral("a number cannot run into a name ('3a')");
        QTest::newRow("keyword as value") << QStringLiteral("a == and") << 5 << QStringLiteral("expected a value, found 'and'");
        QTest::newRow("function arity") << QStringLiteral("len(a, b)") << 0 << QStringLiteral("len() takes one value, not 2");
        QTest::newRow("bad escape") << QStringLiteral("'a\\qb'") << 2 << QStringLiteral("unknown escape '\\q' (use \\\", \\', \\\\, \\n or \\t)");
    }
    void syntaxErrors()
    {
        QFETCH(QString, expression);
        QFETCH(int, offset);
        QFETCH(QString, message);
        auto e = Expression::parse(expression);
        QVERIFY(!e);
        QCOMPARE(e.error().message, message);
        QCOMPARE(e.error().offset, offset);
        QCOMPARE(e.error().toString(), QStringLiteral("at %1: %2").arg(offset).arg(message));
    }

    void evaluationErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("order list and number") << QStringLiteral("input.tags > 1") << 11 << QStringLiteral("'>' cannot order an array and a number");
        QTest::newRow("division by zero") << QStringLiteral("1 / (2 - 2)") << 2 << QStringLiteral("division by zero");
        QTest::newRow("not a number") << QStringLiteral("number(input.text)") << 0
                                      << QStringLiteral("number() cannot read \"Invoice 42 from ACME\" as a number");
        QTest::newRow("arithmetic on text") << QStringLiteral("input.text * 2") << 11
                                            << QStringLiteral("'*' needs numbers, not a string and a number");
        QTest::newRow("contains on number") << QStringLiteral("3 contains 1") << 2
                                            << QStringLiteral("'contains' needs a string, a list or an object, not a number");
    }
    void evaluationErrors()
    {
        QFETCH(QString, expression);
        QFETCH(int, offset);
        QFETCH(QString, message);
        auto e = Expression::parse(expression);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
        auto v = e->evaluate(JsonScope(root()));
        QVERIFY(!v);
        QCOMPARE(v.error().message, message);
        QCOMPARE(v.error().offset, offset);
    }

    void pathsAreListed()
    {
        auto e = Expression::parse(QStringLiteral("steps.extract.output.total > input.limit and run.cost < 1"));
        QVERIFY(e);
        QCOMPARE(e->paths().size(), 3);
        QCOMPARE(e->paths().at(0).toString(), QStringLiteral("steps.extract.output.total"));
        QCOMPARE(e->paths().at(0).root(), QStringLiteral("steps"));
        QCOMPARE(e->paths().at(0).second(), QStringLiteral("extract"));
        QCOMPARE(e->paths().at(1).offset, 29);
        QCOMPARE(e->paths().at(2).toString(), QStringLiteral("run.cost"));
        QVERIFY(!e->isPath());
        QVERIFY(Expression::parse(QStringLiteral("input.files[0]"))->isPath());
    }

    void templatesRender()
    {
        auto t = Template::parse(QStringLiteral("Total {{ steps.extract.output.total }} {{steps.extract.output.currency}} for {{input.tags}}; "
                                                "cost so far {{ run.cost * 100 }} cents{{ input.nothing }}."));
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        auto text = t->render(JsonScope(root()));
        QVERIFY(text);
        QCOMPARE(*text, QStringLiteral("Total 1200.5 EUR for [\"urgent\",\"b2b\"]; cost so far 1.25 cents."));
        QCOMPARE(t->paths().size(), 5);

        // one hole alone keeps the value's type
        auto whole = Template::parse(QStringLiteral("{{steps.extract.output}}"));
        QVERIFY(whole);
        auto v = whole->value(JsonScope(root()));
        QVERIFY(v && v->isObject());
        QCOMPARE(v->toObject().value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
        // text around it makes it text
        auto framed = Template::parse(QStringLiteral("x{{input.nested.a.b}}"));
        QCOMPARE(framed->value(JsonScope(root()))->toString(), QStringLiteral("x7"));

        // "}}" inside a string does not end the hole; a lone "}}" or "{" is text
        auto quoted = Template::parse(QStringLiteral("{{ '}}' }} and } and {single}"));
        QVERIFY(quoted);
        QCOMPARE(*quoted->render(JsonScope(root())), QStringLiteral("}} and } and {single}"));
        // no holes at all
        auto plain = Template::parse(QStringLiteral("just text"));
        QCOMPARE(*plain->render(JsonScope({})), QStringLiteral("just text"));
        QVERIFY(plain->paths().isEmpty());
    }

    void templateErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed") << QStringLiteral("Hello {{input.name") << 6 << QStringLiteral("'{{' is not closed with '}}'");
        QTest::newRow("empty hole") << QStringLiteral("a {{ }} b") << 2 << QStringLiteral("empty {{ }}: put a value inside, e.g. {{input.text}}");
        // offsets count from the start of the template, not of the hole
        QTest::newRow("error inside") << QStringLiteral("Sum: {{ a + }}") << 12 << QStringLiteral("expected a value after '+'");
    }
    void templateErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(QString, message);
        auto t = Template::parse(text);
        QVERIFY(!t);
        QCOMPARE(t.error().message, message);
        QCOMPARE(t.error().offset, offset);
    }

    void templateEvaluationErrorOffset()
    {
        auto t = Template::parse(QStringLiteral("x = {{ 1 / 0 }}"));
        QVERIFY(t);
        auto r = t->render(JsonScope({}));
        QVERIFY(!r);
        QCOMPARE(r.error().offset, 9);
        QCOMPARE(r.error().message, QStringLiteral("division by zero"));
        QCOMPARE(Template::parse(QStringLiteral("a {{b.c}} {{d}}"))->paths().at(1).offset, 12);
    }

    void truthAndText()
    {
        QVERIFY(!truthy(QJsonValue()));
        QVERIFY(!truthy(QJsonValue(0)));
        QVERIFY(!truthy(QJsonValue(QString())));
        QVERIFY(!truthy(QJsonArray()));
        QVERIFY(truthy(QJsonValue(QStringLiteral("false")))); // text is text
        QVERIFY(truthy(QJsonArray{1}));
        QCOMPARE(toText(QJsonValue(3.0)), QStringLiteral("3"));
        QCOMPARE(toText(QJsonValue(0.1)), QStringLiteral("0.1"));
        QCOMPARE(toText(QJsonValue(QJsonValue::Null)), QString());
        QCOMPARE(toText(QJsonObject{{QStringLiteral("a"), 1}}), QStringLiteral("{\"a\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowExpression)
#include "tst_workflowexpression.moc"
