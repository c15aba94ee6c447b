#pragma once

#include "core/store/StoreError.h"

#include <utility>

namespace PayDesk {

// A value read or written through the cache's database, or why it could not be: never a -1, a
// failure-nullopt or a silently empty list. `value` is meaningful only when there is no error.
template <typename T>
struct StoreResult
{
    T value{};
    StoreError error;

    bool ok() const { return !error.isError(); }

    static StoreResult of(T value) { return StoreResult{std::move(value), {}}; }
    static StoreResult failed(StoreError error) { return StoreResult{T{}, std::move(error)}; }
};

} // namespace PayDesk
