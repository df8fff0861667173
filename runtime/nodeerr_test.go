package runtime

import (
	"syscall"
	"testing"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

// Expected messages are Node 26's for the same failures (checked by running
// Node; the fs goldens cover them end to end).
func TestSysErrorMessage(t *testing.T) {
	tests := []struct {
		err  *sysError
		want string
	}{
		{newPathError(syscall.ENOENT, "open", "x"), "ENOENT: no such file or directory, open 'x'"},
		{newSysError(syscall.EBADF, "fstat"), "EBADF: bad file descriptor, fstat"},
		{newDestError(syscall.EEXIST, "copyfile", "a", "b"), "EEXIST: file already exists, copyfile 'a' -> 'b'"},
		{newPathError(syscall.ENOTEMPTY, "rmdir", "d"), "ENOTEMPTY: directory not empty, rmdir 'd'"},
		{&sysError{errno: -9999, syscall: "open"}, "UNKNOWN: unknown error, open"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
	if got := newPathError(syscall.EISDIR, "read", "").errno; got != -21 {
		t.Errorf("EISDIR errno = %d, want -21", got)
	}
}

func TestSysErrorProperties(t *testing.T) {
	rt := goja.New()
	obj := newDestError(syscall.ENOENT, "rename", "a", "b").toJS(rt)
	want := []string{"errno", "code", "syscall", "path", "dest"}
	if diff := cmp.Diff(want, obj.Keys()); diff != "" {
		t.Errorf("own enumerable keys (-node +tsrun):\n%s", diff)
	}
	if got := obj.Get("errno").ToInteger(); got != -2 {
		t.Errorf("errno = %d", got)
	}
}

func TestInvalidArgTypeMsg(t *testing.T) {
	rt := goja.New()
	v := func(src string) goja.Value {
		val, err := rt.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		return val
	}
	tests := []struct {
		name     string
		expected []string
		actual   goja.Value
		want     string
	}{
		{"path", []string{"string", "Buffer", "URL"}, goja.Undefined(), `The "path" argument must be of type string or an instance of Buffer or URL. Received undefined`},
		{"cb", []string{"function"}, v("1"), `The "cb" argument must be of type function. Received type number (1)`},
		{"first argument", []string{"string", "Buffer", "ArrayBuffer", "Array", "Array-like Object"}, v("({})"), `The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object`},
		{"options", []string{"string", "Object"}, v("5"), `The "options" argument must be one of type string or object. Received type number (5)`},
		{"options.recursive", []string{"boolean"}, v("'x'.repeat(30)"), `The "options.recursive" property must be of type boolean. Received type string ('xxxxxxxxxxxxxxxxxxxxxxxxx...')`},
		{"path", []string{"string"}, v("(function f() {})"), `The "path" argument must be of type string. Received function f`},
		{"path", []string{"string"}, v("-0"), `The "path" argument must be of type string. Received type number (-0)`},
	}
	for _, tt := range tests {
		if got := invalidArgTypeMsg(rt, tt.name, tt.expected, tt.actual); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}
