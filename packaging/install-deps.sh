#!/bin/sh
# install-deps.sh run|test: installs the Debian 12 packages PayDesk needs, only those missing.
# Verified list: ../shared/toolchain.md. Runs apt as root, or through sudo.
set -eu
build="cmake ninja-build g++ pkg-config qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libpq-dev libzstd-dev qtkeychain-qt6-dev qt6-charts-dev libqrencode-dev libssl-dev libsecret-1-0 dpkg-dev
  fonts-dejavu-core gnome-keyring dbus qt6-translations-l10n"
case "${1:-run}" in
  run) want="$build" ;;
  # clang with libclang-rt-14-dev (libFuzzer, ASan, UBSan runtimes; only recommended by clang) for tests/fuzz.
  # postgresql (with postgresql-common's pg_virtualenv): the throw-away cluster of the team-mode tests.
  test) want="$build postgresql postgresql-common file xvfb xauth chromium desktop-file-utils appstream openssl clang libclang-rt-14-dev" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
# Node may come from Debian or elsewhere; only its commands matter (for the browser test).
if [ "${1:-run}" = test ]; then
  command -v node >/dev/null 2>&1 || missing="$missing nodejs"
  command -v npm >/dev/null 2>&1 || missing="$missing npm"
fi
[ -z "$missing" ] && exit 0
echo "Installing:$missing" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
