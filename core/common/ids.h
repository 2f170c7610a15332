#pragma once

#include <QString>

namespace sb::ids {

// A new UUID version 7 (RFC 9562) in its 36-character text form: 48 bits of Unix time in milliseconds,
// then a 12-bit counter that keeps ids made in the same millisecond in order within this process, then
// 62 random bits. Ids sort (as text, too) by when they were made, so a table keyed by them grows at its
// end instead of splitting pages all over its B-tree (the ledger's call_requests). Thread-safe.
QString timeOrderedUuid();

} // namespace sb::ids
