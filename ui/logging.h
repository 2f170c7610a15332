#pragma once

#include <QLoggingCategory>

// The UI's logging category ("switchboard.ui"); the core's are in common/logging.h.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
