#pragma once

// Shared by the protocol tests: reading the golden wire fixtures under tests/fixtures/wire/.

#include "testpaths.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace sb::testing {

// A fixture by its path below tests/fixtures/wire/ ("openai_chat/stream_text.sse"); a missing one
// stops the test run with its name.
inline QByteArray wireFixture(const QString &relative)
{
    QFile f(fixturePath(QStringLiteral("wire/") + relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

inline QJsonObject jsonObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace sb::testing
