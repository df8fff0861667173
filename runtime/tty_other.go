//go:build !linux

package runtime

import (
	"errors"
	"os"
)

// isTTY reports a character device where no TTY ioctl is wired up.
func isTTY(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// fdIsTTY knows the standard streams only (os.NewFile would close the
// descriptor when collected).
func fdIsTTY(fd uintptr) bool {
	for _, f := range []*os.File{os.Stdin, os.Stdout, os.Stderr} {
		if f.Fd() == fd {
			return isTTY(f)
		}
	}
	return false
}

func canOpenTTY(fd uintptr) bool { return fdIsTTY(fd) }

var errNoTTY = errors.New("terminal control is implemented on Linux only")

// winSize gives the classic 80×24 where it cannot ask the terminal.
func winSize(uintptr) (cols, rows int, err error) { return 80, 24, nil }

func setRawMode(uintptr, bool) error { return errNoTTY }
