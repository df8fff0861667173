package diag

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// MaxSourceFile bounds what is read as one source file. V8 cannot hold a
// longer string, so Node cannot run such a file either; and a device such
// as /dev/zero, which never ends, must give an error rather than use all
// memory.
const MaxSourceFile = 512 << 20

var errTooLarge = errors.New("it is larger than 512 MiB")

// ReadSourceFile reads a program file, or returns the one diagnostic every
// command gives for it: missing (tsc's TS6053), a directory, unreadable, or
// larger than MaxSourceFile.
func ReadSourceFile(name string) ([]byte, *Diagnostic) {
	fail := func(m *Message, args ...any) ([]byte, *Diagnostic) {
		d := New(nil, 0, 0, m, args...)
		return nil, &d
	}
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return fail(FileNotFound, name)
	}
	if err != nil {
		return fail(CannotReadFile, name, IOReason(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	switch {
	case err != nil:
		return fail(CannotReadFile, name, IOReason(err))
	case fi.IsDir():
		return fail(CannotReadFile, name, "it is a directory")
	case fi.Mode().IsRegular() && fi.Size() > MaxSourceFile:
		return fail(CannotReadFile, name, errTooLarge.Error())
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxSourceFile+1))
	if err != nil {
		return fail(CannotReadFile, name, IOReason(err))
	}
	if len(b) > MaxSourceFile {
		return fail(CannotReadFile, name, errTooLarge.Error())
	}
	return b, nil
}

// IOReason is the system's reason for err without the operation and path,
// which a diagnostic's message already names ("permission denied").
func IOReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
