#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <random>

// The generated corpus of the knowledge benches: words with a long tail, and files of four kinds in
// turn (Markdown, C++, text PDF, CSV) of about a given size.
namespace sb::bench {

extern const QStringList kWords;
// A sentence of 6-16 words, common ones more often.
QString sentence(std::mt19937 &rng);
// A text PDF of about `bytes` bytes as a writer makes one.
QByteArray makePdf(int bytes, std::mt19937 &rng);
// File `index` of the corpus: its kind follows the index; `suffix` gets its file name suffix.
QByteArray makeFile(int index, int bytes, std::mt19937 &rng, QString *suffix);
// Files 0..files-1 under `folder`, 500 to a subfolder; their total size, or -1 when one cannot be written.
qint64 writeCorpus(const QString &folder, int files, int bytes, std::mt19937 &rng);

} // namespace sb::bench
