#!/bin/sh
# translations-complete.sh SOURCE_DIR: every user-visible string in the sources has a finished
# Russian and English translation. Rescans the sources into copies of the .ts files, so a string
# added without its translation fails here.
set -eu
src=$1
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
cp "$src"/translations/paydesk_ru.ts "$src"/translations/paydesk_en.ts "$scratch/"
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none -I "$src/src" "$src/src/core" "$src/src/gui" "$src/src/app" "$src/src/cli" "$src/ui" \
    -ts "$scratch/paydesk_ru.ts" "$scratch/paydesk_en.ts" >"$scratch/lupdate.log" 2>&1 || { cat "$scratch/lupdate.log"; exit 1; }
status=0
for ts in "$scratch"/paydesk_ru.ts "$scratch"/paydesk_en.ts; do
  n=$(grep -c 'type="unfinished"\|type="vanished"\|<translation */>\|<translation></translation>' "$ts" || true)
  if [ "$n" -ne 0 ]; then
    echo "FAIL: $(basename "$ts"): $n entries without a finished translation:"
    grep -B3 'type="unfinished"\|<translation */>\|<translation></translation>' "$ts" | grep '<source>' | head -20
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "OK: $(grep -c '<message' "$scratch/paydesk_ru.ts") strings, all translated"
exit $status
