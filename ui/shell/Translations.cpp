#include "shell/Translations.h"

#include "shell/UiLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>
#include <vector>

namespace c1 {

namespace {

std::vector<std::unique_ptr<QTranslator>> g_translators;
QString g_language = QStringLiteral("en");

const QStringList& supported()
{
    static const QStringList codes { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
    return codes;
}

bool load(const QLocale& locale, const QString& catalog, const QStringList& folders)
{
    for (const QString& folder : folders) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, catalog, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator.get());
            g_translators.push_back(std::move(translator));
            return true;
        }
    }
    return false;
}

QStringList keychainFolders()
{
    QStringList folders = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
        QStringLiteral("qt6keychain/translations"), QStandardPaths::LocateDirectory);
    folders << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    return folders;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    QList<Language> languages { { QString(), QCoreApplication::translate("c1::Translations", "System") } };
    for (const QString& code : supported()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({ code, name });
    }
    return languages;
}

QString Translations::install(const QString& code)
{
    for (auto& translator : g_translators)
        QCoreApplication::removeTranslator(translator.get());
    g_translators.clear();

    // The first supported language among the system's UI languages, or the one asked for.
    QString chosen;
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList { code };
    for (const QString& tag : wanted) {
        const QString language = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (supported().contains(language)) {
            chosen = language;
            break;
        }
    }
    if (chosen.isEmpty())
        chosen = QStringLiteral("en");
    g_language = chosen;
    const QLocale locale(chosen);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // English is the source language; its catalog holds only the plural forms ("1 user", "2 users").
    if (!load(locale, QStringLiteral("c1console"), { QStringLiteral(":/i18n") }))
        qCWarning(lcUi) << "no embedded catalog for" << chosen;
    if (chosen == QLatin1String("en"))
        return chosen;
    load(locale, QStringLiteral("qtbase"), { QLibraryInfo::path(QLibraryInfo::TranslationsPath) });
    load(locale, QStringLiteral("qtkeychain"), keychainFolders());
    return chosen;
}

QString Translations::installedLanguage()
{
    return g_language;
}

QString Translations::savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void Translations::saveLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

} // namespace c1
