#!/usr/bin/env bash
# Checks the packages made by package.sh: the .deb installs with apt, the installed program
# starts its window (desktop smoke test) and reports its version, and it removes cleanly; the
# Windows program and installer are amd64 PE executables (they cannot be run here).
set -euo pipefail
version=${1:?version}
deb=$(realpath "build/bin/halldesk_${version}_amd64.deb")
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

echo "== 安装 $deb"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$deb" >/dev/null
bad=$(dpkg -L halldesk | grep -v -E '^/\.$|^/usr(/bin(/halldesk)?|/share(/applications(/halldesk\.desktop)?|/icons(/hicolor(/.*)?)?|/doc(/halldesk(/copyright)?)?)?)?$' || true)
[ -z "$bad" ] || { echo "包内有不在标准位置的文件：$bad"; exit 1; }
got=$(/usr/bin/halldesk --version)
[ "$got" = "halldesk $version" ] || { echo "版本号不符：$got"; exit 1; }
echo "已安装：$got；图标 $(dpkg -L halldesk | grep -c 'hicolor/.*png$') 种尺寸"
bash build/scripts/desktop-smoke.sh /usr/bin/halldesk test-output/desktop-installed

echo "== 卸载"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq --purge halldesk >/dev/null
for f in /usr/bin/halldesk /usr/share/applications/halldesk.desktop /usr/share/icons/hicolor/256x256/apps/halldesk.png; do
  [ ! -e "$f" ] || { echo "卸载后仍有 $f"; exit 1; }
done
echo "已卸载干净"

# pe_machine prints the machine field of a PE file's COFF header ("8664" for amd64).
pe_machine() {
  local f=$1 off
  [ "$(head -c 2 "$f")" = "MZ" ] || { echo "none"; return; }
  off=$(od -An -t u4 -j 60 -N 4 "$f" | tr -d ' ')
  [ "$(tail -c +$((off + 1)) "$f" | head -c 4 | od -An -c | tr -d ' ')" = 'PE\0\0' ] || { echo "none"; return; }
  od -An -t x2 -j $((off + 4)) -N 2 "$f" | tr -d ' '
}
for f in build/bin/halldesk.exe "build/bin/halldesk-${version}-windows-amd64-installer.exe"; do
  [ -s "$f" ] || { echo "缺少 $f"; exit 1; }
  m=$(pe_machine "$f")
  case "$f" in
    *installer*) [ "$m" = "014c" ] || [ "$m" = "8664" ] || { echo "$f 不是 Windows 可执行文件（$m）"; exit 1; } ;;  # NSIS stubs are 32-bit
    *) [ "$m" = "8664" ] || { echo "$f 不是 amd64 的 Windows 程序（$m）"; exit 1; } ;;
  esac
  echo "$f：PE，machine 0x$m，$(du -h "$f" | cut -f1)"
done
echo "1 passed, 0 failed"
