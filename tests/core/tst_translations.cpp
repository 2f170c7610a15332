// The shipped translations as a German user meets them: every entry translated (none left unfinished
// or blank, plural forms included) and every placeholder of the English text kept, so that no status
// line shows up empty or loses its number.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    bool plural = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{};
            entry.context = context;
            entry.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entry.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            if (entry.plural) {
                while (xml.readNextStartElement())
                    entry.translations << xml.readElementText();
            } else {
                entry.translations << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete()
    {
        QString error;
        const QList<Entry> entries = readTs(sb::testing::sourcePath(QStringLiteral("translations/switchboard_de.ts")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(entries.size() > 500, "the German file lists too few entries: is it the right file?");
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
            if (e.unfinished)
                problems << where + QStringLiteral(" is unfinished");
            if (e.translations.isEmpty() || (e.plural && e.translations.size() < 2))
                problems << where + QStringLiteral(" lacks its forms");
            const QSet<QString> wanted = placeholders(e.source);
            for (const QString &t : e.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" is blank");
                    continue;
                }
                // a plural form may leave out %n ("ein Aufruf"), never a numbered placeholder
                QSet<QString> missing = wanted - placeholders(t);
                if (e.plural)
                    missing.remove(QStringLiteral("%n"));
                if (!missing.isEmpty())
                    problems << where + QStringLiteral(" loses ") + QStringList(missing.begin(), missing.end()).join(QLatin1Char(' '));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
