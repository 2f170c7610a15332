#include "settingsdialog.h"

#include "appsettings.h"
#include "autostart.h"
#include "common/paths.h"
#include "common/privatefiles.h"
#include "i18n.h"
#include "prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb::ui {

SettingsDialog::SettingsDialog(QSettings &settings, Prompts &prompts, QWidget *parent, const QString &inUse)
    : QDialog(parent)
    , m_settings(settings)
    , m_prompts(prompts)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(640);
    AppSettings prefs(m_settings);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    row->addWidget(m_sections);
    row->addWidget(m_pages, 1);
    layout->addLayout(row, 1);

    // General
    auto *general = new QWidget;
    auto *generalForm = new QFormLayout(general);
    m_theme = new QComboBox(general);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), AppSettings::themeName(Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeName(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(AppSettings::themeName(prefs.theme())));
    generalForm->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString &lang : availableLanguages())
        m_language->addItem(nativeLanguageName(lang), lang);
    const int langIndex = m_language->findData(prefs.language());
    m_language->setCurrentIndex(langIndex < 0 ? 0 : langIndex);
    generalForm->addRow(tr("&Language:"), m_language);
    addSection(tr("General"), general);

    // Chat
    auto *chat = new QWidget;
    auto *chatForm = new QFormLayout(chat);
    m_sendKey = new QComboBox(chat);
    m_sendKey->setObjectName(QStringLiteral("sendKey"));
    m_sendKey->addItem(tr("Enter (Shift+Enter starts a new line)"), false);
    m_sendKey->addItem(tr("Ctrl+Enter (Enter starts a new line)"), true);
    m_sendKey->setCurrentIndex(prefs.ctrlEnterSends() ? 1 : 0);
    // the items are long in some languages: the combo may shrink (its list shows them whole) so
    // that the label keeps its room
    m_sendKey->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sendKey->setMinimumContentsLength(16);
    auto *sendLabel = new QLabel(tr("&Send a message with:"), chat);
    sendLabel->setBuddy(m_sendKey);
    chatForm->addRow(sendLabel, m_sendKey);
    auto *sendNote = new QLabel(tr("Applies to the Playground's composer at once."), chat);
    sendNote->setWordWrap(true);
    chatForm->addRow(sendNote);
    addSection(tr("Chat"), chat);

    // Startup
    auto *startup = new QWidget;
    auto *startupLayout = new QVBoxLayout(startup);
    m_autostart = new QCheckBox(tr("Start Switchboard when I &log in"), startup);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_autostart->setChecked(autostart::isEnabled());
    m_autostart->setToolTip(QDir::toNativeSeparators(autostart::location()));
    startupLayout->addWidget(m_autostart);
    startupLayout->addStretch();
    m_startupSection = addSection(tr("Startup"), startup);

    // Data
    auto *data = new QWidget;
    auto *dataLayout = new QVBoxLayout(data);
    auto *form = new QFormLayout;
    auto *dirRow = new QHBoxLayout;
    m_dataDir = new QLineEdit(prefs.dataDirectory(), data);
    m_dataDir->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDir->setPlaceholderText(QDir::toNativeSeparators(inUse.isEmpty() ? paths::defaultDataDirectory() : inUse));
    m_dataDir->setToolTip(tr("In use now: %1").arg(QDir::toNativeSeparators(inUse.isEmpty() ? paths::defaultDataDirectory() : inUse)));
    m_dataDir->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), data);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data directory"), m_dataDir->text());
        if (!dir.isEmpty())
            m_dataDir->setText(QDir::toNativeSeparators(dir));
    });
    dirRow->addWidget(m_dataDir, 1);
    dirRow->addWidget(browse);
    auto *dirLabel = new QLabel(tr("&Data directory:"), data);
    dirLabel->setBuddy(m_dataDir);
    form->addRow(dirLabel, dirRow);
    dataLayout->addLayout(form);
    auto *note = new QLabel(tr("Conversations, comparisons, usage and the workspace file live in the data directory. "
                               "A new data directory takes effect after a restart; "
                               "files are not moved."),
                            data);
    note->setWordWrap(true);
    dataLayout->addWidget(note);
    dataLayout->addStretch();
    addSection(tr("Data"), data);

    showSection(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

int SettingsDialog::addSection(const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    m_sections->addItem(title);
    // the list is as wide as its longest title, so a longer language does not clip it
    m_sections->setFixedWidth(m_sections->sizeHintForColumn(0) + 2 * m_sections->frameWidth() + 24);
    return m_pages->count() - 1;
}

void SettingsDialog::showSection(int index)
{
    m_sections->setCurrentRow(index);
}

int SettingsDialog::sectionCount() const
{
    return m_pages->count();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addSection(const QString &title, QWidget *section, std::function<bool()> apply)
{
    const int index = addSection(title, section);
    m_applies.append({index, std::move(apply)});
}

void SettingsDialog::accept()
{
    for (const auto &[index, apply] : std::as_const(m_applies)) {
        showSection(index); // where its error points
        if (!apply())
            return;
    }
    AppSettings prefs(m_settings);
    const QString dir = QDir::fromNativeSeparators(m_dataDir->text().trimmed());
    if (!dir.isEmpty()) {
        showSection(m_pages->indexOf(m_dataDir->parentWidget())); // where an error below points
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
    if (m_autostart->isChecked() != autostart::isEnabled()) {
        if (const Expected<void> done = autostart::setEnabled(m_autostart->isChecked(), QCoreApplication::applicationFilePath()); !done) {
            showSection(m_startupSection);
            m_prompts.error(this, tr("Settings"), done.error().message);
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    m_restartNeeded = dir != prefs.dataDirectory(); // a language applies at once (MainWindow::openSettings)
    prefs.set(AppSettings::Key::DataDirectory, dir);
    prefs.set(AppSettings::Key::Language, language);
    prefs.setTheme(AppSettings::themeFromName(m_theme->currentData().toString()));
    prefs.set(AppSettings::Key::CtrlEnterSends, m_sendKey->currentData().toBool());
    m_settings.sync();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || !m_dataDir)
        return;
    m_dataDir->setToolTip(tr("In use now: %1").arg(m_dataDir->placeholderText()));
    // the section titles are in the new language by now: the list fits the longest again
    m_sections->setFixedWidth(m_sections->sizeHintForColumn(0) + 2 * m_sections->frameWidth() + 24);
}

} // namespace sb::ui
