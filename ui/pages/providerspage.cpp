#include "providerspage.h"

#include "appcontext.h"
#include "common/async.h"
#include "engine/engine.h"
#include "prompts.h"
#include "providers/advice.h"
#include "providers/firstrun.h"
#include "providers/providerclient.h"
#include "providers/registry.h"
#include "router/router.h"
#include "theme.h"
#include "widgets/networkform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace sb::ui {

using providers::Preset;

namespace {

enum KeySource { FromKeychain = 0, FromEnvironment = 1, NoKey = 2 };

} // namespace

ProvidersPage::ProvidersPage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_nam(new QNetworkAccessManager(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(tr("Providers"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    outer->addWidget(title);

    auto *splitter = new QSplitter(this);
    outer->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("providerList"));
    leftLayout->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), left);
    add->setObjectName(QStringLiteral("addProvider"));
    auto *menu = new QMenu(add);
    for (const Preset &p : providers::presets()) {
        QAction *a = menu->addAction(p.name);
        const QString id = p.id;
        connect(a, &QAction::triggered, this, [this, id] { addProvider(id); });
    }
    add->setMenu(menu);
    m_remove = new QPushButton(tr("&Remove"), left);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeSelected);
    leftButtons->addWidget(add);
    leftButtons->addWidget(m_remove);
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);
    splitter->addWidget(left);

    m_editorStack = new QStackedWidget(splitter);
    auto *empty = new QLabel(tr("No provider selected.\n\nAdd one with \"Add\": OpenAI, Anthropic, Gemini, Ollama or any "
                                "OpenAI-compatible service."),
                             m_editorStack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_editorStack->addWidget(empty);

    auto *editor = new QWidget(m_editorStack);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(8, 0, 0, 0);
    auto *form = new QFormLayout;
    m_presetLabel = new QLabel(editor);
    form->addRow(tr("Type:"), m_presetLabel);
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("providerName"));
    form->addRow(tr("&Name:"), m_name);
    m_id = new QLineEdit(editor);
    m_id->setObjectName(QStringLiteral("providerId"));
    m_id->setToolTip(tr("Used in model names: ID/MODEL. Lower-case letters, digits, '-' and '_'."));
    form->addRow(tr("&ID:"), m_id);
    m_baseUrl = new QLineEdit(editor);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    form->addRow(tr("Base &URL:"), m_baseUrl);
    auto *keyRow = new QHBoxLayout;
    m_keySource = new QComboBox(editor);
    m_keySource->setObjectName(QStringLiteral("keySource"));
    m_keySource->addItem(tr("System keychain"));
    m_keySource->addItem(tr("Environment variable"));
    m_keySource->addItem(tr("No key"));
    m_key = new QLineEdit(editor);
    m_key->setObjectName(QStringLiteral("apiKey"));
    keyRow->addWidget(m_keySource);
    keyRow->addWidget(m_key, 1);
    auto *keyLabel = new QLabel(tr("API &key:"), editor);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    m_keyHint = new QLabel(editor);
    m_keyHint->setWordWrap(true);
    form->addRow(QString(), m_keyHint);
    m_enabled = new QCheckBox(tr("&Enabled"), editor);
    form->addRow(QString(), m_enabled);
    m_schemaSubset = new QCheckBox(tr("Send tool schemas in Gemini's older &Schema format"), editor);
    m_schemaSubset->setObjectName(QStringLiteral("schemaSubset"));
    m_schemaSubset->setToolTip(tr("For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas "
                                  "are rewritten into Gemini's OpenAPI subset, and keywords it lacks are left out."));
    form->addRow(QString(), m_schemaSubset);
    editorLayout->addLayout(form);

    // models and network in tabs: the editor fits a 1366x768 screen with both
    auto *tabs = new QTabWidget(editor);
    tabs->setObjectName(QStringLiteral("providerTabs"));
    auto *modelsTab = new QWidget(tabs);
    auto *modelsLayout = new QVBoxLayout(modelsTab);
    auto *modelsLabel = new QLabel(tr("Models (the checked ones are offered; an empty list offers the catalog's models for this kind):"), modelsTab);
    modelsLabel->setWordWrap(true);
    modelsLayout->addWidget(modelsLabel);
    m_models = new QListWidget(modelsTab);
    m_models->setObjectName(QStringLiteral("models"));
    modelsLayout->addWidget(m_models, 1);
    // the selected model's prices and context window, kept in the workspace's modelOverrides: a model
    // the catalog does not know costs "unknown" until it has prices
    auto *priceRow = new QHBoxLayout;
    m_priceModel = new QLabel(editor);
    m_priceModel->setObjectName(QStringLiteral("priceModel"));
    auto numberField = [editor](const char *name, const QString &tip) {
        auto *e = new QLineEdit(editor);
        e->setObjectName(QLatin1String(name));
        e->setToolTip(tip);
        e->setMaximumWidth(90);
        return e;
    };
    m_priceIn = numberField("priceInput", tr("US dollars per million input tokens"));
    m_priceOut = numberField("priceOutput", tr("US dollars per million output tokens"));
    m_contextWindow = numberField("contextWindow", tr("The most tokens the model takes (prompt and answer)"));
    priceRow->addWidget(m_priceModel, 1);
    auto *inLabel = new QLabel(tr("$/M &in:"), editor);
    inLabel->setBuddy(m_priceIn);
    auto *outLabel = new QLabel(tr("$/M o&ut:"), editor);
    outLabel->setBuddy(m_priceOut);
    auto *ctxLabel = new QLabel(tr("Con&text:"), editor);
    ctxLabel->setBuddy(m_contextWindow);
    for (QWidget *w : std::initializer_list<QWidget *>{inLabel, m_priceIn, outLabel, m_priceOut, ctxLabel, m_contextWindow})
        priceRow->addWidget(w);
    modelsLayout->addLayout(priceRow);
    tabs->addTab(modelsTab, tr("Models"));
    auto *networkTab = new QWidget(tabs);
    auto *networkLayout = new QVBoxLayout(networkTab);
    auto *networkNote = new QLabel(tr("This provider's own network setting; empty fields follow Settings (Network)."), networkTab);
    networkNote->setWordWrap(true);
    networkLayout->addWidget(networkNote);
    m_network = new NetworkForm(true, networkTab);
    networkLayout->addWidget(m_network);
    networkLayout->addStretch();
    auto *networkScroll = new QScrollArea(tabs); // the form's rows stay whole on a narrow window
    networkScroll->setWidgetResizable(true);
    networkScroll->setFrameShape(QFrame::NoFrame);
    networkScroll->setWidget(networkTab);
    tabs->addTab(networkScroll, tr("Network"));
    editorLayout->addWidget(tabs, 1);
    connect(m_models, &QListWidget::currentItemChanged, this, [this] { showModelPrices(); });
    for (QLineEdit *e : {m_priceIn, m_priceOut, m_contextWindow})
        connect(e, &QLineEdit::textEdited, this, [this] { keepModelPrices(); });

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), editor);
    m_fetch = new QPushButton(tr("&Fetch models"), editor);
    m_revert = new QPushButton(tr("Re&vert"), editor);
    m_save = new QPushButton(tr("&Save"), editor);
    m_save->setObjectName(QStringLiteral("saveProvider"));
    m_save->setDefault(true);
    buttons->addWidget(m_test);
    buttons->addWidget(m_fetch);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    editorLayout->addLayout(buttons);
    m_status = new QLabel(editor);
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    editorLayout->addWidget(m_status);
    m_editorStack->addWidget(editor);
    splitter->addWidget(m_editorStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});

    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_fetch, &QPushButton::clicked, this, &ProvidersPage::fetchModels);
    connect(m_save, &QPushButton::clicked, this, &ProvidersPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { selectProvider(m_current); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setWhatsThis(tr("Save the provider"));
    connect(saveShortcut, &QShortcut::activated, this, &ProvidersPage::save);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        selectProvider(m_list->item(row)->data(Qt::UserRole).toString());
    });
    for (QLineEdit *e : {m_name, m_id, m_baseUrl, m_key})
        connect(e, &QLineEdit::textEdited, this, &ProvidersPage::markDirty);
    connect(m_enabled, &QCheckBox::toggled, this, &ProvidersPage::markDirty);
    connect(m_schemaSubset, &QCheckBox::toggled, this, &ProvidersPage::markDirty);
    connect(m_network, &NetworkForm::edited, this, &ProvidersPage::markDirty);
    connect(m_models, &QListWidget::itemChanged, this, &ProvidersPage::markDirty);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, [this] {
        m_key->clear();
        updateKeyField();
        markDirty();
    });
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        if (!m_busy)
            rebuildList();
    });

    rebuildList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showProvider(nullptr);
}

ProvidersPage::~ProvidersPage()
{
    if (m_call)
        m_call->cancel();
}

QString ProvidersPage::keychainName(const QString &providerId)
{
    return providers::keychainNameFor(providerId);
}

QString ProvidersPage::networkPasswordName(const QString &providerId)
{
    return QStringLiteral("network-proxy-") + providerId;
}

void ProvidersPage::rebuildList()
{
    m_loading = true;
    const QString keep = m_current;
    m_list->clear();
    for (const ProviderConfig &p : m_context.workspace().providers) {
        const Preset &preset = providers::presetFor(p);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2 \u00b7 %3%4").arg(p.name.isEmpty() ? p.id : p.name, p.id, preset.name, p.enabled ? QString() : tr(" (disabled)")),
            m_list);
        item->setData(Qt::UserRole, p.id);
        if (!p.enabled)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            m_list->setCurrentRow(i);
    }
    m_loading = false;
    m_remove->setEnabled(!m_current.isEmpty());
}

QString ProvidersPage::selectedProvider() const
{
    return m_current;
}

void ProvidersPage::selectProvider(const QString &id)
{
    const ProviderConfig *cfg = m_context.workspace().provider(id);
    m_current = cfg ? id : QString();
    m_newPreset.clear();
    showProvider(cfg);
    m_loading = true;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == m_current)
            m_list->setCurrentRow(i);
    }
    m_loading = false;
}

void ProvidersPage::addProvider(const QString &presetId)
{
    const Preset *preset = providers::presetById(presetId);
    if (!preset)
        return;
    ProviderConfig cfg;
    cfg.id = providers::freeProviderId(*preset, m_context.workspace());
    cfg.kind = preset->kind;
    cfg.name = preset->name;
    if (preset->kind == QLatin1String("openai_compatible"))
        cfg.options.insert(QStringLiteral("preset"), preset->id);
    m_current.clear();
    m_newPreset = preset->id;
    showProvider(&cfg);
    m_keySource->setCurrentIndex(preset->needsKey || preset->auth != Preset::Auth::None ? FromKeychain : NoKey);
    updateKeyField();
    if (preset->defaultBaseUrl.isEmpty() || preset->defaultBaseUrl.contains(QLatin1String("RESOURCE")))
        m_baseUrl->setFocus();
    else
        m_key->setFocus();
    m_list->clearSelection();
    markDirty();
    setStatus(tr("New provider: fill in the key, then Save. Test the connection any time."), false);
}

void ProvidersPage::showProvider(const ProviderConfig *cfg)
{
    m_loading = true;
    if (!cfg) {
        m_editorStack->setCurrentIndex(0);
        m_remove->setEnabled(false);
        m_loading = false;
        return;
    }
    m_editorStack->setCurrentIndex(1);
    const Preset &preset = providers::presetFor(*cfg);
    m_presetLabel->setText(preset.name);
    m_name->setText(cfg->name);
    m_id->setText(cfg->id);
    m_id->setReadOnly(!m_current.isEmpty()); // renaming an id would orphan ledger rows and keys
    m_baseUrl->setText(cfg->baseUrl);
    m_baseUrl->setPlaceholderText(preset.defaultBaseUrl.isEmpty() ? tr("https://host/v1 (required)") : preset.defaultBaseUrl);
    m_enabled->setChecked(cfg->enabled);
    m_schemaSubset->setVisible(providers::dialectOf(*cfg) == protocol::Dialect::Gemini);
    m_schemaSubset->setChecked(cfg->options.value(QLatin1String("schemas")).toString() == QLatin1String("subset"));
    m_network->load(cfg->options.value(QLatin1String("network")).toObject());
    if (cfg->apiKey.startsWith(QLatin1String("env:"))) {
        m_keySource->setCurrentIndex(FromEnvironment);
        m_key->setText(cfg->apiKey.mid(4));
    } else if (cfg->apiKey.startsWith(QLatin1String("keychain:"))) {
        m_keySource->setCurrentIndex(FromKeychain);
        m_key->clear();
    } else {
        m_keySource->setCurrentIndex(m_current.isEmpty() ? FromKeychain : NoKey);
    }
    updateKeyField();
    m_keyHint->setText(preset.local ? tr("A local server usually needs no key.")
                                    : tr("Keys are kept in the system keychain, or read from an environment variable."));
    m_models->clear();
    for (const QString &m : cfg->models) {
        auto *item = new QListWidgetItem(m, m_models);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_remove->setEnabled(!m_current.isEmpty());
    m_pendingPrices.clear();
    showModelPrices();
    m_dirty = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    setStatus(QString(), false);
    m_loading = false;
}

QString ProvidersPage::selectedModelKey() const
{
    const QListWidgetItem *item = m_models->currentItem();
    const QString id = m_id->text().trimmed();
    return item && !id.isEmpty() ? id + QLatin1Char('/') + item->text() : QString();
}

void ProvidersPage::showModelPrices()
{
    const QString key = selectedModelKey();
    const bool on = !key.isEmpty();
    for (QLineEdit *e : {m_priceIn, m_priceOut, m_contextWindow})
        e->setEnabled(on);
    m_priceModel->setText(on ? tr("Prices of %1:").arg(m_models->currentItem()->text()) : tr("Select a model to set its prices."));
    const QSignalBlocker b1(m_priceIn), b2(m_priceOut), b3(m_contextWindow);
    m_priceIn->clear();
    m_priceOut->clear();
    m_contextWindow->clear();
    if (!on)
        return;
    const QJsonObject o = m_pendingPrices.contains(key) ? m_pendingPrices.value(key) : m_context.workspace().modelOverrides.value(key).toObject();
    const QJsonObject prices = o.value(QLatin1String("prices")).toObject();
    std::optional<catalog::ModelInfo> info;
    if (auto *host = m_context.routerHost())
        info = host->router().modelInfo(router::Target{m_id->text().trimmed(), m_models->currentItem()->text()});
    auto number = [](double v) { return QLocale::c().toString(v, 'g', 10); };
    if (prices.contains(QLatin1String("input")))
        m_priceIn->setText(number(prices.value(QLatin1String("input")).toDouble()));
    else if (info)
        m_priceIn->setPlaceholderText(number(info->prices.input));
    if (prices.contains(QLatin1String("output")))
        m_priceOut->setText(number(prices.value(QLatin1String("output")).toDouble()));
    else if (info)
        m_priceOut->setPlaceholderText(number(info->prices.output));
    if (o.contains(QLatin1String("contextWindow")))
        m_contextWindow->setText(QString::number(o.value(QLatin1String("contextWindow")).toInteger()));
    else if (info && info->contextWindow > 0)
        m_contextWindow->setPlaceholderText(QString::number(info->contextWindow));
    if (!info && !prices.contains(QLatin1String("input"))) {
        m_priceIn->setPlaceholderText(tr("unknown"));
        m_priceOut->setPlaceholderText(tr("unknown"));
        m_contextWindow->setPlaceholderText(tr("unknown"));
    }
}

// The typed prices of the selected model, kept until Save; an empty field falls back to the catalog.
void ProvidersPage::keepModelPrices()
{
    const QString key = selectedModelKey();
    if (key.isEmpty())
        return;
    QJsonObject o = m_context.workspace().modelOverrides.value(key).toObject();
    QJsonObject prices = o.value(QLatin1String("prices")).toObject();
    auto setNumber = [](QJsonObject &obj, const char *field, const QString &text) {
        bool ok = false;
        const double v = QLocale::c().toDouble(text.trimmed(), &ok);
        if (text.trimmed().isEmpty())
            obj.remove(QLatin1String(field));
        else if (ok)
            obj.insert(QLatin1String(field), v);
        else
            obj.insert(QLatin1String(field), text.trimmed()); // refused with the reason at Save
    };
    setNumber(prices, "input", m_priceIn->text());
    setNumber(prices, "output", m_priceOut->text());
    if (prices.isEmpty())
        o.remove(QLatin1String("prices"));
    else
        o.insert(QLatin1String("prices"), prices);
    setNumber(o, "contextWindow", m_contextWindow->text());
    m_pendingPrices.insert(key, o);
    markDirty();
}

void ProvidersPage::updateKeyField()
{
    const int source = m_keySource->currentIndex();
    m_key->setEnabled(source != NoKey);
    // a typed key is never shown; a variable name is
    m_key->setEchoMode(source == FromKeychain ? QLineEdit::Password : QLineEdit::Normal);
    const Preset &preset = providers::presetFor(editedConfig());
    const ProviderConfig *saved = m_context.workspace().provider(m_current);
    if (source == FromKeychain && saved && saved->apiKey.startsWith(QLatin1String("keychain:")))
        m_key->setPlaceholderText(tr("•••••••• stored in the keychain as %1; type to replace").arg(saved->apiKey.mid(9)));
    else if (source == FromKeychain)
        m_key->setPlaceholderText(tr("paste the key (stored in the keychain, never in files)"));
    else if (source == FromEnvironment)
        m_key->setPlaceholderText(preset.keyEnvVar.isEmpty() ? tr("VARIABLE_NAME") : preset.keyEnvVar);
    else
        m_key->setPlaceholderText(QString());
}

void ProvidersPage::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_save->setEnabled(!m_busy);
    m_revert->setEnabled(!m_current.isEmpty());
}

ProviderConfig ProvidersPage::editedConfig() const
{
    ProviderConfig cfg;
    if (const ProviderConfig *existing = m_context.workspace().provider(m_current))
        cfg = *existing;
    else if (const Preset *preset = providers::presetById(m_newPreset)) {
        cfg.kind = preset->kind;
        if (preset->kind == QLatin1String("openai_compatible"))
            cfg.options.insert(QStringLiteral("preset"), preset->id);
    }
    cfg.id = m_id->text().trimmed();
    cfg.name = m_name->text().trimmed();
    cfg.baseUrl = m_baseUrl->text().trimmed();
    cfg.enabled = m_enabled->isChecked();
    switch (m_keySource->currentIndex()) {
    case FromEnvironment: cfg.apiKey = QStringLiteral("env:") + m_key->text().trimmed(); break;
    case NoKey: cfg.apiKey.clear(); break;
    default:
        if (!m_key->text().isEmpty() || !cfg.apiKey.startsWith(QLatin1String("keychain:")))
            cfg.apiKey = QStringLiteral("keychain:") + keychainName(cfg.id);
        break;
    }
    if (providers::dialectOf(cfg) == protocol::Dialect::Gemini) {
        if (m_schemaSubset->isChecked())
            cfg.options.insert(QStringLiteral("schemas"), QStringLiteral("subset"));
        else
            cfg.options.remove(QStringLiteral("schemas"));
    }
    if (const QJsonObject network = m_network->toJson(networkPasswordName(cfg.id)); network.isEmpty())
        cfg.options.remove(QStringLiteral("network"));
    else
        cfg.options.insert(QStringLiteral("network"), network);
    if (m_models->count() > 0) {
        QStringList checked;
        for (int i = 0; i < m_models->count(); ++i) {
            if (m_models->item(i)->checkState() == Qt::Checked)
                checked << m_models->item(i)->text();
        }
        // the list the user ticked, all of it: an empty list would mean "the catalog's models", which for a
        // custom or local server is none at all and for a built-in kind not the list that was fetched
        cfg.models = checked;
    }
    return cfg;
}

void ProvidersPage::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? ThemeManager::errorStyleSheet() : QString());
    Q_EMIT statusChanged(text);
}

void ProvidersPage::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    m_fetch->setEnabled(!busy);
    // edits made before a Test or Fetch can still be saved after it
    m_save->setEnabled(!busy && m_dirty);
}

void ProvidersPage::save()
{
    if (m_busy || m_editorStack->currentIndex() != 1)
        return;
    const ProviderConfig cfg = editedConfig();
    Workspace ws = m_context.workspace();
    bool replaced = false;
    for (ProviderConfig &p : ws.providers) {
        if (p.id == m_current && !m_current.isEmpty()) {
            p = cfg;
            replaced = true;
        }
    }
    if (!replaced)
        ws.providers.append(cfg);
    for (auto it = m_pendingPrices.cbegin(); it != m_pendingPrices.cend(); ++it) {
        if (it.value().isEmpty())
            ws.modelOverrides.remove(it.key());
        else
            ws.modelOverrides.insert(it.key(), it.value());
    }
    if (m_models->count() > 0 && cfg.models.isEmpty()) {
        setStatus(tr("Not saved: tick at least one model (an empty list would offer the catalog's models instead)."), true);
        return;
    }
    const QStringList problems = ws.validate();
    if (!problems.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(problems.join(QStringLiteral("; "))), true);
        return;
    }
    if (const QString problem = m_network->problem(); !problem.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(problem), true);
        return;
    }
    if (m_keySource->currentIndex() == FromEnvironment && m_key->text().trimmed().isEmpty()) {
        setStatus(tr("Not saved: name the environment variable that holds the key."), true);
        return;
    }
    const QString typed = m_keySource->currentIndex() == FromKeychain ? m_key->text().trimmed() : QString();
    const Preset &preset = providers::presetFor(cfg);
    if (m_keySource->currentIndex() == FromKeychain && typed.isEmpty() && !m_context.workspace().provider(cfg.id) && preset.needsKey) {
        setStatus(tr("Not saved: paste the API key first (or choose an environment variable)."), true);
        return;
    }
    auto commitWorkspace = [this, ws, cfg] {
        auto saved = m_context.replaceWorkspace(ws);
        if (!saved) {
            setStatus(tr("Not saved: %1").arg(saved.error().message), true);
            return;
        }
        m_current = cfg.id;
        m_newPreset.clear();
        rebuildList();
        selectProvider(cfg.id);
        setStatus(tr("Saved."), false);
    };
    // the proxy password of the provider's own network setting, when one was typed, then the workspace
    const QString proxyPassword = m_network->typedPassword();
    auto commit = [this, commitWorkspace, proxyPassword, name = networkPasswordName(cfg.id)] {
        if (proxyPassword.isEmpty()) {
            commitWorkspace();
            return;
        }
        setBusy(true);
        SecretJob *job = m_context.secrets()->start(SecretJob::Operation::Write, name, this, proxyPassword);
        connect(job, &SecretJob::finished, this, [this, commitWorkspace](SecretJob *done) {
            setBusy(false);
            if (!done->result()) {
                setStatus(tr("Not saved: the proxy password could not be stored in the keychain (%1).").arg(done->result().error().message), true);
                return;
            }
            m_network->clearPassword();
            commitWorkspace();
        });
    };
    if (typed.isEmpty()) {
        commit();
        return;
    }
    setBusy(true);
    setStatus(tr("Storing the key in the keychain…"), false);
    std::shared_ptr<SecretStore> store = m_context.secrets();
    const QString name = keychainName(cfg.id);
    SecretJob *job = store->start(SecretJob::Operation::Write, name, this, typed);
    connect(job, &SecretJob::finished, this, [this, commit](SecretJob *done) {
        setBusy(false);
        if (!done->result()) {
            setStatus(tr("Not saved: the key could not be stored in the keychain (%1). "
                         "Choose \"Environment variable\" to read it from the environment instead.")
                          .arg(done->result().error().message),
                      true);
            return;
        }
        m_key->clear();
        commit();
    });
}

void ProvidersPage::removeSelected()
{
    if (m_current.isEmpty() || m_busy)
        return;
    const ProviderConfig *cfg = m_context.workspace().provider(m_current);
    if (!cfg)
        return;
    if (!m_prompts.confirm(this, tr("Remove provider"),
                           tr("Remove the provider \"%1\"? Its key is deleted from the keychain; usage history stays.")
                               .arg(cfg->name.isEmpty() ? cfg->id : cfg->name)))
        return;
    const QString keyRef = cfg->apiKey;
    const QString proxyRef = cfg->options.value(QLatin1String("network")).toObject().value(QLatin1String("password")).toString();
    const QString id = m_current;
    Workspace ws = m_context.workspace();
    ws.providers.removeIf([&](const ProviderConfig &p) { return p.id == id; });
    auto saved = m_context.replaceWorkspace(ws);
    if (!saved) {
        setStatus(saved.error().message, true);
        return;
    }
    if (keyRef == QStringLiteral("keychain:") + keychainName(id)) {
        m_context.secrets()->start(SecretJob::Operation::Remove, keychainName(id), this);
    }
    if (proxyRef == QStringLiteral("keychain:") + networkPasswordName(id))
        m_context.secrets()->start(SecretJob::Operation::Remove, networkPasswordName(id), this);
    m_current.clear();
    rebuildList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showProvider(nullptr);
}

void ProvidersPage::withClient(const ProviderConfig &config, const QString &typedKey, const QString &typedProxyPassword,
                               std::function<void(std::shared_ptr<providers::ProviderClient>, const QString &)> then)
{
    std::shared_ptr<SecretStore> store = m_context.secrets();
    const Workspace ws = m_context.workspace();
    struct Secrets {
        QString key;
        QString proxyPassword;
        QString error;
    };
    async::runThenCallback(
        this,
        [store, ws, config, typedKey, typedProxyPassword] {
            const SecretResolver resolver(*store);
            Secrets s{typedKey, {}, {}};
            if (typedKey.isEmpty() && !config.apiKey.isEmpty()) {
                auto key = resolver.resolve(config.apiKey);
                if (!key)
                    return Secrets{{}, {}, tr("The key could not be read: %1").arg(key.error().message)};
                s.key = *key;
            }
            // the Test goes the way the calls will: through the workspace's (or the provider's) proxy,
            // with the provider's proxy password as typed when it is not saved yet (kept in memory only)
            if (!typedProxyPassword.isEmpty()) {
                s.proxyPassword = typedProxyPassword;
                return s;
            }
            auto password = providers::ProviderRegistry::proxyPassword(ws, config, resolver);
            if (!password)
                return Secrets{{}, {}, password.error().message};
            s.proxyPassword = *password;
            return s;
        },
        [this, ws, config, then](const Secrets &secrets) {
            if (!secrets.error.isEmpty()) {
                then(nullptr, secrets.error);
                return;
            }
            auto client = providers::ProviderRegistry::makeClient(ws, config, secrets.key, secrets.proxyPassword, *m_nam);
            if (!client) {
                then(nullptr, client.error().message);
                return;
            }
            then(*client, QString());
        });
}

void ProvidersPage::testConnection()
{
    listModels(false);
}

void ProvidersPage::fetchModels()
{
    listModels(true);
}

void ProvidersPage::listModels(bool fillList)
{
    if (m_busy || m_editorStack->currentIndex() != 1)
        return;
    const ProviderConfig cfg = editedConfig();
    const QString typed = m_keySource->currentIndex() == FromKeychain ? m_key->text().trimmed() : QString();
    setBusy(true);
    setStatus(QString(), false);
    m_status->setText(fillList ? tr("Fetching models…") : tr("Connecting…"));
    withClient(cfg, typed, m_network->typedPassword(),
               [this, fillList, cfg](std::shared_ptr<providers::ProviderClient> client, const QString &error) {
                   if (!client) {
                       setBusy(false);
                       setStatus(error, true);
                       return;
                   }
                   // the call reads the client's codec: the lambda keeps the client alive until it is done
                   m_call = client->fetchModels(this, [this, client, fillList, cfg](const providers::ModelListing &listing) {
                       Q_UNUSED(client)
                       setBusy(false);
                       if (m_call)
                           m_call->deleteLater();
                       if (listing.error) {
                           setStatus(providers::adviceFor(*listing.error).text, true);
                           return;
                       }
                       if (fillList) {
                           m_loading = true;
                           m_models->clear();
                           for (const providers::RemoteModel &m : listing.models) {
                               auto *item = new QListWidgetItem(m.id, m_models);
                               item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                               item->setCheckState(cfg.models.isEmpty() || cfg.models.contains(m.id) ? Qt::Checked : Qt::Unchecked);
                               if (!m.name.isEmpty() && m.name != m.id)
                                   item->setToolTip(m.name);
                           }
                           m_loading = false;
                           markDirty();
                       }
                       setStatus(tr("Connected in %1 ms: %n model(s) available.", nullptr, int(listing.models.size())).arg(listing.latencyMs), false);
                   });
               });
}

} // namespace sb::ui
