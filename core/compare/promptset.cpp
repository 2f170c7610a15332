#include "compare/promptset.h"

#include "common/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::compare {

namespace {

Error lineError(int line, const QString &what)
{
    return Error::make(Error::Kind::Parse, QStringLiteral("line %1: %2").arg(line).arg(what));
}

const QStringList &csvColumns()
{
    static const QStringList columns{QStringLiteral("prompt"),   QStringLiteral("id"),       QStringLiteral("system"),
                                     QStringLiteral("category"), QStringLiteral("contains"), QStringLiteral("regex"),
                                     QStringLiteral("json"),     QStringLiteral("schema"),   QStringLiteral("judge")};
    return columns;
}

std::optional<QString> addRegex(PromptRow &row, const QString &pattern)
{
    Check c;
    c.type = Check::Type::Regex;
    c.value = pattern;
    c.regex = QRegularExpression(pattern);
    if (!c.regex.isValid())
        return QStringLiteral("regex /%1/: %2 at offset %3").arg(pattern, c.regex.errorString()).arg(c.regex.patternErrorOffset());
    row.checks << c;
    return std::nullopt;
}

void addContains(PromptRow &row, const QString &text)
{
    Check c;
    c.type = Check::Type::Contains;
    c.value = text;
    row.checks << c;
}

void addJson(PromptRow &row)
{
    Check c;
    c.type = Check::Type::ValidJson;
    row.checks << c;
}

std::optional<QString> addSchema(PromptRow &row, Expected<JsonSchema> schema)
{
    if (!schema)
        return schema.error().message;
    Check c;
    c.type = Check::Type::Schema;
    c.schema = *schema;
    row.checks << c;
    return std::nullopt;
}

std::optional<QString> addJudge(PromptRow &row, JudgeSpec spec)
{
    if (spec.rubric.trimmed().isEmpty())
        return QStringLiteral("judge: the rubric is empty");
    if (!(spec.threshold >= 0 && spec.threshold <= 10))
        return QStringLiteral("judge.threshold: must be a number from 0 to 10");
    Check c;
    c.type = Check::Type::Judge;
    c.value = spec.rubric;
    c.judge = std::move(spec);
    row.checks << c;
    return std::nullopt;
}

// "judge": "rubric" or {"rubric": "...", "model": "...", "threshold": 7}
std::optional<QString> addJudge(PromptRow &row, const QJsonValue &v)
{
    JudgeSpec spec;
    if (v.isString()) {
        spec.rubric = v.toString();
        return addJudge(row, spec);
    }
    if (!v.isObject())
        return QStringLiteral("\"judge\" takes a rubric or {\"rubric\", \"model\", \"threshold\"}");
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("rubric") || key == QLatin1String("model")) {
            if (!it.value().isString())
                return QStringLiteral("judge.%1: must be a string").arg(key);
            (key == QLatin1String("rubric") ? spec.rubric : spec.model) = it.value().toString().trimmed();
        } else if (key == QLatin1String("threshold")) {
            if (!it.value().isDouble())
                return QStringLiteral("judge.threshold: must be a number from 0 to 10");
            spec.threshold = it.value().toDouble();
        } else {
            return QStringLiteral("judge: unknown key \"%1\" (keys: rubric, model, threshold)").arg(key);
        }
    }
    return addJudge(row, spec);
}

// Any JSON value of a text: wraps it in an array so that scalars parse too.
std::optional<QJsonValue> parseAnyJson(const QString &text, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("\n]"), &pe);
    if (pe.error != QJsonParseError::NoError || doc.array().size() != 1) {
        if (error)
            *error = pe.error != QJsonParseError::NoError ? QStringLiteral("%1 at offset %2").arg(pe.errorString()).arg(std::max(0, pe.offset - 1))
                                                          : QStringLiteral("more than one JSON value");
        return std::nullopt;
    }
    return doc.array().at(0);
}

} // namespace

QString Check::typeName(Type type)
{
    switch (type) {
    case Type::Contains: return QStringLiteral("contains");
    case Type::Regex: return QStringLiteral("regex");
    case Type::ValidJson: return QStringLiteral("json");
    case Type::Schema: return QStringLiteral("schema");
    case Type::Judge: return QStringLiteral("judge");
    }
    return {};
}

QString Check::describe() const
{
    switch (type) {
    case Type::Contains: return QStringLiteral("contains \"%1\"").arg(value);
    case Type::Regex: return QStringLiteral("matches /%1/").arg(value);
    case Type::ValidJson: return QStringLiteral("valid JSON");
    case Type::Schema: return QStringLiteral("matches the JSON schema");
    case Type::Judge: return QStringLiteral("judged at least %1/10 on \"%2\"").arg(judge ? judge->threshold : 7).arg(value.left(60));
    }
    return {};
}

QString jsonPayload(const QString &answer)
{
    const QString t = answer.trimmed();
    if (!t.startsWith(QLatin1String("```")) || !t.endsWith(QLatin1String("```")) || t.size() < 6)
        return t;
    const qsizetype firstBreak = t.indexOf(QLatin1Char('\n'));
    if (firstBreak < 0)
        return t;
    const QString body = t.mid(firstBreak + 1, t.size() - 3 - firstBreak - 1);
    if (body.contains(QLatin1String("```")))
        return t; // more than one fence: not a single JSON block
    return body.trimmed();
}

CheckResult runCheck(const Check &check, const QString &answer)
{
    switch (check.type) {
    case Check::Type::Contains:
        if (answer.contains(check.value))
            return {true, {}};
        return {false, QStringLiteral("does not contain \"%1\"").arg(check.value)};
    case Check::Type::Regex:
        if (check.regex.match(answer).hasMatch())
            return {true, {}};
        return {false, QStringLiteral("does not match /%1/").arg(check.value)};
    case Check::Type::ValidJson:
    case Check::Type::Schema: {
        QString error;
        const auto value = parseAnyJson(jsonPayload(answer), &error);
        if (!value)
            return {false, QStringLiteral("not valid JSON: %1").arg(error)};
        if (check.type == Check::Type::ValidJson || !check.schema)
            return {true, {}};
        const QStringList problems = check.schema->validate(*value);
        if (problems.isEmpty())
            return {true, {}};
        QString detail = QStringLiteral("schema: ") + problems.mid(0, 3).join(QStringLiteral(", "));
        if (problems.size() > 3)
            detail += QStringLiteral(" (and %1 more)").arg(problems.size() - 3);
        return {false, detail};
    }
    case Check::Type::Judge: return {false, QStringLiteral("a judge check needs a judge model call")};
    }
    return {false, QStringLiteral("unknown check")};
}

QList<Check> localChecks(const QList<Check> &checks)
{
    QList<Check> out;
    for (const Check &c : checks) {
        if (c.type != Check::Type::Judge)
            out << c;
    }
    return out;
}

QList<Check> judgeChecks(const QList<Check> &checks)
{
    QList<Check> out;
    for (const Check &c : checks) {
        if (c.type == Check::Type::Judge)
            out << c;
    }
    return out;
}

CheckResult runChecks(const QList<Check> &checks, const QString &answer)
{
    CheckResult all{true, {}};
    QStringList details;
    for (const Check &c : checks) {
        const CheckResult r = runCheck(c, answer);
        if (!r.passed) {
            all.passed = false;
            details << r.detail;
        }
    }
    all.detail = details.join(QStringLiteral("; "));
    return all;
}

Expected<QList<PromptRow>> PromptSet::parseCsv(const QString &text)
{
    auto records = csv::parse(text);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("the prompt set is empty"));
    const csv::Record header = records->first();
    QStringList columns;
    for (const QString &f : header.fields) {
        const QString name = f.trimmed().toLower();
        if (!csvColumns().contains(name))
            return lineError(header.line, QStringLiteral("unknown column \"%1\" (columns: %2)").arg(f, csvColumns().join(QStringLiteral(", "))));
        if (columns.contains(name))
            return lineError(header.line, QStringLiteral("column \"%1\" appears twice").arg(name));
        columns << name;
    }
    if (!columns.contains(QLatin1String("prompt")))
        return lineError(header.line, QStringLiteral("no \"prompt\" column in the header"));
    QList<PromptRow> rows;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const csv::Record &rec = records->at(r);
        if (rec.fields.size() != columns.size())
            return lineError(rec.line, QStringLiteral("%1 fields, the header has %2").arg(rec.fields.size()).arg(columns.size()));
        PromptRow row;
        row.line = rec.line;
        row.id = QString::number(r);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &name = columns.at(c);
            const QString &value = rec.fields.at(c);
            std::optional<QString> problem;
            if (name == QLatin1String("prompt"))
                row.prompt = value;
            else if (name == QLatin1String("id") && !value.trimmed().isEmpty())
                row.id = value.trimmed();
            else if (name == QLatin1String("system"))
                row.system = value;
            else if (name == QLatin1String("category"))
                row.category = value.trimmed();
            else if (name == QLatin1String("contains") && !value.isEmpty())
                addContains(row, value);
            else if (name == QLatin1String("regex") && !value.isEmpty())
                problem = addRegex(row, value);
            else if (name == QLatin1String("json")) {
                const QString v = value.trimmed().toLower();
                if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes"))
                    addJson(row);
                else if (!v.isEmpty() && v != QLatin1String("0") && v != QLatin1String("false") && v != QLatin1String("no"))
                    problem = QStringLiteral("json: \"%1\" is not true/false").arg(value);
            } else if (name == QLatin1String("schema") && !value.trimmed().isEmpty())
                problem = addSchema(row, JsonSchema::parse(value));
            else if (name == QLatin1String("judge") && !value.trimmed().isEmpty()) {
                JudgeSpec spec;
                spec.rubric = value.trimmed();
                problem = addJudge(row, spec);
            }
            if (problem)
                return lineError(rec.line, *problem);
        }
        if (row.prompt.trimmed().isEmpty())
            return lineError(rec.line, QStringLiteral("the prompt is empty"));
        rows << row;
    }
    if (rows.isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("the prompt set has a header but no rows"));
    return rows;
}

Expected<QList<PromptRow>> PromptSet::parseJsonl(const QString &text)
{
    QList<PromptRow> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QString line = lines.at(i);
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            return lineError(lineNo, QStringLiteral("not valid JSON (%1 at column %2)").arg(pe.errorString()).arg(pe.offset + 1));
        if (!doc.isObject())
            return lineError(lineNo, QStringLiteral("each line must be a JSON object with a \"prompt\""));
        const QJsonObject o = doc.object();
        PromptRow row;
        row.line = lineNo;
        row.id = QString::number(rows.size() + 1);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            std::optional<QString> problem;
            auto texts = [&](auto add) {
                const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
                for (const QJsonValue &item : list) {
                    if (!item.isString())
                        return std::optional<QString>(QStringLiteral("\"%1\" takes a string or a list of strings").arg(key));
                    if (auto p = add(item.toString()))
                        return p;
                }
                return std::optional<QString>();
            };
            if (key == QLatin1String("prompt")) {
                if (!v.isString())
                    problem = QStringLiteral("\"prompt\" must be a string");
                row.prompt = v.toString();
            } else if (key == QLatin1String("id")) {
                if (!v.isString() && !v.isDouble())
                    problem = QStringLiteral("\"id\" must be a string or a number");
                row.id = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
            } else if (key == QLatin1String("system") || key == QLatin1String("category")) {
                if (!v.isString())
                    problem = QStringLiteral("\"%1\" must be a string").arg(key);
                (key == QLatin1String("system") ? row.system : row.category) = v.toString();
            } else if (key == QLatin1String("contains")) {
                problem = texts([&](const QString &s) {
                    addContains(row, s);
                    return std::optional<QString>();
                });
            } else if (key == QLatin1String("regex")) {
                problem = texts([&](const QString &s) { return addRegex(row, s); });
            } else if (key == QLatin1String("json")) {
                if (!v.isBool())
                    problem = QStringLiteral("\"json\" must be true or false");
                else if (v.toBool())
                    addJson(row);
            } else if (key == QLatin1String("schema")) {
                if (!v.isObject() && !v.isBool())
                    problem = QStringLiteral("\"schema\" must be a JSON Schema object");
                else
                    problem = addSchema(row, JsonSchema::parse(v));
            } else if (key == QLatin1String("judge")) {
                problem = addJudge(row, v);
            } else {
                problem = QStringLiteral("unknown key \"%1\" (keys: prompt, id, system, category, contains, regex, json, schema, judge)").arg(key);
            }
            if (problem)
                return lineError(lineNo, *problem);
        }
        if (row.prompt.trimmed().isEmpty())
            return lineError(lineNo, QStringLiteral("no \"prompt\", or it is empty"));
        rows << row;
    }
    if (rows.isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("the prompt set is empty"));
    return rows;
}

Expected<QList<PromptRow>> PromptSet::parseText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("the prompt set is empty"));
    if (trimmed.startsWith(QLatin1Char('{')))
        return parseJsonl(text);
    const qsizetype firstBreak = trimmed.indexOf(QLatin1Char('\n'));
    const QString firstLine = firstBreak < 0 ? trimmed : trimmed.left(firstBreak);
    if (auto header = csv::parse(firstLine); header && !header->isEmpty()) {
        for (const QString &f : header->first().fields) {
            if (f.trimmed().compare(QLatin1String("prompt"), Qt::CaseInsensitive) == 0)
                return parseCsv(text);
        }
    }
    QList<PromptRow> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        PromptRow row;
        row.line = int(i) + 1;
        row.id = QString::number(rows.size() + 1);
        row.prompt = line;
        rows << row;
    }
    return rows;
}

Expected<QList<PromptRow>> PromptSet::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    const QString suffix = QFileInfo(path).suffix().toLower();
    Expected<QList<PromptRow>> rows = suffix == QLatin1String("csv")            ? parseCsv(text)
        : suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ? parseJsonl(text)
                                                                                : parseText(text);
    if (!rows)
        return Error::make(rows.error().kind, QFileInfo(path).fileName() + QStringLiteral(": ") + rows.error().message);
    return rows;
}

} // namespace sb::compare
