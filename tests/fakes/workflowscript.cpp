#include "workflowscript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sb::fakes {

namespace {

// The text of a message's content: a string, or its text parts; whether it carries an image or a file.
QString textOf(const QJsonValue &content, bool *attachment)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QString type = part.toObject().value(QLatin1String("type")).toString();
        if (type == QLatin1String("text"))
            text += part.toObject().value(QLatin1String("text")).toString();
        else if (attachment && (type == QLatin1String("image_url") || type == QLatin1String("file")))
            *attachment = true;
    }
    return text;
}

QString classify(const QString &system, const QString &user)
{
    static const QRegularExpression listed(QStringLiteral("one of these labels and nothing else: ([^\\n]*)\\."));
    const QStringList labels = listed.match(system).captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(label)), QRegularExpression::CaseInsensitiveOption);
        if (word.match(user).hasMatch())
            return label;
    }
    return labels.isEmpty() ? QString() : labels.last();
}

} // namespace

QJsonValue schemaInstance(const QJsonObject &schema, const QString &name)
{
    if (schema.contains(QLatin1String("enum")))
        return schema.value(QLatin1String("enum")).toArray().first();
    QString type = schema.value(QLatin1String("type")).toString();
    if (schema.value(QLatin1String("type")).isArray()) {
        for (const QJsonValue &t : schema.value(QLatin1String("type")).toArray()) {
            if (t.toString() != QLatin1String("null")) {
                type = t.toString();
                break;
            }
        }
    }
    if (type == QLatin1String("object") || (type.isEmpty() && schema.contains(QLatin1String("properties")))) {
        QJsonObject o;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            o.insert(it.key(), schemaInstance(it.value().toObject(), it.key()));
        return o;
    }
    if (type == QLatin1String("array"))
        return QJsonArray{schemaInstance(schema.value(QLatin1String("items")).toObject(), name)};
    if (type == QLatin1String("number") || type == QLatin1String("integer"))
        return 1250;
    if (type == QLatin1String("boolean"))
        return true;
    return QString((name.isEmpty() ? QStringLiteral("value") : name) + QStringLiteral(" of the document"));
}

FakeUpstream::Handler workflowHandler(const WorkflowScript &script)
{
    return [script](const RecordedRequest &request) -> std::optional<Script> {
        if (request.method != "POST" || request.path != QLatin1String("/v1/chat/completions"))
            return std::nullopt;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QString system;
        QString user;
        bool attachment = false;
        for (const QJsonValue &m : body.value(QLatin1String("messages")).toArray()) {
            const QJsonObject message = m.toObject();
            const QString role = message.value(QLatin1String("role")).toString();
            if (role == QLatin1String("system") || role == QLatin1String("developer"))
                system += textOf(message.value(QLatin1String("content")), nullptr);
            else if (role == QLatin1String("user")) {
                attachment = false;
                user = textOf(message.value(QLatin1String("content")), &attachment);
            }
        }
        ReplyScript reply;
        reply.outputTokens = script.outputTokens;
        const QJsonObject format = body.value(QLatin1String("response_format")).toObject();
        if (system.contains(QLatin1String("Classify the text."))) {
            reply.text = classify(system, user);
        } else if (format.value(QLatin1String("type")).toString() == QLatin1String("json_schema")) {
            const QJsonObject jsonSchema = format.value(QLatin1String("json_schema")).toObject();
            const QString step = jsonSchema.value(QLatin1String("name")).toString();
            const QJsonValue answer = script.answers.contains(step) ? QJsonValue(script.answers.value(step))
                                                                    : schemaInstance(jsonSchema.value(QLatin1String("schema")).toObject());
            reply.text = QString::fromUtf8(QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact));
        } else if (attachment) {
            reply.text = script.transcription;
        } else {
            reply.text = script.textPrefix + user;
        }
        return Script{reply, {}, {}};
    };
}

} // namespace sb::fakes
