#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace sb::testing {

// JSON written with single quotes, for readable workflows in tests (no apostrophes inside).
inline QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text).replace('\'', '"'), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad test JSON:" << error.errorString() << "at" << error.offset;
    return doc.object();
}

} // namespace sb::testing
