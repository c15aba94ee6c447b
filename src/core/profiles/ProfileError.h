#pragma once

#include <QCoreApplication>
#include <QString>

namespace PayDesk {

// Why a profile could not be chosen, checked or saved. A value, like StoreError: front ends choose
// the exit code or the wording from the kind, never from the text.
struct ProfileError
{
    Q_DECLARE_TR_FUNCTIONS(ProfileError)
public:
    enum class Kind {
        None,
        Invalid,    // the profile's fields do not make a usable profile (message says which)
        Duplicate,  // a profile of that name exists
        NotFound,   // no profile of that name
        NoneYet,    // none chosen and there is none to choose
        Ambiguous,  // none chosen and there are several
        CannotSave, // the profiles file could not be written
    };

    Kind kind = Kind::None;
    QString name;   // the profile concerned
    QString detail; // for Invalid: what is wrong, in the user's words

    bool isError() const { return kind != Kind::None; }
    // The user's input or choice is at fault (rather than the machine).
    bool isBadInput() const { return isError() && kind != Kind::CannotSave; }
    QString userMessage() const;

    static ProfileError of(Kind kind, const QString& name = {}, const QString& detail = {});
};

} // namespace PayDesk
