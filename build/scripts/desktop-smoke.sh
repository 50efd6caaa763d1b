#!/usr/bin/env bash
# Desktop smoke test: start the real binary under Xvfb on a fresh data folder and wait until the
# frontend, loaded in the window's WebKit view, has called the ReportReady binding (the binary
# writes the screen's name to --ready-file only then). Then take a screenshot and close it.
# Twice: the hall's desk (first start: the setup screen) and the banner console (`banner`: its
# own setup screen).
set -euo pipefail
bin=$(realpath "${1:-build/bin/halldesk}")
out=${2:-test-output/desktop}
mkdir -p "$out"
out=$(realpath "$out")

# smoke <mode ("" or banner)> <expected screen> <screenshot name>
smoke() {
  local data
  data=$(mktemp -d)
  export HALLDESK_BIN="$bin" HALLDESK_DATA="$data" HALLDESK_OUT="$out" HALLDESK_MODE="$1" HALLDESK_SHOT="$3"
  # Inside the X server: run the app, wait for the signal, screenshot, stop.
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    set -u
    "$HALLDESK_BIN" $HALLDESK_MODE --data "$HALLDESK_DATA" --ready-file "$HALLDESK_DATA/ready" >"$HALLDESK_OUT/app.log" 2>&1 &
    pid=$!
    for i in $(seq 1 120); do
      [ -s "$HALLDESK_DATA/ready" ] && break
      kill -0 $pid 2>/dev/null || { echo "桌面程序提前退出"; cat "$HALLDESK_OUT/app.log"; exit 1; }
      sleep 0.5
    done
    if [ ! -s "$HALLDESK_DATA/ready" ]; then
      echo "60 秒内界面没有调用 ReportReady"; import -window root "$HALLDESK_OUT/desktop-timeout.png" || true
      kill $pid; cat "$HALLDESK_OUT/app.log"; exit 1
    fi
    sleep 1.5   # let the first screen finish painting for the screenshot
    import -window root "$HALLDESK_OUT/$HALLDESK_SHOT.png"
    kill $pid; wait $pid 2>/dev/null || true
  '
  screen=$(cat "$data/ready")
  rm -rf "$data"
  echo "桌面冒烟测试${1:+（$1）}：窗口已加载界面，绑定方法已应答，当前页面：$screen"
  [ "$screen" = "$2" ] || { echo "期望首次启动显示 $2，实际是 $screen"; exit 1; }
  echo "截图：$out/$3.png"
}

smoke "" setup desktop-first-start
smoke banner banner-setup desktop-banner-first-start
echo "2 passed, 0 failed"
