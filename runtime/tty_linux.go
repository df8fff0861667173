package runtime

import (
	"os"
	"sync"
	"syscall"
	"unsafe"
)

// isTTY asks the kernel whether f is a terminal (TCGETS succeeds only on
// one): /dev/null is a character device too, and must not get colors.
func isTTY(f *os.File) bool {
	return fdIsTTY(f.Fd())
}

func fdIsTTY(fd uintptr) bool {
	var t syscall.Termios
	return ioctl(fd, syscall.TCGETS, unsafe.Pointer(&t)) == nil
}

func ioctl(fd, req uintptr, arg unsafe.Pointer) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, req, uintptr(arg)); errno != 0 {
		return errno
	}
	return nil
}

// canOpenTTY is libuv's uv_tty_init check (through uv_guess_handle): a
// terminal, a pipe or a socket can back a tty stream; a file, a device or
// a closed descriptor cannot.
func canOpenTTY(fd uintptr) bool {
	if fdIsTTY(fd) {
		return true
	}
	var st syscall.Stat_t
	if syscall.Fstat(int(fd), &st) != nil {
		return false
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFIFO, syscall.S_IFSOCK:
		return true
	}
	return false
}

// winSize is the terminal's size in columns and rows (TIOCGWINSZ).
func winSize(fd uintptr) (cols, rows int, err error) {
	var ws struct{ Row, Col, X, Y uint16 }
	if err := ioctl(fd, syscall.TIOCGWINSZ, unsafe.Pointer(&ws)); err != nil {
		return 0, 0, err
	}
	return int(ws.Col), int(ws.Row), nil
}

// savedModes holds each terminal's settings from before its first switch
// to raw mode, so that leaving raw mode restores them exactly.
var savedModes sync.Map // fd → syscall.Termios

// setRawMode switches a terminal to libuv's UV_TTY_MODE_RAW (what
// setRawMode(true) asks for: no echo, no line editing, no signals from
// keys, bytes as typed) or back to the settings it had before.
func setRawMode(fd uintptr, raw bool) error {
	if !raw {
		if t, ok := savedModes.Load(fd); ok {
			orig := t.(syscall.Termios)
			return ioctl(fd, syscall.TCSETS, unsafe.Pointer(&orig))
		}
		return nil
	}
	var t syscall.Termios
	if err := ioctl(fd, syscall.TCGETS, unsafe.Pointer(&t)); err != nil {
		return err
	}
	savedModes.LoadOrStore(fd, t)
	t.Iflag &^= syscall.BRKINT | syscall.ICRNL | syscall.INPCK | syscall.ISTRIP | syscall.IXON
	t.Oflag |= syscall.ONLCR
	t.Cflag |= syscall.CS8
	t.Lflag &^= syscall.ECHO | syscall.ICANON | syscall.IEXTEN | syscall.ISIG
	t.Cc[syscall.VMIN] = 1
	t.Cc[syscall.VTIME] = 0
	return ioctl(fd, syscall.TCSETS, unsafe.Pointer(&t))
}
