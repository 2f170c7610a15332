#include "common/logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "switchboard.catalog")
Q_LOGGING_CATEGORY(lcChat, "switchboard.chat")
Q_LOGGING_CATEGORY(lcCompare, "switchboard.compare")
Q_LOGGING_CATEGORY(lcDatabase, "switchboard.storage.database")
Q_LOGGING_CATEGORY(lcFiles, "switchboard.storage.files")
Q_LOGGING_CATEGORY(lcKeychain, "switchboard.storage.keychain")
Q_LOGGING_CATEGORY(lcKnowledge, "switchboard.knowledge")
Q_LOGGING_CATEGORY(lcProtocol, "switchboard.protocol")
Q_LOGGING_CATEGORY(lcProviders, "switchboard.providers")
Q_LOGGING_CATEGORY(lcProxy, "switchboard.proxy")
Q_LOGGING_CATEGORY(lcRouter, "switchboard.router")
Q_LOGGING_CATEGORY(lcUsage, "switchboard.usage")
