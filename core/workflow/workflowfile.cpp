#include "workflow/workflowfile.h"

#include "common/jsontype.h"
#include "storage/workspace.h"
#include "workflow/definition.h"
#include "workflow/expression.h"

#include <QDateTime>
#include <QJsonDocument>

namespace sb::workflow {

namespace {

Error refused(const QString &fileName, const QString &message)
{
    return Error::make(Error::Kind::Validation, QStringLiteral("%1: %2").arg(fileName, message));
}

} // namespace

QByteArray exportWorkflow(const QJsonObject &definition, qint64 exportedAtMs)
{
    const QJsonObject file{
        {QStringLiteral("format"), QString(kFileFormat)},
        {QStringLiteral("formatVersion"), kFileFormatVersion},
        {QStringLiteral("exportedAt"), QDateTime::fromMSecsSinceEpoch(exportedAtMs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("workflow"), definition},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Expected<QJsonObject> readWorkflowFile(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Parse, QStringLiteral("%1: not JSON (%2 at offset %3)").arg(fileName, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("%1: not a workflow file (a JSON object with \"format\": \"%2\")").arg(fileName, QString(kFileFormat)));
    const QJsonObject root = doc.object();
    QJsonObject definition;
    if (!root.contains(QLatin1String("format")) && root.contains(QLatin1String("steps"))) {
        definition = root; // a bare definition, as the workspace keeps it
    } else {
        const QJsonValue format = root.value(QLatin1String("format"));
        if (format.toString() != kFileFormat)
            return refused(fileName,
                           format.isUndefined() ? QStringLiteral("not a workflow file (\"format\": \"%1\" is missing)").arg(QString(kFileFormat))
                                                : QStringLiteral("\"format\" is \"%1\", not \"%2\"").arg(toText(format), QString(kFileFormat)));
        const QJsonValue version = root.value(QLatin1String("formatVersion"));
        if (!version.isDouble() || version.toInt() < 1)
            return refused(fileName, QStringLiteral("\"formatVersion\" must be a number (%1)").arg(kFileFormatVersion));
        if (version.toInt() > kFileFormatVersion)
            return Error::make(Error::Kind::Version,
                               QStringLiteral("%1: written by a newer Switchboard (file format %2; this build reads up to %3): update Switchboard")
                                   .arg(fileName)
                                   .arg(version.toInt())
                                   .arg(kFileFormatVersion));
        static const QStringList keys{QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("exportedAt"),
                                      QStringLiteral("workflow"), QStringLiteral("template")};
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!keys.contains(it.key()))
                return refused(fileName,
                               QStringLiteral("unknown key \"%1\" (a workflow file has %2)").arg(it.key(), keys.join(QStringLiteral(", "))));
        }
        const QJsonValue workflow = root.value(QLatin1String("workflow"));
        if (!workflow.isObject())
            return refused(fileName,
                           workflow.isUndefined() ? QStringLiteral("\"workflow\" is missing: the file holds no workflow")
                                                  : QStringLiteral("\"workflow\" must be an object, not %1").arg(jsonTypeName(workflow)));
        definition = workflow.toObject();
    }
    auto valid = Definition::fromJson(definition);
    if (!valid)
        return refused(fileName, valid.error().message);
    return definition;
}

Expected<Imported> importWorkflow(Workspace &workspace, QJsonObject definition, const ImportOptions &options)
{
    if (!options.name.isEmpty()) {
        definition.insert(QStringLiteral("name"), options.name);
        if (auto valid = Definition::fromJson(definition); !valid)
            return valid.error();
    }
    const QString name = definition.value(QLatin1String("name")).toString();
    Imported result;
    const std::optional<QJsonObject> existing = workflowJson(workspace, name);
    if (existing && *existing == definition) {
        result.definition = definition;
        result.outcome = Imported::Outcome::Unchanged;
        return result;
    }
    if (existing) {
        switch (options.clash) {
        case NameClash::Refuse:
            return Error::make(Error::Kind::Validation, QStringLiteral("the workspace has a different workflow called \"%1\"").arg(name));
        case NameClash::Replace: break;
        case NameClash::KeepBoth: {
            QString free;
            for (int n = 2; free.isEmpty(); ++n) {
                const QString suffix = QStringLiteral("-%1").arg(n);
                const QString candidate = name.left(64 - suffix.size()) + suffix;
                if (!workflowJson(workspace, candidate))
                    free = candidate;
            }
            definition.insert(QStringLiteral("name"), free);
            break;
        }
        }
    }
    result.outcome = putWorkflow(workspace, definition) ? Imported::Outcome::Replaced : Imported::Outcome::Added;
    result.definition = definition;
    return result;
}

} // namespace sb::workflow
