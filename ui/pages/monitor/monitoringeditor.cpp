#include "pages/monitor/monitoringeditor.h"

#include "appcontext.h"
#include "common/async.h"
#include "engine/engine.h"
#include "monitor/config.h"
#include "monitor/webhook.h"
#include "pages/monitor/canaryeditor.h"
#include "storage/secretstore.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

const QString kSlos = QStringLiteral("slos");
const QString kMonitors = QStringLiteral("monitors");
const QString kCanaries = QStringLiteral("canaries");

enum class ScopeType { All, Model, Provider, Route, ProxyKey };

void setData(QComboBox *box, const QVariant &data)
{
    const int at = box->findData(data);
    box->setCurrentIndex(at < 0 ? 0 : at);
}

// A combo box whose items keep their data (an id) while their texts are translated.
void setTexts(QComboBox *box, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = box->currentData();
    const bool blocked = box->blockSignals(true);
    box->clear();
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    if (current.isValid())
        setData(box, current);
    box->blockSignals(blocked);
}

// An editable combo box's text.
QString textOf(const QComboBox *box)
{
    return box->currentText().trimmed();
}

void setEditText(QComboBox *box, const QString &text)
{
    const int at = box->findText(text);
    if (at >= 0)
        box->setCurrentIndex(at);
    else
        box->setEditText(text);
}

// The rows of a canary's "prompts" as JSONL (one row a line), or its text as it is (JSONL or CSV).
QString promptsText(const QJsonValue &prompts)
{
    if (prompts.isString())
        return prompts.toString();
    QStringList lines;
    for (const QJsonValue &row : prompts.toArray()) {
        // the prompt first, then its id and checks (QJsonObject sorts its keys)
        QJsonObject rest = row.toObject();
        const QJsonValue prompt = rest.take(QLatin1String("prompt"));
        QString line = QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact));
        if (!prompt.isUndefined()) {
            const QString encoded = QString::fromUtf8(QJsonDocument(QJsonArray{prompt}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            line = QStringLiteral("{\"prompt\":") + encoded + (rest.isEmpty() ? QString() : QStringLiteral(",")) + line.mid(1);
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// The prompts typed: an array of rows when every line is a JSON object, else the text itself.
QJsonValue promptsValue(const QString &text)
{
    QJsonArray rows;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return text;
        rows.append(doc.object());
    }
    return rows;
}

template<typename W> W *make(QWidget *parent, const char *name)
{
    auto *w = new W(parent);
    w->setObjectName(QString::fromLatin1(name));
    return w;
}

QDoubleSpinBox *decimal(QWidget *parent, const char *name, double min, double max, int decimals, const QString &prefix, const QString &suffix)
{
    auto *box = make<QDoubleSpinBox>(parent, name);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setPrefix(prefix);
    box->setSuffix(suffix);
    return box;
}

QSpinBox *whole(QWidget *parent, const char *name, int min, int max, const QString &suffix = {})
{
    auto *box = make<QSpinBox>(parent, name);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

// A label of plain text that wraps and can be copied: what an entry does, its problems, an answer.
QLabel *sentence(QWidget *parent, const char *name)
{
    auto *label = make<QLabel>(parent, name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// One list of entries (slos, monitors, canaries) with its buttons, form and the form's problems.
struct MonitoringEditor::Section {
    Tab tab = SlosTab;
    QString key;
    QListWidget *list = nullptr;
    QWidget *form = nullptr;
    QFormLayout *layout = nullptr; // its rows' labels by key: m_keyLabels
    QLabel *empty = nullptr;
    QLabel *problems = nullptr;
    QPushButton *add = nullptr;
    QPushButton *duplicate = nullptr;
    QPushButton *remove = nullptr;
};

// What an SLO or a monitor watches: its type and the fields of each.
struct MonitoringEditor::ScopeFields {
    QFormLayout *form = nullptr;
    QComboBox *type = nullptr;
    QComboBox *provider = nullptr;
    QComboBox *model = nullptr;
    QComboBox *route = nullptr;
    QComboBox *proxyKey = nullptr;
    bool withAll = false;
};

MonitoringEditor::MonitoringEditor(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_workspace(context.workspace())
    , m_json(context.workspace().monitoring)
    , m_slos(std::make_unique<Section>())
    , m_monitors(std::make_unique<Section>())
    , m_canaries(std::make_unique<Section>())
    , m_sloScope(std::make_unique<ScopeFields>())
    , m_monitorScope(std::make_unique<ScopeFields>())
{
    setObjectName(QStringLiteral("monitoringEditor"));
    for (const ProviderConfig &p : m_workspace.providers)
        m_providerIds << p.id;
    // the models the router offers (the providers' chosen ones, or the catalog's of their vendor)
    if (engine::RouterHost *host = context.routerHost()) {
        for (const QString &m : host->router().offeredModels()) {
            if (m.contains(QLatin1Char('/')))
                m_offeredModels << m;
        }
    }
    for (const QJsonArray &list : {m_workspace.routes, m_workspace.virtualModels}) {
        for (const QJsonValue &v : list)
            m_routeNames << v.toObject().value(QLatin1String("name")).toString();
    }
    m_slos->tab = SlosTab;
    m_slos->key = kSlos;
    m_monitors->tab = MonitorsTab;
    m_monitors->key = kMonitors;
    m_canaries->tab = CanariesTab;
    m_canaries->key = kCanaries;

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("monitoringTabs"));
    m_tabs->addTab(buildSloTab(), QString());
    m_tabs->addTab(buildMonitorTab(), QString());
    m_tabs->addTab(buildCanaryTab(), QString());
    m_tabs->addTab(buildWebhookTab(), QString());
    layout->addWidget(m_tabs, 1);

    m_problemsLabel = sentence(this, "monitoringProblems");
    layout->addWidget(m_problemsLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_jsonButton = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_jsonButton->setObjectName(QStringLiteral("monitoringJson"));
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("monitoringSave"));
    m_saveButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_jsonButton, &QPushButton::clicked, this, &MonitoringEditor::editAsJson);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *add = new QShortcut(QKeySequence::New, this);
    connect(add, &QShortcut::activated, this, &MonitoringEditor::addEntry);

    retranslate();
    for (Section *s : {m_slos.get(), m_monitors.get(), m_canaries.get()})
        fillList(*s);
    m_loading = true;
    m_webhookUrl->setText(m_json.value(QLatin1String("webhook")).toObject().value(QLatin1String("url")).toString());
    m_loading = false;
    check();
    resize(980, 660);
}

MonitoringEditor::~MonitoringEditor() = default;

QWidget *MonitoringEditor::buildListTab(Section &s, QWidget *form)
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    auto *left = new QVBoxLayout;
    s.list = new QListWidget(tab);
    s.list->setObjectName(s.key + QStringLiteral("List"));
    s.list->setMinimumWidth(170);
    s.list->setMaximumWidth(240);
    left->addWidget(s.list, 1);
    auto *row = new QHBoxLayout;
    s.add = new QPushButton(tab);
    s.add->setObjectName(s.key + QStringLiteral("Add"));
    s.duplicate = new QPushButton(tab);
    s.duplicate->setObjectName(s.key + QStringLiteral("Duplicate"));
    s.remove = new QPushButton(tab);
    s.remove->setObjectName(s.key + QStringLiteral("Remove"));
    left->addWidget(s.add);
    row->addWidget(s.duplicate);
    row->addWidget(s.remove);
    left->addLayout(row);
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    s.empty = new QLabel(tab);
    s.empty->setWordWrap(true);
    right->addWidget(s.empty);
    auto *scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    s.form = scroll;
    right->addWidget(scroll, 1);
    s.problems = sentence(tab, "");
    s.problems->setObjectName(s.key + QStringLiteral("Problems"));
    s.problems->setStyleSheet(ThemeManager::errorStyleSheet());
    right->addWidget(s.problems);
    layout->addLayout(right, 1);

    connect(s.list, &QListWidget::currentRowChanged, this, [this, &s] { loadEntry(s); });
    connect(s.add, &QPushButton::clicked, this, &MonitoringEditor::addEntry);
    connect(s.duplicate, &QPushButton::clicked, this, &MonitoringEditor::duplicateEntry);
    connect(s.remove, &QPushButton::clicked, this, &MonitoringEditor::removeEntry);
    return tab;
}

void MonitoringEditor::buildScope(ScopeFields &scope, QFormLayout *form, bool withAll)
{
    QWidget *parent = form->parentWidget();
    scope.form = form;
    scope.withAll = withAll;
    scope.type = make<QComboBox>(parent, "scopeType");
    scope.provider = make<QComboBox>(parent, "scopeProvider");
    scope.provider->addItems(m_providerIds);
    scope.model = make<QComboBox>(parent, "scopeModel");
    scope.route = make<QComboBox>(parent, "scopeRoute");
    scope.route->addItems(m_routeNames);
    scope.proxyKey = make<QComboBox>(parent, "scopeProxyKey");
    for (const ProxyKeyConfig &k : m_workspace.proxy.keys)
        scope.proxyKey->addItem(k.name);
    for (QComboBox *box : {scope.model, scope.route, scope.proxyKey}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
    }
    addRow(form, QT_TR_NOOP("Watc&hes:"), scope.type);
    addRow(form, QT_TR_NOOP("&Provider:"), scope.provider, QStringLiteral("provider"));
    addRow(form, QT_TR_NOOP("M&odel:"), scope.model, QStringLiteral("model"));
    addRow(form, QT_TR_NOOP("Ro&ute:"), scope.route, QStringLiteral("route"));
    addRow(form, QT_TR_NOOP("Pro&xy key:"), scope.proxyKey, QStringLiteral("proxyKey"));
    const auto edited = [this, &scope] {
        if (m_loading)
            return;
        updateScopeRows(scope);
        storeEntry(scope.withAll ? *m_monitors : *m_slos);
    };
    connect(scope.type, &QComboBox::currentIndexChanged, this, edited);
    connect(scope.provider, &QComboBox::currentIndexChanged, this, [this, &scope, edited] {
        if (m_loading)
            return;
        const QString model = textOf(scope.model);
        fillModels(scope);
        setEditText(scope.model, model);
        edited();
    });
    for (QComboBox *box : {scope.model, scope.route, scope.proxyKey})
        connect(box, &QComboBox::currentTextChanged, this, edited);
}

void MonitoringEditor::fillModels(ScopeFields &scope)
{
    const bool loading = std::exchange(m_loading, true);
    scope.model->clear();
    const QString provider = scope.provider->currentText();
    QStringList models;
    for (const ProviderConfig &p : m_workspace.providers) {
        if (p.id == provider)
            models << p.models;
    }
    for (const QString &m : std::as_const(m_offeredModels)) {
        if (m.section(QLatin1Char('/'), 0, 0) == provider && !models.contains(m.section(QLatin1Char('/'), 1)))
            models << m.section(QLatin1Char('/'), 1);
    }
    scope.model->addItems(models);
    m_loading = loading;
}

void MonitoringEditor::updateScopeRows(ScopeFields &scope)
{
    const auto type = ScopeType(scope.type->currentData().toInt());
    scope.form->setRowVisible(scope.provider, type == ScopeType::Model || type == ScopeType::Provider);
    scope.form->setRowVisible(scope.model, type == ScopeType::Model);
    scope.form->setRowVisible(scope.route, type == ScopeType::Route);
    scope.form->setRowVisible(scope.proxyKey, type == ScopeType::ProxyKey);
}

QFormLayout *MonitoringEditor::newForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

void MonitoringEditor::fillCanaryModelMenu(QMenu *menu)
{
    menu->clear();
    QStringList listed;
    for (const QString &m : m_canaryModels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        listed << m.trimmed();
    const auto add = [this](QMenu *into, const QString &name) {
        QAction *action = into->addAction(name);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] {
            const QString text = m_canaryModels->text().trimmed();
            m_canaryModels->setText(text.isEmpty() || text.endsWith(QLatin1Char(',')) ? QString(text + name)
                                                                                      : QString(text + QStringLiteral(", ") + name));
        });
    };
    QHash<QString, QMenu *> providers;
    for (const QString &model : std::as_const(m_offeredModels)) {
        if (listed.contains(model))
            continue;
        const QString provider = model.section(QLatin1Char('/'), 0, 0);
        QMenu *&sub = providers[provider];
        if (!sub)
            sub = menu->addMenu(provider);
        add(sub, model);
    }
    bool first = true;
    for (const QString &name : std::as_const(m_routeNames)) {
        if (listed.contains(name))
            continue;
        if (first && !menu->isEmpty())
            menu->addSection(tr("Routes and virtual models"));
        first = false;
        add(menu, name);
    }
    if (menu->isEmpty()) {
        menu->addAction(m_offeredModels.isEmpty() && m_routeNames.isEmpty() ? tr("No models: add a provider first")
                                                                            : tr("Every model is in the list already"))
            ->setEnabled(false);
    }
}

void MonitoringEditor::addRow(QFormLayout *form, const char *label, QWidget *field, const QString &key)
{
    auto *l = new QLabel(form->parentWidget());
    l->setBuddy(field);
    m_texts.append({l, label});
    form->addRow(l, field);
    if (!key.isEmpty())
        m_keyLabels[form].insert(key, l);
}

void MonitoringEditor::onEdited(const QList<QWidget *> &fields, Section &section)
{
    const auto edited = [this, &section] {
        if (m_loading)
            return;
        updateVisibility();
        storeEntry(section);
    };
    for (QWidget *w : fields) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            connect(line, &QLineEdit::textChanged, this, edited);
        else if (auto *box = qobject_cast<QComboBox *>(w))
            connect(box, &QComboBox::currentIndexChanged, this, edited);
        else if (auto *number = qobject_cast<QDoubleSpinBox *>(w))
            connect(number, &QDoubleSpinBox::valueChanged, this, edited);
        else if (auto *whole = qobject_cast<QSpinBox *>(w))
            connect(whole, &QSpinBox::valueChanged, this, edited);
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            connect(check, &QCheckBox::toggled, this, edited);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            connect(text, &QPlainTextEdit::textChanged, this, edited);
    }
}

QWidget *MonitoringEditor::buildSloTab()
{
    auto *page = new QWidget(this);
    m_sloForm = newForm(page);
    m_slos->layout = m_sloForm;
    m_sloName = make<QLineEdit>(page, "sloName");
    addRow(m_sloForm, QT_TR_NOOP("&Name:"), m_sloName, QStringLiteral("name"));
    buildScope(*m_sloScope, m_sloForm, false);
    m_sloKind = make<QComboBox>(page, "sloKind");
    addRow(m_sloForm, QT_TR_NOOP("&Kind:"), m_sloKind, QStringLiteral("kind"));
    m_sloMetric = make<QComboBox>(page, "sloMetric");
    addRow(m_sloForm, QT_TR_NOOP("Metr&ic:"), m_sloMetric, QStringLiteral("metric"));
    m_sloThreshold = decimal(page, "sloThreshold", 0, 8 * 3'600'000, 0, {}, QStringLiteral(" ms"));
    addRow(m_sloForm, QT_TR_NOOP("&Threshold:"), m_sloThreshold, QStringLiteral("thresholdMs"));
    m_sloObjective = decimal(page, "sloObjective", 0, 100, 3, {}, QStringLiteral(" %")); // 99.95, 99.995
    addRow(m_sloForm, QT_TR_NOOP("O&bjective:"), m_sloObjective, QStringLiteral("objective"));
    m_sloWindow = whole(page, "sloWindow", 1, 365);
    addRow(m_sloForm, QT_TR_NOOP("Win&dow (days):"), m_sloWindow, QStringLiteral("windowDays"));
    m_sloMinSamples = whole(page, "sloMinSamples", 1, 1'000'000);
    addRow(m_sloForm, QT_TR_NOOP("Minimum ca&lls:"), m_sloMinSamples, QStringLiteral("minSamples"));
    m_sloDemote = make<QCheckBox>(page, "sloDemote");
    m_texts.append({m_sloDemote, QT_TR_NOOP("Demote this model in routin&g while its error budget burns fast")});
    m_sloForm->addRow(QString(), m_sloDemote);
    m_sloDescribe = sentence(page, "sloDescribe");
    m_sloForm->addRow(m_sloDescribe);
    onEdited({m_sloName, m_sloKind, m_sloMetric, m_sloThreshold, m_sloObjective, m_sloWindow, m_sloMinSamples, m_sloDemote}, *m_slos);
    return buildListTab(*m_slos, page);
}

QWidget *MonitoringEditor::buildMonitorTab()
{
    auto *page = new QWidget(this);
    m_monitorForm = newForm(page);
    m_monitors->layout = m_monitorForm;
    m_monitorName = make<QLineEdit>(page, "monitorName");
    addRow(m_monitorForm, QT_TR_NOOP("&Name:"), m_monitorName, QStringLiteral("name"));
    m_monitorKind = make<QComboBox>(page, "monitorKind");
    addRow(m_monitorForm, QT_TR_NOOP("&Kind:"), m_monitorKind, QStringLiteral("kind"));
    buildScope(*m_monitorScope, m_monitorForm, true);
    m_monitorPercent = decimal(page, "monitorPercent", 0, 100, 2, {}, QStringLiteral(" %"));
    addRow(m_monitorForm, QT_TR_NOOP("&Threshold:"), m_monitorPercent, QStringLiteral("thresholdPercent"));
    m_monitorMetric = make<QComboBox>(page, "monitorMetric");
    addRow(m_monitorForm, QT_TR_NOOP("Metr&ic:"), m_monitorMetric, QStringLiteral("metric"));
    m_monitorFactor = decimal(page, "monitorFactor", 1, 1000, 2, {}, QStringLiteral(" ×"));
    m_monitorFactor->setSingleStep(0.5);
    addRow(m_monitorForm, QT_TR_NOOP("&Factor:"), m_monitorFactor, QStringLiteral("factor"));
    m_monitorWindow = whole(page, "monitorWindow", 1, 1440, QStringLiteral(" min"));
    addRow(m_monitorForm, QT_TR_NOOP("Win&dow:"), m_monitorWindow, QStringLiteral("windowMinutes"));
    m_monitorBaseline = whole(page, "monitorBaseline", 1, 46, QStringLiteral(" h"));
    addRow(m_monitorForm, QT_TR_NOOP("&Baseline:"), m_monitorBaseline, QStringLiteral("baselineHours"));
    m_monitorUsd = decimal(page, "monitorUsd", 0, 1e9, 2, QStringLiteral("$"), {});
    addRow(m_monitorForm, QT_TR_NOOP("Cost per hour at &least:"), m_monitorUsd, QStringLiteral("thresholdUsd"));
    m_monitorHours = whole(page, "monitorHours", 1, 46, QStringLiteral(" h"));
    addRow(m_monitorForm, QT_TR_NOOP("No call &for:"), m_monitorHours, QStringLiteral("hours"));
    m_monitorMinSamples = whole(page, "monitorMinSamples", 1, 1'000'000);
    addRow(m_monitorForm, QT_TR_NOOP("Minimum ca&lls:"), m_monitorMinSamples, QStringLiteral("minSamples"));
    m_monitorCooldown = whole(page, "monitorCooldown", 0, 7 * 24 * 60, QStringLiteral(" min"));
    addRow(m_monitorForm, QT_TR_NOOP("Wait before firin&g again:"), m_monitorCooldown, QStringLiteral("cooldownMinutes"));
    m_monitorDescribe = sentence(page, "monitorDescribe");
    m_monitorForm->addRow(m_monitorDescribe);
    onEdited({m_monitorName, m_monitorKind, m_monitorMetric, m_monitorPercent, m_monitorFactor, m_monitorUsd, m_monitorWindow, m_monitorBaseline,
              m_monitorHours, m_monitorMinSamples, m_monitorCooldown},
             *m_monitors);
    return buildListTab(*m_monitors, page);
}

QWidget *MonitoringEditor::buildCanaryTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = newForm(page);
    m_canaries->layout = form;
    m_canaryName = make<QLineEdit>(page, "canaryName");
    addRow(form, QT_TR_NOOP("&Name:"), m_canaryName, QStringLiteral("name"));
    m_canaryModels = make<QLineEdit>(page, "canaryModels");
    // typed as a list, or picked from what the workspace offers
    auto *models = new QWidget(page);
    auto *modelsLayout = new QHBoxLayout(models);
    modelsLayout->setContentsMargins(0, 0, 0, 0);
    modelsLayout->addWidget(m_canaryModels, 1);
    m_canaryAddModel = make<QToolButton>(page, "canaryAddModel");
    m_canaryAddModel->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_canaryAddModel);
    menu->setObjectName(QStringLiteral("canaryAddModelMenu"));
    m_canaryAddModel->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillCanaryModelMenu(menu); });
    m_texts.append({m_canaryAddModel, QT_TR_NOOP("Add a model")});
    modelsLayout->addWidget(m_canaryAddModel);
    models->setFocusProxy(m_canaryModels);
    addRow(form, QT_TR_NOOP("M&odels:"), models, QStringLiteral("models"));
    m_canarySchedule = make<QComboBox>(page, "canarySchedule");
    addRow(form, QT_TR_NOOP("Sc&hedule:"), m_canarySchedule, QStringLiteral("schedule"));
    m_canaryCost = decimal(page, "canaryCost", 0, 1000, 3, QStringLiteral("$"), {});
    m_canaryCost->setSingleStep(0.01);
    addRow(form, QT_TR_NOOP("Cost cap per r&un:"), m_canaryCost, QStringLiteral("maxCostUsd"));
    m_canaryEnabled = make<QCheckBox>(page, "canaryEnabled");
    m_texts.append({m_canaryEnabled, QT_TR_NOOP("Enabled: run on its schedu&le")});
    form->addRow(QString(), m_canaryEnabled);
    m_canaryPrompts = make<QPlainTextEdit>(page, "canaryPrompts");
    m_canaryPrompts->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_canaryPrompts->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_canaryPrompts->setTabChangesFocus(true);
    m_canaryPrompts->setMinimumHeight(120);
    addRow(form, QT_TR_NOOP("&Prompts:"), m_canaryPrompts, QStringLiteral("prompts"));
    m_canaryJson = make<QPushButton>(page, "canaryAdvanced");
    m_texts.append({m_canaryJson, QT_TR_NOOP("All canar&ies as JSON…")});
    auto *jsonRow = new QHBoxLayout;
    jsonRow->addStretch(1);
    jsonRow->addWidget(m_canaryJson);
    form->addRow(jsonRow);
    connect(m_canaryJson, &QPushButton::clicked, this, &MonitoringEditor::editCanaryJson);
    onEdited({m_canaryName, m_canaryModels, m_canarySchedule, m_canaryCost, m_canaryEnabled, m_canaryPrompts}, *m_canaries);
    return buildListTab(*m_canaries, page);
}

QWidget *MonitoringEditor::buildWebhookTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_webhookHelp = new QLabel(tab);
    m_webhookHelp->setWordWrap(true);
    layout->addWidget(m_webhookHelp);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_webhookUrl = new QLineEdit(tab);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrl"));
    m_webhookUrl->setPlaceholderText(QStringLiteral("https://hooks.example.com/…  env:ALERT_WEBHOOK  keychain:alert-webhook"));
    auto *urlLabel = new QLabel(tab);
    urlLabel->setBuddy(m_webhookUrl);
    m_texts.append({urlLabel, QT_TR_NOOP("&URL:")});
    form->addRow(urlLabel, m_webhookUrl);
    layout->addLayout(form);
    m_webhookProblems = sentence(tab, "webhookProblems");
    m_webhookProblems->setStyleSheet(ThemeManager::errorStyleSheet());
    layout->addWidget(m_webhookProblems);
    auto *testRow = new QHBoxLayout;
    m_webhookTest = new QPushButton(tab);
    m_webhookTest->setObjectName(QStringLiteral("webhookTest"));
    m_texts.append({m_webhookTest, QT_TR_NOOP("Send &test alert")});
    m_webhookBusy = new QProgressBar(tab);
    m_webhookBusy->setRange(0, 0);
    m_webhookBusy->setMaximumWidth(80);
    m_webhookBusy->hide();
    m_webhookStatus = sentence(tab, "webhookStatus");
    testRow->addWidget(m_webhookTest);
    testRow->addWidget(m_webhookBusy);
    testRow->addWidget(m_webhookStatus, 1);
    layout->addLayout(testRow);
    layout->addStretch(1);
    connect(m_webhookUrl, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        if (text.trimmed().isEmpty()) {
            m_json.remove(QStringLiteral("webhook"));
        } else {
            QJsonObject hook = m_json.value(QLatin1String("webhook")).toObject();
            hook.insert(QStringLiteral("url"), text.trimmed());
            m_json.insert(QStringLiteral("webhook"), hook);
        }
        check();
    });
    connect(m_webhookTest, &QPushButton::clicked, this, &MonitoringEditor::sendTestAlert);
    return tab;
}

void MonitoringEditor::retranslate()
{
    setWindowTitle(tr("SLOs, monitors and alerts"));
    m_tabs->setTabText(SlosTab, tr("&SLOs"));
    m_tabs->setTabText(MonitorsTab, tr("&Monitors"));
    m_tabs->setTabText(CanariesTab, tr("&Canaries"));
    m_tabs->setTabText(WebhookTab, tr("&Webhook"));
    for (const auto &[widget, text] : std::as_const(m_texts)) {
        if (auto *label = qobject_cast<QLabel *>(widget))
            label->setText(tr(text));
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            button->setText(tr(text));
    }
    for (Section *s : {m_slos.get(), m_monitors.get(), m_canaries.get()}) {
        s->add->setText(tr("&Add"));
        s->add->setToolTip(tr("A new entry (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        s->duplicate->setText(tr("Duplicat&e"));
        s->remove->setText(tr("&Remove"));
    }
    m_slos->empty->setText(tr("No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first "
                              "tokens within 2 s) and alerts when its error budget burns fast."));
    m_monitors->empty->setText(tr("No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours "
                                  "before, a cost per hour, or no traffic."));
    m_canaries->empty->setText(tr("No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, "
                                  "and alerts when the pass rate drops beyond noise."));
    for (ScopeFields *scope : {m_sloScope.get(), m_monitorScope.get()}) {
        QList<std::pair<QString, QVariant>> types;
        if (scope->withAll)
            types.append({tr("All calls"), int(ScopeType::All)});
        types.append({tr("A model"), int(ScopeType::Model)});
        if (scope->withAll)
            types.append({tr("A provider"), int(ScopeType::Provider)});
        types.append({tr("A route or virtual model"), int(ScopeType::Route)});
        if (scope->withAll)
            types.append({tr("A proxy key"), int(ScopeType::ProxyKey)});
        setTexts(scope->type, types);
        scope->model->setToolTip(tr("The model as the router asks the provider for it"));
    }
    setTexts(m_sloKind,
             {{tr("Availability: calls succeed"), QStringLiteral("availability")},
              {tr("Latency: calls answer within a threshold"), QStringLiteral("latency")}});
    for (QComboBox *box : {m_sloMetric, m_monitorMetric})
        setTexts(box, {{tr("Time to first token"), QStringLiteral("ttft")}, {tr("Total latency"), QStringLiteral("latency")}});
    m_sloObjective->setToolTip(tr("The share of calls that must be good, above 50 % and below 100 %"));
    m_sloMinSamples->setToolTip(tr("Calls needed in an alert's long window before it can fire"));
    setTexts(m_monitorKind,
             {{tr("Error rate"), QStringLiteral("error_rate")},
              {tr("Latency spike"), QStringLiteral("latency_spike")},
              {tr("Cost per hour"), QStringLiteral("cost_per_hour")},
              {tr("No traffic"), QStringLiteral("no_traffic")}});
    m_monitorFactor->setToolTip(tr("Fires when the window's mean is this many times the baseline's"));
    m_monitorBaseline->setToolTip(tr("The hours before the window that its mean is compared with"));
    m_monitorCooldown->setToolTip(tr("After an alert resolves, the monitor waits this long before it fires again"));
    m_monitorMinSamples->setToolTip(tr("Calls needed in the window (and the baseline) before the monitor can fire"));
    setTexts(m_canarySchedule, {{tr("Hourly"), QStringLiteral("hourly")}, {tr("Daily"), QStringLiteral("daily")}});
    m_canaryModels->setToolTip(tr("PROVIDER/MODEL, route or virtual model names, separated by commas"));
    m_canaryPrompts->setToolTip(tr("One prompt a line as a JSON object with its checks, e.g. "
                                   "{\"prompt\": \"Capital of France?\", \"contains\": \"Paris\"}; or a prompt set as JSONL or CSV"));
    m_webhookHelp->setText(tr("Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). "
                              "Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL."));
    m_jsonButton->setText(tr("Edit as &JSON…"));
    m_jsonButton->setToolTip(tr("The whole monitoring section as JSON"));
    for (Section *s : {m_slos.get(), m_monitors.get(), m_canaries.get()})
        loadEntry(*s);
    check();
}

void MonitoringEditor::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_problemsLabel) {
        for (QLabel *label : {m_slos->problems, m_monitors->problems, m_canaries->problems, m_webhookProblems})
            label->setStyleSheet(ThemeManager::errorStyleSheet());
        check();
    }
}

void MonitoringEditor::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

MonitoringEditor::Section &MonitoringEditor::section(Tab tab)
{
    return tab == SlosTab ? *m_slos : tab == MonitorsTab ? *m_monitors : *m_canaries;
}

MonitoringEditor::Section *MonitoringEditor::currentSection()
{
    const int tab = m_tabs->currentIndex();
    return tab == WebhookTab ? nullptr : &section(Tab(tab));
}

void MonitoringEditor::fillList(Section &s)
{
    const int current = s.list->currentRow();
    const QJsonArray entries = m_json.value(s.key).toArray();
    const bool loading = std::exchange(m_loading, true);
    s.list->clear();
    for (const QJsonValue &v : entries) {
        const QString name = v.toObject().value(QLatin1String("name")).toString();
        s.list->addItem(name.isEmpty() ? tr("(no name)") : name);
    }
    m_loading = loading;
    s.list->setCurrentRow(entries.isEmpty() ? -1 : std::clamp(current, 0, int(entries.size()) - 1));
    loadEntry(s);
}

void MonitoringEditor::loadEntry(Section &s)
{
    if (m_loading)
        return;
    const int row = s.list->currentRow();
    const QJsonArray entries = m_json.value(s.key).toArray();
    const bool has = row >= 0 && row < entries.size();
    s.form->setVisible(has);
    s.empty->setVisible(entries.isEmpty());
    s.duplicate->setEnabled(has);
    s.remove->setEnabled(has);
    if (!has) {
        s.problems->clear();
        return;
    }
    m_loading = true;
    const QJsonObject o = entries.at(row).toObject();
    if (s.tab == SlosTab)
        loadSlo(o);
    else if (s.tab == MonitorsTab)
        loadMonitor(o);
    else
        loadCanary(o);
    m_loading = false;
    updateVisibility();
    check();
}

void MonitoringEditor::storeEntry(Section &s)
{
    const int row = s.list->currentRow();
    QJsonArray entries = m_json.value(s.key).toArray();
    if (row < 0 || row >= entries.size())
        return;
    QJsonObject o = entries.at(row).toObject();
    if (s.tab == SlosTab)
        storeSlo(o);
    else if (s.tab == MonitorsTab)
        storeMonitor(o);
    else
        storeCanary(o);
    entries.replace(row, o);
    m_json.insert(s.key, entries);
    const QString name = o.value(QLatin1String("name")).toString();
    s.list->item(row)->setText(name.isEmpty() ? tr("(no name)") : name);
    updateVisibility();
    check();
}

void MonitoringEditor::loadScope(ScopeFields &scope, const QJsonObject &o)
{
    ScopeType type = scope.withAll ? ScopeType::All : ScopeType::Model;
    QString provider;
    QString model;
    if (o.contains(QLatin1String("model"))) {
        type = ScopeType::Model;
        const QString qualified = o.value(QLatin1String("model")).toString();
        const qsizetype slash = qualified.indexOf(QLatin1Char('/'));
        provider = slash < 0 ? qualified : qualified.left(slash);
        model = slash < 0 ? QString() : qualified.mid(slash + 1);
    } else if (o.contains(QLatin1String("provider"))) {
        type = ScopeType::Provider;
        provider = o.value(QLatin1String("provider")).toString();
    } else if (o.contains(QLatin1String("route"))) {
        type = ScopeType::Route;
    } else if (o.contains(QLatin1String("proxyKey"))) {
        type = ScopeType::ProxyKey;
    }
    setData(scope.type, int(type));
    if (!provider.isEmpty() && scope.provider->findText(provider) < 0)
        scope.provider->addItem(provider); // not in the workspace: shown as it is, with its problem
    if (!provider.isEmpty())
        scope.provider->setCurrentText(provider);
    fillModels(scope);
    m_loading = true;
    setEditText(scope.model, model);
    setEditText(scope.route, o.value(QLatin1String("route")).toString());
    setEditText(scope.proxyKey, o.value(QLatin1String("proxyKey")).toString());
    updateScopeRows(scope);
}

void MonitoringEditor::storeScope(const ScopeFields &scope, QJsonObject &o) const
{
    for (const char *key : {"model", "provider", "route", "proxyKey"})
        o.remove(QLatin1String(key));
    switch (ScopeType(scope.type->currentData().toInt())) {
    case ScopeType::All: break;
    case ScopeType::Model: o.insert(QStringLiteral("model"), QString(scope.provider->currentText() + QLatin1Char('/') + textOf(scope.model))); break;
    case ScopeType::Provider: o.insert(QStringLiteral("provider"), scope.provider->currentText()); break;
    case ScopeType::Route: o.insert(QStringLiteral("route"), textOf(scope.route)); break;
    case ScopeType::ProxyKey: o.insert(QStringLiteral("proxyKey"), textOf(scope.proxyKey)); break;
    }
}

void MonitoringEditor::loadSlo(const QJsonObject &o)
{
    m_sloName->setText(o.value(QLatin1String("name")).toString());
    loadScope(*m_sloScope, o);
    setData(m_sloKind, o.value(QLatin1String("kind")).toString(QStringLiteral("availability")));
    setData(m_sloMetric, o.value(QLatin1String("metric")).toString(QStringLiteral("ttft")));
    m_sloThreshold->setValue(o.value(QLatin1String("thresholdMs")).toDouble(2000));
    m_sloObjective->setValue(o.value(QLatin1String("objective")).toDouble(99));
    m_sloWindow->setValue(o.value(QLatin1String("windowDays")).toInt(28));
    m_sloMinSamples->setValue(o.value(QLatin1String("minSamples")).toInt(10));
    m_sloDemote->setChecked(o.value(QLatin1String("demote")).toBool(false));
}

void MonitoringEditor::storeSlo(QJsonObject &o) const
{
    o.insert(QStringLiteral("name"), m_sloName->text().trimmed());
    storeScope(*m_sloScope, o);
    const QString kind = m_sloKind->currentData().toString();
    o.insert(QStringLiteral("kind"), kind);
    if (kind == QLatin1String("latency")) {
        o.insert(QStringLiteral("metric"), m_sloMetric->currentData().toString());
        o.insert(QStringLiteral("thresholdMs"), m_sloThreshold->value());
    } else {
        o.remove(QStringLiteral("metric"));
        o.remove(QStringLiteral("thresholdMs"));
    }
    o.insert(QStringLiteral("objective"), m_sloObjective->value());
    o.insert(QStringLiteral("windowDays"), m_sloWindow->value());
    o.insert(QStringLiteral("minSamples"), m_sloMinSamples->value());
    if (m_sloDemote->isChecked() && o.contains(QLatin1String("model")))
        o.insert(QStringLiteral("demote"), true);
    else
        o.remove(QStringLiteral("demote"));
}

void MonitoringEditor::loadMonitor(const QJsonObject &o)
{
    m_monitorName->setText(o.value(QLatin1String("name")).toString());
    setData(m_monitorKind, o.value(QLatin1String("kind")).toString(QStringLiteral("error_rate")));
    loadScope(*m_monitorScope, o);
    m_monitorPercent->setValue(o.value(QLatin1String("thresholdPercent")).toDouble(5));
    setData(m_monitorMetric, o.value(QLatin1String("metric")).toString(QStringLiteral("ttft")));
    m_monitorFactor->setValue(o.value(QLatin1String("factor")).toDouble(2));
    m_monitorWindow->setValue(o.value(QLatin1String("windowMinutes")).toInt(15));
    m_monitorBaseline->setValue(o.value(QLatin1String("baselineHours")).toInt(24));
    m_monitorUsd->setValue(o.value(QLatin1String("thresholdUsd")).toDouble(5));
    m_monitorHours->setValue(o.value(QLatin1String("hours")).toInt(6));
    m_monitorMinSamples->setValue(o.value(QLatin1String("minSamples")).toInt(20));
    m_monitorCooldown->setValue(o.value(QLatin1String("cooldownMinutes")).toInt(30));
}

void MonitoringEditor::storeMonitor(QJsonObject &o) const
{
    o.insert(QStringLiteral("name"), m_monitorName->text().trimmed());
    const QString kind = m_monitorKind->currentData().toString();
    o.insert(QStringLiteral("kind"), kind);
    storeScope(*m_monitorScope, o);
    // the keys of the kind chosen; the others go (they would be unknown to it)
    for (const char *key : {"thresholdPercent", "metric", "factor", "windowMinutes", "baselineHours", "thresholdUsd", "hours", "minSamples"})
        o.remove(QLatin1String(key));
    if (kind == QLatin1String("error_rate")) {
        o.insert(QStringLiteral("thresholdPercent"), m_monitorPercent->value());
        o.insert(QStringLiteral("windowMinutes"), m_monitorWindow->value());
        o.insert(QStringLiteral("minSamples"), m_monitorMinSamples->value());
    } else if (kind == QLatin1String("latency_spike")) {
        o.insert(QStringLiteral("metric"), m_monitorMetric->currentData().toString());
        o.insert(QStringLiteral("factor"), m_monitorFactor->value());
        o.insert(QStringLiteral("windowMinutes"), m_monitorWindow->value());
        o.insert(QStringLiteral("baselineHours"), m_monitorBaseline->value());
        o.insert(QStringLiteral("minSamples"), m_monitorMinSamples->value());
    } else if (kind == QLatin1String("cost_per_hour")) {
        o.insert(QStringLiteral("thresholdUsd"), m_monitorUsd->value());
    } else {
        o.insert(QStringLiteral("hours"), m_monitorHours->value());
    }
    o.insert(QStringLiteral("cooldownMinutes"), m_monitorCooldown->value());
}

void MonitoringEditor::loadCanary(const QJsonObject &o)
{
    m_canaryName->setText(o.value(QLatin1String("name")).toString());
    QStringList models;
    for (const QJsonValue &m : o.value(QLatin1String("models")).toArray())
        models << m.toString();
    m_canaryModels->setText(models.join(QStringLiteral(", ")));
    setData(m_canarySchedule, o.value(QLatin1String("schedule")).toString(QStringLiteral("daily")));
    m_canaryCost->setValue(o.value(QLatin1String("maxCostUsd")).toDouble(0.10));
    m_canaryEnabled->setChecked(o.value(QLatin1String("enabled")).toBool(true));
    m_canaryPrompts->setPlainText(promptsText(o.value(QLatin1String("prompts"))));
}

void MonitoringEditor::storeCanary(QJsonObject &o) const
{
    o.insert(QStringLiteral("name"), m_canaryName->text().trimmed());
    QJsonArray models;
    for (const QString &m : m_canaryModels->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!m.trimmed().isEmpty())
            models.append(m.trimmed());
    }
    o.insert(QStringLiteral("models"), models);
    o.insert(QStringLiteral("schedule"), m_canarySchedule->currentData().toString());
    o.insert(QStringLiteral("maxCostUsd"), m_canaryCost->value());
    if (m_canaryEnabled->isChecked())
        o.remove(QStringLiteral("enabled"));
    else
        o.insert(QStringLiteral("enabled"), false);
    o.insert(QStringLiteral("prompts"), promptsValue(m_canaryPrompts->toPlainText()));
}

void MonitoringEditor::updateVisibility()
{
    // SLO: the metric and threshold of a latency SLO; demote only for a model
    const bool latency = m_sloKind->currentData().toString() == QLatin1String("latency");
    m_sloForm->setRowVisible(m_sloMetric, latency);
    m_sloForm->setRowVisible(m_sloThreshold, latency);
    const bool onModel = ScopeType(m_sloScope->type->currentData().toInt()) == ScopeType::Model;
    m_sloDemote->setEnabled(onModel);
    m_sloDemote->setToolTip(onModel ? tr("While the fast burn-rate alert holds, routes try this model after their other usable targets")
                                    : tr("Only an SLO on a model can demote it: a route has no target to try later"));
    monitor::Slo slo;
    slo.name = m_sloName->text();
    const auto scopeOf = [](const ScopeFields &scope) {
        monitor::Scope s;
        switch (ScopeType(scope.type->currentData().toInt())) {
        case ScopeType::All: break;
        case ScopeType::Model: s = monitor::Scope::ofModel(scope.provider->currentText() + QLatin1Char('/') + textOf(scope.model)); break;
        case ScopeType::Provider: s.provider = scope.provider->currentText(); break;
        case ScopeType::Route: s.route = textOf(scope.route); break;
        case ScopeType::ProxyKey: s.proxyKey = textOf(scope.proxyKey); break;
        }
        return s;
    };
    slo.scope = scopeOf(*m_sloScope);
    slo.kind = latency ? monitor::Slo::Kind::Latency : monitor::Slo::Kind::Availability;
    slo.metric = m_sloMetric->currentData().toString() == QLatin1String("latency") ? monitor::LatencyMetric::Latency : monitor::LatencyMetric::Ttft;
    slo.thresholdMs = m_sloThreshold->value();
    slo.objectivePercent = m_sloObjective->value();
    slo.windowDays = m_sloWindow->value();
    m_sloDescribe->setText(slo.describe());

    // monitor: the fields of its kind
    const QString kind = m_monitorKind->currentData().toString();
    const bool errorRate = kind == QLatin1String("error_rate");
    const bool spike = kind == QLatin1String("latency_spike");
    m_monitorForm->setRowVisible(m_monitorPercent, errorRate);
    m_monitorForm->setRowVisible(m_monitorMetric, spike);
    m_monitorForm->setRowVisible(m_monitorFactor, spike);
    m_monitorForm->setRowVisible(m_monitorWindow, errorRate || spike);
    m_monitorForm->setRowVisible(m_monitorBaseline, spike);
    m_monitorForm->setRowVisible(m_monitorUsd, kind == QLatin1String("cost_per_hour"));
    m_monitorForm->setRowVisible(m_monitorHours, kind == QLatin1String("no_traffic"));
    m_monitorForm->setRowVisible(m_monitorMinSamples, errorRate || spike);
    monitor::ThresholdMonitor m;
    m.scope = scopeOf(*m_monitorScope);
    m.kind = errorRate                           ? monitor::ThresholdMonitor::Kind::ErrorRate
        : spike                                  ? monitor::ThresholdMonitor::Kind::LatencySpike
        : kind == QLatin1String("cost_per_hour") ? monitor::ThresholdMonitor::Kind::CostPerHour
                                                 : monitor::ThresholdMonitor::Kind::NoTraffic;
    m.thresholdPercent = m_monitorPercent->value();
    m.metric = m_monitorMetric->currentData().toString() == QLatin1String("latency") ? monitor::LatencyMetric::Latency : monitor::LatencyMetric::Ttft;
    m.factor = m_monitorFactor->value();
    m.windowMinutes = m_monitorWindow->value();
    m.baselineHours = m_monitorBaseline->value();
    m.thresholdUsd = m_monitorUsd->value();
    m.hours = m_monitorHours->value();
    m_monitorDescribe->setText(m.describe());
}

QString MonitoringEditor::description() const
{
    return m_tabs->currentIndex() == MonitorsTab ? m_monitorDescribe->text() : m_sloDescribe->text();
}

void MonitoringEditor::check()
{
    m_problems = monitor::MonitoringConfig::validate(m_json, m_providerIds, m_routeNames);
    // each list's entries: in the error colour with their problems as tool tip, the selected one's under its form
    for (Section *s : {m_slos.get(), m_monitors.get(), m_canaries.get()}) {
        QStringList current;
        for (int row = 0; row < s->list->count(); ++row) {
            const QString prefix = QStringLiteral("monitoring.%1[%2]").arg(s->key).arg(row);
            QStringList mine;
            // the prefix ends in ']', so [1] never takes [10]'s problems; a translation may put a space
            // before the colon (French)
            for (const QString &p : std::as_const(m_problems)) {
                if (p.startsWith(prefix))
                    mine << p;
            }
            QListWidgetItem *item = s->list->item(row);
            item->setForeground(mine.isEmpty() ? palette().color(QPalette::Text) : ThemeManager::errorColor());
            item->setToolTip(mine.join(QLatin1Char('\n')));
            if (row == s->list->currentRow())
                current = mine;
        }
        s->problems->setText(current.join(QLatin1Char('\n')));
        s->problems->setVisible(!current.isEmpty());
        // the label of each field with a problem in the error colour, the problem as its tool tip
        const QHash<QString, QLabel *> labels = m_keyLabels.value(s->layout);
        for (QLabel *label : labels) {
            label->setStyleSheet(QString());
            label->setToolTip(QString());
        }
        const QString prefix = QStringLiteral("monitoring.%1[%2].").arg(s->key).arg(s->list->currentRow());
        for (const QString &p : std::as_const(current)) {
            if (!p.startsWith(prefix))
                continue;
            // the key ends at ':', '.' or '[', or at a translation's space or full-width colon
            static const QRegularExpression keyEnd(QStringLiteral("[:.\\[\\s\\x{FF1A}]"));
            const QString rest = p.mid(prefix.size());
            const QString key = rest.left(std::max(qsizetype(0), rest.indexOf(keyEnd)));
            if (QLabel *label = labels.value(key)) {
                label->setStyleSheet(ThemeManager::errorStyleSheet());
                label->setToolTip(label->toolTip().isEmpty() ? p : label->toolTip() + QLatin1Char('\n') + p);
            }
        }
    }
    QStringList webhook;
    for (const QString &p : std::as_const(m_problems)) {
        if (p.startsWith(QLatin1String("monitoring.webhook")))
            webhook << p;
    }
    m_webhookProblems->setText(webhook.join(QLatin1Char('\n')));
    m_webhookProblems->setVisible(!webhook.isEmpty());
    m_webhookTest->setEnabled(webhook.isEmpty() && !m_webhookUrl->text().trimmed().isEmpty() && !m_webhookBusy->isVisible());

    if (m_problems.isEmpty()) {
        m_problemsLabel->setStyleSheet(QString());
        m_problemsLabel->setText(tr("No problems: Save applies these at once (and `serve` on its next start)."));
    } else {
        m_problemsLabel->setStyleSheet(ThemeManager::errorStyleSheet());
        QStringList shown = m_problems.mid(0, 3);
        if (m_problems.size() > 3)
            shown << tr("… and %n more", nullptr, int(m_problems.size() - 3));
        m_problemsLabel->setText(tr("%n problem(s) to fix before saving:", nullptr, int(m_problems.size())) + QLatin1Char('\n')
                                 + shown.join(QLatin1Char('\n')));
    }
    m_saveButton->setEnabled(canSave());
}

bool MonitoringEditor::canSave() const
{
    return m_problems.isEmpty();
}

Workspace MonitoringEditor::edited() const
{
    Workspace ws = m_context.workspace();
    ws.monitoring = m_json;
    for (const QString &key : {kSlos, kMonitors, kCanaries}) {
        if (ws.monitoring.value(key).toArray().isEmpty())
            ws.monitoring.remove(key);
    }
    return ws;
}

bool MonitoringEditor::save()
{
    if (!canSave())
        return false;
    if (auto saved = m_context.replaceWorkspace(edited()); !saved) {
        m_problemsLabel->setStyleSheet(ThemeManager::errorStyleSheet());
        m_problemsLabel->setText(tr("The monitoring settings could not be saved: %1").arg(saved.error().message));
        return false;
    }
    return true;
}

void MonitoringEditor::setMonitoring(const QJsonObject &json)
{
    m_json = json;
    for (Section *s : {m_slos.get(), m_monitors.get(), m_canaries.get()})
        fillList(*s);
    m_loading = true;
    m_webhookUrl->setText(m_json.value(QLatin1String("webhook")).toObject().value(QLatin1String("url")).toString());
    m_loading = false;
    check();
}

QString MonitoringEditor::uniqueName(const QString &base) const
{
    QStringList used;
    for (const QString &key : {kSlos, kMonitors, kCanaries}) {
        for (const QJsonValue &v : m_json.value(key).toArray())
            used << v.toObject().value(QLatin1String("name")).toString();
    }
    QString name = base;
    for (int n = 2; used.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

QJsonObject MonitoringEditor::newEntry(Tab tab) const
{
    QString model = QStringLiteral("PROVIDER/MODEL");
    for (const ProviderConfig &p : m_workspace.providers) {
        if (!p.models.isEmpty()) {
            model = p.id + QLatin1Char('/') + p.models.first();
            break;
        }
    }
    if (model.startsWith(QLatin1String("PROVIDER")) && !m_workspace.providers.isEmpty())
        model = m_workspace.providers.first().id + QStringLiteral("/MODEL");
    if (tab == SlosTab)
        return QJsonObject{{QStringLiteral("name"), uniqueName(QStringLiteral("slo"))},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("kind"), QStringLiteral("availability")},
                           {QStringLiteral("objective"), 99.5},
                           {QStringLiteral("windowDays"), 28}};
    if (tab == MonitorsTab)
        return QJsonObject{{QStringLiteral("name"), uniqueName(QStringLiteral("errors"))},
                           {QStringLiteral("kind"), QStringLiteral("error_rate")},
                           {QStringLiteral("thresholdPercent"), 5},
                           {QStringLiteral("windowMinutes"), 15}};
    QStringList canaryNames;
    for (const QJsonValue &v : m_json.value(kCanaries).toArray())
        canaryNames << v.toObject().value(QLatin1String("name")).toString();
    QString name = QStringLiteral("smoke");
    for (int n = 2; canaryNames.contains(name); ++n)
        name = QStringLiteral("smoke-%1").arg(n);
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("models"), QJsonArray{model}},
                       {QStringLiteral("schedule"), QStringLiteral("daily")},
                       {QStringLiteral("maxCostUsd"), 0.05},
                       {QStringLiteral("prompts"),
                        QJsonArray{QJsonObject{{QStringLiteral("prompt"), QStringLiteral("What is the capital of France?")},
                                               {QStringLiteral("contains"), QStringLiteral("Paris")}}}}};
}

void MonitoringEditor::addEntry()
{
    Section *s = currentSection();
    if (!s)
        return;
    QJsonArray entries = m_json.value(s->key).toArray();
    entries.append(newEntry(s->tab));
    m_json.insert(s->key, entries);
    s->list->setCurrentRow(-1);
    fillList(*s);
    s->list->setCurrentRow(int(entries.size()) - 1);
    if (s->tab == SlosTab)
        m_sloName->setFocus();
    else if (s->tab == MonitorsTab)
        m_monitorName->setFocus();
    else
        m_canaryName->setFocus();
}

void MonitoringEditor::editSelected(const std::function<int(QJsonArray &entries, int row)> &edit)
{
    Section *s = currentSection();
    const int row = s ? s->list->currentRow() : -1;
    if (!s || row < 0)
        return;
    QJsonArray entries = m_json.value(s->key).toArray();
    const int select = edit(entries, row);
    m_json.insert(s->key, entries);
    fillList(*s);
    s->list->setCurrentRow(std::min(select, int(entries.size()) - 1));
    check();
}

void MonitoringEditor::duplicateEntry()
{
    editSelected([this](QJsonArray &entries, int row) {
        QJsonObject copy = entries.at(row).toObject();
        copy.insert(QStringLiteral("name"), uniqueName(copy.value(QLatin1String("name")).toString() + QStringLiteral("-copy")));
        entries.insert(row + 1, copy);
        return row + 1;
    });
}

void MonitoringEditor::removeEntry()
{
    editSelected([](QJsonArray &entries, int row) {
        entries.removeAt(row);
        return row;
    });
}

void MonitoringEditor::editAsJson()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Monitoring as JSON"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *help = new QLabel(tr("The workspace's \"monitoring\" section: {\"slos\": [...], \"monitors\": [...], \"canaries\": [...], "
                               "\"webhook\": {\"url\": ...}}. Its problems show in the editor after OK."),
                            &dialog);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("monitoringJsonText"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setPlainText(QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented)));
    layout->addWidget(text, 1);
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setStyleSheet(ThemeManager::errorStyleSheet());
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QJsonObject parsed;
    const auto parse = [&] {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text->toPlainText().toUtf8(), &pe);
        QString problem;
        if (pe.error != QJsonParseError::NoError)
            problem = tr("Not valid JSON: %1 at offset %2.").arg(pe.errorString()).arg(pe.offset);
        else if (!doc.isObject())
            problem = tr("The monitoring section must be a JSON object.");
        parsed = doc.object();
        error->setText(problem);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    };
    connect(text, &QPlainTextEdit::textChanged, &dialog, parse);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    parse();
    dialog.resize(760, 560);
    if (dialog.exec() == QDialog::Accepted)
        setMonitoring(parsed);
}

void MonitoringEditor::editCanaryJson()
{
    Workspace ws = m_workspace;
    ws.monitoring = m_json;
    CanaryEditor editor(ws, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    QJsonObject json = m_json;
    json.insert(kCanaries, editor.canaries());
    setMonitoring(json);
    showTab(CanariesTab);
}

QString MonitoringEditor::webhookStatus() const
{
    return m_webhookStatus->text();
}

void MonitoringEditor::sendTestAlert()
{
    const QString reference = m_webhookUrl->text().trimmed();
    if (reference.isEmpty())
        return;
    const int generation = ++m_testGeneration;
    m_webhookBusy->show();
    m_webhookTest->setEnabled(false);
    m_webhookStatus->setStyleSheet(QString());
    m_webhookStatus->setText(tr("Sending a test alert…"));
    const auto finish = [this, generation](bool ok, const QString &text) {
        if (generation != m_testGeneration)
            return;
        m_webhookBusy->hide();
        m_webhookStatus->setStyleSheet(ok ? QString() : ThemeManager::errorStyleSheet());
        m_webhookStatus->setText(text);
        check();
        Q_EMIT testAlertFinished(ok);
    };
    // a secret reference is read off the GUI thread (the keychain may take a while), then posted from here
    std::shared_ptr<SecretStore> secrets = m_context.secrets();
    async::runThenCallback(
        this,
        [secrets, reference]() -> Expected<QString> {
            if (!SecretRef::parse(reference))
                return reference;
            return SecretResolver(*secrets).resolve(reference);
        },
        [this, finish](const Expected<QString> &url) {
            if (!url) {
                finish(false, tr("The webhook's URL could not be read: %1").arg(url.error().message));
                return;
            }
            if (m_notifier)
                m_notifier->deleteLater();
            m_notifier = new monitor::WebhookNotifier(m_context.database(), QUrl(*url), this);
            const QString host = m_notifier->host();
            m_notifier->sendTest(this, [finish, host](Expected<int> status) {
                if (status)
                    finish(true, tr("The webhook at %1 answered HTTP %2.").arg(host).arg(*status));
                else
                    finish(false, tr("The test alert failed: %1").arg(status.error().message));
            });
        });
}

} // namespace sb::ui
