#include "welcomedialog.h"

#include "appcontext.h"
#include "providers/advice.h"
#include "storage/secretstore.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace sb::ui {

using providers::Discovery;

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString presetName(const QString &presetId)
{
    const providers::Preset *preset = providers::presetById(presetId);
    return preset ? preset->name : presetId;
}

} // namespace

WelcomeDialog::WelcomeDialog(AppContext &context, Options options, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Switchboard"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/switchboard.svg")).pixmap(48, 48));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *heading = wrappedLabel(tr("<h2>Welcome to Switchboard</h2>"
                                    "<p>Let's connect your first model provider. Switchboard looks for API keys you already have "
                                    "and for models running on this computer.</p>"),
                                 this);
    heading->setTextFormat(Qt::RichText);
    top->addWidget(heading, 1);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    // Looking
    auto *looking = new QWidget(m_pages);
    auto *lookingLayout = new QVBoxLayout(looking);
    lookingLayout->setContentsMargins(0, 0, 0, 0);
    lookingLayout->addWidget(wrappedLabel(tr("Looking for API keys in the environment and for Ollama or LM Studio on this computer…"), looking));
    lookingLayout->addStretch(1);
    m_pages->addWidget(looking);
    // Choose
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    m_chooseIntro = wrappedLabel(QString(), choose);
    chooseLayout->addWidget(m_chooseIntro);
    m_foundList = new QListWidget(choose);
    m_foundList->setObjectName(QStringLiteral("welcomeFound"));
    m_foundList->setAccessibleName(tr("Providers found"));
    chooseLayout->addWidget(m_foundList, 1);
    m_keychainNote = wrappedLabel(tr("Keys are stored in the system keychain, never in the workspace file. "
                                     "Each provider is tested before it is added."),
                                  choose);
    chooseLayout->addWidget(m_keychainNote);
    m_pages->addWidget(choose);
    // Testing and Done
    auto *done = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_doneText = wrappedLabel(tr("Testing the connections…"), done);
    doneLayout->addWidget(m_doneText);
    m_resultList = new QListWidget(done);
    m_resultList->setObjectName(QStringLiteral("welcomeResults"));
    m_resultList->setAccessibleName(tr("Connection tests"));
    m_resultList->setWordWrap(true);
    doneLayout->addWidget(m_resultList, 1);
    doneLayout->addStretch(0); // keeps the text at the top when there is no list
    m_pages->addWidget(done);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::RejectRole);
    m_skip->setObjectName(QStringLiteral("welcomeSkip"));
    m_skip->setToolTip(tr("Set providers up yourself on the Providers page. Help > Welcome brings this back."));
    m_add = buttons->addButton(tr("&Add and Test"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("welcomeAdd"));
    m_finish = buttons->addButton(tr("Open the &Playground"), QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("welcomeFinish"));
    connect(m_skip, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &WelcomeDialog::addChecked);
    connect(m_finish, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    connect(m_foundList, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_foundList->count(); ++i)
            any = any || m_foundList->item(i)->checkState() == Qt::Checked;
        m_add->setEnabled(any && m_step == Step::Choose);
    });
    resize(560, 420);

    setStep(Step::Looking);
    m_probe = new providers::LocalServerProbe(*m_nam, m_options.probeTimeout, this);
    connect(m_probe, &providers::LocalServerProbe::finished, this, &WelcomeDialog::showFound);
    m_probe->start(m_options.localServers);
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::setStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(step == Step::Looking ? 0 : step == Step::Choose ? 1 : 2);
    m_add->setVisible(step == Step::Looking || step == Step::Choose);
    m_add->setEnabled(step == Step::Choose && !m_found.isEmpty());
    m_finish->setVisible(step == Step::Done);
    m_skip->setEnabled(step != Step::Testing);
    if (step == Step::Done) {
        m_skip->setText(tr("&Close"));
        m_finish->setText(m_working.isEmpty() ? tr("Open &Providers") : tr("Open the &Playground"));
        m_finish->setDefault(true);
        m_finish->setFocus();
    }
    Q_EMIT stepChanged(step);
}

void WelcomeDialog::showFound(const QList<Discovery> &local)
{
    m_found = providers::keysInEnvironment(m_options.env) + local;
    const QSignalBlocker block(m_foundList);
    for (const Discovery &d : std::as_const(m_found)) {
        const QString text = d.isLocal() ? tr("%1 on this computer: %n model(s)", nullptr, int(d.models.size())).arg(presetName(d.presetId))
                                         : tr("%1, with the key in %2").arg(presetName(d.presetId), d.envVar);
        auto *item = new QListWidgetItem(text, m_foundList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, d.presetId);
        if (!d.baseUrl.isEmpty())
            item->setToolTip(d.baseUrl);
    }
    if (m_found.isEmpty()) {
        m_chooseIntro->setText(tr("No API key was found in the environment and no Ollama or LM Studio answered on this computer. "
                                  "Add a provider on the Providers page with a key from your provider's console."));
        m_foundList->hide();
        m_keychainNote->hide();
        m_working.clear();
        m_nextPage = QStringLiteral("providers");
        m_doneText->setText(m_chooseIntro->text());
        m_resultList->hide();
        setStep(Step::Done);
        return;
    }
    m_chooseIntro->setText(tr("Found %n provider(s). Untick the ones you do not want to add.", nullptr, int(m_found.size())));
    setStep(Step::Choose);
}

QStringList WelcomeDialog::found() const
{
    QStringList ids;
    for (const Discovery &d : m_found)
        ids << d.presetId;
    return ids;
}

void WelcomeDialog::setChecked(const QString &presetId, bool checked)
{
    for (int i = 0; i < m_foundList->count(); ++i) {
        if (m_foundList->item(i)->data(Qt::UserRole).toString() == presetId)
            m_foundList->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void WelcomeDialog::addChecked()
{
    if (m_step != Step::Choose)
        return;
    m_queue.clear();
    for (int i = 0; i < m_foundList->count() && i < m_found.size(); ++i) {
        if (m_foundList->item(i)->checkState() == Qt::Checked)
            m_queue << m_found.at(i);
    }
    if (m_queue.isEmpty())
        return;
    m_doneText->setText(tr("Testing the connections…"));
    setStep(Step::Testing);
    testNext();
}

void WelcomeDialog::addResult(const QString &text, bool ok)
{
    m_results << text;
    auto *item = new QListWidgetItem(style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning), text, m_resultList);
    if (!ok)
        item->setForeground(ThemeManager::errorColor());
}

// One provider at a time: list its models with the key still in memory; only a provider that answers
// gets its key written to the keychain and is added.
void WelcomeDialog::testNext()
{
    if (m_queue.isEmpty()) {
        finishTesting();
        return;
    }
    const Discovery d = m_queue.takeFirst();
    Workspace planned = m_context.workspace();
    for (const Working &w : std::as_const(m_working))
        planned.providers << w.config;
    const ProviderConfig cfg = providers::providerFor(d, planned);
    const QString name = presetName(d.presetId);
    auto client = providers::ProviderClient::create(cfg, d.key, *m_nam);
    if (!client) {
        addResult(tr("%1: not added: %2").arg(name, client.error().message), false);
        testNext();
        return;
    }
    std::shared_ptr<providers::ProviderClient> kept = *client;
    // the call is a child of this dialog: closing the dialog cancels it
    kept->fetchModels(this, [this, kept, d, cfg, name](const providers::ModelListing &listing) {
        if (listing.error) {
            addResult(tr("%1: not added: %2").arg(name, providers::adviceFor(*listing.error).text), false);
            testNext();
            return;
        }
        QStringList listed;
        for (const providers::RemoteModel &m : listing.models)
            listed << m.id;
        const QString connected = tr("%1: connected in %2 ms, %n model(s).", nullptr, int(listed.size())).arg(name).arg(listing.latencyMs);
        if (d.key.isEmpty()) {
            m_working.append({cfg, listed});
            addResult(connected, true);
            testNext();
            return;
        }
        SecretJob *job = m_context.secrets()->start(SecretJob::Operation::Write, providers::keychainNameFor(cfg.id), this, d.key);
        connect(job, &SecretJob::finished, this, [this, cfg, listed, name, connected](SecretJob *written) {
            if (!written->result()) {
                addResult(tr("%1: not added: the key could not be stored in the keychain (%2).").arg(name, written->result().error().message), false);
            } else {
                m_working.append({cfg, listed});
                addResult(connected, true);
            }
            testNext();
        });
    });
}

void WelcomeDialog::finishTesting()
{
    if (!m_working.isEmpty()) {
        Workspace ws = m_context.workspace();
        for (const Working &w : std::as_const(m_working))
            ws.providers << w.config;
        if (auto saved = m_context.replaceWorkspace(ws); !saved) {
            addResult(tr("The providers could not be saved: %1").arg(saved.error().message), false);
            m_working.clear();
        }
    }
    m_nextPage = m_working.isEmpty() ? QStringLiteral("providers") : QStringLiteral("playground");
    m_doneText->setText(m_working.isEmpty() ? tr("No provider could be added. Check the messages below, then add a provider on the Providers page.")
                                            : tr("Done. Your providers are saved and ready in the Playground."));
    setStep(Step::Done);
}

QStringList WelcomeDialog::added() const
{
    QStringList ids;
    for (const Working &w : m_working)
        ids << w.config.id;
    return ids;
}

QStringList WelcomeDialog::results() const
{
    return m_results;
}

QString WelcomeDialog::modelFor(const QStringList &offered) const
{
    for (const Working &w : m_working) {
        const QString prefix = w.config.id + QLatin1Char('/');
        for (const QString &model : w.listed) {
            if (offered.contains(prefix + model))
                return prefix + model;
        }
        if (!w.listed.isEmpty())
            return prefix + w.listed.first();
    }
    return {};
}

} // namespace sb::ui
