#pragma once

// The password tests give the sandbox and store in the keychain. The secret_scan test searches every
// file the suite wrote (settings, data, cache, ctest's log) for it and must find nothing.
#define PAYDESK_TEST_SECRET "Pd+Secret 42/ü&=%"
