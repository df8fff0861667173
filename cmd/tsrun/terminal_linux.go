package main

import (
	"os"
	"syscall"
	"unsafe"
)

// isTerminal asks the kernel whether f is a TTY (the TCGETS ioctl succeeds
// only on one). A character-device check is not enough: /dev/null is one.
func isTerminal(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
