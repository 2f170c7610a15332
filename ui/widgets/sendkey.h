#pragma once

#include <QKeyEvent>

namespace sb::ui {

// The Settings' send key, the same in every prompt box (the Playground's composer, Compare's prompt):
// with Enter, Enter sends and Shift+Enter starts a new line; with Ctrl+Enter, Ctrl+Enter sends and
// Enter starts a new line. Whether `key` is the key that sends.
inline bool isSendKey(const QKeyEvent *key, bool ctrlEnterSends)
{
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    return ctrlEnterSends ? bool(key->modifiers() & Qt::ControlModifier) : !(key->modifiers() & Qt::ShiftModifier);
}

} // namespace sb::ui
