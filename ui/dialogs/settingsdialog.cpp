#include "settingsdialog.h"

#include "appsettings.h"
#include "autostart.h"
#include "common/paths.h"
#include "common/privatefiles.h"
#include "i18n.h"
#include "prompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb::ui {

SettingsDialog::SettingsDialog(QSettings &settings, Prompts &prompts, QWidget *parent, const QString &inUse)
    : QDialog(parent)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_dataInUse(inUse.isEmpty() ? paths::defaultDataDirectory() : inUse)
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
    // a font and its size; the default (the application's font, the system's fixed-width font) is
    // not stored, so it follows the system
    const auto fontRow = [&](const QString &label, const QString &name, const QFont &current, QFontComboBox::FontFilters filters,
                             QFontComboBox *&family, QSpinBox *&size) {
        auto *line = new QHBoxLayout;
        family = new QFontComboBox(general);
        family->setObjectName(name + QStringLiteral("Font"));
        family->setFontFilters(filters);
        family->setCurrentFont(current);
        family->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        family->setMinimumContentsLength(14);
        size = new QSpinBox(general);
        size->setObjectName(name + QStringLiteral("FontSize"));
        size->setRange(6, 36);
        size->setValue(current.pointSize() > 0 ? current.pointSize() : 10);
        size->setSuffix(QStringLiteral(" pt")); // the typographic unit, the same in every language
        line->addWidget(family, 1);
        line->addWidget(size);
        auto *title = new QLabel(label, general);
        title->setBuddy(family);
        generalForm->addRow(title, line);
    };
    fontRow(tr("&Answers:"), QStringLiteral("answer"), prefs.answerFont().value_or(QApplication::font()), QFontComboBox::AllFonts, m_answerFont,
            m_answerSize);
    fontRow(tr("C&ode in answers:"), QStringLiteral("code"), prefs.codeFont().value_or(QFontDatabase::systemFont(QFontDatabase::FixedFont)),
            QFontComboBox::MonospacedFonts, m_codeFont, m_codeSize);
    auto *fontNote = new QLabel(tr("The fonts apply to answers in the Playground and Compare at once."), general);
    fontNote->setWordWrap(true);
    generalForm->addRow(fontNote);
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
    auto *sendNote = new QLabel(tr("Applies to the prompts of the Playground and Compare at once."), chat);
    sendNote->setWordWrap(true);
    chatForm->addRow(sendNote);
    m_defaultModel = new QComboBox(chat);
    m_defaultModel->setObjectName(QStringLiteral("defaultModel"));
    m_defaultModel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_defaultModel->setMinimumContentsLength(16);
    auto *modelLabel = new QLabel(tr("&New conversations use:"), chat);
    modelLabel->setBuddy(m_defaultModel);
    chatForm->addRow(modelLabel, m_defaultModel);
    m_compareModels = new QListWidget(chat);
    m_compareModels->setObjectName(QStringLiteral("compareModels"));
    m_compareModels->setMaximumHeight(130);
    auto *compareLabel = new QLabel(tr("&Compare starts with:"), chat);
    compareLabel->setBuddy(m_compareModels);
    chatForm->addRow(compareLabel, m_compareModels);
    m_noModels = new QLabel(tr("No models yet: add a provider on the Providers page, then choose them here."), chat);
    m_noModels->setWordWrap(true);
    chatForm->addRow(m_noModels);
    setModels({});
    addSection(tr("Chat"), chat);

    // Startup
    auto *startup = new QWidget;
    auto *startupLayout = new QVBoxLayout(startup);
    m_autostart = new QCheckBox(tr("Start Switchboard when I &log in"), startup);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_autostart->setChecked(autostart::isEnabled());
    m_autostart->setToolTip(QDir::toNativeSeparators(autostart::location()));
    startupLayout->addWidget(m_autostart);
    m_inTray = new QCheckBox(tr("Start &minimised to the tray"), startup);
    m_inTray->setObjectName(QStringLiteral("startInTray"));
    m_inTray->setChecked(prefs.startInTray());
    startupLayout->addWidget(m_inTray);
    auto *trayNote = new QLabel(
        tr("Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual."),
        startup);
    trayNote->setWordWrap(true);
    startupLayout->addWidget(trayNote);
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
    auto *historyForm = new QFormLayout;
    m_historyDays = new QSpinBox(data);
    m_historyDays->setObjectName(QStringLiteral("historyDays"));
    m_historyDays->setRange(0, 3650);
    m_historyDays->setSpecialValueText(tr("Keep forever"));
    m_historyDays->setSuffix(tr(" days"));
    m_historyDays->setValue(prefs.historyDays());
    auto *historyLabel = new QLabel(tr("&Keep conversations:"), data);
    historyLabel->setBuddy(m_historyDays);
    historyForm->addRow(historyLabel, m_historyDays);
    dataLayout->addLayout(historyForm);
    auto *historyNote = new QLabel(tr("Playground conversations not changed for this many days are deleted, at start and once a day."), data);
    historyNote->setWordWrap(true);
    dataLayout->addWidget(historyNote);
    dataLayout->addSpacing(12);
    auto *clear = new QPushButton(tr("C&lear All Local Data…"), data);
    clear->setObjectName(QStringLiteral("clearData"));
    connect(clear, &QPushButton::clicked, this, [this] {
        if (!m_prompts.confirm(this, tr("Clear all local data"), clearDataQuestion(m_dataInUse)))
            return;
        m_clearRequested = true;
        QDialog::accept(); // nothing else is saved: it all goes
    });
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(clear);
    clearRow->addStretch();
    dataLayout->addLayout(clearRow);
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

void SettingsDialog::setModels(const QStringList &models)
{
    const AppSettings prefs(m_settings);
    const QString chosen = prefs.defaultModel();
    const QStringList compared = prefs.compareModels();
    QStringList all = models;
    const QStringList saved = QStringList(compared) << chosen;
    for (const QString &m : saved) {
        if (!m.isEmpty() && !all.contains(m))
            all << m;
    }
    const auto shown = [&](const QString &m) { return models.contains(m) ? m : tr("%1 (no longer offered)").arg(m); };
    m_defaultModel->clear();
    m_defaultModel->addItem(tr("The model used last"), QString());
    for (const QString &m : std::as_const(all))
        m_defaultModel->addItem(shown(m), m);
    m_defaultModel->setCurrentIndex(std::max(0, m_defaultModel->findData(chosen)));
    m_compareModels->clear();
    for (const QString &m : std::as_const(all)) {
        auto *item = new QListWidgetItem(shown(m), m_compareModels);
        item->setData(Qt::UserRole, m);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(compared.contains(m) ? Qt::Checked : Qt::Unchecked);
    }
    m_noModels->setVisible(all.isEmpty());
}

QString SettingsDialog::clearDataQuestion(const QString &dataDirectory)
{
    return tr("Switchboard will quit, delete the following and start again empty:\n\n"
              "• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and "
              "their index, workflows' runs, monitoring history) and the workspace file (providers, routes, budgets, "
              "proxy keys, workflows)\n"
              "• every setting of this dialog\n"
              "• the keys in the system keychain that the workspace refers to (provider and proxy keys)\n\n"
              "Kept: environment variables, the files you imported into the knowledge base, exported files and other "
              "files in the folder.\n\nThis cannot be undone. Export the workspace first to keep it.")
        .arg(QDir::toNativeSeparators(dataDirectory));
}

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
    prefs.set(AppSettings::Key::DefaultModel, m_defaultModel->currentData().toString());
    QStringList compared;
    for (int i = 0; i < m_compareModels->count(); ++i) {
        if (m_compareModels->item(i)->checkState() == Qt::Checked)
            compared << m_compareModels->item(i)->data(Qt::UserRole).toString();
    }
    prefs.set(AppSettings::Key::CompareModels, compared);
    const auto chosenFont = [](QFontComboBox *family, QSpinBox *size, const QFont &fallback) -> std::optional<QFont> {
        if (family->currentFont().family() == fallback.family() && size->value() == fallback.pointSize())
            return std::nullopt; // the default follows the system
        QFont f = family->currentFont();
        f.setPointSize(size->value());
        return f;
    };
    prefs.setFont(AppSettings::Key::AnswerFont, chosenFont(m_answerFont, m_answerSize, QApplication::font()));
    prefs.setFont(AppSettings::Key::CodeFont, chosenFont(m_codeFont, m_codeSize, QFontDatabase::systemFont(QFontDatabase::FixedFont)));
    prefs.set(AppSettings::Key::StartInTray, m_inTray->isChecked());
    prefs.set(AppSettings::Key::HistoryDays, m_historyDays->value());
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
