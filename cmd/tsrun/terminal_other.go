//go:build !linux

package main

import "os"

// isTerminal reports whether f is a character device: close enough where
// tsrun has no TTY ioctl (a pipe or a file is not one).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeCharDevice != 0
}
