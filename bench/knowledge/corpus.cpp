#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sb::bench {

const QStringList kWords = [] {
    QStringList w;
    const char *base[] = {"invoice", "refund",   "parcel",  "warehouse", "deploy",   "rotate",   "contract", "renewal", "laptop",  "payroll",
                          "budget",  "travel",   "expense", "security",  "backup",   "incident", "policy",   "vendor",  "license", "onboarding",
                          "account", "password", "meeting", "holiday",   "customer", "support",  "release",  "roadmap", "latency", "database"};
    for (const char *b : base)
        w << QString::fromLatin1(b);
    for (int i = 0; i < 970; ++i) // a long tail of rarer words
        w << QStringLiteral("term%1").arg(i);
    return w;
}();

QString sentence(std::mt19937 &rng)
{
    std::uniform_int_distribution<int> len(6, 16);
    std::discrete_distribution<int> pick({60, 40}); // common or rare
    std::uniform_int_distribution<int> common(0, 29);
    std::uniform_int_distribution<int> rare(30, int(kWords.size()) - 1);
    QStringList s;
    const int n = len(rng);
    for (int i = 0; i < n; ++i)
        s << kWords.at(pick(rng) == 0 ? common(rng) : rare(rng));
    return s.join(QLatin1Char(' ')) + QLatin1Char('.');
}

// A text PDF of about `bytes` bytes as a writer makes one: pages of lines in a standard font, each page
// its own content stream, a cross-reference table with every object's offset. Poppler reads it like
// any other; the words are the generator's, so BM25 finds them.
QByteArray makePdf(int bytes, std::mt19937 &rng)
{
    QList<QByteArray> objects; // object n is objects[n - 1]
    objects << "<< /Type /Catalog /Pages 2 0 R >>" << QByteArray() << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    QByteArray kids;
    int pages = 0;
    for (int written = 0; written < bytes; ++pages) {
        QByteArray content = "BT /F1 10 Tf 14 TL 50 760 Td\n";
        for (int line = 0; line < 50 && written < bytes; ++line) {
            const QByteArray text = sentence(rng).toLatin1(); // letters, digits, spaces and a period: nothing to escape
            content += '(' + text + ") Tj T*\n";
            written += int(text.size());
        }
        content += "ET";
        const int pageObject = int(objects.size()) + 1;
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                + QByteArray::number(pageObject + 1) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
        kids += QByteArray::number(pageObject) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages) + " >>";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray makeFile(int index, int bytes, std::mt19937 &rng, QString *suffix)
{
    QString text;
    switch (index % 4) {
    case 0:
        *suffix = QStringLiteral("md");
        while (text.size() < bytes) {
            text += QStringLiteral("## Section %1\n\n").arg(text.size());
            for (int p = 0; p < 3; ++p)
                text += sentence(rng) + QLatin1Char(' ') + sentence(rng) + QStringLiteral("\n\n");
        }
        break;
    case 1:
        *suffix = QStringLiteral("cpp");
        while (text.size() < bytes)
            text += QStringLiteral("int f%1(int x)\n{\n    // %2\n    return x + %1;\n}\n\n").arg(text.size()).arg(sentence(rng));
        break;
    case 2: *suffix = QStringLiteral("pdf"); return makePdf(bytes, rng);
    default:
        *suffix = QStringLiteral("csv");
        text = QStringLiteral("id,topic,notes\n");
        while (text.size() < bytes)
            text += QStringLiteral("%1,%2,\"%3\"\n").arg(text.size()).arg(kWords.at(text.size() % 30), sentence(rng));
    }
    return text.toUtf8();
}

qint64 writeCorpus(const QString &folder, int files, int bytes, std::mt19937 &rng)
{
    qint64 total = 0;
    for (int i = 0; i < files; ++i) {
        QString suffix;
        const QByteArray content = makeFile(i, bytes, rng, &suffix);
        QFile f(QStringLiteral("%1/d%2/f%3.%4").arg(folder).arg(i / 500).arg(i).arg(suffix));
        QDir().mkpath(QFileInfo(f).absolutePath());
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return -1;
        total += content.size();
    }
    return total;
}

} // namespace sb::bench
