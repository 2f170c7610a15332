#pragma once

#include "catalog/catalog.h"

#include <QComboBox>
#include <QHash>

#include <optional>

namespace sb::router {
class Router;
}

namespace sb::ui {

// Picks a model the router offers: virtual models first, then every PROVIDER/MODEL, each with its
// capabilities and prices (per million tokens) from the catalog. Used by the Playground and Compare.
class ModelPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    struct Entry {
        QString model; // what goes into ChatRequest::model
        bool isVirtual = false;
        QString description; // virtual models
        std::optional<catalog::ModelInfo> info;
    };

    explicit ModelPicker(QWidget *parent = nullptr);
    ~ModelPicker() override;

    // Re-reads the models from the router (keeps the current one when it is still offered).
    void reload(router::Router &router);
    QString currentModel() const;
    // Selects a model; one that is no longer offered stays selectable, marked as such.
    void setCurrentModel(const QString &model);
    std::optional<Entry> entry(const QString &model) const;
    std::optional<Entry> currentEntry() const { return entry(currentModel()); }
    QStringList models() const;
    // "vision, tools, reasoning · $0.15 / $0.60 per M tokens"
    static QString hint(const Entry &entry);

Q_SIGNALS:
    void modelChanged(const QString &model);

private:
    void addEntry(const Entry &e);
    QHash<QString, Entry> m_entries;
};

} // namespace sb::ui
