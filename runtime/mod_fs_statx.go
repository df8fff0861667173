package runtime

// statx(2), which libuv prefers because it reports the birth time. Package
// syscall has no wrapper, so the call is made by number; on an architecture
// or kernel without it, callers fall back to stat(2) and show ctime as the
// birth time.

import (
	goruntime "runtime"
	"syscall"
	"unsafe"
)

var sysStatx = map[string]uintptr{"amd64": 332, "arm64": 291, "riscv64": 291, "loong64": 291}[goruntime.GOARCH]

type statxTimestamp struct {
	sec  int64
	nsec uint32
	_    int32
}

type statxBuf struct {
	mask, blksize               uint32
	attributes                  uint64
	nlink, uid, gid             uint32
	mode, _                     uint16
	ino, size, blocks, attrMask uint64
	atime, btime, ctime, mtime  statxTimestamp
	rdevMajor, rdevMinor        uint32
	devMajor, devMinor          uint32
	_                           [14]uint64
}

const (
	atSymlinkNofollow  = 0x100
	atEmptyPath        = 0x1000
	statxBasicAndBtime = 0xfff
)

// makedev combines major and minor as glibc does, which is what Node shows.
func makedev(major, minor uint32) uint64 {
	ma, mi := uint64(major), uint64(minor)
	return (ma&0xfffff000)<<32 | (ma&0xfff)<<8 | (mi&0xffffff00)<<12 | mi&0xff
}

// statx returns ok=false when the call is unavailable.
func statx(dirfd int, path string, follow, emptyPath bool) (fsStat, error, bool) {
	if sysStatx == 0 {
		return fsStat{}, nil, false
	}
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return fsStat{}, err, true
	}
	flags := 0
	if !follow {
		flags |= atSymlinkNofollow
	}
	if emptyPath {
		flags |= atEmptyPath
	}
	var sx statxBuf
	for {
		_, _, e := syscall.Syscall6(sysStatx, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags), statxBasicAndBtime, uintptr(unsafe.Pointer(&sx)), 0)
		switch e {
		case 0:
		case syscall.EINTR:
			continue
		case syscall.ENOSYS, syscall.EPERM: // seccomp filters report EPERM
			return fsStat{}, nil, false
		default:
			return fsStat{}, e, true
		}
		break
	}
	ts := func(t statxTimestamp) timespec { return timespec{t.sec, int64(t.nsec)} }
	return fsStat{
		dev: makedev(sx.devMajor, sx.devMinor), mode: uint64(sx.mode), nlink: uint64(sx.nlink),
		uid: uint64(sx.uid), gid: uint64(sx.gid), rdev: makedev(sx.rdevMajor, sx.rdevMinor),
		blksize: uint64(sx.blksize), ino: sx.ino, size: sx.size, blocks: sx.blocks,
		atime: ts(sx.atime), mtime: ts(sx.mtime), ctime: ts(sx.ctime), birthtime: ts(sx.btime),
	}, nil, true
}
