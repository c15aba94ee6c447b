#!/bin/sh
# test-package.sh BUILD_DIR SOURCE_DIR VERSION: builds the Debian package with cpack and checks it
# as a user's machine would meet it. Every check prints what failed and exits non-zero.
set -eu
build=$1; src=$2; version=$3
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log" >&2; fail "cpack"; }
arch=$(dpkg --print-architecture)
deb="$scratch/out/paydesk_${version}_${arch}.deb"
[ -f "$deb" ] || fail "no $deb; cpack made: $(ls "$scratch/out")"

[ "$(dpkg-deb -f "$deb" Package)" = paydesk ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6keychain1 qt6-qpa-plugins libc6; do
  echo "$depends" | grep -q "\b$dep\b" || fail "Depends lacks $dep"
done

dpkg-deb -c "$deb" | awk '{print $6}' >"$scratch/files"
for f in ./usr/bin/paydesk ./usr/bin/paydesk-cli ./usr/bin/paydesk-sandbox \
         ./usr/share/applications/ru.paydesk.PayDesk.desktop \
         ./usr/share/metainfo/ru.paydesk.PayDesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/ru.paydesk.PayDesk.svg \
         ./usr/share/icons/hicolor/16x16/apps/ru.paydesk.PayDesk.png \
         ./usr/share/icons/hicolor/48x48/apps/ru.paydesk.PayDesk.png \
         ./usr/share/icons/hicolor/256x256/apps/ru.paydesk.PayDesk.png \
         ./usr/share/man/man1/paydesk-cli.1.gz ./usr/share/man/man1/paydesk-sandbox.1.gz \
         ./usr/share/paydesk/translations/paydesk_ru.qm ./usr/share/paydesk/translations/paydesk_en.qm \
         ./usr/lib/systemd/user/paydesk-remind.service ./usr/lib/systemd/user/paydesk-remind.timer; do
  grep -qx "$f" "$scratch/files" || fail "$f is not in the package"
done
# Nothing from the build or the tests leaks into it.
if grep -E 'tst_|bench_|icongen|\.a$' "$scratch/files"; then fail "build or test files in the package"; fi

dpkg -x "$deb" "$scratch/root"
# The reminder's units run the CLI and are off by default: no maintainer script enables them.
grep -qx "ExecStart=paydesk-cli remind" "$scratch/root/usr/lib/systemd/user/paydesk-remind.service" ||
  fail "paydesk-remind.service does not run paydesk-cli remind"
grep -q "^OnCalendar=" "$scratch/root/usr/lib/systemd/user/paydesk-remind.timer" || fail "paydesk-remind.timer has no schedule"
dpkg-deb -e "$deb" "$scratch/control"
if grep -qs systemctl "$scratch/control/postinst"; then fail "the package enables a unit"; fi

desktop-file-validate "$src/packaging/linux/ru.paydesk.PayDesk.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$build/packaging/ru.paydesk.PayDesk.metainfo.xml" || fail "appstreamcli validate"

out=$("$scratch/root/usr/bin/paydesk-cli" --version)
[ "$out" = "paydesk-cli $version" ] || fail "installed paydesk-cli --version said: $out"
"$scratch/root/usr/bin/paydesk-sandbox" --help | grep -q "RBS REST protocol" || fail "installed paydesk-sandbox --help"
out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$scratch/root/usr/bin/paydesk" --version) # no display needed
[ "$out" = "PayDesk $version" ] || [ "$out" = "paydesk $version" ] || fail "installed paydesk --version said: $out"
for page in paydesk-cli paydesk-sandbox; do
  gzip -t "$scratch/root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz"
  zcat "$scratch/root/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH SYNOPSIS' || fail "$page man page has no synopsis"
done
echo "OK: $(basename "$deb"), $(wc -l <"$scratch/files") entries"
