package runtime

// node:tty: isatty, and ReadStream/WriteStream for terminals (window size,
// color depth as Node computes it from the environment, raw mode, cursor
// control). js/tty.js holds the API; this file asks the kernel
// (tty_linux.go). process.stdout, process.stderr and process.stdin are made
// terminal streams by js/process.js when they are terminals.

import (
	"os"

	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("tty", func(vm *VM) (*goja.Object, error) {
		v, err := vm.cachedInternal("ttyModule", func() (goja.Value, error) {
			errs, err := vm.nodeErrors()
			if err != nil {
				return nil, err
			}
			return vm.internalJS("tty", errs, vm.ttyHost())
		})
		return v, err
	})
}

// ttyFd is the descriptor behind a file descriptor number as the program
// sees it: 0, 1 and 2 are the VM's standard streams (which need not be the
// process's: tests run programs on buffers), others are the process's.
func (vm *VM) ttyFd(fd int) (uintptr, bool) {
	var s any
	switch fd {
	case 0:
		s = vm.Stdin
	case 1:
		s = vm.Stdout
	case 2:
		s = vm.Stderr
	default:
		return uintptr(fd), true
	}
	f, ok := s.(*os.File)
	if !ok {
		return 0, false
	}
	return f.Fd(), true
}

func (vm *VM) ttyHost() *goja.Object {
	rt := vm.RT
	host := rt.NewObject()
	// isatty(fd) → whether fd is a terminal.
	must(host.Set("isatty", func(c goja.FunctionCall) goja.Value {
		fd, ok := vm.ttyFd(int(c.Argument(0).ToInteger()))
		return rt.ToValue(ok && fdIsTTY(fd))
	}))
	// canOpen(fd) → whether a tty stream can be made on fd.
	must(host.Set("canOpen", func(c goja.FunctionCall) goja.Value {
		fd, ok := vm.ttyFd(int(c.Argument(0).ToInteger()))
		return rt.ToValue(ok && canOpenTTY(fd))
	}))
	// windowSize(fd) → [columns, rows], or undefined when it cannot be read.
	must(host.Set("windowSize", func(c goja.FunctionCall) goja.Value {
		fd, ok := vm.ttyFd(int(c.Argument(0).ToInteger()))
		if !ok {
			return goja.Undefined()
		}
		cols, rows, err := winSize(fd)
		if err != nil {
			return goja.Undefined()
		}
		return rt.NewArray(cols, rows)
	}))
	// setRawMode(fd, raw) → undefined, or the error's message.
	must(host.Set("setRawMode", func(c goja.FunctionCall) goja.Value {
		fd, ok := vm.ttyFd(int(c.Argument(0).ToInteger()))
		if !ok {
			return rt.ToValue("not a terminal")
		}
		if err := setRawMode(fd, c.Argument(1).ToBoolean()); err != nil {
			return rt.ToValue(err.Error())
		}
		return goja.Undefined()
	}))
	return host
}
