#include "settingsdialog.h"

#include "appsettings.h"
#include "common/paths.h"
#include "common/privatefiles.h"
#include "i18n.h"
#include "prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sb::ui {

SettingsDialog::SettingsDialog(QSettings &settings, Prompts &prompts, QWidget *parent, const QString &inUse)
    : QDialog(parent)
    , m_settings(settings)
    , m_prompts(prompts)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);
    AppSettings prefs(m_settings);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), AppSettings::themeName(Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeName(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(AppSettings::themeName(prefs.theme())));
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString &lang : availableLanguages())
        m_language->addItem(nativeLanguageName(lang), lang);
    const int langIndex = m_language->findData(prefs.language());
    m_language->setCurrentIndex(langIndex < 0 ? 0 : langIndex);
    form->addRow(tr("&Language:"), m_language);

    auto *dirRow = new QHBoxLayout;
    m_dataDir = new QLineEdit(prefs.dataDirectory(), this);
    m_dataDir->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDir->setPlaceholderText(QDir::toNativeSeparators(inUse.isEmpty() ? paths::defaultDataDirectory() : inUse));
    m_dataDir->setToolTip(tr("In use now: %1").arg(QDir::toNativeSeparators(inUse.isEmpty() ? paths::defaultDataDirectory() : inUse)));
    m_dataDir->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data directory"), m_dataDir->text());
        if (!dir.isEmpty())
            m_dataDir->setText(QDir::toNativeSeparators(dir));
    });
    dirRow->addWidget(m_dataDir, 1);
    dirRow->addWidget(browse);
    auto *dirLabel = new QLabel(tr("&Data directory:"), this);
    dirLabel->setBuddy(m_dataDir);
    form->addRow(dirLabel, dirRow);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Conversations, comparisons, usage and the workspace file live in the data directory. "
                               "A new language or data directory takes effect after a restart; "
                               "files are not moved."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addSection(const QString &title, QWidget *section, std::function<bool()> apply)
{
    auto *box = new QGroupBox(title, this);
    (new QVBoxLayout(box))->addWidget(section);
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 2, box); // above the stretch and the buttons
    setMinimumWidth(std::max(minimumWidth(), layout()->minimumSize().width())); // the fixed minimum would squeeze its rows
    m_applies.append(std::move(apply));
}

void SettingsDialog::accept()
{
    for (const auto &apply : m_applies) {
        if (!apply())
            return;
    }
    AppSettings prefs(m_settings);
    const QString dir = QDir::fromNativeSeparators(m_dataDir->text().trimmed());
    if (!dir.isEmpty()) {
        const QFileInfo info(dir);
        if (!info.isAbsolute()) {
            m_prompts.error(this, tr("Settings"), tr("The data directory must be an absolute path."));
            return;
        }
        if (info.exists() && !info.isDir()) {
            m_prompts.error(this, tr("Settings"), tr("%1 is a file, not a directory.").arg(m_dataDir->text()));
            return;
        }
        if (!privatefiles::createDirectory(dir)) {
            m_prompts.error(this, tr("Settings"), tr("Cannot create the directory %1.").arg(m_dataDir->text()));
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    m_restartNeeded = dir != prefs.dataDirectory() || language != prefs.language();
    prefs.set(AppSettings::Key::DataDirectory, dir);
    prefs.set(AppSettings::Key::Language, language);
    prefs.setTheme(AppSettings::themeFromName(m_theme->currentData().toString()));
    m_settings.sync();
    QDialog::accept();
}

} // namespace sb::ui
