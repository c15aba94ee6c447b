#include "core/profiles/ProfileError.h"

namespace PayDesk {

ProfileError ProfileError::of(Kind kind, const QString& name, const QString& detail)
{
    return ProfileError{kind, name, detail};
}

QString ProfileError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Invalid:
        return detail;
    case Kind::Duplicate:
        return tr("A profile named \"%1\" already exists.").arg(name);
    case Kind::NotFound:
        return tr("No profile named \"%1\".").arg(name);
    case Kind::NoneYet:
        return tr("No profile yet: add one with paydesk-cli profile add, or in the app's Profiles dialog.");
    case Kind::Ambiguous:
        return tr("Several profiles and none is the default: choose one with --profile NAME, or make one the "
                  "default with paydesk-cli profile default NAME.");
    case Kind::CannotSave:
        return tr("Cannot save the profiles file %1.").arg(detail);
    }
    return {};
}

} // namespace PayDesk
