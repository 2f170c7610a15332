#include "protocol/parameters.h"

#include <QJsonArray>

namespace sb::protocol {

void applyParameters(ChatRequest &request, const QJsonObject &parameters)
{
    if (parameters.contains(QLatin1String("temperature")))
        request.temperature = parameters.value(QLatin1String("temperature")).toDouble();
    if (parameters.contains(QLatin1String("topP")))
        request.topP = parameters.value(QLatin1String("topP")).toDouble();
    if (parameters.contains(QLatin1String("maxTokens")))
        request.maxTokens = parameters.value(QLatin1String("maxTokens")).toInt();
    if (parameters.contains(QLatin1String("seed")))
        request.seed = qint64(parameters.value(QLatin1String("seed")).toDouble());
    if (parameters.contains(QLatin1String("reasoningEffort")))
        request.reasoningEffort = parameters.value(QLatin1String("reasoningEffort")).toString();
    for (const QJsonValue &s : parameters.value(QLatin1String("stop")).toArray())
        request.stop << s.toString();
}

} // namespace sb::protocol
