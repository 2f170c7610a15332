#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// Anthropic Messages (/v1/messages)
std::unique_ptr<Codec> makeAnthropicMessagesCodec();

// A client's Messages body with every `role: "system"` message inside `messages` turned into a
// <system-reminder> text block where it stands, for models that refuse the role there. Everything else
// (cache_control, thinking, betas' fields) stays as the client wrote it. The reminder joins the next
// user turn after its tool_result blocks (Anthropic wants those first), or the previous user turn when
// it is last. Returns the body unchanged when it has no such message or is not a JSON object.
QByteArray systemMessagesAsReminders(const QByteArray &body);

} // namespace sb::protocol
