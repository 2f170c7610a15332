#include "workflow/chatinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSet>

namespace sb::workflow {

namespace {

bool isFileSchema(const QJsonObject &schema)
{
    return schema.value(QLatin1String("type")).toString() == QLatin1String("object")
        && schema.value(QLatin1String("required")).toArray().contains(QLatin1String("data"));
}

bool isTextSchema(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    return type.toString() == QLatin1String("string") || (type.isArray() && type.toArray().contains(QLatin1String("string")));
}

// The one property of `properties` that `fits`, preferring the required ones; empty when none or several.
QString singleProperty(const QJsonObject &schema, bool (*fits)(const QJsonObject &))
{
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    QStringList requiredOnes;
    QStringList all;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!fits(it.value().toObject()))
            continue;
        all << it.key();
        if (required.contains(it.key()))
            requiredOnes << it.key();
    }
    if (requiredOnes.size() == 1)
        return requiredOnes.first();
    return requiredOnes.isEmpty() && all.size() == 1 ? all.first() : QString();
}

// The fields of the input the steps read ("" when one reads the input as a whole).
QSet<QString> inputFieldsRead(const Definition &definition)
{
    QSet<QString> fields;
    auto add = [&](const QList<Path> &paths) {
        for (const Path &p : paths) {
            if (p.root() != QLatin1String("input"))
                continue;
            fields.insert(p.segments.size() > 1 && std::holds_alternative<QString>(p.segments.at(1)) ? std::get<QString>(p.segments.at(1))
                                                                                                     : QString());
        }
    };
    for (const auto &[step, owner] : definition.allSteps()) {
        if (!step->compiled)
            continue;
        for (const Template &t : step->compiled->templates)
            add(t.paths());
        for (const Expression &e : step->compiled->expressions)
            add(e.paths());
        for (const Expression &e : step->compiled->attachments)
            add(e.paths());
    }
    return fields;
}

// What the workflow takes, for messages: "text (string, required), language (string, required)".
QString describeInput(const Definition &definition)
{
    if (definition.inputSchema.isEmpty()) {
        QStringList fields = inputFieldsRead(definition).values();
        fields.removeAll(QString());
        std::sort(fields.begin(), fields.end());
        return fields.isEmpty() ? QStringLiteral("any JSON object") : QStringLiteral("a JSON object with %1").arg(fields.join(QStringLiteral(", ")));
    }
    const QJsonObject properties = definition.inputSchema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = definition.inputSchema.value(QLatin1String("required")).toArray();
    QStringList out;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject schema = it.value().toObject();
        QString type = isFileSchema(schema) ? QStringLiteral("a file") : schema.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            type = QStringLiteral("any value");
        out << QStringLiteral("%1 (%2%3)").arg(it.key(), type, required.contains(it.key()) ? QStringLiteral(", required") : QString());
    }
    return QStringLiteral("a JSON object with %1").arg(out.join(QStringLiteral(", ")));
}

Error cannot(const Definition &definition, const QString &why)
{
    return Error::make(
        Error::Kind::Validation,
        QStringLiteral("%1; the workflow %2 takes %3, as the text of the last user message").arg(why, definition.name, describeInput(definition)));
}

} // namespace

Expected<QJsonValue> inputFromMessage(const Definition &definition, const protocol::Message &message)
{
    QString text;
    QList<FileValue> files;
    for (const protocol::ContentPart &part : message.content) {
        if (part.type == protocol::ContentPart::Type::Text) {
            text += part.text;
        } else if (part.type == protocol::ContentPart::Type::Image || part.type == protocol::ContentPart::Type::Document) {
            if (part.data.isEmpty())
                return cannot(definition,
                              QStringLiteral("the message links a file (%1); send its content (a data: URL or base64)").arg(part.url.left(100)));
            FileValue f;
            f.mediaType = part.mediaType.isEmpty() ? FileValue::mediaTypeFor(part.title) : part.mediaType;
            f.name = part.title;
            if (f.name.isEmpty()) {
                // readers go by the extension (extract_text): one that fits the type
                const QString suffix = QMimeDatabase().mimeTypeForName(f.mediaType).preferredSuffix();
                f.name = QStringLiteral("attachment-%1").arg(files.size() + 1) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
            }
            f.base64 = part.data;
            files << f;
        }
    }
    const QString trimmed = text.trimmed();
    const compare::JsonSchema *schema = definition.compiledInputSchema ? &*definition.compiledInputSchema : nullptr;

    // the text as the whole input
    QStringList notFitting;
    if (trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (doc.isObject() && files.isEmpty()) {
            notFitting = schema ? schema->validate(doc.object()) : QStringList();
            if (notFitting.isEmpty())
                return QJsonValue(doc.object());
        }
    }

    // the text and the files into the workflow's single text and file inputs
    QJsonObject input;
    if (schema) {
        const QString textField = singleProperty(definition.inputSchema, isTextSchema);
        const QString fileField = singleProperty(definition.inputSchema, isFileSchema);
        if (!files.isEmpty()) {
            if (fileField.isEmpty())
                return cannot(definition, QStringLiteral("the message holds a file, but the workflow has no single file input"));
            if (files.size() > 1)
                return cannot(definition, QStringLiteral("the message holds %1 files; the workflow takes one").arg(files.size()));
            input.insert(fileField, files.first().toJson());
        }
        if (!trimmed.isEmpty() || files.isEmpty()) {
            if (textField.isEmpty())
                return cannot(definition,
                              notFitting.isEmpty() ? QStringLiteral("the workflow has no single text input for the message's text")
                                                   : QStringLiteral("the JSON does not fit: %1").arg(notFitting.join(QStringLiteral("; "))));
            input.insert(textField, text);
        }
        const QStringList problems = schema->validate(input);
        if (!problems.isEmpty())
            return cannot(definition, QStringLiteral("the input does not fit: %1").arg(problems.join(QStringLiteral("; "))));
        return QJsonValue(input);
    }
    if (!files.isEmpty())
        return cannot(definition, QStringLiteral("the message holds a file, but the workflow declares no file input (inputSchema)"));
    const QSet<QString> read = inputFieldsRead(definition);
    if (read.isEmpty() || read.contains(QString()))
        return QJsonValue(text);
    if (read.size() == 1) {
        input.insert(*read.cbegin(), text);
        return QJsonValue(input);
    }
    return cannot(definition, QStringLiteral("the message is not a JSON object"));
}

QString outputText(const QJsonValue &output)
{
    if (output.isString())
        return output.toString();
    if (output.isObject())
        return QString::fromUtf8(QJsonDocument(output.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (output.isArray())
        return QString::fromUtf8(QJsonDocument(output.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return toText(output);
}

} // namespace sb::workflow
