#include "proxypage.h"

#include "appcontext.h"
#include "common/async.h"
#include "engine/engine.h"
#include "format.h"
#include "prompts.h"
#include "proxy/agentsettings.h"
#include "proxy/proxyserver.h"
#include "tablecells.h"
#include "theme.h"
#include "usage/queries.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    return readOnlyCell(text);
}

QString keychainName(const QString &keyName)
{
    return QStringLiteral("switchboard-proxykey-") + keyName;
}

QString newSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("sk-sb-") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QStringList &tools()
{
    static const QStringList list{QStringLiteral("Claude Code"),
                                  QStringLiteral("Codex CLI"),
                                  QStringLiteral("Cursor"),
                                  QStringLiteral("Continue"),
                                  QStringLiteral("Cline / Roo"),
                                  QStringLiteral("Zed"),
                                  QStringLiteral("Qwen Code"),
                                  QStringLiteral("Gemini CLI"),
                                  QStringLiteral("opencode"),
                                  QStringLiteral("aider"),
                                  QStringLiteral("JetBrains AI"),
                                  QStringLiteral("OpenAI SDK (Python)"),
                                  QStringLiteral("OpenAI SDK (JavaScript)"),
                                  QStringLiteral("Anthropic SDK (Python)"),
                                  QStringLiteral("Anthropic SDK (JavaScript)"),
                                  QStringLiteral("curl")};
    return list;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ProxyPage::ProxyPage(AppContext &context, Prompts &prompts, proxy::ProxyServer &server, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_server(server)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(tr("Local proxy"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    outer->addWidget(title);
    auto *intro = new QLabel(tr("Tools on this machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, "
                                "the OpenAI, Anthropic and Google Gen AI SDKs) can use your providers and routes through the OpenAI, "
                                "Responses, Anthropic and Gemini endpoints served here. Every call is routed, budgeted and counted like "
                                "the app's own."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *top = new QHBoxLayout;
    m_toggle = new QCheckBox(tr("&Proxy on"), this);
    m_toggle->setObjectName(QStringLiteral("proxyToggle"));
    QFont bf = m_toggle->font();
    bf.setBold(true);
    m_toggle->setFont(bf);
    top->addWidget(m_toggle);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Port:"), this));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(1, 65535);
    top->addWidget(m_port);
    m_network = new QCheckBox(tr("Reachable from other machines (needs keys)"), this);
    top->addWidget(m_network);
    top->addStretch();
    outer->addLayout(top);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("proxyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);

    // Browser pages are refused unless their origin is listed: any site open in the browser could
    // otherwise spend the user's credits through a loopback server.
    auto *access = new QHBoxLayout;
    auto *originsLabel = new QLabel(tr("&Web pages allowed:"), this);
    m_origins = new QLineEdit(this);
    m_origins->setObjectName(QStringLiteral("proxyOrigins"));
    m_origins->setPlaceholderText(tr("none (e.g. http://localhost:3000)"));
    m_origins->setToolTip(tr("Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other "
                             "origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000"));
    originsLabel->setBuddy(m_origins);
    access->addWidget(originsLabel);
    access->addWidget(m_origins, 2);
    auto *hostsLabel = new QLabel(tr("Other &names of this machine:"), this);
    m_hosts = new QLineEdit(this);
    m_hosts->setObjectName(QStringLiteral("proxyHosts"));
    m_hosts->setPlaceholderText(tr("none (e.g. gpu-box.lan)"));
    m_hosts->setToolTip(tr("Host names other machines use to reach this proxy. Requests naming any other host are refused "
                           "(loopback names and IP addresses always work); this stops DNS rebinding."));
    hostsLabel->setBuddy(m_hosts);
    access->addWidget(hostsLabel);
    access->addWidget(m_hosts, 1);
    outer->addLayout(access);

    auto *split = new QSplitter(Qt::Vertical, this);
    outer->addWidget(split, 1);
    auto *upper = new QWidget(split);
    auto *upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);

    auto *keysBox = new QGroupBox(tr("Keys"), upper);
    auto *keysLayout = new QVBoxLayout(keysBox);
    m_keys = new QTableWidget(0, 3, keysBox);
    m_keys->setObjectName(QStringLiteral("proxyKeys"));
    m_keys->setHorizontalHeaderLabels({tr("Name"), tr("Models allowed"), tr("Stored as")});
    m_keys->horizontalHeader()->setStretchLastSection(true);
    m_keys->verticalHeader()->hide();
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    keysLayout->addWidget(m_keys);
    auto *keyButtons = new QHBoxLayout;
    // short labels in the Keys box: the page must fit 1366 px in German too
    auto *addKeyButton = new QPushButton(tr("&New…"), keysBox);
    addKeyButton->setToolTip(tr("A new key for a tool, stored in the keychain"));
    auto *removeKeyButton = new QPushButton(tr("Remo&ve"), keysBox);
    removeKeyButton->setToolTip(tr("Remove the selected key"));
    auto *editKeyButton = new QPushButton(tr("&Limits…"), keysBox);
    editKeyButton->setObjectName(QStringLiteral("editKey"));
    editKeyButton->setToolTip(tr("The models this key may call, requests per minute and a monthly spend limit"));
    keyButtons->addWidget(addKeyButton);
    keyButtons->addWidget(editKeyButton);
    keyButtons->addWidget(removeKeyButton);
    keyButtons->addStretch();
    keysLayout->addLayout(keyButtons);
    auto *keyRow = new QHBoxLayout;
    m_keyView = new QLineEdit(keysBox);
    m_keyView->setObjectName(QStringLiteral("proxyKeyView"));
    m_keyView->setReadOnly(true);
    m_keyView->setEchoMode(QLineEdit::Password);
    m_keyView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyView->setPlaceholderText(tr("select a key"));
    m_showKey = new QPushButton(tr("S&how"), keysBox);
    m_showKey->setCheckable(true);
    auto *copyKey = new QPushButton(tr("Cop&y"), keysBox);
    copyKey->setToolTip(tr("Copy the key"));
    copyKey->setObjectName(QStringLiteral("proxyCopyKey"));
    keyRow->addWidget(m_keyView, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(copyKey);
    keysLayout->addLayout(keyRow);
    m_keyWarning = new QLabel(keysBox);
    m_keyWarning->setObjectName(QStringLiteral("proxyKeyWarning"));
    m_keyWarning->setWordWrap(true);
    keysLayout->addWidget(m_keyWarning);
    upperLayout->addWidget(keysBox, 1);

    auto *snipBox = new QGroupBox(tr("Set-up"), upper);
    auto *snipLayout = new QVBoxLayout(snipBox);
    auto *toolRow = new QHBoxLayout;
    m_tool = new QComboBox(snipBox);
    m_tool->setObjectName(QStringLiteral("proxyTool"));
    m_tool->addItems(tools());
    auto *copy = new QPushButton(tr("&Copy"), snipBox);
    copy->setToolTip(tr("Copies the set-up with the key in it"));
    auto *copyUrl = new QPushButton(tr("Copy &URL"), snipBox);
    toolRow->addWidget(m_tool, 1);
    toolRow->addWidget(copy);
    toolRow->addWidget(copyUrl);
    snipLayout->addLayout(toolRow);
    auto *modelRow = new QHBoxLayout;
    m_snippetModel = new QComboBox(snipBox);
    m_snippetModel->setObjectName(QStringLiteral("proxySnippetModel"));
    m_snippetModel->setEditable(true);
    m_snippetModel->setInsertPolicy(QComboBox::NoInsert);
    m_snippetModel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snippetModel->setMinimumContentsLength(16);
    auto *modelLabel = new QLabel(tr("&Model:"), snipBox);
    modelLabel->setBuddy(m_snippetModel);
    modelRow->addWidget(modelLabel);
    modelRow->addWidget(m_snippetModel, 1);
    snipLayout->addLayout(modelRow);
    m_snippet = new QPlainTextEdit(snipBox);
    m_snippet->setObjectName(QStringLiteral("proxySnippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    snipLayout->addWidget(m_snippet);
    upperLayout->addWidget(snipBox, 1);
    split->addWidget(upper);

    auto *logBox = new QGroupBox(tr("Requests"), split);
    auto *logLayout = new QVBoxLayout(logBox);
    m_log = new QTableWidget(0, 9, logBox);
    m_log->setObjectName(QStringLiteral("proxyLog"));
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Key"), tr("Endpoint"), tr("Asked for"), tr("Answered by"), tr("Status"), tr("Tokens in/out"),
                                      tr("Cost"), tr("Latency / TTFT")});
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->verticalHeader()->hide();
    // fixed widths: resizing to contents on every request would cost a scan of the whole log
    const int widths[] = {70, 90, 190, 170, 200, 110, 100, 90};
    for (int c = 0; c < 8; ++c)
        m_log->setColumnWidth(c, widths[c]);
    logLayout->addWidget(m_log);
    auto *clear = new QPushButton(tr("C&lear"), logBox);
    auto *logButtons = new QHBoxLayout;
    logButtons->addStretch();
    logButtons->addWidget(clear);
    logLayout->addLayout(logButtons);
    split->addWidget(logBox);

    connect(m_toggle, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            setProxyEnabled(on);
    });
    connect(m_port, &QSpinBox::editingFinished, this, &ProxyPage::savePort);
    connect(m_network, &QCheckBox::toggled, this, [this](bool) {
        if (!m_loading)
            savePort();
    });
    connect(addKeyButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New proxy key"), tr("Name of the tool that will use it:"), QLineEdit::Normal,
                                                   m_tool->currentText().section(QLatin1Char(' '), 0, 0).toLower(), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return;
        addKey(name, {}, [this, name](const QString &secret) {
            if (!secret.isEmpty())
                m_prompts.info(this, tr("New proxy key"),
                               tr("The key for \"%1\" is:\n\n%2\n\nIt is stored in your keychain; copy it or a ready-made set-up from this page at "
                                  "any time.")
                                   .arg(name, secret));
        });
    });
    connect(editKeyButton, &QPushButton::clicked, this, [this] {
        const QString name = selectedKeyName();
        if (name.isEmpty())
            return;
        ProxyKeyConfig key;
        for (const ProxyKeyConfig &k : m_context.workspace().proxy.keys) {
            if (k.name == name)
                key = k;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Limits of the key \"%1\"").arg(name));
        auto *form = new QFormLayout(&dialog);
        auto *models = new QLineEdit(key.allowedModels.join(QStringLiteral(", ")), &dialog);
        models->setPlaceholderText(tr("all (or e.g. openai/*, auto)"));
        auto *rate = new QSpinBox(&dialog);
        rate->setRange(0, 100000);
        rate->setSpecialValueText(tr("no limit"));
        rate->setValue(key.requestsPerMinute);
        const std::optional<double> limit = monthlyLimit(name);
        auto *budget = new QLineEdit(limit ? QLocale::c().toString(*limit, 'g', 10) : QString(), &dialog);
        budget->setPlaceholderText(tr("none"));
        form->addRow(tr("&Models allowed:"), models);
        form->addRow(tr("&Requests per minute:"), rate);
        form->addRow(tr("Monthly &spend limit ($):"), budget);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        std::optional<double> newLimit;
        if (!budget->text().trimmed().isEmpty()) {
            bool ok = false;
            const double v = QLocale::c().toDouble(budget->text().trimmed(), &ok);
            if (!ok || v < 0) {
                m_prompts.error(this, tr("Limits"), tr("The spend limit must be a number of dollars, 0 or more."));
                return;
            }
            newLimit = v;
        }
        editKey(name, splitList(models->text()), rate->value(), newLimit);
    });
    connect(removeKeyButton, &QPushButton::clicked, this, [this] {
        const int row = m_keys->currentRow();
        if (row < 0)
            return;
        removeKey(m_keys->item(row, 0)->text());
    });
    connect(m_tool, &QComboBox::currentIndexChanged, this, &ProxyPage::refreshSnippet);
    connect(m_snippetModel, &QComboBox::currentTextChanged, this, &ProxyPage::refreshSnippet);
    connect(m_keys, &QTableWidget::currentCellChanged, this, &ProxyPage::loadSelectedSecret);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(snippet(m_tool->currentText())); });
    connect(copyUrl, &QPushButton::clicked, this, [this] {
        const ProxySettings &p = m_context.workspace().proxy;
        QApplication::clipboard()->setText(
            QStringLiteral("http://%1:%2").arg(proxy::ProxyServer::isLoopback(p.host) ? p.host : QStringLiteral("localhost")).arg(p.port));
    });
    connect(m_showKey, &QPushButton::toggled, this, [this](bool shown) {
        m_keyView->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        refreshSnippet();
    });
    connect(copyKey, &QPushButton::clicked, this, [this] {
        if (!selectedSecret().isEmpty())
            QApplication::clipboard()->setText(selectedSecret());
    });
    connect(m_origins, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && splitList(m_origins->text()) != m_context.workspace().proxy.allowedOrigins)
            setAllowedOrigins(m_origins->text());
    });
    connect(m_hosts, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && splitList(m_hosts->text()) != m_context.workspace().proxy.allowedHosts)
            setAllowedHosts(m_hosts->text());
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_server.clearRequestLog();
        m_log->setRowCount(0);
    });
    connect(&m_server, &proxy::ProxyServer::statusChanged, this, &ProxyPage::applyStatus);
    connect(&m_server, &proxy::ProxyServer::requestLogged, this, &ProxyPage::appendLog);
    auto fillModels = [this] {
        const QString current = m_snippetModel->currentText();
        const QSignalBlocker block(m_snippetModel);
        m_snippetModel->clear();
        if (auto *routerHost = m_context.routerHost())
            m_snippetModel->addItems(routerHost->router().offeredModels());
        if (!current.isEmpty())
            m_snippetModel->setCurrentText(current);
    };
    connect(&m_context, &AppContext::workspaceChanged, this, [this, fillModels] {
        fillModels();
        refreshKeys();
        refreshSnippet();
    });

    fillModels();
    refreshKeys();
    for (const proxy::RequestLogEntry &e : m_server.recentRequests())
        appendLog(e);
    if (m_log->rowCount() == 0)
        loadHistory();
    applyStatus(m_server.status());
    loadSelectedSecret();
}

ProxyPage::~ProxyPage() = default;

bool ProxyPage::isOn() const
{
    return m_server.isRunning();
}

QString ProxyPage::statusText() const
{
    return m_statusText;
}

int ProxyPage::logRows() const
{
    return m_log->rowCount();
}

void ProxyPage::setProxyEnabled(bool on)
{
    if (on == m_server.isRunning())
        return;
    if (!on || !m_context.workspace().proxy.keys.isEmpty() || m_context.workspace().proxy.keyless) {
        switchProxy(on, QString());
        return;
    }
    // Keys by default: the first time the proxy is turned on it gets one, unless the user chose to run without
    addKey(QStringLiteral("tools"), {}, [this](const QString &madeKey) {
        if (madeKey.isEmpty()) {
            const QString why = m_statusText;
            if (!m_prompts.confirm(this, tr("Local proxy"),
                                   tr("No key could be made for the proxy: %1\n\nRun it without a key? Then any program on this computer can use "
                                      "it and spend your credits (web pages stay refused unless you allow them).")
                                       .arg(why))) {
                applyStatus(m_server.status());
                return;
            }
            Workspace ws = m_context.workspace();
            ws.proxy.keyless = true;
            if (auto saved = m_context.replaceWorkspace(ws); !saved) {
                m_prompts.error(this, tr("Local proxy"), saved.error().message);
                applyStatus(m_server.status());
                return;
            }
        }
        switchProxy(true, madeKey);
    });
}

void ProxyPage::switchProxy(bool on, const QString &madeKey)
{
    if (on == m_server.isRunning())
        return;
    Workspace ws = m_context.workspace();
    if (on) {
        auto started = m_server.start(m_context.engine(), ws.proxy);
        if (!started) {
            proxy::ProxyStatus failed;
            failed.state = proxy::ProxyStatus::State::Failed;
            failed.error = started.error().message;
            applyStatus(failed);
            return;
        }
    } else {
        m_server.stop();
    }
    ws.proxy.enabled = on;
    (void)m_context.replaceWorkspace(ws); // remembered for the next start
    applyStatus(m_server.status());
    Q_EMIT runningChanged(m_server.isRunning());
    if (!madeKey.isEmpty())
        m_prompts.info(this, tr("Your proxy key"),
                       tr("Tools must now send this key to use the proxy:\n\n%1\n\nIt is kept in your keychain. Copy it, or a ready-made "
                          "set-up for your tool, from this page at any time.")
                           .arg(madeKey));
}

void ProxyPage::applyStatus(const proxy::ProxyStatus &status)
{
    m_loading = true;
    m_toggle->setChecked(status.state == proxy::ProxyStatus::State::Listening);
    m_loading = false;
    switch (status.state) {
    case proxy::ProxyStatus::State::Listening:
        m_statusText = tr("Listening on %1").arg(status.address);
        if (m_context.workspace().proxy.keys.isEmpty())
            m_statusText += tr(", without a key");
        m_status->setStyleSheet(QString());
        break;
    case proxy::ProxyStatus::State::Failed:
        m_statusText = tr("Not running: %1").arg(status.error);
        m_status->setStyleSheet(ThemeManager::errorStyleSheet());
        break;
    case proxy::ProxyStatus::State::Stopped:
        m_statusText = tr("Off. Turn it on to serve http://%1:%2").arg(m_context.workspace().proxy.host).arg(m_context.workspace().proxy.port);
        m_status->setStyleSheet(QString());
        break;
    }
    m_status->setText(m_statusText);
    m_port->setEnabled(status.state != proxy::ProxyStatus::State::Listening);
    m_network->setEnabled(status.state != proxy::ProxyStatus::State::Listening);
    refreshSnippet();
}

void ProxyPage::appendLog(const proxy::RequestLogEntry &e)
{
    const int row = 0;
    m_log->insertRow(row);
    m_log->setItem(row, 0, cell(formatTime(e.time.toLocalTime(), true)));
    m_log->setItem(row, 1, cell(e.keyName));
    m_log->setItem(row, 2, cell(e.endpoint + (e.stream ? tr(" (stream)") : QString())));
    m_log->setItem(row, 3, cell(e.modelRequested));
    m_log->setItem(row, 4, cell(e.provider.isEmpty() ? QString() : e.provider + QLatin1Char('/') + e.model));
    m_log->setItem(row, 5, cell(e.error.isEmpty() ? QString::number(e.status) : QStringLiteral("%1 %2").arg(e.status).arg(e.error)));
    m_log->setItem(row, 6, cell(QStringLiteral("%1 / %2").arg(e.inputTokens).arg(e.outputTokens)));
    m_log->setItem(row, 7, cell(formatCost(e.costUsd, e.costKnown)));
    m_log->setItem(row, 8, cell(e.ttftMs >= 0 ? tr("%1 ms / %2 ms").arg(e.latencyMs).arg(e.ttftMs) : tr("%1 ms").arg(e.latencyMs)));
    if (e.status >= 400)
        m_log->item(row, 5)->setForeground(ThemeManager::errorColor());
    while (m_log->rowCount() > 500)
        m_log->removeRow(m_log->rowCount() - 1);
}

void ProxyPage::refreshKeys()
{
    m_loading = true;
    const ProxySettings &p = m_context.workspace().proxy;
    const QString selected = selectedKeyName();
    m_port->setValue(p.port);
    m_network->setChecked(!proxy::ProxyServer::isLoopback(p.host));
    m_origins->setText(p.allowedOrigins.join(QStringLiteral(", ")));
    m_hosts->setText(p.allowedHosts.join(QStringLiteral(", ")));
    m_keys->setRowCount(int(p.keys.size()));
    int select = p.keys.isEmpty() ? -1 : 0;
    for (int i = 0; i < p.keys.size(); ++i) {
        m_keys->setItem(i, 0, cell(p.keys.at(i).name));
        m_keys->setItem(i, 1, cell(p.keys.at(i).allowedModels.isEmpty() ? tr("all") : p.keys.at(i).allowedModels.join(QStringLiteral(", "))));
        m_keys->setItem(i, 2, cell(p.keys.at(i).key));
        if (p.keys.at(i).name == selected)
            select = i;
    }
    m_keys->resizeColumnsToContents();
    if (select >= 0)
        m_keys->selectRow(select);
    m_loading = false;
    showKeyWarning();
}

void ProxyPage::showKeyWarning()
{
    const ProxySettings &p = m_context.workspace().proxy;
    if (p.keys.isEmpty()) {
        m_keyWarning->setText(tr("No key: any program on this computer can use the proxy and spend your credits. Web pages are refused "
                                 "unless their origin is allowed above. Make one with New…"));
        m_keyWarning->setStyleSheet(ThemeManager::errorStyleSheet());
    } else {
        m_keyWarning->setText(tr("One key per tool: tools without a key are refused. Budgets per key are set on the Usage page."));
        m_keyWarning->setStyleSheet(QString());
    }
}

QString ProxyPage::selectedKeyName() const
{
    const int row = m_keys->currentRow();
    return row >= 0 && m_keys->item(row, 0) ? m_keys->item(row, 0)->text() : QString();
}

QString ProxyPage::selectedSecret() const
{
    return m_secrets.value(selectedKeyName());
}

// Reads the selected key's secret from the keychain without blocking (it may take a while or ask), for the
// key field and the snippets; kept in memory only.
void ProxyPage::loadSelectedSecret()
{
    const QString name = selectedKeyName();
    m_keyView->setText(m_secrets.value(name));
    refreshSnippet();
    if (name.isEmpty() || m_secrets.contains(name))
        return;
    QString reference;
    for (const ProxyKeyConfig &k : m_context.workspace().proxy.keys) {
        if (k.name == name)
            reference = k.key;
    }
    if (!reference.startsWith(QLatin1String("keychain:"))) {
        m_keyView->setPlaceholderText(tr("read from %1").arg(reference));
        return;
    }
    std::shared_ptr<SecretStore> store = m_context.secrets();
    const QString entry = reference.mid(int(qstrlen("keychain:")));
    SecretJob *job = store->start(SecretJob::Operation::Read, entry, this);
    connect(job, &SecretJob::finished, this, [this, name](SecretJob *done) {
        const QString secret = done->result() ? *done->result() : QString();
        if (secret.isEmpty())
            return;
        m_secrets.insert(name, secret);
        if (selectedKeyName() == name) {
            m_keyView->setText(secret);
            refreshSnippet();
        }
    });
}

void ProxyPage::restartIfRunning()
{
    if (!m_server.isRunning()) // the settings are read when the server starts
        return;
    m_server.stop();
    (void)m_server.start(m_context.engine(), m_context.workspace().proxy);
    applyStatus(m_server.status());
}

bool ProxyPage::setAllowedOrigins(const QString &text)
{
    return saveBrowserAccess(splitList(text), m_context.workspace().proxy.allowedHosts);
}

bool ProxyPage::setAllowedHosts(const QString &text)
{
    return saveBrowserAccess(m_context.workspace().proxy.allowedOrigins, splitList(text));
}

bool ProxyPage::saveBrowserAccess(const QStringList &origins, const QStringList &hosts)
{
    Workspace ws = m_context.workspace();
    ws.proxy.allowedOrigins = origins;
    ws.proxy.allowedHosts = hosts;
    if (ws.proxy == m_context.workspace().proxy)
        return true;
    if (const QStringList problems = ws.validate().filter(QStringLiteral("proxy.allowed")); !problems.isEmpty()) {
        m_statusText = problems.join(QLatin1Char('\n'));
        m_status->setText(m_statusText);
        m_status->setStyleSheet(ThemeManager::errorStyleSheet());
        return false;
    }
    if (auto saved = m_context.replaceWorkspace(ws); !saved) {
        m_prompts.error(this, tr("Local proxy"), saved.error().message);
        refreshKeys();
        return false;
    }
    restartIfRunning();
    applyStatus(m_server.status());
    return true;
}

void ProxyPage::savePort()
{
    Workspace ws = m_context.workspace();
    ws.proxy.port = m_port->value();
    ws.proxy.host = m_network->isChecked() ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1");
    if (ws.proxy == m_context.workspace().proxy)
        return;
    auto saved = m_context.replaceWorkspace(ws);
    if (!saved) {
        m_prompts.error(this, tr("Local proxy"), saved.error().message);
        refreshKeys();
    }
    applyStatus(m_server.status());
}

void ProxyPage::addKey(const QString &name, const QStringList &allowedModels, std::function<void(const QString &secret)> then)
{
    for (const ProxyKeyConfig &k : m_context.workspace().proxy.keys) {
        if (k.name == name) {
            m_statusText = tr("A key named \"%1\" exists already.").arg(name);
            m_status->setText(m_statusText);
            then(QString());
            return;
        }
    }
    const QString secret = newSecret();
    // the keychain may take a moment (or prompt): the page stays responsive while it answers
    std::shared_ptr<SecretStore> store = m_context.secrets();
    SecretJob *job = store->start(SecretJob::Operation::Write, keychainName(name), this, secret);
    connect(job, &SecretJob::finished, this, [this, store, name, allowedModels, secret, then](SecretJob *done) {
        if (!done->result()) {
            m_statusText = tr("The key could not be stored in the keychain: %1").arg(done->result().error().message);
            m_status->setText(m_statusText);
            then(QString());
            return;
        }
        Workspace ws = m_context.workspace();
        ws.proxy.keys << ProxyKeyConfig{name, QStringLiteral("keychain:") + keychainName(name), allowedModels};
        ws.proxy.keyless = false;
        auto saved = m_context.replaceWorkspace(ws);
        if (!saved) {
            m_statusText = saved.error().message;
            m_status->setText(m_statusText);
            store->start(SecretJob::Operation::Remove, keychainName(name), this);
            then(QString());
            return;
        }
        m_secrets.insert(name, secret);
        refreshKeys();
        for (int i = 0; i < m_keys->rowCount(); ++i) {
            if (m_keys->item(i, 0)->text() == name)
                m_keys->selectRow(i);
        }
        restartIfRunning();
        loadSelectedSecret();
        then(secret);
    });
}

std::optional<double> ProxyPage::monthlyLimit(const QString &name) const
{
    for (const QJsonValue &v : m_context.workspace().budgets) {
        const QJsonObject b = v.toObject();
        if (b.value(QLatin1String("scope")).toString() == QLatin1String("proxy_key") && b.value(QLatin1String("target")).toString() == name
            && b.value(QLatin1String("period")).toString() == QLatin1String("monthly") && b.contains(QLatin1String("hardLimitUsd")))
            return b.value(QLatin1String("hardLimitUsd")).toDouble();
    }
    return std::nullopt;
}

bool ProxyPage::editKey(const QString &name, const QStringList &allowedModels, int requestsPerMinute, std::optional<double> monthlyLimitUsd)
{
    Workspace ws = m_context.workspace();
    bool found = false;
    for (ProxyKeyConfig &k : ws.proxy.keys) {
        if (k.name == name) {
            k.allowedModels = allowedModels;
            k.requestsPerMinute = requestsPerMinute;
            found = true;
        }
    }
    if (!found)
        return false;
    // the key's monthly hard limit is a budget like any other (Usage > Budgets shows and edits it too)
    // (a flag and a value, not the optional: GCC 12 warns of it being used uninitialized when copied)
    const bool wanted = monthlyLimitUsd.has_value();
    const double limit = monthlyLimitUsd.value_or(0);
    bool placed = false;
    QJsonArray budgets;
    for (const QJsonValue &v : ws.budgets) {
        const QJsonObject b = v.toObject();
        const bool thisKeysMonthly = b.value(QLatin1String("scope")).toString() == QLatin1String("proxy_key")
            && b.value(QLatin1String("target")).toString() == name && b.value(QLatin1String("period")).toString() == QLatin1String("monthly");
        if (!thisKeysMonthly) {
            budgets.append(b);
        } else if (wanted && !placed) {
            QJsonObject kept = b;
            kept.insert(QStringLiteral("hardLimitUsd"), limit);
            budgets.append(kept);
            placed = true;
        }
    }
    if (wanted && !placed)
        budgets.append(QJsonObject{{QStringLiteral("scope"), QStringLiteral("proxy_key")},
                                   {QStringLiteral("target"), name},
                                   {QStringLiteral("period"), QStringLiteral("monthly")},
                                   {QStringLiteral("hardLimitUsd"), limit}});
    ws.budgets = budgets;
    if (auto saved = m_context.replaceWorkspace(ws); !saved) {
        m_prompts.error(this, tr("Limits"), saved.error().message);
        return false;
    }
    restartIfRunning(); // the keys' limits are read when the server starts
    return true;
}

bool ProxyPage::removeKey(const QString &name)
{
    Workspace ws = m_context.workspace();
    const auto removed = ws.proxy.keys.removeIf([&](const ProxyKeyConfig &k) { return k.name == name; });
    if (removed == 0)
        return false;
    if (ws.proxy.keys.isEmpty()) {
        // running without keys is a choice the user makes knowingly
        if (!m_prompts.confirm(this, tr("Remove the last key"),
                               tr("Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay "
                                  "refused unless their origin is allowed.\n\nRemove \"%1\" and run without a key?")
                                   .arg(name)))
            return false;
        ws.proxy.keyless = true;
    } else if (!m_prompts.confirm(this, tr("Remove proxy key"), tr("Remove the key \"%1\"? Tools using it will get 401 errors.").arg(name))) {
        return false;
    }
    auto saved = m_context.replaceWorkspace(ws);
    if (!saved) {
        m_prompts.error(this, tr("Local proxy"), saved.error().message);
        return false;
    }
    m_secrets.remove(name);
    std::shared_ptr<SecretStore> store = m_context.secrets();
    const QString entry = keychainName(name);
    store->start(SecretJob::Operation::Remove, entry, this);
    restartIfRunning();
    loadSelectedSecret();
    return true;
}

QString ProxyPage::snippetKey() const
{
    const ProxySettings &p = m_context.workspace().proxy;
    if (p.keys.isEmpty())
        return QStringLiteral("any-text"); // keyless: the SDKs still want something
    const QString name = selectedKeyName().isEmpty() ? p.keys.first().name : selectedKeyName();
    for (const ProxyKeyConfig &k : p.keys) {
        // a key from the environment stays there: the set-up names the variable, not its value
        if (k.name == name && k.key.startsWith(QLatin1String("env:")))
            return QLatin1Char('$') + k.key.mid(4);
    }
    return m_secrets.value(name, QStringLiteral("<the key \"%1\">").arg(name));
}

QString ProxyPage::snippet(const QString &tool) const
{
    return snippetText(tool, snippetKey());
}

void ProxyPage::setSnippetModel(const QString &model)
{
    m_snippetModel->setCurrentText(model);
}

void ProxyPage::loadHistory()
{
    std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (!engine)
        return;
    using Rows = std::shared_ptr<Expected<usage::CallPage>>;
    async::runThenCallback(
        this,
        [engine] {
            usage::Filter filter = usage::Filter::days(QDate::currentDate().addDays(-7), QDate::currentDate().addDays(2));
            filter.source = usage::Source::Proxy;
            return std::make_shared<Expected<usage::CallPage>>(usage::UsageQueries(engine->database()).calls(filter, 200));
        },
        [this](Rows rows) {
            if (!*rows || m_log->rowCount() > 0)
                return;
            // newest first, below anything that arrived meanwhile
            for (const usage::CallRow &row : (*rows)->rows) {
                const usage::CallRecord &c = row.call;
                const int r = m_log->rowCount();
                m_log->insertRow(r);
                m_log->setItem(r, 0, cell(formatTime(QDateTime::fromMSecsSinceEpoch(c.startedAtMs).toLocalTime(), true)));
                m_log->setItem(r, 1, cell(c.sourceKey));
                m_log->setItem(r, 2, cell(tr("(earlier)")));
                m_log->setItem(r, 3, cell(c.route));
                m_log->setItem(r, 4, cell(c.provider + QLatin1Char('/') + c.model));
                const int status = c.httpStatus > 0 ? c.httpStatus : (c.status == usage::CallStatus::Ok ? 200 : 0);
                m_log->setItem(r, 5, cell(c.errorKind.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(c.errorKind)));
                m_log->setItem(r, 6, cell(QStringLiteral("%1 / %2").arg(c.usage.totalInputTokens()).arg(c.usage.outputTokens)));
                m_log->setItem(r, 7, cell(formatCost(c.costUsd, !c.unpriced)));
                m_log->setItem(r, 8, cell(c.ttftMs ? tr("%1 ms / %2 ms").arg(c.latencyMs).arg(*c.ttftMs) : tr("%1 ms").arg(c.latencyMs)));
                if (status >= 400 || c.status != usage::CallStatus::Ok)
                    m_log->item(r, 5)->setForeground(ThemeManager::errorColor());
            }
        });
}

QString ProxyPage::snippetText(const QString &tool, const QString &key) const
{
    const ProxySettings &p = m_context.workspace().proxy;
    const QString host = proxy::ProxyServer::isLoopback(p.host) ? p.host : QStringLiteral("THIS-MACHINE");
    const QString base = QStringLiteral("http://%1:%2").arg(host).arg(p.port);
    QString model = m_snippetModel->currentText().trimmed();
    if (model.isEmpty())
        model = QStringLiteral("PROVIDER/MODEL");
    // the agents the tests run (tests/e2e/tst_agents.cpp) get the settings the tests use
    if (tool == QLatin1String("Claude Code"))
        return proxy::claudeCodeSnippet(base, key, model);
    if (tool == QLatin1String("Codex CLI"))
        return proxy::codexSnippet(base, key, model);
    if (tool == QLatin1String("Cursor"))
        return tr("Cursor Settings > Models:\n  OpenAI API Key: %2\n  Override OpenAI Base URL: %1/v1\n  add the model %3\n\n"
                  "Cursor sends most requests from its own servers, which cannot reach %1:\nthey need an address they can reach "
                  "(\"Reachable from other machines\" and a tunnel you trust).\n")
            .arg(base, key, model);
    if (tool == QLatin1String("Continue"))
        return QStringLiteral("# ~/.continue/config.yaml\nmodels:\n  - name: Switchboard\n    provider: openai\n    model: %3\n    apiBase: %1/v1\n  "
                              "  apiKey: %2\n")
            .arg(base, key, model);
    if (tool == QLatin1String("Cline / Roo"))
        return QStringLiteral("API Provider: OpenAI Compatible\nBase URL: %1/v1\nAPI Key: %2\nModel ID: %3\n\n(or API Provider: Anthropic with a "
                              "custom base URL %1)\n")
            .arg(base, key, model);
    if (tool == QLatin1String("Zed"))
        return QStringLiteral(
                   "// settings.json\n\"language_models\": {\n  \"openai_compatible\": {\n    \"Switchboard\": {\n      \"api_url\": \"%1/v1\",\n"
                   "      \"available_models\": [{ \"name\": \"%3\", \"max_tokens\": 128000 }]\n    }\n  }\n}\n"
                   "// then in the Agent panel's settings, the key for Switchboard: %2\n")
            .arg(base, key, model);
    if (tool == QLatin1String("Qwen Code"))
        return proxy::qwenCodeSnippet(base, key, model);
    if (tool == QLatin1String("Gemini CLI"))
        return proxy::geminiCliSnippet(base, key, model);
    if (tool == QLatin1String("opencode"))
        return QStringLiteral("// opencode.json (in the project, or ~/.config/opencode/opencode.json)\n{\n  \"provider\": {\n    \"switchboard\": {\n"
                              "      \"npm\": \"@ai-sdk/openai-compatible\",\n      \"name\": \"Switchboard\",\n"
                              "      \"options\": { \"baseURL\": \"%1/v1\", \"apiKey\": \"%2\" },\n"
                              "      \"models\": { \"%3\": { \"name\": \"%3\" } }\n    }\n  },\n  \"model\": \"switchboard/%3\"\n}\n")
            .arg(base, key, model);
    if (tool == QLatin1String("aider"))
        return QStringLiteral("export OPENAI_API_BASE=%1/v1\nexport OPENAI_API_KEY=%2\naider --model openai/%3\n").arg(base, key, model);
    if (tool == QLatin1String("OpenAI SDK (Python)"))
        return QStringLiteral(
                   "from openai import OpenAI\n\nclient = OpenAI(base_url=\"%1/v1\", api_key=\"%2\")\n"
                   "reply = client.chat.completions.create(\n    model=\"%3\",\n    messages=[{\"role\": \"user\", \"content\": \"Hello\"}],\n)\n"
                   "print(reply.choices[0].message.content)\n")
            .arg(base, key, model);
    if (tool == QLatin1String("OpenAI SDK (JavaScript)"))
        return QStringLiteral(
                   "import OpenAI from 'openai';\n\nconst client = new OpenAI({ baseURL: '%1/v1', apiKey: '%2' });\n"
                   "const reply = await client.chat.completions.create({\n  model: '%3',\n  messages: [{ role: 'user', content: 'Hello' }],\n});\n"
                   "console.log(reply.choices[0].message.content);\n")
            .arg(base, key, model);
    if (tool == QLatin1String("Anthropic SDK (Python)"))
        return QStringLiteral("import anthropic\n\nclient = anthropic.Anthropic(base_url=\"%1\", api_key=\"%2\")\n"
                              "reply = client.messages.create(\n    model=\"%3\",\n    max_tokens=1024,\n    messages=[{\"role\": \"user\", "
                              "\"content\": \"Hello\"}],\n)\n"
                              "print(reply.content[0].text)\n")
            .arg(base, key, model);
    if (tool == QLatin1String("Anthropic SDK (JavaScript)"))
        return QStringLiteral("import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic({ baseURL: '%1', apiKey: '%2' });\n"
                              "const reply = await client.messages.create({\n  model: '%3',\n  max_tokens: 1024,\n  messages: [{ role: 'user', "
                              "content: 'Hello' }],\n});\n"
                              "console.log(reply.content[0].text);\n")
            .arg(base, key, model);
    if (tool == QLatin1String("curl"))
        return QStringLiteral("curl %1/v1/chat/completions \\\n  -H 'Content-Type: application/json' \\\n  -H 'Authorization: Bearer %2' \\\n"
                              "  -d '{\"model\": \"%3\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'\n")
            .arg(base, key, model);
    return QStringLiteral("Settings > AI Assistant > Providers: OpenAI-compatible\nURL: %1/v1\nAPI key: %2\nModel: %3\n").arg(base, key, model);
}

void ProxyPage::refreshSnippet()
{
    // the key is masked on screen unless shown; Copy always carries it
    const QString name = selectedKeyName();
    if (m_showKey->isChecked() || m_context.workspace().proxy.keys.isEmpty() || snippetKey().startsWith(QLatin1Char('$')))
        m_snippet->setPlainText(snippet(m_tool->currentText()));
    else
        m_snippet->setPlainText(snippetText(m_tool->currentText(), QStringLiteral("<the key \"%1\">").arg(name.isEmpty() ? tr("name") : name)));
}

void ProxyPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        applyStatus(m_server.status());
}

} // namespace sb::ui
