package runtime

// The file-system operations behind node:fs, as plain Go: no goja, no loop.
// Each runs on a worker (async forms) or on the loop (sync forms) and
// reports failure as a *sysError carrying libuv's syscall name, so the
// JavaScript error reads as Node's does (readdir fails in "scandir", a
// missing path in realpath fails in "lstat", as Node's JS realpath does).
//
// They call the kernel through package syscall rather than package os where
// Node's semantics differ from os's: flags and modes pass through untouched,
// fds are real descriptors (what Node shows), and errors keep their errno.

import (
	"crypto/rand"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unsafe"
)

// fsStat is what a stat call reports, in the order Node's Stats lists it.
type fsStat struct {
	dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks uint64
	atime, mtime, ctime, birthtime                               timespec
}

type timespec struct{ sec, nsec int64 }

// ms is the time in milliseconds as a double, Node's atimeMs.
func (t timespec) ms() float64 { return float64(t.sec)*1e3 + float64(t.nsec)/1e6 }

// Dirent types, libuv's numbering (Node keeps it in Dirent's symbol).
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

type fsDirent struct {
	name string
	typ  int
}

func retryEINTR(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}

func fsOpen(path string, flags int, mode uint32) (int, *sysError) {
	var fd int
	err := retryEINTR(func() (err error) {
		fd, err = syscall.Open(path, flags|syscall.O_CLOEXEC, mode)
		return err
	})
	if err != nil {
		return -1, newPathError(err, "open", path)
	}
	return fd, nil
}

func fsClose(fd int) *sysError {
	if err := syscall.Close(fd); err != nil {
		return newSysError(err, "close")
	}
	return nil
}

// fsRead reads into b at pos, or at the current offset when pos < 0.
func fsRead(fd int, b []byte, pos int64) (int, *sysError) {
	var n int
	err := retryEINTR(func() (err error) {
		if pos < 0 {
			n, err = syscall.Read(fd, b)
		} else {
			n, err = syscall.Pread(fd, b, pos)
		}
		return err
	})
	if err != nil {
		return 0, newSysError(err, "read")
	}
	return n, nil
}

// fsWrite writes b at pos (current offset when pos < 0). Like libuv, one
// call may write less than asked; callers that need all of it loop.
func fsWrite(fd int, b []byte, pos int64) (int, *sysError) {
	var n int
	err := retryEINTR(func() (err error) {
		if pos < 0 {
			n, err = syscall.Write(fd, b)
		} else {
			n, err = syscall.Pwrite(fd, b, pos)
		}
		return err
	})
	if err != nil {
		return 0, newSysError(err, "write")
	}
	return n, nil
}

func fsWriteAll(fd int, b []byte, pos int64) *sysError {
	for len(b) > 0 {
		n, err := fsWrite(fd, b, pos)
		if err != nil {
			return err
		}
		b = b[n:]
		if pos >= 0 {
			pos += int64(n)
		}
	}
	return nil
}

// fsReadAll reads fd to its end, sizing the buffer from fstat when the file
// is regular (the common case: one allocation, one or two reads).
func fsReadAll(fd int) ([]byte, *sysError) {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, newSysError(err, "fstat")
	}
	size := 0
	if st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		size = int(st.Size)
	}
	buf := make([]byte, 0, max(size, 512)+1)
	for {
		// A regular file is read to the size fstat gave, as Node does,
		// without a last read to see EOF.
		if size > 0 && len(buf) == size {
			return buf, nil
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := fsRead(fd, buf[len(buf):cap(buf)], -1)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

// fsReadFile is readFile for a path: open, read all, close, in one trip to
// a worker. The flag is the caller's (default O_RDONLY).
func fsReadFile(path string, flags int) ([]byte, *sysError) {
	fd, err := fsOpen(path, flags, 0o666)
	if err != nil {
		return nil, err
	}
	data, err := fsReadAll(fd)
	syscall.Close(fd)
	return data, err
}

// fsWriteFile is writeFile for a path, as Node does it: open with the
// caller's flags (default O_WRONLY|O_CREAT|O_TRUNC), write everything,
// close. A close error is reported: data the kernel refused is not lost
// silently.
func fsWriteFile(path string, data []byte, flags int, mode uint32) *sysError {
	fd, err := fsOpen(path, flags, mode)
	if err != nil {
		return err
	}
	pos := int64(-1)
	if err := fsWriteAll(fd, data, pos); err != nil {
		syscall.Close(fd)
		return err
	}
	return fsClose(fd)
}

func statFromSys(st *syscall.Stat_t) fsStat {
	return fsStat{
		dev: st.Dev, mode: uint64(st.Mode), nlink: uint64(st.Nlink), uid: uint64(st.Uid), gid: uint64(st.Gid),
		rdev: st.Rdev, blksize: uint64(st.Blksize), ino: st.Ino, size: uint64(st.Size), blocks: uint64(st.Blocks),
		atime:     timespec{st.Atim.Sec, st.Atim.Nsec},
		mtime:     timespec{st.Mtim.Sec, st.Mtim.Nsec},
		ctime:     timespec{st.Ctim.Sec, st.Ctim.Nsec},
		birthtime: timespec{st.Ctim.Sec, st.Ctim.Nsec},
	}
}

// fsStatPath is stat (follow) or lstat (nofollow). libuv uses statx to get
// the birth time; statx is tried first and stat(2) is the fallback.
func fsStatPath(path string, follow bool) (fsStat, *sysError) {
	name := "stat"
	if !follow {
		name = "lstat"
	}
	if st, err, ok := statx(-100, path, follow, false); ok {
		if err != nil {
			return fsStat{}, newPathError(err, name, path)
		}
		return st, nil
	}
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(path, &st)
	} else {
		err = syscall.Lstat(path, &st)
	}
	if err != nil {
		return fsStat{}, newPathError(err, name, path)
	}
	return statFromSys(&st), nil
}

func fsFstat(fd int) (fsStat, *sysError) {
	if st, err, ok := statx(fd, "", true, true); ok {
		if err != nil {
			return fsStat{}, newSysError(err, "fstat")
		}
		return st, nil
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return fsStat{}, newSysError(err, "fstat")
	}
	return statFromSys(&st), nil
}

// fsReaddir lists a directory sorted by name, as libuv's scandir does.
// Entries of unknown type (some file systems) are resolved with lstat.
func fsReaddir(path string) ([]fsDirent, *sysError) {
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, newPathError(err, "scandir", path)
	}
	out := make([]fsDirent, len(entries))
	for i, e := range entries {
		out[i] = fsDirent{e.Name(), direntType(e.Type())}
	}
	return out, nil
}

func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return direntFile
	case m&os.ModeDir != 0:
		return direntDir
	case m&os.ModeSymlink != 0:
		return direntLink
	case m&os.ModeNamedPipe != 0:
		return direntFIFO
	case m&os.ModeSocket != 0:
		return direntSocket
	case m&os.ModeCharDevice != 0:
		return direntChar
	case m&os.ModeDevice != 0:
		return direntBlock
	}
	return direntUnknown
}

func fsMkdir(path string, mode uint32) *sysError {
	if err := syscall.Mkdir(path, mode); err != nil {
		return newPathError(err, "mkdir", path)
	}
	return nil
}

// fsMkdirp is mkdir {recursive: true}: it returns the first directory it
// created ("" when all existed). Errors name the path asked for, as Node's.
func fsMkdirp(path string, mode uint32) (string, *sysError) {
	path = filepath.Clean(path)
	var missing []string // deepest first
	for p := path; ; {
		var st syscall.Stat_t
		err := syscall.Stat(p, &st)
		if err == nil {
			if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
				if p == path {
					return "", newPathError(syscall.EEXIST, "mkdir", path)
				}
				return "", newPathError(syscall.ENOTDIR, "mkdir", path)
			}
			break
		}
		if err != syscall.ENOENT {
			return "", newPathError(err, "mkdir", path)
		}
		missing = append(missing, p)
		parent := filepath.Dir(p)
		if parent == p {
			break
		}
		p = parent
	}
	first := ""
	for i := len(missing) - 1; i >= 0; i-- {
		err := syscall.Mkdir(missing[i], mode)
		if err == syscall.EEXIST {
			continue // made by someone else meanwhile
		}
		if err != nil {
			return "", newPathError(err, "mkdir", path)
		}
		if first == "" {
			first = missing[i]
		}
	}
	return first, nil
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// fsMkdtemp appends six random characters to prefix, as libuv's mkdtemp.
// An error names the template ("prefixXXXXXX") in the synchronous form and
// the name tried in the asynchronous one, as Node's do.
func fsMkdtemp(prefix string, showTried bool) (string, *sysError) {
	var rnd [6]byte
	for try := 0; try < 100; try++ {
		if _, err := rand.Read(rnd[:]); err != nil {
			return "", newPathError(syscall.EIO, "mkdtemp", prefix+"XXXXXX")
		}
		name := []byte(prefix)
		for _, r := range rnd {
			name = append(name, tempChars[int(r)%len(tempChars)])
		}
		err := syscall.Mkdir(string(name), 0o700)
		if err == nil {
			return string(name), nil
		}
		if err != syscall.EEXIST {
			if showTried {
				return "", newPathError(err, "mkdtemp", string(name))
			}
			return "", newPathError(err, "mkdtemp", prefix+"XXXXXX")
		}
	}
	return "", newPathError(syscall.EEXIST, "mkdtemp", prefix+"XXXXXX")
}

// fsRm is fs.rm: lstat first (so a missing path fails in "lstat", as
// Node's), refuse directories unless recursive, and with force ignore a
// missing path.
func fsRm(path string, recursive, force bool) *sysError {
	var st syscall.Stat_t
	if err := syscall.Lstat(path, &st); err != nil {
		if force && err == syscall.ENOENT {
			return nil
		}
		return newPathError(err, "lstat", path)
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		if !recursive {
			return &sysError{errno: -int(syscall.EISDIR), syscall: "rm", path: path, hasPath: true, nodeCode: "ERR_FS_EISDIR", nodeMsg: "Path is a directory", strerror: syscall.EISDIR.Error()}
		}
		return rmTree(path)
	}
	if err := syscall.Unlink(path); err != nil {
		if force && err == syscall.ENOENT {
			return nil
		}
		return newPathError(err, "rm", path)
	}
	return nil
}

func rmTree(path string) *sysError {
	entries, err := os.ReadDir(path)
	if err != nil {
		return newPathError(err, "scandir", path)
	}
	for _, e := range entries {
		p := filepath.Join(path, e.Name())
		if e.IsDir() {
			if err := rmTree(p); err != nil {
				return err
			}
			continue
		}
		if err := syscall.Unlink(p); err != nil && err != syscall.ENOENT {
			return newPathError(err, "rm", p)
		}
	}
	if err := syscall.Rmdir(path); err != nil && err != syscall.ENOENT {
		return newPathError(err, "rmdir", path)
	}
	return nil
}

func fsRmdir(path string, recursive bool) *sysError {
	if recursive {
		return rmTree(path)
	}
	if err := syscall.Rmdir(path); err != nil {
		return newPathError(err, "rmdir", path)
	}
	return nil
}

func fsUnlink(path string) *sysError {
	if err := syscall.Unlink(path); err != nil {
		return newPathError(err, "unlink", path)
	}
	return nil
}

func fsRename(from, to string) *sysError {
	if err := syscall.Rename(from, to); err != nil {
		return newDestError(err, "rename", from, to)
	}
	return nil
}

const copyfileExcl = 1

// fsCopyFile copies contents and permission bits, as libuv's copyfile.
// With COPYFILE_EXCL the destination must not exist. The destination is
// written in place (not renamed over) because that is what Node does:
// hard links and ownership of an existing destination survive.
func fsCopyFile(src, dst string, mode int) *sysError {
	in, err := syscall.Open(src, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return newDestError(err, "copyfile", src, dst)
	}
	defer syscall.Close(in)
	var st syscall.Stat_t
	if err := syscall.Fstat(in, &st); err != nil {
		return newDestError(err, "copyfile", src, dst)
	}
	flags := syscall.O_WRONLY | syscall.O_CREAT | syscall.O_TRUNC | syscall.O_CLOEXEC
	if mode&copyfileExcl != 0 {
		flags |= syscall.O_EXCL
	}
	out, err := syscall.Open(dst, flags, st.Mode&0o7777)
	if err != nil {
		return newDestError(err, "copyfile", src, dst)
	}
	fin := os.NewFile(uintptr(in), src)
	fout := os.NewFile(uintptr(out), dst)
	_, cerr := io.Copy(fout, struct{ io.Reader }{fin})
	fin.Close()
	if cerr == nil {
		cerr = syscall.Fchmod(out, st.Mode&0o7777)
	}
	if err := fout.Close(); cerr == nil && err != nil {
		cerr = err
	}
	if cerr != nil {
		return newDestError(cerr, "copyfile", src, dst)
	}
	return nil
}

func fsAccess(path string, mode uint32) *sysError {
	if err := syscall.Faccessat(-100, path, mode, 0); err != nil {
		return newPathError(err, "access", path)
	}
	return nil
}

// fsRealpath resolves like Node's fs.realpath (JavaScript, lstat-based):
// a missing component fails in "lstat" with the full path.
func fsRealpath(path string) (string, *sysError) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", newPathError(err, "lstat", path)
	}
	res, err := filepath.EvalSymlinks(abs)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return "", newPathError(pe.Err, "lstat", pe.Path)
		}
		return "", newPathError(err, "lstat", path)
	}
	return res, nil
}

func fsReadlink(path string) (string, *sysError) {
	buf := make([]byte, 256)
	for {
		n, err := syscall.Readlink(path, buf)
		if err != nil {
			return "", newPathError(err, "readlink", path)
		}
		if n < len(buf) {
			return string(buf[:n]), nil
		}
		buf = make([]byte, 2*len(buf))
	}
}

func fsSymlink(target, path string) *sysError {
	if err := syscall.Symlink(target, path); err != nil {
		return newDestError(err, "symlink", target, path)
	}
	return nil
}

func fsChmod(path string, mode uint32) *sysError {
	if err := syscall.Chmod(path, mode); err != nil {
		return newPathError(err, "chmod", path)
	}
	return nil
}

func fsFchmod(fd int, mode uint32) *sysError {
	if err := syscall.Fchmod(fd, mode); err != nil {
		return newSysError(err, "fchmod")
	}
	return nil
}

func fsTruncate(path string, n int64) *sysError {
	if err := syscall.Truncate(path, n); err != nil {
		return newPathError(err, "open", path)
	}
	return nil
}

func fsFtruncate(fd int, n int64) *sysError {
	if err := syscall.Ftruncate(fd, n); err != nil {
		return newSysError(err, "ftruncate")
	}
	return nil
}

func fsFsync(fd int) *sysError {
	if err := syscall.Fsync(fd); err != nil {
		return newSysError(err, "fsync")
	}
	return nil
}

func fsFdatasync(fd int) *sysError {
	if err := syscall.Fdatasync(fd); err != nil {
		return newSysError(err, "fdatasync")
	}
	return nil
}

// secondsToTimespec converts Node's seconds (a double) to a timespec.
func secondsToTimespec(s float64) syscall.Timespec {
	sec := int64(s)
	nsec := int64((s - float64(sec)) * 1e9)
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return syscall.Timespec{Sec: sec, Nsec: nsec}
}

func fsUtimes(path string, atime, mtime float64) *sysError {
	ts := []syscall.Timespec{secondsToTimespec(atime), secondsToTimespec(mtime)}
	if err := syscall.UtimesNano(path, ts); err != nil {
		return newPathError(err, "utime", path)
	}
	return nil
}

// fsExists is fs.exists: true when access(F_OK) succeeds.
func fsExists(path string) bool {
	return !strings.ContainsRune(path, 0) && syscall.Faccessat(-100, path, 0, 0) == nil
}

func fsLink(existing, newPath string) *sysError {
	if err := syscall.Link(existing, newPath); err != nil {
		return newDestError(err, "link", existing, newPath)
	}
	return nil
}

// fsChown is chown (follow), lchown (nofollow) on a path.
func fsChown(path string, uid, gid int, follow bool) *sysError {
	if follow {
		if err := syscall.Chown(path, uid, gid); err != nil {
			return newPathError(err, "chown", path)
		}
		return nil
	}
	if err := syscall.Lchown(path, uid, gid); err != nil {
		return newPathError(err, "lchown", path)
	}
	return nil
}

func fsFchown(fd, uid, gid int) *sysError {
	if err := syscall.Fchown(fd, uid, gid); err != nil {
		return newSysError(err, "fchown")
	}
	return nil
}

const atSymlinkNofollowFlag = 0x100

// atFdcwd is AT_FDCWD, a variable because a negative constant cannot be
// converted to uintptr.
var atFdcwd = -100

// fsLutimes sets the times of a symbolic link itself (utimensat with
// AT_SYMLINK_NOFOLLOW; package syscall has no wrapper).
func fsLutimes(path string, atime, mtime float64) *sysError {
	ts := [2]syscall.Timespec{secondsToTimespec(atime), secondsToTimespec(mtime)}
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return newPathError(err, "lutime", path)
	}
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(atFdcwd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&ts[0])), atSymlinkNofollowFlag, 0, 0)
	if e != 0 {
		return newPathError(e, "lutime", path)
	}
	return nil
}

func fsFutimes(fd int, atime, mtime float64) *sysError {
	ts := [2]syscall.Timespec{secondsToTimespec(atime), secondsToTimespec(mtime)}
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
	if e != 0 {
		return newSysError(e, "futime")
	}
	return nil
}

// fsReadv fills bufs in order from pos (current offset when pos < 0),
// stopping at a short read, as one preadv(2) would.
func fsReadv(fd int, bufs [][]byte, pos int64) (int, *sysError) {
	total := 0
	for _, b := range bufs {
		n, err := fsRead(fd, b, pos)
		if err != nil {
			return total, err
		}
		total += n
		if pos >= 0 {
			pos += int64(n)
		}
		if n < len(b) {
			break
		}
	}
	return total, nil
}

// fsWritev writes bufs in order, all of each, as writev(2) on a file does.
func fsWritev(fd int, bufs [][]byte, pos int64) (int, *sysError) {
	total := 0
	for _, b := range bufs {
		if err := fsWriteAll(fd, b, pos); err != nil {
			return total, err
		}
		total += len(b)
		if pos >= 0 {
			pos += int64(len(b))
		}
	}
	return total, nil
}

// fsStatfs is statfs(2) in Node's StatFs order: type, bsize, frsize,
// blocks, bfree, bavail, files, ffree.
func fsStatfs(path string) ([]float64, *sysError) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return nil, newPathError(err, "statfs", path)
	}
	return []float64{float64(st.Type), float64(st.Bsize), float64(st.Frsize), float64(st.Blocks),
		float64(st.Bfree), float64(st.Bavail), float64(st.Files), float64(st.Ffree)}, nil
}

// fsReaddirRecursive lists a tree breadth first, each directory sorted, as
// Node's readdir {recursive: true} orders it. Entries come back as
// (parent directory, name, type), with each parent's path relative to the
// root too: the root as given may not survive filepath.Join's cleaning
// ("." or "a/../b"), so the JS side cannot cut parents by its length.
func fsReaddirRecursive(root string) (parents, rels []string, ents []fsDirent, err *sysError) {
	type dir struct{ path, rel string }
	queue := []dir{{root, ""}}
	for len(queue) > 0 {
		d := queue[0]
		queue = queue[1:]
		list, err := fsReaddir(d.path)
		if err != nil {
			return nil, nil, nil, err
		}
		for _, e := range list {
			parents = append(parents, d.path)
			rels = append(rels, d.rel)
			ents = append(ents, e)
			if e.typ == direntDir {
				rel := e.name
				if d.rel != "" {
					rel = d.rel + "/" + e.name
				}
				queue = append(queue, dir{filepath.Join(d.path, e.name), rel})
			}
		}
	}
	return parents, rels, ents, nil
}
