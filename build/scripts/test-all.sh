#!/usr/bin/env bash
# Every test layer of HallDesk, in order: Go (vet, tests, a bounded fuzz run), frontend (type
# check, Vitest), crash safety (SIGKILL during writes), end-to-end in Chromium against browser
# mode, desktop smoke under Xvfb, the packages (.deb installed and removed, Windows files checked).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
step() { printf '\n==== %s (%ds)\n' "$*" $((SECONDS - start)); }

step "Go: vet 与单元测试"
make --no-print-directory test-go
step "Go: 身份证号码模糊测试（限时）"
make --no-print-directory test-fuzz
step "打印样张（PNG，供人工查看）"
make --no-print-directory samples
step "前端：类型检查与组件测试"
make --no-print-directory test-frontend
step "构建（绑定、前端、桌面程序）"
make --no-print-directory build
step "崩溃安全：反复 SIGKILL 浏览器模式服务器，已确认的写入一条不丢（限时）"
make --no-print-directory test-crash
step "端到端：Chromium 驱动浏览器模式"
make --no-print-directory test-e2e
step "桌面冒烟：Xvfb 下启动真实窗口"
make --no-print-directory test-desktop
step "安装包：.deb 安装、从安装位置冒烟、卸载；Windows 程序与安装包"
make --no-print-directory test-package
step "全部通过，用时 $((SECONDS - start)) 秒"
