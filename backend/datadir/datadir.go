// Package datadir finds the data folder and makes sure only one process writes to it.
package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// DBName is the database file inside the data folder.
const DBName = "halldesk.db"

// Default is the desktop data folder: the user's config directory plus "halldesk".
func Default() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("找不到用户配置目录，请用 --data 指定数据文件夹：%w", err)
	}
	return filepath.Join(base, "halldesk"), nil
}

// ErrBusy means another HallDesk process holds the folder.
var ErrBusy = errors.New("该数据文件夹正被另一个便民服务台程序使用（同一份数据只能由一个程序打开）；请先关闭它，或改用浏览器访问它的地址")

// Lock creates dir if needed and takes an exclusive lock on it for the life of the process.
// The returned func releases it.
func Lock(dir string) (func(), error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("无法创建数据文件夹 %s：%w", dir, err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "halldesk.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("无法打开锁文件：%w", err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, ErrBusy
	}
	return func() { unlockFile(f); f.Close() }, nil
}
