#!/usr/bin/env bash
# Installs what HallDesk needs to build and test on Debian 12, skipping what is already there:
# Debian packages, the Wails CLI at the version go.mod names, and the frontend's npm packages.
set -euo pipefail
cd "$(dirname "$0")/../.."

pkgs=(gcc g++ make pkg-config git libgtk-3-dev libwebkit2gtk-4.1-dev chromium xvfb xauth imagemagick poppler-utils zbar-tools fonts-wqy-microhei libharfbuzz-bin  # the last: HarfBuzz's shaper, the Mongolian shaping test's reference
  openssh-server  # the replication tests' loopback SFTP server (and its key generator)
  gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 nsis)  # the last three: the Windows build and installer
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== 安装系统软件包：${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v go >/dev/null || { echo "需要 Go 1.26 或更新版本（https://go.dev/dl/）"; exit 1; }
command -v npm >/dev/null || { echo "需要 Node.js 20 和 npm"; exit 1; }

want=$(go list -m -f '{{.Version}}' github.com/wailsapp/wails/v2)
wails="$(go env GOPATH)/bin/wails"
have=$("$wails" version 2>/dev/null | head -1 || true)
if [ "$have" != "$want" ]; then
  echo "== 安装 Wails 命令行 $want"
  go install "github.com/wailsapp/wails/v2/cmd/wails@$want"
fi

stamp=frontend/node_modules/.installed-lock
if [ ! -f "$stamp" ] || [ frontend/package-lock.json -nt "$stamp" ]; then
  echo "== 安装前端依赖"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi
