//go:build !linux

package runtime

import "os"

// isTTY reports a character device where no TTY ioctl is wired up.
func isTTY(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
