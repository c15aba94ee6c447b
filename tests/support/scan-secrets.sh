#!/bin/sh
# scan-secrets.sh DIR...: fails if any file under the directories, or under this run's XDG config,
# data and cache directories, contains the test password. The password is read from TestSecret.h
# beside this script, so that it never appears on a command line (ctest logs those).
# Checks itself first on a planted file, so that a broken scan cannot pass.
set -u
secret=$(sed -n 's/^#define PAYDESK_TEST_SECRET "\(.*\)"$/\1/p' "$(dirname "$0")/TestSecret.h")
[ -n "$secret" ] || { echo "no PAYDESK_TEST_SECRET in TestSecret.h"; exit 1; }
canary=$(mktemp -d)
printf 'x%sx' "$secret" > "$canary/planted"
if ! grep -rqF -- "$secret" "$canary"; then echo "scan does not work"; rm -rf "$canary"; exit 1; fi
rm -rf "$canary"
found=0; files=0
for dir in "$@" "${XDG_CONFIG_HOME:-}" "${XDG_DATA_HOME:-}" "${XDG_CACHE_HOME:-}"; do
  [ -n "$dir" ] || continue
  [ -d "$dir" ] || continue
  files=$((files + $(find "$dir" -type f | wc -l)))
  hits=$(grep -rlF -- "$secret" "$dir" 2>/dev/null || true)
  if [ -n "$hits" ]; then echo "SECRET FOUND in:"; echo "$hits"; found=1; fi
done
echo "scanned $files files for the test password: $( [ $found = 0 ] && echo none found || echo FOUND )"
exit $found
