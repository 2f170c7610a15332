#include "uitest.h"

#include "i18n.h"
#include "testpaths.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QWidget>

namespace sb::uitest {

QString ScriptedPrompts::openFile(QWidget *, const QString &, const QString &)
{
    return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
}

QString ScriptedPrompts::saveFile(QWidget *, const QString &, const QString &, const QString &)
{
    return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
}

bool ScriptedPrompts::confirm(QWidget *, const QString &title, const QString &text)
{
    confirmations << title + QStringLiteral(": ") + text;
    return confirmAnswers.isEmpty() ? false : confirmAnswers.takeFirst();
}

int ScriptedPrompts::choose(QWidget *, const QString &title, const QString &text, const QStringList &choices)
{
    confirmations << title + QStringLiteral(": ") + text + QStringLiteral(" [") + choices.join(QStringLiteral(" | ")) + QStringLiteral("]");
    return chooseAnswers.isEmpty() ? -1 : chooseAnswers.takeFirst();
}

QString ScriptedPrompts::askText(QWidget *, const QString &title, const QString &label, const QString &)
{
    confirmations << title + QStringLiteral(": ") + label;
    return textAnswers.isEmpty() ? QString() : textAnswers.takeFirst();
}

void ScriptedPrompts::error(QWidget *, const QString &title, const QString &text)
{
    errors << title + QStringLiteral(": ") + text;
}

void ScriptedPrompts::info(QWidget *, const QString &title, const QString &text)
{
    infos << title + QStringLiteral(": ") + text;
}

QPoint linkPosition(QTextBrowser *view, const QString &href)
{
    QTextDocument *doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fr = it.fragment();
            if (fr.charFormat().isAnchor() && fr.charFormat().anchorHref() == href) {
                QTextCursor c(doc);
                c.setPosition(fr.position() + fr.length() / 2);
                return view->cursorRect(c).center();
            }
        }
    }
    return {};
}

void addLanguageAndThemeRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    for (const char *language : {"en", "de"}) {
        for (bool dark : {false, true})
            QTest::addRow("%s %s", language, dark ? "dark" : "light") << QString::fromLatin1(language) << dark;
    }
}

QString useRowLanguageAndTheme()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    if (ui::installTranslations(language) != language)
        qWarning() << "no translation for" << language;
    ui::ThemeManager::apply(dark ? ui::Theme::Dark : ui::Theme::Light);
    return language + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
}

PseudoLocale::PseudoLocale()
{
    ui::installTranslations(QStringLiteral("en"));
    m_loaded = m_translator.load(sb::testing::binPath(QStringLiteral("switchboard_en_XA.qm")));
    if (m_loaded)
        QCoreApplication::installTranslator(&m_translator);
}

PseudoLocale::~PseudoLocale()
{
    if (m_loaded)
        QCoreApplication::removeTranslator(&m_translator);
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(sb::testing::screenshotDir());
    const QString path = QDir(sb::testing::screenshotDir()).filePath(name + QStringLiteral(".png"));
    // let pending layout and paint events run so the picture shows what a person would see
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(path);
    return path;
}

bool AppFixture::open()
{
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    context = std::make_unique<ui::AppContext>(dataDirectory.isEmpty() ? dir.filePath(QStringLiteral("data")) : dataDirectory,
                                               keychain ? keychain : std::shared_ptr<SecretStore>(secrets));
    if (auto r = context->openDatabase(); !r) {
        qWarning() << r.error().message;
        return false;
    }
    if (auto r = context->loadWorkspace(); !r) {
        qWarning() << r.error().message;
        return false;
    }
    return true;
}

bool AppFixture::startEngine(const std::function<void(Workspace &)> &edit)
{
    if (edit) {
        Workspace ws = context->workspace();
        edit(ws);
        if (auto r = context->replaceWorkspace(ws); !r) {
            qWarning() << r.error().message;
            return false;
        }
    }
    if (auto r = context->startEngine(); !r) {
        qWarning() << r.error().message;
        return false;
    }
    return true;
}

bool AppFixture::showWindow(QSize size, const QString &page)
{
    window = std::make_unique<ui::MainWindow>(*context, *settings, prompts);
    window->resize(size);
    window->show();
    if (!page.isEmpty())
        window->showPage(page);
    return QTest::qWaitForWindowExposed(window.get());
}

ProviderConfig AppFixture::provider(const char *id, const char *kind, const QUrl &baseUrl, QStringList models)
{
    ProviderConfig p;
    p.id = QLatin1String(id);
    p.kind = QLatin1String(kind);
    p.baseUrl = baseUrl.toString();
    p.apiKey = QStringLiteral("keychain:k");
    p.models = std::move(models);
    return p;
}

} // namespace sb::uitest
