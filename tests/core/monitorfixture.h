#pragma once

#include "monitor/config.h"

#include <QJsonDocument>
#include <QJsonObject>

// What the monitoring tests share.
namespace sb::testing {

// JSON written with single quotes, for readable configurations.
inline QJsonObject singleQuotedJson(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}

// A monitoring configuration for a workspace with the providers anthropic and openai and the route
// "smart"; aborts the test run when it is not valid.
inline monitor::MonitoringConfig monitoringConfig(const char *text)
{
    auto c = monitor::MonitoringConfig::fromJson(singleQuotedJson(text), {QStringLiteral("anthropic"), QStringLiteral("openai")},
                                                 {QStringLiteral("smart")});
    if (!c)
        qFatal("invalid test configuration: %s", qPrintable(c.error().message));
    return *c;
}

} // namespace sb::testing
