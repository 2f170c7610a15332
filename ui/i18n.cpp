#include "i18n.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMetaProperty>
#include <QMutex>
#include <QReadWriteLock>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>
#include <optional>
#include <vector>

namespace sb::ui {

QStringList availableLanguages()
{
    QStringList langs{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("switchboard_*.qm")}, QDir::Files, QDir::Name);
    for (QString f : files) {
        f.remove(QStringLiteral("switchboard_"));
        f.chop(3);
        if (f != QLatin1String("en"))
            langs << f;
    }
    return langs;
}

QString nativeLanguageName(const QString &language)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    if (const auto it = names.constFind(language); it != names.cend())
        return *it;
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

namespace {

// What a shown text was translated from, to translate it again into another language.
struct Source {
    QByteArray context;
    QByteArray text;
    QByteArray disambiguation;
    int n = -1;
};

// Switchboard's translator, and a memory of what it translated: every text tr() handed out, under the
// text as shown, with its source. A language switch looks each widget's texts up here and asks for
// them again (retranslateWidget), so a page needs no retranslate() of its own for the texts it sets
// once; texts made with arguments ("%1 calls") are the page's to renew on QEvent::LanguageChange.
// Always installed, English too, so that the English texts are remembered.
class RememberingTranslator final : public QTranslator
{
public:
    explicit RememberingTranslator(QObject *parent)
        : QTranslator(parent)
    {
    }
    // the loaded catalogues, Switchboard's then Qt's (none: English as written)
    void setCatalogues(std::vector<std::unique_ptr<QTranslator>> catalogues)
    {
        const QWriteLocker lock(&m_lock);
        m_catalogues = std::move(catalogues);
    }
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        QString out;
        const QReadLocker lock(&m_lock);
        for (const auto &catalogue : m_catalogues) {
            out = catalogue->translate(context, sourceText, disambiguation, n);
            if (!out.isNull())
                break;
        }
        // a plural's text shows its number, never "%n": it cannot be looked up, so it is not kept
        if (n < 0)
            remember(out.isNull() ? QString::fromUtf8(sourceText) : out, context, sourceText, disambiguation);
        return out;
    }

    // The sources `shown` was translated from; the one whose context is `preferred` (a class of the
    // widget or of its parents) first.
    // Several sources can share a translation ("Key" and "Keys" are both "Schlüssel"): one written as
    // shown (English) comes first, then one of the widget's contexts.
    std::optional<Source> sourceOf(const QString &shown, const QByteArrayList &preferred) const
    {
        const QMutexLocker lock(&m_memoryLock);
        const auto it = m_memory.constFind(shown);
        if (it == m_memory.cend() || it->isEmpty())
            return std::nullopt;
        const QByteArray asShown = shown.toUtf8();
        for (const bool exact : {true, false}) {
            for (const QByteArray &context : preferred) {
                for (const Source &s : *it) {
                    if (s.context == context && (!exact || s.text == asShown))
                        return s;
                }
            }
            for (const Source &s : *it) {
                if (exact && s.text == asShown)
                    return s;
            }
        }
        return it->first();
    }

private:
    void remember(const QString &shown, const char *context, const char *sourceText, const char *disambiguation) const
    {
        const QMutexLocker lock(&m_memoryLock);
        QList<Source> &sources = m_memory[shown];
        for (const Source &s : std::as_const(sources)) {
            if (s.context == context && s.text == sourceText)
                return;
        }
        sources.append({QByteArray(context), QByteArray(sourceText), QByteArray(disambiguation), -1});
    }

    mutable QReadWriteLock m_lock;
    std::vector<std::unique_ptr<QTranslator>> m_catalogues;
    mutable QMutex m_memoryLock; // translate() runs on worker threads too (core's messages)
    mutable QHash<QString, QList<Source>> m_memory;
};

RememberingTranslator *g_ours = nullptr;

// The classes of `o` and of its parents, most derived and nearest first: the contexts its texts'
// tr() calls most likely had.
QByteArrayList contextsOf(const QObject *o)
{
    QByteArrayList out;
    for (; o; o = o->parent()) {
        for (const QMetaObject *m = o->metaObject(); m && m != &QObject::staticMetaObject; m = m->superClass())
            out << QByteArray(m->className());
    }
    return out;
}

// Retranslates the texts of one object. What each text was translated from is kept on the object
// (a dynamic property: slot -> [context, source, disambiguation, text set]), so the next switch does
// not guess again between sources that share a translation, unless the page set another text since.
class Retranslation
{
public:
    explicit Retranslation(QObject *where)
        : m_where(where)
        , m_contexts(contextsOf(where))
        , m_kept(where->property(kProperty).toMap())
    {
    }
    ~Retranslation()
    {
        if (m_changed)
            m_where->setProperty(kProperty, m_kept);
    }
    Retranslation(const Retranslation &) = delete;
    Retranslation &operator=(const Retranslation &) = delete;

    // `shown` (in `slot`: "text", "item/3") in the current language, or unchanged when it was not a
    // translated text
    QString operator()(const QString &slot, const QString &shown)
    {
        if (shown.isEmpty() || !g_ours)
            return shown;
        std::optional<Source> s;
        const QStringList kept = m_kept.value(slot).toStringList();
        if (kept.size() == 4 && kept.at(3) == shown)
            s = Source{kept.at(0).toUtf8(), kept.at(1).toUtf8(), kept.at(2).toUtf8(), -1};
        else
            s = g_ours->sourceOf(shown, m_contexts);
        if (!s)
            return shown;
        const QString now = QCoreApplication::translate(s->context.constData(), s->text.constData(),
                                                        s->disambiguation.isEmpty() ? nullptr : s->disambiguation.constData());
        m_kept.insert(slot, QStringList{QString::fromUtf8(s->context), QString::fromUtf8(s->text), QString::fromUtf8(s->disambiguation), now});
        m_changed = true;
        return now;
    }

private:
    static constexpr const char *kProperty = "_sb_translatedFrom";
    QObject *m_where;
    QByteArrayList m_contexts;
    QVariantMap m_kept;
    bool m_changed = false;
};

template<typename Get, typename Set> void renew(Retranslation &tr, const QString &slot, Get get, Set set)
{
    const QString shown = get();
    const QString now = tr(slot, shown);
    if (now != shown)
        set(now);
}

void retranslateAction(QAction *a)
{
    Retranslation tr(a);
    renew(
        tr, QStringLiteral("text"), [a] { return a->text(); }, [a](const QString &t) { a->setText(t); });
    renew(
        tr, QStringLiteral("toolTip"), [a] { return a->toolTip(); }, [a](const QString &t) { a->setToolTip(t); });
    renew(
        tr, QStringLiteral("statusTip"), [a] { return a->statusTip(); }, [a](const QString &t) { a->setStatusTip(t); });
    renew(
        tr, QStringLiteral("whatsThis"), [a] { return a->whatsThis(); }, [a](const QString &t) { a->setWhatsThis(t); });
}

// The texts a widget holds for itself: its own properties, its actions, and the items of the
// widgets whose items are choices or headings (combo boxes, tabs, lists, headers).
void retranslateWidget(QWidget *w)
{
    Retranslation tr(w);
    renew(
        tr, QStringLiteral("windowTitle"), [w] { return w->windowTitle(); }, [w](const QString &t) { w->setWindowTitle(t); });
    renew(
        tr, QStringLiteral("toolTip"), [w] { return w->toolTip(); }, [w](const QString &t) { w->setToolTip(t); });
    renew(
        tr, QStringLiteral("statusTip"), [w] { return w->statusTip(); }, [w](const QString &t) { w->setStatusTip(t); });
    renew(
        tr, QStringLiteral("whatsThis"), [w] { return w->whatsThis(); }, [w](const QString &t) { w->setWhatsThis(t); });
    renew(
        tr, QStringLiteral("accessibleName"), [w] { return w->accessibleName(); }, [w](const QString &t) { w->setAccessibleName(t); });
    renew(
        tr, QStringLiteral("accessibleDescription"), [w] { return w->accessibleDescription(); },
        [w](const QString &t) { w->setAccessibleDescription(t); });
    // text, title, placeholderText, prefix, suffix, specialValueText: whichever the class has
    for (const char *name : {"text", "title", "placeholderText", "prefix", "suffix", "specialValueText"}) {
        const int index = w->metaObject()->indexOfProperty(name);
        if (index < 0)
            continue;
        const QMetaProperty p = w->metaObject()->property(index);
        if (p.typeId() != QMetaType::QString || !p.isWritable())
            continue;
        // a line edit's or spin box's text is the user's
        if (qstrcmp(name, "text") == 0 && (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)))
            continue;
        renew(
            tr, QString::fromLatin1(name), [&] { return p.read(w).toString(); }, [&](const QString &t) { p.write(w, t); });
    }
    for (QAction *a : w->actions())
        retranslateAction(a);
    if (auto *menu = qobject_cast<QMenu *>(w))
        retranslateAction(menu->menuAction());
    const auto item = [](const char *kind, int i) { return QStringLiteral("%1/%2").arg(QLatin1String(kind)).arg(i); };
    if (auto *box = qobject_cast<QComboBox *>(w); box && !box->isEditable()) {
        for (int i = 0; i < box->count(); ++i) {
            // an item whose data is its text shows a value ("reasoning"), not a translation
            if (box->itemData(i).toString() != box->itemText(i))
                renew(
                    tr, item("item", i), [&] { return box->itemText(i); }, [&](const QString &t) { box->setItemText(i, t); });
        }
    }
    if (auto *bar = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < bar->count(); ++i) {
            renew(
                tr, item("tab", i), [&] { return bar->tabText(i); }, [&](const QString &t) { bar->setTabText(i, t); });
            renew(
                tr, item("tabToolTip", i), [&] { return bar->tabToolTip(i); }, [&](const QString &t) { bar->setTabToolTip(i, t); });
        }
    }
    if (auto *list = qobject_cast<QListWidget *>(w)) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *it = list->item(i);
            renew(
                tr, item("item", i), [&] { return it->text(); }, [&](const QString &t) { it->setText(t); });
            renew(
                tr, item("itemToolTip", i), [&] { return it->toolTip(); }, [&](const QString &t) { it->setToolTip(t); });
        }
    }
    if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
        QTreeWidgetItem *header = tree->headerItem();
        for (int i = 0; header && i < header->columnCount(); ++i)
            renew(
                tr, item("header", i), [&] { return header->text(i); }, [&](const QString &t) { header->setText(i, t); });
    }
    if (auto *table = qobject_cast<QTableWidget *>(w)) {
        for (int i = 0; i < table->columnCount(); ++i) {
            if (QTableWidgetItem *it = table->horizontalHeaderItem(i))
                renew(
                    tr, item("header", i), [&] { return it->text(); }, [&](const QString &t) { it->setText(t); });
        }
    } else if (auto *view = qobject_cast<QTableView *>(w); view && qobject_cast<QStandardItemModel *>(view->model())) {
        QAbstractItemModel *model = view->model();
        for (int i = 0; i < model->columnCount(); ++i) {
            renew(
                tr, item("header", i), [&] { return model->headerData(i, Qt::Horizontal).toString(); },
                [&](const QString &t) { model->setHeaderData(i, Qt::Horizontal, t); });
        }
    }
}

// Sees every widget's QEvent::LanguageChange (Qt sends it to each widget after a translator comes
// or goes) before the widget's own changeEvent(), which renews what this cannot know.
class LanguageChangeFilter final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched->isWidgetType())
            retranslateWidget(static_cast<QWidget *>(watched));
        return false;
    }
};

} // namespace

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!g_ours) {
        g_ours = new RememberingTranslator(app);
        QCoreApplication::installTranslator(g_ours);
        if (qobject_cast<QApplication *>(app))
            app->installEventFilter(new LanguageChangeFilter(app));
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto ours = std::make_unique<QTranslator>();
    QString loaded = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> catalogues;
    if (ours->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // the file that matched names the language: "de" for de_AT, "zh_CN" and "pt_BR" as shipped
        loaded = QFileInfo(ours->filePath()).completeBaseName();
        loaded.remove(0, int(qstrlen("switchboard_")));
        catalogues.push_back(std::move(ours));
        // Qt's own texts (dialog buttons, context menus) through the same memory, so they switch too
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            catalogues.push_back(std::move(qt));
        QLocale::setDefault(locale);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    g_ours->setCatalogues(std::move(catalogues));
    // installing it again puts it first and sends every widget QEvent::LanguageChange
    QCoreApplication::removeTranslator(g_ours);
    QCoreApplication::installTranslator(g_ours);
    // widgets took their locale (numbers in spin boxes, dates in edits) from the default when made
    if (qobject_cast<QApplication *>(app)) {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (!w->testAttribute(Qt::WA_SetLocale))
                w->unsetLocale();
        }
    }
    return loaded;
}

} // namespace sb::ui
