#pragma once

#include "common/expected.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <variant>

// The workflow's small expression language and the {{...}} templates built on it. No code runs: an
// expression reads values by path and combines them with a fixed set of operators and functions.
//
//   expression := or
//   or         := and (("or" | "||") and)*
//   and        := not (("and" | "&&") not)*
//   not        := ("not" | "!") not | comparison
//   comparison := sum [("==" | "!=" | "<" | "<=" | ">" | ">=" | "contains" | "in") sum]   (no chains)
//   sum        := product (("+" | "-") product)*
//   product    := unary (("*" | "/" | "%") unary)*
//   unary      := "-" unary | primary
//   primary    := number | string | true | false | null | "(" expression ")"
//               | function "(" [expression ("," expression)*] ")" | path
//   path       := name ("." name | "[" (number | string) "]")*
//
// Strings take single or double quotes with \" \' \\ \n \t escapes. Functions: len, lower, upper, trim,
// number, string. Paths start at a root the runner provides (input, steps, run, item, index); a path
// that leads nowhere is null. `contains` looks for a substring, a list element or an object key; `in`
// is the same with its sides swapped. A number compares with a string that is a number (model output).
// Truth: false, null, 0, "", [] and {} are false, everything else true.
namespace sb::workflow {

// Where the text is wrong (0-based offset in it) and what is wrong.
struct SyntaxError {
    int offset = 0;
    QString message;
    QString toString() const; // "at 12: expected a value after 'and'"
};

// A value's path: "steps.extract.output.total", "input.files[0]".
struct Path {
    using Segment = std::variant<QString, int>; // an object key or a list index
    QList<Segment> segments;
    int offset = 0; // where it starts in the expression or template
    QString root() const; // the first name
    QString second() const; // the second segment when it is a name ("steps.ID" -> ID), else empty
    QString toString() const;
};

// Values for the paths of an expression. resolve() gets the whole path and returns what it names
// (undefined or null when nothing).
class Scope
{
public:
    virtual ~Scope() = default;
    virtual QJsonValue resolve(const Path &path) const = 0;
};

// The value `path` names inside `value`, skipping its first `from` segments. Text that holds JSON
// (a model's structured answer) is read as JSON when the path goes into it.
QJsonValue descend(const QJsonValue &value, const Path &path, int from);

// A scope over one JSON object whose keys are the roots.
class JsonScope final : public Scope
{
public:
    explicit JsonScope(QJsonObject root)
        : m_root(std::move(root))
    {
    }
    QJsonValue resolve(const Path &path) const override;

private:
    QJsonObject m_root;
};

// Truth of a value (see above), and a value as template text: strings as they are, numbers in their
// shortest form, true/false, null as nothing, lists and objects as compact JSON.
bool truthy(const QJsonValue &value);
QString toText(const QJsonValue &value);

class Expression
{
public:
    [[nodiscard]] static Expected<Expression, SyntaxError> parse(QStringView text);

    // The value, or what went wrong (with the offset of the operator or function that failed).
    [[nodiscard]] Expected<QJsonValue, SyntaxError> evaluate(const Scope &scope) const;
    // Every path the expression reads, in order.
    const QList<Path> &paths() const { return m_paths; }
    const QString &text() const { return m_text; }
    // The expression is one path and nothing else.
    bool isPath() const;

    struct Node;

private:
    friend class Template;
    QString m_text;
    std::shared_ptr<const Node> m_root;
    QList<Path> m_paths;
};

// Text with {{ expression }} holes. A template that is one hole and nothing else renders the hole's
// value as it is (value()); otherwise as text (render()).
class Template
{
public:
    [[nodiscard]] static Expected<Template, SyntaxError> parse(QStringView text);

    [[nodiscard]] Expected<QString, SyntaxError> render(const Scope &scope) const;
    [[nodiscard]] Expected<QJsonValue, SyntaxError> value(const Scope &scope) const;
    QList<Path> paths() const;
    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

private:
    struct Piece {
        QString literal; // text before the hole (or the whole piece when there is none)
        std::optional<Expression> hole;
        int offset = 0; // of the hole's expression in the template
    };
    QString m_text;
    QList<Piece> m_pieces;
};

} // namespace sb::workflow
