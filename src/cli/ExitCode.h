#pragma once

namespace PayDesk::Cli {

// paydesk-cli's exit codes, as the README and the man page document them. CliError is the one
// place that turns an error into one of them.
enum ExitCode {
    Ok = 0,
    Refused = 1, // the gateway said no (or it was refused before sending, with the reason); check: damage found
    Usage = 2,   // bad usage or input: options, amounts, profiles, a file that is not a PayDesk cache
    Unknown = 3, // could not do it: network, storage, keychain; or the outcome is unknown
};

} // namespace PayDesk::Cli
