#include "widgets/modelpicker.h"

#include "router/router.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

namespace sb::ui {

ModelPicker::ModelPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("modelPicker"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(24);
    setAccessibleName(tr("Model"));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT modelChanged(currentModel()); });
}

ModelPicker::~ModelPicker() = default;

QString ModelPicker::hint(const Entry &e)
{
    QStringList parts;
    if (e.isVirtual)
        parts << (e.description.isEmpty() ? tr("virtual model: the router picks the target") : e.description);
    if (e.info) {
        QStringList caps;
        const catalog::Capabilities &c = e.info->capabilities;
        if (c.vision)
            caps << tr("vision");
        if (c.pdf)
            caps << tr("pdf");
        if (c.tools)
            caps << tr("tools");
        if (c.reasoning)
            caps << tr("reasoning");
        if (c.jsonMode)
            caps << tr("JSON");
        if (!caps.isEmpty())
            parts << caps.join(QStringLiteral(", "));
        parts << tr("$%1 / $%2 per M tokens").arg(e.info->prices.input, 0, 'g', 4).arg(e.info->prices.output, 0, 'g', 4);
        if (e.info->contextWindow > 0)
            parts << tr("%1k context").arg(e.info->contextWindow / 1000);
    } else if (!e.isVirtual) {
        parts << tr("not in the catalog: capabilities and cost unknown");
    }
    return parts.join(QStringLiteral(" · "));
}

void ModelPicker::addEntry(const Entry &e)
{
    m_entries.insert(e.model, e);
    const QString h = hint(e);
    addItem(h.isEmpty() ? e.model : QStringLiteral("%1  —  %2").arg(e.model, h), e.model);
    setItemData(count() - 1, h, Qt::ToolTipRole);
}

void ModelPicker::reload(router::Router &router)
{
    const QString keep = currentModel();
    const QSignalBlocker block(this);
    clear();
    m_entries.clear();
    const router::RoutingConfig &config = router.config();
    QStringList virtuals;
    for (const router::VirtualModel &vm : config.virtualModels) {
        Entry e;
        e.model = vm.name;
        e.isVirtual = true;
        e.description = vm.description;
        addEntry(e);
        virtuals << vm.name;
    }
    for (const QString &m : router.offeredModels()) {
        if (virtuals.contains(m) || !m.contains(QLatin1Char('/')))
            continue;
        Entry e;
        e.model = m;
        e.info = router.modelInfo(router::Target{m.section(QLatin1Char('/'), 0, 0), m.section(QLatin1Char('/'), 1), 1, 0});
        addEntry(e);
    }
    if (!keep.isEmpty())
        setCurrentModel(keep);
    else if (count() > 0)
        setCurrentIndex(0);
    if (currentModel() != keep)
        Q_EMIT modelChanged(currentModel());
}

QString ModelPicker::currentModel() const
{
    return currentData().toString();
}

void ModelPicker::setCurrentModel(const QString &model)
{
    if (model.isEmpty())
        return;
    int i = findData(model);
    if (i < 0) {
        addItem(tr("%1  —  not offered any more").arg(model), model);
        i = count() - 1;
    }
    setCurrentIndex(i);
}

std::optional<ModelPicker::Entry> ModelPicker::entry(const QString &model) const
{
    if (auto it = m_entries.constFind(model); it != m_entries.constEnd())
        return *it;
    return std::nullopt;
}

QStringList ModelPicker::models() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << itemData(i).toString();
    return out;
}

} // namespace sb::ui
