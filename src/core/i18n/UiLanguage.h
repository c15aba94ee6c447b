#pragma once

#include <QString>

class QTranslator;

namespace PayDesk {

// The language of PayDesk's words, for the app and for what paydesk-cli shows on the desktop (its
// reminders): the user's choice in the app's Language menu, else the system's; Russian or English.
class UiLanguage
{
public:
    // "ru" or "en".
    static QString code();
    // Loads PayDesk's translation (APP) and Qt's own (QT) for LANGUAGE (default: code()) and installs
    // them in the application.
    static void install(QTranslator* app, QTranslator* qt, const QString& language = code());
};

} // namespace PayDesk
