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
    // The language of the system's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as QLocale::system() reads
    // them): "ru" or "en". paydesk-cli speaks it.
    static QString systemCode();
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
    // Makes LANGUAGE the process's language at once: its translations (PayDesk's and Qt's, owned by the
    // application) replace those applied before, so every widget gets QEvent::LanguageChange and
    // retranslates; gateway profiles that follow the interface ask for their messages in it too.
    static void apply(const QString& language);
    // The language applied last; "en" (the source texts) before any.
    static QString applied();
    // The language to ask a gateway's messages in: a profile's CHOICE ("ru", "en"), else (empty) the
    // interface's as applied now, so a live switch changes the next request's too.
    static QString gatewayLanguage(const QString& choice);
};

} // namespace PayDesk
