#pragma once

#include "appsettings.h"

#include <QPalette>

namespace sb::ui {

// Applies light, dark or the system's palette to the whole application (Fusion style for light/dark,
// so the palette is honoured on every platform).
class ThemeManager
{
public:
    // Call once after QApplication exists: remembers the system's style and palette.
    static void captureSystemDefaults();
    static void apply(Theme theme);
    static bool isDark();
    static QPalette darkPalette();
    static QPalette lightPalette();
    // Colours for text and cells that say something (errors, passes), readable on the current theme:
    // red text at #d04040 had too little contrast on the dark background, pastel cells glared in it.
    static QColor errorColor();
    static QString errorStyleSheet(); // "color: ...;" for a label
    static QColor passBackground();
    static QColor failBackground();
    static QColor onStatusBackground(); // text on those cells
};

} // namespace sb::ui
