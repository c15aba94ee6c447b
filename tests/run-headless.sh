#!/bin/sh
# run-headless.sh BUILD_DIR [ctest args]: runs ctest inside a private D-Bus session with an unlocked
# gnome-keyring (the real Secret Service) and a throw-away home for settings, keyring and cache, with a
# throw-away PostgreSQL cluster on loopback for the team-mode tests (pg_virtualenv, postgresql-common;
# it works as root and as a user, and drops the cluster afterwards).
set -eu
build=$1; shift
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/run"
export XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_HOME="$scratch/config" \
       XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=offscreen
pg=""
# -t: the cluster in a temporary directory even as root, so that runs at the same time never collide.
command -v pg_virtualenv >/dev/null 2>&1 && pg="pg_virtualenv -t --"
$pg dbus-run-session -- sh -ec '
  printf %s paydesk-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec ctest --test-dir "$0" --output-on-failure --no-tests=error "$@"
' "$build" "$@"
