#pragma once

#include <QString>

namespace c1 {

// Light and dark palettes over the Fusion style, following the system unless overridden (View ▸ Theme).
// Qt 6.4 has no colour-scheme API, so "system" means the platform palette the application started with.
class Theme {
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode); // needs a QApplication
    static Mode current();
    static bool isDark(); // what is shown now
    static QString toString(Mode mode); // "system", "light", "dark" (settings keys)
    static Mode fromString(const QString& text);

    // Persisted in QSettings under "ui/theme".
    static Mode saved();
    static void save(Mode mode);
};

} // namespace c1
