package runtime

import (
	"os"
	"path/filepath"
	"testing"
)

// The fs operations are plain Go and are tested here without a VM; the
// goldens (testdata/fs) test them again through JavaScript against Node.

func TestFsMkdirpReturnsFirstCreated(t *testing.T) {
	dir := t.TempDir()
	first, err := fsMkdirp(filepath.Join(dir, "a", "b", "c"), 0o777)
	if err != nil || first != filepath.Join(dir, "a") {
		t.Fatalf("fsMkdirp = %q, %v; want %q", first, err, filepath.Join(dir, "a"))
	}
	if first, err := fsMkdirp(filepath.Join(dir, "a", "b"), 0o777); err != nil || first != "" {
		t.Errorf("existing: fsMkdirp = %q, %v; want \"\", nil", first, err)
	}
	f := filepath.Join(dir, "file")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{f, "EEXIST: file already exists, mkdir '" + f + "'"},
		{filepath.Join(f, "x"), "ENOTDIR: not a directory, mkdir '" + filepath.Join(f, "x") + "'"},
	}
	for _, tt := range tests {
		if _, err := fsMkdirp(tt.path, 0o777); err == nil || err.Error() != tt.want {
			t.Errorf("fsMkdirp(%q) error = %v, want %s", tt.path, err, tt.want)
		}
	}
}

func TestFsErrorsNameNodeSyscalls(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing")
	check := func(name string, err *sysError, want string) {
		t.Helper()
		if err == nil || err.Error() != want {
			t.Errorf("%s: error = %v, want %s", name, err, want)
		}
	}
	_, err := fsReaddir(missing)
	check("readdir", err, "ENOENT: no such file or directory, scandir '"+missing+"'")
	_, err = fsReadFile(dir, 0)
	check("readFile dir", err, "EISDIR: illegal operation on a directory, read")
	check("rm missing", fsRm(missing, false, false), "ENOENT: no such file or directory, lstat '"+missing+"'")
	if err := fsRm(missing, false, true); err != nil {
		t.Errorf("rm force: %v", err)
	}
	e := fsRm(dir, false, false)
	if e == nil || e.nodeCode != "ERR_FS_EISDIR" {
		t.Errorf("rm dir without recursive = %v, want ERR_FS_EISDIR", e)
	}
	check("copyFile", fsCopyFile(missing, filepath.Join(dir, "x"), 0), "ENOENT: no such file or directory, copyfile '"+missing+"' -> '"+filepath.Join(dir, "x")+"'")
	_, err = fsRealpath(missing)
	check("realpath", err, "ENOENT: no such file or directory, lstat '"+missing+"'")
}

func TestFsReadWriteFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	const wflags = 0o1 | 0o100 | 0o1000 // O_WRONLY|O_CREAT|O_TRUNC
	if err := fsWriteFile(p, []byte("hello"), wflags, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := fsWriteFile(p, []byte("hi"), wflags, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := fsReadFile(p, 0)
	if err != nil || string(got) != "hi" {
		t.Fatalf("read back %q, %v", got, err)
	}
	st, err := fsStatPath(p, true)
	if err != nil || st.size != 2 || st.mode&0o170000 != 0o100000 {
		t.Errorf("stat = %+v, %v", st, err)
	}
}
