#pragma once

#include "core/profiles/Profile.h"
#include "core/profiles/ProfileError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace PayDesk {

// Profiles in an INI file shared by the app and the CLI ($XDG_CONFIG_HOME/paydesk/profiles.ini).
// Never a secret in it.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    explicit ProfileStore(QString path = defaultPath());
    static QString defaultPath();

    QList<Profile> profiles() const;
    // The profile of that name; nullopt means only "there is none".
    std::optional<Profile> find(const QString& name) const;
    // Validates and stores a new profile; gives it an id.
    ProfileError add(Profile& profile);
    ProfileError update(const Profile& profile);
    ProfileError remove(const QString& name);
    // The profile the app opens at start and paydesk-cli uses without --profile: the one set
    // explicitly, empty when none is (or the one set is gone).
    QString defaultName() const;
    ProfileError setDefaultName(const QString& name);

    static ProfileError validate(const Profile& profile);

private:
    QString m_path;
};

} // namespace PayDesk
