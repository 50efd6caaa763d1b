package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// copyData copies the database files of a filled data folder (the database and its write-ahead
// log, if any) into a new temporary folder and returns it.
func copyData(from string) (string, error) {
	if _, err := os.Stat(filepath.Join(from, "halldesk.db")); err != nil {
		return "", fmt.Errorf("no data set in %s (make bench builds it): %w", from, err)
	}
	dir, err := os.MkdirTemp("", "halldesk-load-")
	if err != nil {
		return "", err
	}
	for _, name := range []string{"halldesk.db", "halldesk.db-wal"} {
		if err := copyFile(filepath.Join(from, name), filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.RemoveAll(dir)
			return "", err
		}
	}
	return dir, nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
