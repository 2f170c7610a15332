#include "workflow/expression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace sb::workflow {

QString SyntaxError::toString() const
{
    return QCoreApplication::translate("sb::workflow::Expression", "at %1: %2").arg(offset).arg(message);
}

QString Path::root() const
{
    if (segments.isEmpty() || !std::holds_alternative<QString>(segments.first()))
        return {};
    return std::get<QString>(segments.first());
}

QString Path::second() const
{
    if (segments.size() < 2 || !std::holds_alternative<QString>(segments.at(1)))
        return {};
    return std::get<QString>(segments.at(1));
}

QString Path::toString() const
{
    QString out;
    for (const Segment &s : segments) {
        if (const QString *key = std::get_if<QString>(&s)) {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += *key;
        } else {
            out += QStringLiteral("[%1]").arg(std::get<int>(s));
        }
    }
    return out;
}

QJsonValue descend(const QJsonValue &value, const Path &path, int from)
{
    QJsonValue v = value;
    for (int i = from; i < path.segments.size(); ++i) {
        if (v.isString()) {
            // a model's JSON answer kept as text: read into it
            const QString text = v.toString().trimmed();
            if (!text.startsWith(QLatin1Char('{')) && !text.startsWith(QLatin1Char('[')))
                return QJsonValue::Null;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                return QJsonValue::Null;
            v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
        const Path::Segment &s = path.segments.at(i);
        if (const QString *key = std::get_if<QString>(&s)) {
            if (!v.isObject())
                return QJsonValue::Null;
            v = v.toObject().value(*key);
        } else {
            const int index = std::get<int>(s);
            if (!v.isArray())
                return QJsonValue::Null;
            const QJsonArray a = v.toArray();
            const int at = index < 0 ? int(a.size()) + index : index; // [-1]: the last
            if (at < 0 || at >= a.size())
                return QJsonValue::Null;
            v = a.at(at);
        }
    }
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QJsonValue JsonScope::resolve(const Path &path) const
{
    return descend(QJsonValue(m_root), path, 0);
}

bool truthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: return v.toDouble() != 0;
    case QJsonValue::String: return !v.toString().isEmpty();
    case QJsonValue::Array: return !v.toArray().isEmpty();
    case QJsonValue::Object: return !v.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return false;
}

namespace {

// A value's type in an error message, in the application's language (jsonTypeName's words).
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QCoreApplication::translate("sb::workflow::Expression", "null");
    case QJsonValue::Bool: return QCoreApplication::translate("sb::workflow::Expression", "a boolean");
    case QJsonValue::Double: return QCoreApplication::translate("sb::workflow::Expression", "a number");
    case QJsonValue::String: return QCoreApplication::translate("sb::workflow::Expression", "a string");
    case QJsonValue::Array: return QCoreApplication::translate("sb::workflow::Expression", "an array");
    case QJsonValue::Object: return QCoreApplication::translate("sb::workflow::Expression", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("sb::workflow::Expression", "missing");
}

QString numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

} // namespace

QString toText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return numberText(v.toDouble());
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

// ------------------------------------------------------------------------------------------------
// Tokens and the parser

namespace {

enum class Op { Or, And, Not, Eq, Ne, Lt, Le, Gt, Ge, Contains, In, Add, Sub, Mul, Div, Mod, Neg };

QString opText(Op op)
{
    switch (op) {
    case Op::Or: return QStringLiteral("or");
    case Op::And: return QStringLiteral("and");
    case Op::Not: return QStringLiteral("not");
    case Op::Eq: return QStringLiteral("==");
    case Op::Ne: return QStringLiteral("!=");
    case Op::Lt: return QStringLiteral("<");
    case Op::Le: return QStringLiteral("<=");
    case Op::Gt: return QStringLiteral(">");
    case Op::Ge: return QStringLiteral(">=");
    case Op::Contains: return QStringLiteral("contains");
    case Op::In: return QStringLiteral("in");
    case Op::Add: return QStringLiteral("+");
    case Op::Sub:
    case Op::Neg: return QStringLiteral("-");
    case Op::Mul: return QStringLiteral("*");
    case Op::Div: return QStringLiteral("/");
    case Op::Mod: return QStringLiteral("%");
    }
    return {};
}

const QStringList &functionNames()
{
    static const QStringList names{QStringLiteral("len"),  QStringLiteral("lower"),  QStringLiteral("upper"),
                                   QStringLiteral("trim"), QStringLiteral("number"), QStringLiteral("string")};
    return names;
}

struct Token {
    enum class Type { End, Number, String, Name, Punct };
    Type type = Type::End;
    QString text; // names and punctuation as written; strings unescaped
    double number = 0;
    int offset = 0;
    bool is(const char *punct) const { return type == Type::Punct && text == QLatin1String(punct); }
    bool isWord(const char *word) const { return type == Type::Name && text == QLatin1String(word); }
    QString describe() const
    {
        switch (type) {
        case Type::End: return QCoreApplication::translate("sb::workflow::Expression", "the end");
        case Type::String: return QCoreApplication::translate("sb::workflow::Expression", "a string");
        case Type::Number: return QCoreApplication::translate("sb::workflow::Expression", "the number %1").arg(text);
        case Type::Name:
        case Type::Punct: break;
        }
        return QStringLiteral("'%1'").arg(text);
    }
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}
bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

Expected<QList<Token>, SyntaxError> tokenize(QStringView text)
{
    QList<Token> out;
    int i = 0;
    const int n = int(text.size());
    while (true) {
        while (i < n && text.at(i).isSpace())
            ++i;
        Token t;
        t.offset = i;
        if (i == n) {
            out << t;
            return out;
        }
        const QChar c = text.at(i);
        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text.at(i + 1).isDigit())) {
            int j = i;
            while (j < n && text.at(j).isDigit())
                ++j;
            if (j < n && text.at(j) == QLatin1Char('.') && j + 1 < n && text.at(j + 1).isDigit()) {
                ++j;
                while (j < n && text.at(j).isDigit())
                    ++j;
            }
            if (j < n && (text.at(j) == QLatin1Char('e') || text.at(j) == QLatin1Char('E'))) {
                int k = j + 1;
                if (k < n && (text.at(k) == QLatin1Char('+') || text.at(k) == QLatin1Char('-')))
                    ++k;
                if (k < n && text.at(k).isDigit()) {
                    j = k;
                    while (j < n && text.at(j).isDigit())
                        ++j;
                }
            }
            if (j < n && isNameStart(text.at(j)))
                return SyntaxError{
                    j, QCoreApplication::translate("sb::workflow::Expression", "a number cannot run into a name ('%1')").arg(text.mid(i, j - i + 1))};
            t.type = Token::Type::Number;
            t.text = text.mid(i, j - i).toString();
            t.number = QLocale::c().toDouble(t.text);
            i = j;
        } else if (isNameStart(c)) {
            int j = i + 1;
            while (j < n && isNameChar(text.at(j)))
                ++j;
            t.type = Token::Type::Name;
            t.text = text.mid(i, j - i).toString();
            i = j;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            QString s;
            int j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar d = text.at(j);
                if (d == c) {
                    closed = true;
                    ++j;
                    break;
                }
                if (d == QLatin1Char('\\')) {
                    if (j + 1 >= n)
                        break;
                    const QChar e = text.at(j + 1);
                    if (e == QLatin1Char('n'))
                        s += QLatin1Char('\n');
                    else if (e == QLatin1Char('t'))
                        s += QLatin1Char('\t');
                    else if (e == QLatin1Char('\\') || e == QLatin1Char('"') || e == QLatin1Char('\''))
                        s += e;
                    else
                        return SyntaxError{
                            j,
                            QCoreApplication::translate("sb::workflow::Expression", "unknown escape '\\%1' (use \\\", \\', \\\\, \\n or \\t)")
                                .arg(e)};
                    j += 2;
                    continue;
                }
                s += d;
                ++j;
            }
            if (!closed)
                return SyntaxError{i, QCoreApplication::translate("sb::workflow::Expression", "the string is not closed (add %1)").arg(c)};
            t.type = Token::Type::String;
            t.text = s;
            i = j;
        } else {
            static const char *const twoChar[] = {"==", "!=", "<=", ">=", "&&", "||"};
            t.type = Token::Type::Punct;
            for (const char *p : twoChar) {
                if (text.mid(i, 2) == QLatin1String(p)) {
                    t.text = QLatin1String(p);
                    break;
                }
            }
            if (t.text.isEmpty()) {
                if (!QStringLiteral(".[](),<>+-*/%!=").contains(c))
                    return SyntaxError{i, QCoreApplication::translate("sb::workflow::Expression", "unexpected character '%1'").arg(c)};
                t.text = c;
            }
            i += int(t.text.size());
        }
        out << t;
    }
}

} // namespace

struct Expression::Node {
    enum class Kind { Literal, Path, Unary, Binary, Call };
    Kind kind = Kind::Literal;
    int offset = 0;
    QJsonValue literal;
    Path path;
    Op op = Op::Eq;
    QString function;
    QList<std::shared_ptr<const Node>> children;
};

namespace {

using Node = Expression::Node;
using NodePtr = std::shared_ptr<const Node>;

class Parser
{
public:
    Parser(QList<Token> tokens, QList<Path> &paths)
        : m_tokens(std::move(tokens))
        , m_paths(paths)
    {
    }

    Expected<NodePtr, SyntaxError> parseAll()
    {
        if (peek().type == Token::Type::End)
            return SyntaxError{0, QCoreApplication::translate("sb::workflow::Expression", "the expression is empty")};
        NodePtr root = orExpr();
        if (m_error)
            return *m_error;
        if (peek().type != Token::Type::End) {
            const Token &t = peek();
            if (t.is("="))
                return SyntaxError{t.offset, QCoreApplication::translate("sb::workflow::Expression", "'=' does not compare; use ==")};
            return SyntaxError{
                t.offset, QCoreApplication::translate("sb::workflow::Expression", "unexpected %1 after a complete expression").arg(t.describe())};
        }
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    Token take() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    NodePtr fail(int offset, QString message)
    {
        if (!m_error)
            m_error = SyntaxError{offset, std::move(message)};
        return nullptr;
    }
    static NodePtr binary(Op op, int offset, NodePtr a, NodePtr b)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Binary;
        n->op = op;
        n->offset = offset;
        n->children = {std::move(a), std::move(b)};
        return n;
    }
    static NodePtr unary(Op op, int offset, NodePtr a)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Unary;
        n->op = op;
        n->offset = offset;
        n->children = {std::move(a)};
        return n;
    }
    // The operand after an operator: a clear message when it is missing.
    NodePtr operand(NodePtr (Parser::*rule)(), const Token &after)
    {
        if (m_error)
            return nullptr;
        if (peek().type == Token::Type::End || peek().is(")") || peek().is(","))
            return fail(peek().offset, QCoreApplication::translate("sb::workflow::Expression", "expected a value after '%1'").arg(after.text));
        return (this->*rule)();
    }

    NodePtr orExpr()
    {
        NodePtr left = andExpr();
        while (!m_error && (peek().isWord("or") || peek().is("||"))) {
            const Token t = take();
            NodePtr right = operand(&Parser::andExpr, t);
            left = binary(Op::Or, t.offset, left, right);
        }
        return left;
    }
    NodePtr andExpr()
    {
        NodePtr left = notExpr();
        while (!m_error && (peek().isWord("and") || peek().is("&&"))) {
            const Token t = take();
            NodePtr right = operand(&Parser::notExpr, t);
            left = binary(Op::And, t.offset, left, right);
        }
        return left;
    }
    NodePtr notExpr()
    {
        if (peek().isWord("not") || peek().is("!")) {
            const Token t = take();
            return unary(Op::Not, t.offset, operand(&Parser::notExpr, t));
        }
        return comparison();
    }
    std::optional<Op> comparisonOp(const Token &t) const
    {
        if (t.is("=="))
            return Op::Eq;
        if (t.is("!="))
            return Op::Ne;
        if (t.is("<"))
            return Op::Lt;
        if (t.is("<="))
            return Op::Le;
        if (t.is(">"))
            return Op::Gt;
        if (t.is(">="))
            return Op::Ge;
        if (t.isWord("contains"))
            return Op::Contains;
        if (t.isWord("in"))
            return Op::In;
        return std::nullopt;
    }
    NodePtr comparison()
    {
        NodePtr left = sum();
        if (m_error)
            return nullptr;
        if (peek().is("="))
            return fail(peek().offset, QCoreApplication::translate("sb::workflow::Expression", "'=' does not compare; use =="));
        const std::optional<Op> op = comparisonOp(peek());
        if (!op)
            return left;
        const Token t = take();
        NodePtr right = operand(&Parser::sum, t);
        if (!m_error && comparisonOp(peek()))
            return fail(peek().offset, QCoreApplication::translate("sb::workflow::Expression", "comparisons do not chain; join them with 'and'"));
        return binary(*op, t.offset, left, right);
    }
    NodePtr sum()
    {
        NodePtr left = product();
        while (!m_error && (peek().is("+") || peek().is("-"))) {
            const Token t = take();
            NodePtr right = operand(&Parser::product, t);
            left = binary(t.text == QLatin1String("+") ? Op::Add : Op::Sub, t.offset, left, right);
        }
        return left;
    }
    NodePtr product()
    {
        NodePtr left = unaryExpr();
        while (!m_error && (peek().is("*") || peek().is("/") || peek().is("%"))) {
            const Token t = take();
            NodePtr right = operand(&Parser::unaryExpr, t);
            left = binary(t.text == QLatin1String("*") ? Op::Mul : t.text == QLatin1String("/") ? Op::Div : Op::Mod, t.offset, left, right);
        }
        return left;
    }
    NodePtr unaryExpr()
    {
        if (peek().is("-")) {
            const Token t = take();
            return unary(Op::Neg, t.offset, operand(&Parser::unaryExpr, t));
        }
        return primary();
    }
    NodePtr primary()
    {
        if (m_error)
            return nullptr;
        const Token t = take();
        auto literal = [&](QJsonValue v) {
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Literal;
            n->offset = t.offset;
            n->literal = std::move(v);
            return n;
        };
        switch (t.type) {
        case Token::Type::End: return fail(t.offset, QCoreApplication::translate("sb::workflow::Expression", "expected a value"));
        case Token::Type::Number: return literal(t.number);
        case Token::Type::String: return literal(t.text);
        case Token::Type::Punct:
            if (t.is("(")) {
                NodePtr inner = orExpr();
                if (m_error)
                    return nullptr;
                if (!peek().is(")"))
                    return fail(peek().offset,
                                QCoreApplication::translate("sb::workflow::Expression", "expected ')' to close the '(' at %1, found %2")
                                    .arg(t.offset)
                                    .arg(peek().describe()));
                take();
                return inner;
            }
            return fail(t.offset, QCoreApplication::translate("sb::workflow::Expression", "expected a value, found %1").arg(t.describe()));
        case Token::Type::Name: break;
        }
        if (t.text == QLatin1String("true") || t.text == QLatin1String("false"))
            return literal(t.text == QLatin1String("true"));
        if (t.text == QLatin1String("null"))
            return literal(QJsonValue::Null);
        static const QStringList keywords{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("contains"),
                                          QStringLiteral("in")};
        if (keywords.contains(t.text))
            return fail(t.offset, QCoreApplication::translate("sb::workflow::Expression", "expected a value, found '%1'").arg(t.text));
        if (peek().is("("))
            return call(t);
        return path(t);
    }
    NodePtr call(const Token &name)
    {
        if (!functionNames().contains(name.text))
            return fail(name.offset,
                        QCoreApplication::translate("sb::workflow::Expression", "unknown function '%1' (there are %2)")
                            .arg(name.text, functionNames().join(QStringLiteral(", "))));
        take(); // (
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Call;
        n->offset = name.offset;
        n->function = name.text;
        if (!peek().is(")")) {
            while (true) {
                NodePtr arg = orExpr();
                if (m_error)
                    return nullptr;
                n->children << arg;
                if (peek().is(",")) {
                    take();
                    continue;
                }
                break;
            }
        }
        if (!peek().is(")"))
            return fail(peek().offset,
                        QCoreApplication::translate("sb::workflow::Expression", "expected ',' or ')' in the call of %1, found %2")
                            .arg(name.text, peek().describe()));
        take();
        if (n->children.size() != 1)
            return fail(
                name.offset,
                QCoreApplication::translate("sb::workflow::Expression", "%1() takes one value, not %2").arg(name.text).arg(n->children.size()));
        return n;
    }
    NodePtr path(const Token &first)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Path;
        n->offset = first.offset;
        n->path.offset = first.offset;
        n->path.segments << first.text;
        while (true) {
            if (peek().is(".")) {
                take();
                const Token key = take();
                if (key.type != Token::Type::Name)
                    return fail(key.offset,
                                QCoreApplication::translate("sb::workflow::Expression", "expected a name after '.', found %1").arg(key.describe()));
                n->path.segments << key.text;
            } else if (peek().is("[")) {
                const Token open = take();
                const Token index = take();
                if (index.type == Token::Type::Number) {
                    if (index.number != std::floor(index.number) || std::abs(index.number) > 1e9)
                        return fail(
                            index.offset,
                            QCoreApplication::translate("sb::workflow::Expression", "a list index is a whole number, not %1").arg(index.text));
                    n->path.segments << int(index.number);
                } else if (index.type == Token::Type::String) {
                    n->path.segments << index.text;
                } else if (index.is("-") && peek().type == Token::Type::Number && peek().number == std::floor(peek().number)) {
                    n->path.segments << -int(take().number);
                } else {
                    return fail(index.offset,
                                QCoreApplication::translate("sb::workflow::Expression", "expected a list index or a quoted key after '[', found %1")
                                    .arg(index.describe()));
                }
                if (!peek().is("]"))
                    return fail(peek().offset,
                                QCoreApplication::translate("sb::workflow::Expression", "expected ']' to close the '[' at %1").arg(open.offset));
                take();
            } else {
                break;
            }
        }
        m_paths << n->path;
        return n;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QList<Path> &m_paths;
    std::optional<SyntaxError> m_error;
};

// -------------------------------------------------------------------------------------------------
// Evaluation

std::optional<double> asNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = QLocale::c().toDouble(v.toString().trimmed(), &ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

bool equal(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() || b.isDouble()) {
        const auto x = asNumber(a);
        const auto y = asNumber(b);
        return x && y && *x == *y;
    }
    if (a.isNull() || a.isUndefined())
        return b.isNull() || b.isUndefined();
    return a == b;
}

using Value = Expected<QJsonValue, SyntaxError>;

Value evaluateNode(const Node &n, const Scope &scope);

Value compare(const Node &n, const QJsonValue &a, const QJsonValue &b)
{
    int order = 0;
    if ((a.isDouble() || b.isDouble()) && asNumber(a) && asNumber(b)) {
        const double x = *asNumber(a);
        const double y = *asNumber(b);
        order = x < y ? -1 : x > y ? 1 : 0;
    } else if (a.isString() && b.isString()) {
        order = a.toString().compare(b.toString());
    } else {
        return SyntaxError{
            n.offset,
            QCoreApplication::translate("sb::workflow::Expression", "'%1' cannot order %2 and %3").arg(opText(n.op), typeName(a), typeName(b))};
    }
    switch (n.op) {
    case Op::Lt: return QJsonValue(order < 0);
    case Op::Le: return QJsonValue(order <= 0);
    case Op::Gt: return QJsonValue(order > 0);
    case Op::Ge: return QJsonValue(order >= 0);
    default: break;
    }
    return QJsonValue(false);
}

Value contains(const Node &n, const QJsonValue &haystack, const QJsonValue &needle)
{
    if (haystack.isString()) {
        if (needle.isArray() || needle.isObject())
            return SyntaxError{n.offset, QCoreApplication::translate("sb::workflow::Expression", "a string cannot contain %1").arg(typeName(needle))};
        return QJsonValue(haystack.toString().contains(toText(needle)));
    }
    if (haystack.isArray()) {
        const QJsonArray a = haystack.toArray();
        for (const QJsonValue &e : a) {
            if (equal(e, needle))
                return QJsonValue(true);
        }
        return QJsonValue(false);
    }
    if (haystack.isObject())
        return QJsonValue(haystack.toObject().contains(toText(needle)));
    if (haystack.isNull() || haystack.isUndefined())
        return QJsonValue(false);
    return SyntaxError{n.offset,
                       QCoreApplication::translate("sb::workflow::Expression", "'%1' needs a string, a list or an object, not %2")
                           .arg(opText(n.op), typeName(haystack))};
}

Value arithmetic(const Node &n, const QJsonValue &a, const QJsonValue &b)
{
    if (n.op == Op::Add && a.isString() && b.isString())
        return QJsonValue(a.toString() + b.toString());
    const auto x = asNumber(a);
    const auto y = asNumber(b);
    if (!x || !y)
        return SyntaxError{
            n.offset,
            QCoreApplication::translate("sb::workflow::Expression", "'%1' needs numbers, not %2 and %3").arg(opText(n.op), typeName(a), typeName(b))};
    switch (n.op) {
    case Op::Add: return QJsonValue(*x + *y);
    case Op::Sub: return QJsonValue(*x - *y);
    case Op::Mul: return QJsonValue(*x * *y);
    case Op::Div:
        if (*y == 0)
            return SyntaxError{n.offset, QCoreApplication::translate("sb::workflow::Expression", "division by zero")};
        return QJsonValue(*x / *y);
    case Op::Mod:
        if (*y == 0)
            return SyntaxError{n.offset, QCoreApplication::translate("sb::workflow::Expression", "division by zero")};
        return QJsonValue(std::fmod(*x, *y));
    default: break;
    }
    return QJsonValue(0);
}

Value callFunction(const Node &n, const QJsonValue &v)
{
    const QString &f = n.function;
    if (f == QLatin1String("len")) {
        if (v.isString())
            return QJsonValue(double(v.toString().size()));
        if (v.isArray())
            return QJsonValue(double(v.toArray().size()));
        if (v.isObject())
            return QJsonValue(double(v.toObject().size()));
        if (v.isNull() || v.isUndefined())
            return QJsonValue(0);
        return SyntaxError{
            n.offset, QCoreApplication::translate("sb::workflow::Expression", "len() needs a string, a list or an object, not %1").arg(typeName(v))};
    }
    if (f == QLatin1String("lower"))
        return QJsonValue(toText(v).toLower());
    if (f == QLatin1String("upper"))
        return QJsonValue(toText(v).toUpper());
    if (f == QLatin1String("trim"))
        return QJsonValue(toText(v).trimmed());
    if (f == QLatin1String("string"))
        return QJsonValue(toText(v));
    // number
    if (v.isBool())
        return QJsonValue(v.toBool() ? 1 : 0);
    if (const auto d = asNumber(v))
        return QJsonValue(*d);
    return SyntaxError{n.offset,
                       QCoreApplication::translate("sb::workflow::Expression", "number() cannot read %1 as a number")
                           .arg(v.isString() ? QStringLiteral("\"%1\"").arg(v.toString().left(40)) : typeName(v))};
}

Value evaluateNode(const Node &n, const Scope &scope)
{
    switch (n.kind) {
    case Node::Kind::Literal: return n.literal;
    case Node::Kind::Path: {
        const QJsonValue v = scope.resolve(n.path);
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    }
    case Node::Kind::Call: {
        Value arg = evaluateNode(*n.children.at(0), scope);
        if (!arg)
            return arg;
        return callFunction(n, *arg);
    }
    case Node::Kind::Unary: {
        Value v = evaluateNode(*n.children.at(0), scope);
        if (!v)
            return v;
        if (n.op == Op::Not)
            return QJsonValue(!truthy(*v));
        const auto d = asNumber(*v);
        if (!d)
            return SyntaxError{n.offset, QCoreApplication::translate("sb::workflow::Expression", "'-' needs a number, not %1").arg(typeName(*v))};
        return QJsonValue(-*d);
    }
    case Node::Kind::Binary: break;
    }
    Value a = evaluateNode(*n.children.at(0), scope);
    if (!a)
        return a;
    if (n.op == Op::And && !truthy(*a))
        return QJsonValue(false);
    if (n.op == Op::Or && truthy(*a))
        return QJsonValue(true);
    Value b = evaluateNode(*n.children.at(1), scope);
    if (!b)
        return b;
    switch (n.op) {
    case Op::And:
    case Op::Or: return QJsonValue(truthy(*b));
    case Op::Eq: return QJsonValue(equal(*a, *b));
    case Op::Ne: return QJsonValue(!equal(*a, *b));
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: return compare(n, *a, *b);
    case Op::Contains: return contains(n, *a, *b);
    case Op::In: return contains(n, *b, *a);
    default: break;
    }
    return arithmetic(n, *a, *b);
}

} // namespace

Expected<Expression, SyntaxError> Expression::parse(QStringView text)
{
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    Expression e;
    e.m_text = text.toString();
    Parser parser(std::move(*tokens), e.m_paths);
    auto root = parser.parseAll();
    if (!root)
        return root.error();
    e.m_root = *root;
    return e;
}

Expected<QJsonValue, SyntaxError> Expression::evaluate(const Scope &scope) const
{
    if (!m_root)
        return SyntaxError{0, QCoreApplication::translate("sb::workflow::Expression", "the expression is empty")};
    return evaluateNode(*m_root, scope);
}

bool Expression::isPath() const
{
    return m_root && m_root->kind == Node::Kind::Path;
}

// -------------------------------------------------------------------------------------------------
// Templates

Expected<Template, SyntaxError> Template::parse(QStringView text)
{
    Template t;
    t.m_text = text.toString();
    const int n = int(text.size());
    int i = 0;
    QString literal;
    while (i < n) {
        if (text.at(i) == QLatin1Char('{') && i + 1 < n && text.at(i + 1) == QLatin1Char('{')) {
            // the end of the hole: "}}" outside quotes
            int j = i + 2;
            QChar quote;
            int end = -1;
            while (j < n) {
                const QChar c = text.at(j);
                if (!quote.isNull()) {
                    if (c == QLatin1Char('\\'))
                        ++j;
                    else if (c == quote)
                        quote = QChar();
                } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                    quote = c;
                } else if (c == QLatin1Char('}') && j + 1 < n && text.at(j + 1) == QLatin1Char('}')) {
                    end = j;
                    break;
                }
                ++j;
            }
            if (end < 0)
                return SyntaxError{i, QCoreApplication::translate("sb::workflow::Expression", "'{{' is not closed with '}}'")};
            const QStringView inner = text.mid(i + 2, end - i - 2);
            if (inner.trimmed().isEmpty())
                return SyntaxError{i,
                                   QCoreApplication::translate("sb::workflow::Expression", "empty {{ }}: put a value inside, e.g. {{input.text}}")};
            auto e = Expression::parse(inner);
            if (!e)
                return SyntaxError{i + 2 + e.error().offset, e.error().message};
            Piece p;
            p.literal = literal;
            literal.clear();
            p.offset = i + 2;
            for (Path &path : e->m_paths)
                path.offset += p.offset;
            p.hole = std::move(*e);
            t.m_pieces << p;
            i = end + 2;
            continue;
        }
        literal += text.at(i);
        ++i;
    }
    if (!literal.isEmpty() || t.m_pieces.isEmpty())
        t.m_pieces << Piece{literal, std::nullopt, 0};
    return t;
}

Expected<QString, SyntaxError> Template::render(const Scope &scope) const
{
    QString out;
    for (const Piece &p : m_pieces) {
        out += p.literal;
        if (!p.hole)
            continue;
        auto v = p.hole->evaluate(scope);
        if (!v)
            return SyntaxError{p.offset + v.error().offset, v.error().message};
        out += toText(*v);
    }
    return out;
}

Expected<QJsonValue, SyntaxError> Template::value(const Scope &scope) const
{
    if (m_pieces.size() == 1 && m_pieces.first().hole && m_pieces.first().literal.isEmpty()) {
        const Piece &p = m_pieces.first();
        auto v = p.hole->evaluate(scope);
        if (!v)
            return SyntaxError{p.offset + v.error().offset, v.error().message};
        return *v;
    }
    auto text = render(scope);
    if (!text)
        return text.error();
    return QJsonValue(*text);
}

QList<Path> Template::paths() const
{
    QList<Path> out;
    for (const Piece &p : m_pieces) {
        if (p.hole)
            out << p.hole->paths();
    }
    return out;
}

} // namespace sb::workflow
