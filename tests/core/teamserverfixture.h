#pragma once

#include "engine/engine.h"
#include "proxy/proxyserver.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"
#include "team/teamkeys.h"
#include "team/teamstore.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A team server as `switchboard-cli serve` runs one, in process on loopback: the proxy on its own
// threads over an engine whose database (SQLite, or PostgreSQL) has a team (admin "alice", member "bob", one key each),
// the team's keys read from that database the way serve reads them.
namespace sb::testing {

struct TeamServer {
    QTemporaryDir dir;
    std::shared_ptr<engine::Engine> engine;
    std::shared_ptr<team::TeamKeys> keys;
    std::unique_ptr<proxy::ProxyServer> server;
    QString adminKey; // alice's
    QString memberKey; // bob's
    QString error; // why start() failed

    // `database`: a team's PostgreSQL server (postgresql://...) instead of SQLite in the folder.
    bool start(const QString &database = {})
    {
        Workspace ws = WorkspaceFile::defaults();
        ws.proxy.host = QStringLiteral("127.0.0.1");
        ws.proxy.port = 0;
        auto opened = engine::Engine::open(dir.filePath(QStringLiteral("serve")), ws, std::make_shared<MemorySecretStore>(), database);
        if (!opened) {
            error = opened.error().message;
            return false;
        }
        engine = *opened;
        team::TeamStore store(engine->database(), QStringLiteral("cli:test"));
        auto admin = store.init(QStringLiteral("alice"));
        auto bob = admin ? store.addMember(QStringLiteral("bob"), team::Role::Member) : admin.error();
        auto bobKey = bob ? store.createKey(QStringLiteral("bob"), QStringLiteral("laptop")) : bob.error();
        if (!bobKey) {
            error = bobKey.error().message;
            return false;
        }
        adminKey = admin->value;
        memberKey = bobKey->value;
        keys = std::make_shared<team::TeamKeys>(engine->database());
        if (auto loaded = keys->loadNow(); !loaded) {
            error = loaded.error().message;
            return false;
        }
        server = std::make_unique<proxy::ProxyServer>();
        proxy::ProxyOptions options;
        options.threads = 1;
        options.teamKeys = keys;
        if (auto started = server->start(engine, ws.proxy, options); !started) {
            error = started.error().message;
            return false;
        }
        return true;
    }

    // What a desktop's provider of kind switchboard holds: the serve's URL with /v1, its key by reference.
    ProviderConfig provider(const QString &keyReference = QStringLiteral("keychain:team")) const
    {
        ProviderConfig p;
        p.id = QStringLiteral("team");
        p.kind = QStringLiteral("switchboard");
        p.baseUrl = server->baseUrl().toString() + QStringLiteral("/v1");
        p.apiKey = keyReference;
        return p;
    }
};

} // namespace sb::testing
