#pragma once

#include "knowledge/extract.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace sb::knowledge {

// Tokens of a text as an estimate close to the tokenizers of today's models on prose and code
// (a word of up to about five letters is one token, longer words more, each punctuation mark one,
// CJK characters one each). No tokenizer ships for every model, and chunk sizes need no more.
int estimateTokens(QStringView text);

struct ChunkOptions {
    int maxTokens = 400;
    int overlapTokens = 60; // the end of a passage repeated at the start of the next one in its section
};

// A passage ready to index: its text, the path of headings above it ("Install > Linux"), the page it
// starts on (0: none) and where it is in the extracted text (the blocks joined by blank lines).
struct Chunk {
    QString text;
    QString heading;
    int page = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    int tokens = 0;
};

// Cuts blocks into passages of at most maxTokens (estimated): a heading starts a new passage, blocks
// are packed whole while they fit, a block too large for one passage is cut at line or sentence ends
// (words as a last resort), and a row is never cut unless it alone is too large.
QList<Chunk> chunk(const QList<Block> &blocks, const ChunkOptions &options);

} // namespace sb::knowledge
