#pragma once

namespace sb {

// A file size limit (ulimit -f, RLIMIT_FSIZE) reached by a write kills the process with SIGXFSZ by
// default. Ignored, the write fails with EFBIG instead, which the database reports as an error the
// usage ledger shows (calls refused until there is room) rather than a crash. Unix only; a no-op elsewhere.
void ignoreFileSizeLimitSignal();

} // namespace sb
