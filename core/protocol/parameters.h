#pragma once

#include "protocol/types.h"

#include <QJsonObject>

// Sampling parameters written as JSON, the way a workflow step keeps them ("parameters" in
// workflow/definition.h): {"temperature": 0.2, "topP": 0.9, "maxTokens": 300, "seed": 7,
// "reasoningEffort": "low", "stop": ["\n\n"]}. The workflow runner and Compare (a step's input answered
// by other models) put them on a request the same way.
namespace sb::protocol {

// Sets what `parameters` holds on `request`; keys it does not hold leave the request as it was.
void applyParameters(ChatRequest &request, const QJsonObject &parameters);

} // namespace sb::protocol
