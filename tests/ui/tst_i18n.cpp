// Issue 21: a language chosen in Settings applies at once, and numbers, dates and money follow it.

#include "appcontext.h"
#include "appsettings.h"
#include "dialogs/settingsdialog.h"
#include "format.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/knowledgepage.h"
#include "theme.h"
#include "uitest.h"
#include "workflow/definition.h"
#include "workflow/expression.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;

namespace {

// Every text a person reads in a widget tree, in creation order, each with where it is.
QStringList textsOf(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        // a window of its own (a dialog, a menu) is compared on its own
        if (w != root && w->isWindow())
            continue;
        const QString at = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName() + QStringLiteral(": ");
        auto add = [&](const QString &text) {
            if (!text.isEmpty())
                out << at + text;
        };
        add(w->toolTip());
        add(w->accessibleName());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText());
        if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            add(e->placeholderText());
        if (auto *e = qobject_cast<QTextEdit *>(w))
            add(e->placeholderText());
        if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable()) {
            for (int i = 0; i < c->count(); ++i)
                add(c->itemText(i));
        }
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model() && !qobject_cast<QHeaderView *>(w)) {
            for (int i = 0; i < v->model()->columnCount(); ++i)
                add(v->model()->headerData(i, Qt::Horizontal).toString());
        }
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        }
        for (QAction *a : w->actions())
            add(a->text());
    }
    return out;
}

// The texts of `switched` that are not those of `fresh` (made in the language from the start).
QStringList differences(QWidget *switched, QWidget *fresh)
{
    // as multisets: a text more or less (a row shown later) does not shift every text after it
    QStringList extra = textsOf(switched);
    QStringList missing;
    for (const QString &text : textsOf(fresh)) {
        if (!extra.removeOne(text))
            missing << text;
    }
    QStringList out;
    for (const QString &text : std::as_const(extra))
        out << QStringLiteral("shown: ") + text;
    for (const QString &text : std::as_const(missing))
        out << QStringLiteral("expected: ") + text;
    return out;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

    struct Fixture : AppFixture {
        bool start() { return open() && startEngine() && showWindow({1366, 740}); }
    };

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void formatting_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("smallCost");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("dayMonth");
        QTest::addColumn<QString>("seconds");
        const QString nbsp(QChar(0x00A0));
        QTest::newRow("en") << "en"
                            << "$1,234.56"
                            << "$0.000125"
                            << "12,345"
                            << "1,234.5"
                            << "12.5%"
                            << "12/5/2026"
                            << "12/5/2026 2:05 PM"
                            << "12/5"
                            << "1.23 s";
        QTest::newRow("de") << "de" << QStringLiteral("1.234,56%1$").arg(nbsp) << QStringLiteral("0,000125%1$").arg(nbsp) << "12.345"
                            << "1.234,5" << QStringLiteral("12,5%1%").arg(nbsp) << "05.12.2026"
                            << "05.12.2026 14:05"
                            << "05.12."
                            << "1,23 s";
    }
    void formatting()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        QFETCH(QString, cost);
        QFETCH(QString, smallCost);
        QFETCH(QString, count);
        QFETCH(QString, number);
        QFETCH(QString, percent);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        QFETCH(QString, dayMonth);
        QFETCH(QString, seconds);
        const QDateTime when(QDate(2026, 12, 5), QTime(14, 5, 9));
        QCOMPARE(formatCost(1234.56), cost);
        QCOMPARE(formatCost(0.000125), smallCost);
        QVERIFY(formatCost(1, false) != formatCost(0)); // unknown is never $0
        QCOMPARE(formatCount(12345), count);
        QCOMPARE(formatNumber(1234.5, 1), number);
        QCOMPARE(formatPercent(0.125, 1), percent);
        QCOMPARE(formatDate(when.date()), date);
        QCOMPARE(formatDateTime(when), dateTime);
        QVERIFY2(formatDateTime(when, true).contains(QLatin1String("05:09")), qPrintable(formatDateTime(when, true)));
        QCOMPARE(QLocale().toString(when.date(), dayMonthFormat()), dayMonth);
        QCOMPARE(formatMs(1234), seconds);
    }

    // en -> de -> en while the window is open, with the Settings dialog open on top: every page, the
    // menus, the status bar and the dialog read as a window made in that language from the start.
    void switchLanguageWithoutRestart()
    {
        Fixture f;
        QVERIFY(f.start());
        QMenuBar *menus = f.window->menuBar();
        QCOMPARE(menus->actions().value(0)->text(), QStringLiteral("&File"));
        auto *dialog = new SettingsDialog(*f.settings, f.prompts, f.window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString dialogTitle = dialog->windowTitle();
        auto *stack = f.window->findChild<QStackedWidget *>();
        QVERIFY(stack);
        // each page once, so that what a page fills in when first shown is there in English
        const auto visitAll = [](MainWindow *window) {
            for (const QString &id : window->pageIds()) {
                window->showPage(id);
                settle();
            }
        };
        visitAll(f.window.get());

        for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
            QCOMPARE(installTranslations(language), language);
            settle();
            QCOMPARE(menus->actions().value(0)->text(), QCoreApplication::translate("sb::ui::MainWindow", "&File"));
            QCOMPARE(dialog->windowTitle(), QCoreApplication::translate("sb::ui::SettingsDialog", "Settings"));
            if (language == QLatin1String("de")) {
                QCOMPARE(menus->actions().value(0)->text(), QStringLiteral("&Datei"));
                QVERIFY(dialog->windowTitle() != dialogTitle);
            } else {
                QCOMPARE(dialog->windowTitle(), dialogTitle);
            }
            // a window made in this language from the start, on the same data
            MainWindow fresh(*f.context, *f.settings, f.prompts);
            fresh.resize(f.window->size());
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            visitAll(&fresh);
            visitAll(f.window.get());
            SettingsDialog freshDialog(*f.settings, f.prompts, &fresh);
            settle();
            QStringList problems;
            for (int i = 0; i < stack->count(); ++i) {
                auto *freshStack = fresh.findChild<QStackedWidget *>();
                const QStringList diff = differences(stack->widget(i), freshStack->widget(i));
                for (const QString &d : diff)
                    problems << f.window->pageIds().value(i) + QStringLiteral(": ") + d;
            }
            for (const QString &d : differences(dialog, &freshDialog))
                problems << QStringLiteral("settings: ") + d;
            for (const QString &d : differences(f.window->statusBar(), fresh.statusBar()))
                problems << QStringLiteral("status bar: ") + d;
            for (const QString &d : differences(menus, fresh.menuBar()))
                problems << QStringLiteral("menus: ") + d;
            const QList<QAction *> menuList = menus->actions();
            const QList<QAction *> freshMenus = fresh.menuBar()->actions();
            QCOMPARE(menuList.size(), freshMenus.size());
            for (qsizetype i = 0; i < menuList.size(); ++i) {
                if (menuList.at(i)->menu() && freshMenus.at(i)->menu()) {
                    for (const QString &d : differences(menuList.at(i)->menu(), freshMenus.at(i)->menu()))
                        problems << QStringLiteral("menu: ") + d;
                }
            }
            for (const QString &d : differences(f.window->findChild<QListWidget *>(QStringLiteral("sidebar")),
                                                fresh.findChild<QListWidget *>(QStringLiteral("sidebar"))))
                problems << QStringLiteral("sidebar: ") + d;
            for (const QString &p : std::as_const(problems))
                qWarning().noquote() << language << p;
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts did not follow the language").arg(problems.size())));
            for (const QString &id : f.window->pageIds()) {
                f.window->showPage(id);
                saveScreenshot(f.window.get(), QStringLiteral("switched-%1-%2").arg(language, id));
            }
            saveScreenshot(dialog, QStringLiteral("switched-%1-settings").arg(language));
        }
        dialog->close();
    }

    // Core's workflow validation speaks the app's language: the messages go through
    // QCoreApplication::translate, so the GUI shows them in German, the CLI (no translator) in English.
    void workflowProblemsInTheLanguage()
    {
        const auto problemsOf = [] {
            QList<workflow::Problem> problems;
            workflow::Definition::read(QJsonObject{{QStringLiteral("version"), 1}}, problems);
            QStringList out;
            for (const workflow::Problem &p : std::as_const(problems))
                out << p.toString();
            return out;
        };
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QStringList german = problemsOf();
        QVERIFY2(german.contains(QStringLiteral("name: erforderlich")), qPrintable(german.join(QLatin1Char('\n'))));
        QVERIFY2(german.contains(QStringLiteral("steps: ein Workflow braucht mindestens einen Schritt")), qPrintable(german.join(QLatin1Char('\n'))));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(problemsOf().contains(QStringLiteral("name: required")));

        // the Workflows page shows them, and checks again on a language switch
        Fixture f;
        QVERIFY(f.start());
        f.window->showPage(QStringLiteral("workflows"));
        auto *list = f.window->findChild<QListWidget *>(QStringLiteral("workflowProblems"));
        QVERIFY(list);
        const auto shown = [list] {
            QStringList out;
            for (int i = 0; i < list->count(); ++i)
                out << list->item(i)->text();
            return out;
        };
        QTRY_VERIFY2(shown().contains(QStringLiteral("name: required")), qPrintable(shown().join(QLatin1Char('\n'))));
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_VERIFY2(shown().contains(QStringLiteral("steps: ein Workflow braucht mindestens einen Schritt")),
                     qPrintable(shown().join(QLatin1Char('\n'))));
        saveScreenshot(f.window.get(), QStringLiteral("switched-de-workflow-problems"));
    }

    // The expression language's errors (a Condition step's expression, templates) come from core through
    // QCoreApplication::translate too: German in the GUI, English without a translator (the CLI).
    void expressionErrorsInTheLanguage()
    {
        const auto problemsOf = [] {
            QList<workflow::Problem> problems;
            const QJsonObject json{{QStringLiteral("version"), 1},
                                   {QStringLiteral("name"), QStringLiteral("check")},
                                   {QStringLiteral("steps"),
                                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                                                           {QStringLiteral("kind"), QStringLiteral("condition")},
                                                           {QStringLiteral("expression"), QStringLiteral("input.text = 1")}}}},
                                   {QStringLiteral("edges"), QJsonArray{}}};
            workflow::Definition::read(json, problems);
            QStringList out;
            for (const workflow::Problem &p : std::as_const(problems))
                out << p.toString();
            return out;
        };
        const QString english = QStringLiteral("steps.c.expression: at 11: '=' does not compare; use ==");
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY2(problemsOf().contains(english), qPrintable(problemsOf().join(QLatin1Char('\n'))));
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        const QString german = QStringLiteral("steps.c.expression: ")
            + QCoreApplication::translate("sb::workflow::Expression", "at %1: %2")
                  .arg(11)
                  .arg(QCoreApplication::translate("sb::workflow::Expression", "'=' does not compare; use =="));
        QVERIFY(german != english);
        QVERIFY2(problemsOf().contains(german), qPrintable(problemsOf().join(QLatin1Char('\n'))));
        // a type name inside a message is German too
        const auto evaluated = workflow::Expression::parse(QStringLiteral("-input.text"));
        QVERIFY(evaluated);
        const workflow::JsonScope scope{QJsonObject{}};
        const auto failed = evaluated->evaluate(scope);
        QVERIFY(!failed);
        qInfo().noquote() << "German expression errors:" << german << "|" << failed.error().toString();
        QCOMPARE(failed.error().message,
                 QCoreApplication::translate("sb::workflow::Expression", "'-' needs a number, not %1")
                     .arg(QCoreApplication::translate("sb::workflow::Expression", "null")));
        QVERIFY(!failed.error().message.contains(QStringLiteral("needs a number")));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }

    // The Knowledge page's tables gave "Passages" a width made for English: clipped in the
    // pseudo-locale (40 % longer). Every header of its tables shows whole, there and after a switch.
    void knowledgeHeadersFit()
    {
        const auto clipped = [](QWidget *page) {
            QStringList out;
            for (QHeaderView *header : page->findChildren<QHeaderView *>()) {
                if (header->orientation() != Qt::Horizontal || !header->model())
                    continue;
                for (int c = 0; c < header->count() - (header->stretchLastSection() ? 1 : 0); ++c) {
                    const QString text = header->model()->headerData(c, Qt::Horizontal).toString();
                    if (header->sectionSize(c) < header->fontMetrics().horizontalAdvance(text))
                        out << QStringLiteral("%1 (%2 < %3)")
                                   .arg(text)
                                   .arg(header->sectionSize(c))
                                   .arg(header->fontMetrics().horizontalAdvance(text));
                }
            }
            return out;
        };
        {
            PseudoLocale pseudo;
            QVERIFY2(pseudo.loaded(), "switchboard_en_XA.qm is not next to the test: build switchboard_pseudo_locale");
            Fixture f;
            QVERIFY(f.start());
            QWidget *page = static_cast<QWidget *>(f.window->knowledgePage());
            QVERIFY(page);
            const QStringList bad = clipped(page);
            QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
        }
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        settle();
        const QStringList bad = clipped(static_cast<QWidget *>(f.window->knowledgePage()));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
    }

    // Choosing a language in Settings applies it at once: no restart message, the window in German.
    void settingsAppliesLanguage()
    {
        Fixture f;
        QVERIFY(f.start());
        SettingsDialog dialog(*f.settings, f.prompts, f.window.get());
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.accept();
        QCOMPARE(AppSettings(*f.settings).language(), QStringLiteral("de"));
        QVERIFY(!dialog.restartNeeded());
        // what MainWindow::openSettings does after the dialog
        QCOMPARE(installTranslations(AppSettings(*f.settings).language()), QStringLiteral("de"));
        settle();
        QCOMPARE(f.window->menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
