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
};

} // namespace sb::ui
