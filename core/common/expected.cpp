#include "common/expected.h"

namespace sb {

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Io: return QStringLiteral("io");
    case Error::Kind::Parse: return QStringLiteral("parse");
    case Error::Kind::Validation: return QStringLiteral("validation");
    case Error::Kind::Version: return QStringLiteral("version");
    case Error::Kind::Database: return QStringLiteral("database");
    case Error::Kind::NotFound: return QStringLiteral("not_found");
    case Error::Kind::Unavailable: return QStringLiteral("unavailable");
    case Error::Kind::Timeout: return QStringLiteral("timeout");
    case Error::Kind::Usage: return QStringLiteral("usage");
    }
    return QStringLiteral("unknown");
}

} // namespace sb
