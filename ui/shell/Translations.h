#pragma once

#include <QList>
#include <QString>

class QTranslator;

namespace c1 {

// Loads the console's catalog (embedded: ":/i18n/c1console_<lang>.qm"), Qt's own (qtbase_<lang>.qm from
// QLibraryInfo::TranslationsPath) and QtKeychain's (qtkeychain_<lang>.qm, where the system installed it).
class Translations {
public:
    struct Language {
        QString code; // "" = follow the system, else "en", "de", "fr"
        QString name; // "System" (translated) or the language's own name ("Deutsch")
    };
    static QList<Language> available();

    // Replaces the installed translators. `code` empty = the system's UI languages. Returns the language used
    // ("en" when nothing matched). Call before widgets are made: texts already shown are not retranslated.
    static QString install(const QString& code);
    static QString installedLanguage();

    // The application-wide choice, in QSettings "ui/language" (a profile's own language wins over it).
    static QString savedLanguage();
    static void saveLanguage(const QString& code);
};

} // namespace c1
