#pragma once

#include "engine/engine.h"
#include "knowledge/store.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"

#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

// What core tests against a fake upstream share: an engine with one provider, the ledger's rows, and
// passages in a knowledge base collection.
namespace sb::testing {

// An engine in `dataDir` whose workspace has one provider "fake" of `kind` at `url`, its key in an
// in-memory keychain.
inline Expected<std::shared_ptr<engine::Engine>> openEngineWithFake(const QString &dataDir, const QUrl &url,
                                                                    const QString &kind = QStringLiteral("openai"))
{
    auto secrets = std::make_shared<MemorySecretStore>();
    (void)secrets->write(QStringLiteral("k"), QStringLiteral("sk"));
    Workspace ws = WorkspaceFile::defaults();
    ProviderConfig p;
    p.id = QStringLiteral("fake");
    p.kind = kind;
    p.baseUrl = url.toString();
    p.apiKey = QStringLiteral("keychain:k");
    ws.providers = {p};
    return engine::Engine::open(dataDir, ws, secrets);
}

// (source, source_key) of the ledger's rows, oldest first, once the ledger wrote what it holds.
inline QList<std::pair<QString, QString>> ledgerSources(engine::Engine &engine)
{
    QList<std::pair<QString, QString>> out;
    if (!engine.ledger().flush())
        return out;
    auto db = engine.database()->connection();
    QSqlQuery q(*db);
    q.exec(QStringLiteral("SELECT source, source_key FROM calls ORDER BY id"));
    while (q.next())
        out << std::pair{q.value(0).toString(), q.value(1).toString()};
    return out;
}

// One document per text ("/docs/<prefix>N.md", one passage of 12 tokens), with the heading at the same
// position in `headings` when there is one.
inline bool addPassages(knowledge::KnowledgeStore &store, qint64 collectionId, const QStringList &texts, const QString &prefix = {},
                        const QStringList &headings = {})
{
    for (int i = 0; i < texts.size(); ++i) {
        knowledge::Document d;
        d.source = QStringLiteral("/docs/%1%2.md").arg(prefix).arg(i);
        d.contentHash = QString::number(i);
        knowledge::Chunk ch;
        ch.text = texts.at(i);
        ch.end = ch.text.size();
        ch.tokens = 12;
        ch.heading = headings.value(i);
        if (!store.replaceDocument(collectionId, d, {ch}))
            return false;
    }
    return true;
}

} // namespace sb::testing
