#pragma once

#include "router/routingconfig.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QTreeWidget;

namespace sb::ui {

// The routing configuration as a form: pick a virtual model or a route, edit it field by field. Routes
// have a strategy, targets (added from the models the providers offer, reordered by drag or the arrow
// buttons; the order is the fallback priority), weights and retries; virtual models have a default
// route, rules (task, needed capabilities, prompt size → route; the first match wins), a cost ceiling
// and a latency budget. It edits a RoutingConfig that need not be valid yet (a new route has no
// targets); the Routing page validates and keeps the JSON view in sync.
class RoutingForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingForm)

public:
    explicit RoutingForm(QWidget *parent = nullptr);
    ~RoutingForm() override;

    // Loads without emitting changed(); keeps the selected entry when it still exists.
    void setConfig(const router::RoutingConfig &config);
    router::RoutingConfig config() const { return m_config; }
    // PROVIDER/MODEL names offered for targets.
    void setModels(const QStringList &qualifiedModels);
    // Non-empty: the form cannot represent what the JSON view holds; it shows why and is read-only.
    void setBlocked(const QString &reason);

    // Entries in the picker: "vm:NAME" or "route:NAME".
    QStringList entries() const;
    bool select(const QString &entry);
    QString currentEntry() const;

    // The editing steps, as the buttons do them (tests and keyboard users drive these).
    void addVirtualModel();
    void addRoute();
    void removeCurrent();
    void addTarget(const QString &qualifiedModel);
    void moveTarget(int from, int to);
    void removeTarget(int row);
    void setTargetWeight(int row, int weight);
    void addRule();
    void moveRule(int from, int to);
    void removeRule(int row);

Q_SIGNALS:
    void changed();

private:
    void rebuildPicker(const QString &keep);
    void showCurrent();
    void showRoute(const router::Route &route);
    void showVirtualModel(const router::VirtualModel &vm);
    void fillRules(const router::VirtualModel &vm);
    void readRouteFields();
    void readVirtualModelFields();
    void readTargets();
    void readRules();
    void commit(); // after an edit: emit changed()
    router::Route *currentRoute();
    router::VirtualModel *currentVirtualModel();
    QString uniqueName(const QString &stem) const;
    void renameRoute(const QString &from, const QString &to);

    router::RoutingConfig m_config;
    QStringList m_models;
    bool m_filling = false;

    QLabel *m_blocked = nullptr;
    QComboBox *m_picker = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;

    // route
    QLineEdit *m_routeName = nullptr;
    QLineEdit *m_routeDescription = nullptr;
    QComboBox *m_strategy = nullptr;
    QTreeWidget *m_targets = nullptr;
    QComboBox *m_targetModel = nullptr;
    QPushButton *m_addTarget = nullptr;
    QToolButton *m_targetUp = nullptr;
    QToolButton *m_targetDown = nullptr;
    QToolButton *m_targetRemove = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_backoff = nullptr;
    QSpinBox *m_maxRetryAfter = nullptr;

    // virtual model
    QLineEdit *m_vmName = nullptr;
    QLineEdit *m_vmDescription = nullptr;
    QComboBox *m_vmRoute = nullptr;
    QDoubleSpinBox *m_maxCost = nullptr;
    QSpinBox *m_latencyBudget = nullptr;
    QComboBox *m_hostedTools = nullptr;
    QLineEdit *m_knowledge = nullptr;
    QSpinBox *m_knowledgeTopK = nullptr;
    QTableWidget *m_rules = nullptr;
    QToolButton *m_ruleUp = nullptr;
    QToolButton *m_ruleDown = nullptr;
    QToolButton *m_ruleRemove = nullptr;
};

} // namespace sb::ui
