#include "networksettingspage.h"

#include "appcontext.h"
#include "storage/secretstore.h"
#include "theme.h"
#include "widgets/networkform.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sb::ui {

NetworkSettingsPage::NetworkSettingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("networkSettings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How calls reach the providers. A provider can have its own setting (Providers page)."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new NetworkForm(false, this);
    m_form->load(m_context.workspace().network);
    m_shown = m_form->toJson(passwordName());
    layout->addWidget(m_form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    connect(m_form, &NetworkForm::edited, m_status, &QLabel::hide);
}

NetworkSettingsPage::~NetworkSettingsPage() = default;

QString NetworkSettingsPage::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void NetworkSettingsPage::fail(const QString &message)
{
    m_status->setText(message);
    m_status->setStyleSheet(ThemeManager::errorStyleSheet());
    m_status->show();
}

bool NetworkSettingsPage::apply()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        fail(tr("Network settings not saved: %1").arg(problem));
        return false;
    }
    Workspace ws = m_context.workspace();
    ws.network = m_form->toJson(passwordName());
    const QStringList problems = ws.validate();
    if (!problems.isEmpty()) {
        fail(tr("Network settings not saved: %1").arg(problems.join(QStringLiteral("; "))));
        return false;
    }
    if (m_storing)
        return false; // passwordStored() comes next
    if (const QString password = m_form->typedPassword(); !password.isEmpty() && password != m_stored) {
        // the keychain may take a while (or ask the user): the dialog stays responsive meanwhile, and
        // the setting is saved referring to the entry only once the entry is written
        m_storing = true;
        m_form->setEnabled(false);
        m_status->setText(tr("Storing the proxy password in the keychain…"));
        m_status->setStyleSheet(QString());
        m_status->show();
        SecretJob *job = m_context.secrets()->start(SecretJob::Operation::Write, passwordName(), this, password);
        connect(job, &SecretJob::finished, this, [this, password](SecretJob *done) {
            m_storing = false;
            m_form->setEnabled(true);
            if (!done->result()) {
                fail(tr("Network settings not saved: the proxy password could not be stored in the keychain (%1).")
                         .arg(done->result().error().message));
                return;
            }
            m_stored = password;
            m_status->hide();
            Q_EMIT passwordStored();
        });
        return false;
    }
    if (!m_form->typedPassword().isEmpty())
        m_form->clearPassword(); // it is in the keychain now
    m_stored.clear();
    if (ws.network == m_shown || ws.network == m_context.workspace().network)
        return true; // nothing edited: the file stays as it is

    if (auto saved = m_context.replaceWorkspace(ws); !saved) {
        fail(tr("Network settings not saved: %1").arg(saved.error().message));
        return false;
    }
    m_form->load(ws.network); // (the typed password is in the keychain: the form shows the reference)
    m_shown = m_form->toJson(passwordName());
    return true;
}

} // namespace sb::ui
