package runtime

// fs.cp / cpSync / promises.cp: a tree copy done entirely on one worker
// (or on the loop for cpSync), with Node 26's checks and messages: copying
// a directory needs recursive, a directory never replaces a file or the
// reverse, a directory is never copied into itself, and an existing file is
// replaced (force, the default), kept, or an error (errorOnExist). Symbolic
// links are recreated pointing at their resolved target, as Node does
// unless verbatimSymlinks.

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

type cpOptions struct {
	recursive, force, errorOnExist, dereference, preserveTimestamps, verbatimSymlinks bool
	mode                                                                              int
}

// cpError is one of Node's ERR_FS_CP_* errors: an Error with a code and an
// exact message.
func cpError(code, msg string) *sysError {
	return &sysError{nodeCode: code, plainMsg: msg}
}

// dirForm shows a directory path as Node's cp messages do, with a trailing
// slash.
func dirForm(p string) string {
	if strings.HasSuffix(p, "/") {
		return p
	}
	return p + "/"
}

func fsCp(src, dst string, o cpOptions) *sysError {
	var sst syscall.Stat_t
	statSrc := syscall.Lstat
	if o.dereference {
		statSrc = syscall.Stat
	}
	if err := statSrc(src, &sst); err != nil {
		name := "lstat"
		if o.dereference {
			name = "stat"
		}
		return newPathError(err, name, src)
	}
	var dst0 syscall.Stat_t
	dstExists := syscall.Stat(dst, &dst0) == nil
	srcIsDir := sst.Mode&syscall.S_IFMT == syscall.S_IFDIR
	if dstExists {
		if dst0.Dev == sst.Dev && dst0.Ino == sst.Ino {
			return cpError("ERR_FS_CP_EINVAL", "src and dest cannot be the same "+dst)
		}
		dstIsDir := dst0.Mode&syscall.S_IFMT == syscall.S_IFDIR
		if srcIsDir && !dstIsDir {
			return cpError("ERR_FS_CP_DIR_TO_NON_DIR", "Cannot overwrite non-directory "+dst+" with directory "+src)
		}
		if !srcIsDir && dstIsDir {
			return cpError("ERR_FS_CP_NON_DIR_TO_DIR", "Cannot overwrite directory "+dst+" with non-directory "+src)
		}
	}
	if srcIsDir {
		absSrc, _ := filepath.Abs(src)
		absDst, _ := filepath.Abs(dst)
		if absDst != absSrc && strings.HasPrefix(absDst, dirForm(absSrc)) {
			return cpError("ERR_FS_CP_EINVAL", "Cannot copy "+dirForm(src)+" to a subdirectory of self "+dst)
		}
		if !o.recursive {
			return cpError("ERR_FS_EISDIR", "Recursive option not enabled, cannot copy a directory: "+dirForm(src))
		}
	}
	return cpEntry(src, dst, &sst, dstExists, o)
}

func cpEntry(src, dst string, st *syscall.Stat_t, dstExists bool, o cpOptions) *sysError {
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFDIR:
		if !dstExists {
			if err := syscall.Mkdir(dst, st.Mode&0o7777); err != nil && err != syscall.EEXIST {
				return newPathError(err, "mkdir", dst)
			}
		}
		entries, err := os.ReadDir(src)
		if err != nil {
			return newPathError(err, "scandir", src)
		}
		for _, e := range entries {
			s, d := filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())
			var est syscall.Stat_t
			statf := syscall.Lstat
			if o.dereference {
				statf = syscall.Stat
			}
			if err := statf(s, &est); err != nil {
				return newPathError(err, "lstat", s)
			}
			var dst0 syscall.Stat_t
			if err := cpEntry(s, d, &est, syscall.Lstat(d, &dst0) == nil, o); err != nil {
				return err
			}
		}
		return nil
	case syscall.S_IFLNK:
		target, err := fsReadlink(src)
		if err != nil {
			return err
		}
		if !o.verbatimSymlinks && !filepath.IsAbs(target) {
			abs, _ := filepath.Abs(filepath.Join(filepath.Dir(src), target))
			target = abs
		}
		if dstExists {
			if !o.force {
				if o.errorOnExist {
					return cpExists(dst)
				}
				return nil
			}
			syscall.Unlink(dst)
		}
		return fsSymlink(target, dst)
	default:
		if dstExists {
			if !o.force {
				if o.errorOnExist {
					return cpExists(dst)
				}
				return nil
			}
		}
		if err := fsCopyFile(src, dst, o.mode); err != nil {
			return err
		}
		if o.preserveTimestamps {
			ts := []syscall.Timespec{st.Atim, st.Mtim}
			if err := syscall.UtimesNano(dst, ts); err != nil {
				return newPathError(err, "utime", dst)
			}
		}
		return nil
	}
}

// cpExists is Node's SystemError for errorOnExist.
func cpExists(dst string) *sysError {
	return &sysError{errno: -int(syscall.EEXIST), syscall: "cp", path: dst, hasPath: true,
		nodeCode: "ERR_FS_CP_EEXIST", nodeMsg: "Target already exists", strerror: dst + " already exists"}
}
