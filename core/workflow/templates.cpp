#include "workflow/templates.h"

#include "common/logging.h"
#include "workflow/definition.h"
#include "workflow/workflowfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sb::workflow {

namespace {

// Puts the slots' values in place in a graph's steps (map bodies too).
QJsonArray fillSlots(const QJsonArray &steps, const QHash<QString, QString> &models, const QHash<QString, QString> &collections)
{
    QJsonArray out;
    for (const QJsonValue &v : steps) {
        QJsonObject step = v.toObject();
        const QString model = step.value(QLatin1String("model")).toString();
        if (models.contains(model))
            step.insert(QStringLiteral("model"), models.value(model));
        if (step.value(QLatin1String("collections")).isArray()) {
            QJsonArray names;
            for (const QJsonValue &c : step.value(QLatin1String("collections")).toArray())
                names.append(collections.value(c.toString(), c.toString()));
            step.insert(QStringLiteral("collections"), names);
        }
        if (step.value(QLatin1String("steps")).isArray())
            step.insert(QStringLiteral("steps"), fillSlots(step.value(QLatin1String("steps")).toArray(), models, collections));
        out.append(step);
    }
    return out;
}

} // namespace

Expected<WorkflowTemplate> readTemplate(const QByteArray &bytes, const QString &fileName)
{
    auto definition = readWorkflowFile(bytes, fileName);
    if (!definition)
        return definition.error();
    const QJsonObject section = QJsonDocument::fromJson(bytes).object().value(QLatin1String("template")).toObject();
    WorkflowTemplate t;
    t.id = section.value(QLatin1String("id")).toString();
    t.title = section.value(QLatin1String("title")).toString();
    t.description = section.value(QLatin1String("description")).toString();
    t.definition = *definition;
    if (t.id.isEmpty() || t.title.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("%1: a template needs \"template\": {\"id\", \"title\", ...}").arg(fileName));
    const QJsonArray slotList = section.value(QLatin1String("slots")).toArray();
    for (int i = 0; i < slotList.size(); ++i) {
        const QJsonObject o = slotList.at(i).toObject();
        TemplateSlot slot;
        slot.name = o.value(QLatin1String("name")).toString();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (slot.name.isEmpty() || (kind != QLatin1String("model") && kind != QLatin1String("collection")))
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("%1: template.slots[%2] needs a name and a kind, model or collection").arg(fileName).arg(i));
        slot.kind = kind == QLatin1String("model") ? TemplateSlot::Kind::Model : TemplateSlot::Kind::Collection;
        slot.description = o.value(QLatin1String("description")).toString();
        t.templateSlots << slot;
    }
    return t;
}

const QList<WorkflowTemplate> &templates()
{
    static const QList<WorkflowTemplate> all = [] {
        QList<WorkflowTemplate> out;
        const QDir dir(QStringLiteral(":/workflows"));
        for (const QString &name : dir.entryList({QStringLiteral("*.workflow.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto t = readTemplate(f.readAll(), name);
            if (t)
                out << *t;
            else
                qCWarning(lcWorkflow) << "a shipped template is not valid:" << t.error().message;
        }
        return out;
    }();
    return all;
}

const WorkflowTemplate *findTemplate(const QString &id)
{
    for (const WorkflowTemplate &t : templates()) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Expected<QJsonObject> instantiate(const WorkflowTemplate &t, const QString &name, const QHash<QString, QString> &values)
{
    QHash<QString, QString> models;
    QHash<QString, QString> collections;
    QStringList slotNames;
    for (const TemplateSlot &s : t.templateSlots)
        slotNames << s.name;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto slot = std::find_if(t.templateSlots.cbegin(), t.templateSlots.cend(), [&](const TemplateSlot &s) { return s.name == it.key(); });
        if (slot == t.templateSlots.cend())
            return Error::make(
                Error::Kind::Validation,
                QStringLiteral("the template %1 has no slot \"%2\" (it has %3)").arg(t.id, it.key(), slotNames.join(QStringLiteral(", "))));
        if (it.value().trimmed().isEmpty())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("the slot \"%1\" needs a %2")
                                   .arg(it.key(), slot->kind == TemplateSlot::Kind::Model ? QStringLiteral("model") : QStringLiteral("collection")));
        (slot->kind == TemplateSlot::Kind::Model ? models : collections).insert(it.key(), it.value().trimmed());
    }
    QJsonObject definition = t.definition;
    definition.insert(QStringLiteral("name"), name.isEmpty() ? t.id : name);
    definition.insert(QStringLiteral("steps"), fillSlots(definition.value(QLatin1String("steps")).toArray(), models, collections));
    auto valid = Definition::fromJson(definition);
    if (!valid)
        return valid.error();
    return definition;
}

} // namespace sb::workflow
