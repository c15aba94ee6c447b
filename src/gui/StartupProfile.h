#pragma once

#include <QString>

namespace PayDesk {

// The profile PayDesk opens when it starts: the user's explicit choice, kept in the settings.
// Empty when none was chosen (the first profile opens then).
class StartupProfile
{
public:
    static QString name();
    static void set(const QString& name);
    // Forgets NAME as the start-up profile if it is the one (removed, or unticked).
    static void forget(const QString& name);
};

} // namespace PayDesk
