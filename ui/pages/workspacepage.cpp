#include "workspacepage.h"

#include "appcontext.h"
#include "prompts.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sb::ui {

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

WorkspacePage::WorkspacePage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Workspace"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The workspace holds your providers, routes, proxy settings and budgets. "
                                "Teams share it by exporting and importing the file; keys stay in each person's keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *wsBox = new QGroupBox(tr("Configuration"), this);
    auto *wsForm = new QFormLayout(wsBox);
    m_name = new QLineEdit(wsBox);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_name->setMaxLength(120);
    connect(m_name, &QLineEdit::editingFinished, this, &WorkspacePage::rename);
    wsForm->addRow(tr("Name:"), m_name);
    m_file = valueLabel(wsBox);
    wsForm->addRow(tr("File:"), m_file);
    m_providers = valueLabel(wsBox);
    wsForm->addRow(tr("Providers:"), m_providers);
    m_routing = valueLabel(wsBox);
    wsForm->addRow(tr("Routing:"), m_routing);
    m_proxy = valueLabel(wsBox);
    wsForm->addRow(tr("Local proxy:"), m_proxy);
    auto *wsButtons = new QHBoxLayout;
    auto *importButton = new QPushButton(tr("&Import…"), wsBox);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *exportButton = new QPushButton(tr("&Export…"), wsBox);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(importButton, &QPushButton::clicked, this, &WorkspacePage::importWorkspace);
    connect(exportButton, &QPushButton::clicked, this, &WorkspacePage::exportWorkspace);
    wsButtons->addWidget(importButton);
    wsButtons->addWidget(exportButton);
    wsButtons->addStretch();
    wsForm->addRow(wsButtons);
    layout->addWidget(wsBox);

    auto *storeBox = new QGroupBox(tr("Storage"), this);
    auto *storeForm = new QFormLayout(storeBox);
    m_dataDir = valueLabel(storeBox);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    auto *openDir = new QPushButton(tr("Open folder"), storeBox);
    connect(openDir, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.dataDirectory())); });
    dataRow->addWidget(openDir);
    storeForm->addRow(tr("Data directory:"), dataRow);
    m_database = valueLabel(storeBox);
    storeForm->addRow(tr("Database:"), m_database);
    layout->addWidget(storeBox);

    auto *secretBox = new QGroupBox(tr("Secrets"), this);
    auto *secretForm = new QFormLayout(secretBox);
    m_keychain = valueLabel(secretBox);
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    auto *kcRow = new QHBoxLayout;
    kcRow->addWidget(m_keychain, 1);
    m_recheck = new QPushButton(tr("Check again"), secretBox);
    connect(m_recheck, &QPushButton::clicked, this, &WorkspacePage::checkKeychain);
    kcRow->addWidget(m_recheck);
    secretForm->addRow(tr("Keychain:"), kcRow);
    auto *secretNote = new QLabel(tr("Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, "
                                     "or read from the environment as env:VAR. They are never written to files, logs or the database."),
                                  secretBox);
    secretNote->setWordWrap(true);
    secretForm->addRow(secretNote);
    layout->addWidget(secretBox);
    layout->addStretch();

    connect(&m_context, &AppContext::workspaceChanged, this, &WorkspacePage::refresh);
    refresh();
    checkKeychain();
}

WorkspacePage::~WorkspacePage() = default;

QString WorkspacePage::keychainStatus() const
{
    return m_keychainStatus;
}

void WorkspacePage::refresh()
{
    const Workspace &ws = m_context.workspace();
    if (!m_name->hasFocus())
        m_name->setText(ws.name);
    m_file->setText(QDir::toNativeSeparators(m_context.workspacePath()));
    int enabled = 0;
    for (const auto &p : ws.providers)
        enabled += p.enabled ? 1 : 0;
    m_providers->setText(tr("%n provider(s)", nullptr, int(ws.providers.size())) + QStringLiteral(", ") + tr("%n enabled", nullptr, enabled));
    m_routing->setText(tr("%n virtual model(s)", nullptr, int(ws.virtualModels.size())) + QStringLiteral(", ")
                       + tr("%n route(s)", nullptr, int(ws.routes.size())) + QStringLiteral(", ")
                       + tr("%n budget(s)", nullptr, int(ws.budgets.size())));
    m_proxy->setText((ws.proxy.enabled ? tr("on") : tr("off")) + QStringLiteral(", %1:%2, ").arg(ws.proxy.host).arg(ws.proxy.port)
                     + tr("%n key(s)", nullptr, int(ws.proxy.keys.size())));
    m_dataDir->setText(QDir::toNativeSeparators(m_context.dataDirectory()));
    if (auto db = m_context.database()) {
        auto v = db->schemaVersion();
        m_database->setText(v ? tr("%1 (schema version %2)").arg(QDir::toNativeSeparators(db->path())).arg(*v) : v.error().message);
    } else {
        m_database->setText(tr("not open"));
    }
}

void WorkspacePage::rename()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_context.workspace().name) {
        m_name->setText(m_context.workspace().name);
        return;
    }
    Workspace ws = m_context.workspace();
    ws.name = name;
    auto saved = m_context.replaceWorkspace(ws);
    if (!saved) {
        m_prompts.error(this, tr("Rename workspace"), saved.error().message);
        m_name->setText(m_context.workspace().name);
    }
}

void WorkspacePage::checkKeychain()
{
    m_keychainStatus.clear();
    m_keychain->setText(tr("Checking…"));
    m_recheck->setEnabled(false);
    // The keychain may take seconds to answer (or prompt): the page does not wait for it.
    std::shared_ptr<SecretStore> store = m_context.secrets();
    SecretJob *job = store->start(SecretJob::Operation::Check, QString(), this);
    connect(job, &SecretJob::finished, this, [this, backend = store->backendName()](SecretJob *done) {
        const bool ok = done->result().hasValue();
        const QString message = ok ? QString() : done->result().error().message;
        m_recheck->setEnabled(true);
        if (ok) {
            m_keychainStatus = tr("available (%1)").arg(backend);
            m_keychain->setText(m_keychainStatus);
            m_keychain->setStyleSheet(QString());
        } else {
            m_keychainStatus = tr("not available: %1").arg(message);
            m_keychain->setText(m_keychainStatus);
            m_keychain->setStyleSheet(ThemeManager::errorStyleSheet());
        }
        Q_EMIT keychainChecked(ok, message);
    });
}

void WorkspacePage::importWorkspace()
{
    const QString file = m_prompts.openFile(this, tr("Import workspace"), tr("Switchboard workspace (*.json);;All files (*)"));
    if (!file.isEmpty())
        importWorkspaceFile(file);
}

void WorkspacePage::importWorkspaceFile(const QString &file)
{
    auto incoming = WorkspaceFile::load(file);
    if (!incoming) {
        m_prompts.error(this, tr("Import workspace"),
                        tr("The file was not imported; your workspace is unchanged.\n\n%1").arg(incoming.error().message));
        return;
    }
    // refused before the question, not after the user said yes to replacing everything
    if (auto valid = m_context.checkWorkspace(*incoming); !valid) {
        m_prompts.error(this, tr("Import workspace"), tr("The file was not imported; your workspace is unchanged.\n\n%1").arg(valid.error().message));
        return;
    }
    const Workspace &current = m_context.workspace();
    const QString question = tr("Replace the workspace \"%1\" (%2) with \"%3\" (%4) from %5?\n\n"
                                "Keys are not part of the file: references such as keychain:NAME must exist in your keychain.")
                                 .arg(current.name, tr("%n provider(s)", nullptr, int(current.providers.size())), incoming->name,
                                      tr("%n provider(s)", nullptr, int(incoming->providers.size())), QDir::toNativeSeparators(file));
    if (!m_prompts.confirm(this, tr("Import workspace"), question))
        return;
    auto saved = m_context.replaceWorkspace(*incoming);
    if (!saved)
        m_prompts.error(this, tr("Import workspace"), saved.error().message);
}

void WorkspacePage::exportWorkspace()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("workspace.json"));
    const QString file = m_prompts.saveFile(this, tr("Export workspace"), suggested, tr("Switchboard workspace (*.json)"));
    if (file.isEmpty())
        return;
    auto saved = WorkspaceFile::save(m_context.workspace(), file);
    if (!saved) {
        m_prompts.error(this, tr("Export workspace"), saved.error().message);
        return;
    }
    m_prompts.info(this, tr("Export workspace"),
                   tr("Exported to %1. The file holds key references only, never the keys.").arg(QDir::toNativeSeparators(file)));
}

void WorkspacePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        refresh();
        if (!m_keychainStatus.isEmpty())
            checkKeychain();
    }
}

} // namespace sb::ui
