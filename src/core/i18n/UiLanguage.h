#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace PayDesk {

// The language of PayDesk's words, for the app and for what paydesk-cli shows on the desktop (its
// reminders): the user's choice in the app's Language menu, else the system's; Russian or English.
// Also the one place that says which QLocale writes what a person reads in that language: amounts
// ("48 915,61 ₽"), amounts in words, dates and weekdays.
class UiLanguage
{
public:
    // "ru" or "en": the user's choice, else the system's.
    static QString code();
    // Loads PayDesk's translation (APP) and Qt's own (QT) for LANGUAGE (default: code()) and installs
    // them in the application.
    static void install(QTranslator* app, QTranslator* qt, const QString& language = code());

    // From now on the UI speaks LANGUAGE: locale() and the default QLocale() (Qt's own widgets, core's
    // messages) follow it. The app calls it once at start and again when the language changes.
    static void use(const QString& language);
    // The language in use: the last use(), else code().
    static QString current();
    // The locale of the language in use, for every number, amount and date a person reads.
    static QLocale locale();
    // The locale for LANGUAGE: the system's own when it speaks that language (its territory's
    // conventions), else Russia's for "ru" and the United States' for "en".
    static QLocale localeOf(const QString& language);
};

} // namespace PayDesk
