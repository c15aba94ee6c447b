#include "core/session/WorkplaceError.h"

namespace PayDesk {

WorkplaceError WorkplaceError::of(const ProfileError& error)
{
    WorkplaceError e;
    e.kind = error.isError() ? Kind::Profile : Kind::None;
    e.profile = error;
    return e;
}

WorkplaceError WorkplaceError::of(const StoreError& error)
{
    WorkplaceError e;
    e.kind = error.isError() ? Kind::Cache : Kind::None;
    e.cache = error;
    return e;
}

WorkplaceError WorkplaceError::of(const SecretResult& keychainFailure)
{
    WorkplaceError e;
    e.kind = keychainFailure.ok() ? Kind::None : Kind::Keychain;
    e.keychain = keychainFailure;
    e.keychain.secret.clear();
    return e;
}

QString WorkplaceError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Profile:
        return profile.userMessage();
    case Kind::Keychain:
        return keychain.message;
    case Kind::Cache:
        return cache.userMessage();
    }
    return {};
}

} // namespace PayDesk
