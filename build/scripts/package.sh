#!/usr/bin/env bash
# Packages a built HallDesk for the township's PCs:
#   build/bin/halldesk_<version>_amd64.deb     Debian 12, UOS, Kylin (amd64)
#   build/bin/halldesk-<version>-windows-amd64-installer.exe and halldesk.exe (Windows 10/11)
# Usage: package.sh <version>. Expects build/bin/halldesk (make build) for the .deb.
set -euo pipefail
version=${1:?version}
root=$(pwd)
out=build/bin
tags="webkit2_41"

# ---- Debian package ----
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
install -D -m 0755 "$out/halldesk" "$stage/usr/bin/halldesk"
install -D -m 0644 build/linux/halldesk.desktop "$stage/usr/share/applications/halldesk.desktop"
for size in 16 24 32 48 64 128 256 512; do
  dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  convert build/appicon.png -resize "${size}x${size}" "$dir/halldesk.png"
done
install -D -m 0644 build/linux/copyright "$stage/usr/share/doc/halldesk/copyright"
installed_kb=$(du -sk "$stage/usr" | cut -f1)
mkdir -p "$stage/DEBIAN"
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$installed_kb/" build/linux/control > "$stage/DEBIAN/control"
deb="$out/halldesk_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "已生成 $deb（$(du -h "$deb" | cut -f1)）"

# ---- Windows: cross-compiled with mingw-w64 (go-sqlite3 needs cgo), NSIS installer ----
# Numeric x.y.z for the Windows version resource: the part before any "+".
winver=${version%%+*}
wails=$(go env GOPATH)/bin/wails
tmp=$(mktemp -d)
cp wails.json "$tmp/wails.json.orig"
# The installer's version comes from wails.json; restore it whatever happens.
trap 'cp "$tmp/wails.json.orig" wails.json; rm -rf "$stage" "$tmp"' EXIT
sed -i "s/\"productVersion\": *\"[^\"]*\"/\"productVersion\": \"$winver\"/" wails.json
CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ \
  "$wails" build -m -s -skipbindings -platform windows/amd64 -nsis -tags "$tags" \
  -ldflags "-X main.version=$version" -o halldesk.exe >"$tmp/wails.log" 2>&1 || { cat "$tmp/wails.log"; exit 1; }
installer=$(ls -t "$out"/*installer*.exe | head -1)
final="$out/halldesk-${version}-windows-amd64-installer.exe"
[ "$installer" = "$final" ] || mv "$installer" "$final"
echo "已生成 $out/halldesk.exe 与 $final（$(du -h "$final" | cut -f1)）"
