#pragma once

#include "core/profiles/Profile.h"

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
    std::optional<Profile> find(const QString& name) const;
    // Validates and stores a new profile; gives it an id. False with a reason when it cannot.
    bool add(Profile& profile, QString* error);
    bool update(const Profile& profile);
    bool remove(const QString& name);

    static bool validate(const Profile& profile, QString* error);

private:
    QString m_path;
};

} // namespace PayDesk
