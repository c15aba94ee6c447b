#pragma once

#include "core/credentials/CredentialStore.h"
#include "core/profiles/ProfileError.h"
#include "core/store/StoreError.h"

namespace PayDesk {

// Why the workplace could not choose, save or open a profile: the profile itself, the keychain
// holding its secret, or the order cache. One of the three is set, by kind.
struct WorkplaceError
{
    enum class Kind {
        None,
        Profile,  // see `profile`
        Keychain, // see `keychain` (NotFound or Unavailable)
        Cache,    // see `cache`
    };

    Kind kind = Kind::None;
    ProfileError profile;
    SecretResult keychain; // never carries a secret here
    StoreError cache;

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const;

    static WorkplaceError of(const ProfileError& error);
    static WorkplaceError of(const StoreError& error);
    static WorkplaceError of(const SecretResult& keychainFailure);
};

} // namespace PayDesk
