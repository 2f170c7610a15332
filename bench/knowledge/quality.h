#pragma once

// Retrieval quality: imports a folder (bench/knowledge/corpus/sqlite-docs, the SQLite documentation)
// into a throwaway data folder through the Ingestor, embeds every passage through the router (the
// fake upstream's feature-hashed vectors on 127.0.0.1 by default, or --embed-model PROVIDER/MODEL
// from the user's workspace), then runs the golden questions through the Evaluator (the code behind
// `switchboard-cli kb eval`) for BM25, vector and hybrid search (and hybrid reranked by
// --rerank-model) and prints recall@1, recall@5, recall@k, MRR, citation correctness and the
// searches' cost as a Markdown table.

class QCommandLineParser;

namespace sb::bench {

void addQualityOptions(QCommandLineParser &parser);
// 0 when everything ran (embedding included), 1 otherwise.
int runQuality(const QCommandLineParser &parser);

} // namespace sb::bench
