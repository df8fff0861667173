package runtime

// node:fs, fs/promises. The public API (argument checks, the callback,
// promise and sync forms, Stats, Dirent, FileHandle, streams) is
// JavaScript in js/fs.js, as Node's lib/fs.js is; this file is its binding,
// the equivalent of Node's C++ fs binding over libuv.
//
// Binding calling convention (what js/fs.js relies on): every operation
// takes already-validated primitive arguments, then `req`. When req is a
// function the operation is asynchronous: the work runs on the worker pool
// (Loop.Submit, one submission per call, even for readFile's
// open+read+close), and req(err) or req(null, result) runs on the loop.
// Otherwise the operation runs now, on the loop, and returns the result or
// throws the Node-shaped error.

import (
	"github.com/dop251/goja"
)

type fsBinding struct {
	vm *VM
	rt *goja.Runtime
	// promiseTag, passed as req, asks for a promise instead of a callback:
	// the promise is made and settled in Go, which saves the JavaScript
	// executor and callback closures on the hot path (fs.promises.readFile
	// over thousands of files).
	promiseTag *goja.Object
	// uint8Array and bufferProto make Buffers from Go without running the
	// JavaScript class constructor: a native Uint8Array given Buffer's
	// prototype is exactly what `new FastBuffer(ab)` makes. node:buffer is
	// loaded the first time a result is bytes.
	uint8Array  goja.Value
	bufferProto *goja.Object
	// op and args are the binding call in progress (args only valid
	// during it), and last the error
	// the last synchronous one raised (mod_fs_sites.go).
	op   string
	args []goja.Value
	last *fsSyncError
}

// fsDone carries a worker's outcome to the loop.
type fsDone struct {
	val any
	err *sysError
}

// run performs work now (req not a function) or on the pool, converting
// the result with conv on the loop; a nil conv means the operation has no
// result.
func (b *fsBinding) run(req goja.Value, work func() (any, *sysError), conv func(any) goja.Value) goja.Value {
	if req == b.promiseTag {
		return b.runPromise(work, conv)
	}
	cb, async := goja.AssertFunction(req)
	if !async {
		v, err := work()
		if err != nil {
			// Node's writeSync reports through a context object, whose
			// keys come first: errno, syscall, then code.
			err.ctxOrder = b.op == "write" || b.op == "writeString"
			e := err.toJS(b.rt)
			b.noteSyncError(e, err)
			panic(e)
		}
		if conv == nil {
			return goja.Undefined()
		}
		return conv(v)
	}
	b.vm.Loop.Submit(func() any {
		v, err := work()
		return fsDone{v, err}
	}, func(r any) error {
		d := r.(fsDone)
		var err error
		switch {
		case d.err != nil:
			_, err = cb(goja.Undefined(), d.err.toJSAsync(b.rt))
		case conv == nil: // Node calls back with the error argument alone
			_, err = cb(goja.Undefined(), goja.Null())
		default:
			_, err = cb(goja.Undefined(), goja.Null(), conv(d.val))
		}
		return err
	})
	return goja.Undefined()
}

// runPromise is run for the promise forms: the promise settles on the
// loop with the converted result or the Node-shaped error.
func (b *fsBinding) runPromise(work func() (any, *sysError), conv func(any) goja.Value) goja.Value {
	p, resolve, reject := b.rt.NewPromise()
	b.vm.Loop.Submit(func() any {
		v, err := work()
		return fsDone{v, err}
	}, func(r any) error {
		d := r.(fsDone)
		switch {
		case d.err != nil:
			return reject(d.err.toJSAsync(b.rt))
		case conv == nil:
			return resolve(goja.Undefined())
		default:
			return resolve(conv(d.val))
		}
	})
	return b.rt.ToValue(p)
}

func (b *fsBinding) value(v any) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return b.rt.ToValue(v)
}

// statArray flattens a stat result for js/fs.js's Stats constructor: the
// ten integer fields, then the four times in ms, then their nanosecond
// remainders (Node keeps those for the *Ns fields and exact Dates).
func (b *fsBinding) statArray(v any) goja.Value {
	s := v.(fsStat)
	return b.rt.NewArray(
		float64(s.dev), float64(s.mode), float64(s.nlink), float64(s.uid), float64(s.gid),
		float64(s.rdev), float64(s.blksize), float64(s.ino), float64(s.size), float64(s.blocks),
		s.atime.ms(), s.mtime.ms(), s.ctime.ms(), s.birthtime.ms(),
		s.atime.nsec, s.mtime.nsec, s.ctime.nsec, s.birthtime.nsec,
	)
}

// bufferValue wraps bytes read by a worker in a Buffer, without a copy.
func (b *fsBinding) bufferValue(v any) goja.Value {
	ab := b.rt.ToValue(b.rt.NewArrayBuffer(v.([]byte)))
	if b.bufferProto == nil {
		exp, err := b.vm.Require("buffer")
		if err != nil {
			panic(b.vm.toJSError(err))
		}
		b.bufferProto = exp.Get("Buffer").ToObject(b.rt).Get("prototype").ToObject(b.rt)
		b.uint8Array = b.rt.Get("Uint8Array")
	}
	buf, err := b.rt.New(b.uint8Array, ab)
	if err != nil {
		panic(err)
	}
	buf.SetPrototype(b.bufferProto)
	return buf
}

// args helpers: js/fs.js has validated everything, so these only convert.
func argStr(c goja.FunctionCall, i int) string  { return c.Argument(i).String() }
func argInt(c goja.FunctionCall, i int) int     { return int(c.Argument(i).ToInteger()) }
func argI64(c goja.FunctionCall, i int) int64   { return c.Argument(i).ToInteger() }
func argU32(c goja.FunctionCall, i int) uint32  { return uint32(c.Argument(i).ToInteger()) }
func argF64(c goja.FunctionCall, i int) float64 { return c.Argument(i).ToFloat() }
func argBool(c goja.FunctionCall, i int) bool   { return c.Argument(i).ToBoolean() }
func argPos(c goja.FunctionCall, i int) int64 {
	v := c.Argument(i)
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return -1
	}
	return v.ToInteger()
}

// newFsBinding builds the object js/fs.js receives as internal.fs.
func newFsBinding(vm *VM) *goja.Object {
	rt := vm.RT
	b := &fsBinding{vm: vm, rt: rt}
	o := rt.NewObject()
	set := func(name string, f func(c goja.FunctionCall) goja.Value) {
		o.Set(name, namedFunc(rt, name, func(c goja.FunctionCall) goja.Value {
			b.op, b.args = name, c.Arguments
			return f(c)
		}))
	}
	b.promiseTag = rt.NewObject()
	o.Set("kPromise", b.promiseTag)
	set("isEncoding", func(c goja.FunctionCall) goja.Value {
		s, ok := c.Argument(0).Export().(string)
		return rt.ToValue(ok && s != "" && parseEncoding(s) != encUnknown)
	})

	set("open", func(c goja.FunctionCall) goja.Value {
		p, fl, m := argStr(c, 0), argInt(c, 1), argU32(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return fsOpen(p, fl, m) }, b.value)
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		fd := argInt(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return nil, fsClose(fd) }, nil)
	})
	// read(fd, u8, offset, length, position, req) → bytesRead
	set("read", func(c goja.FunctionCall) goja.Value {
		fd, buf := argInt(c, 0), bytesOf(rt, c.Argument(1))
		off, n, pos := argInt(c, 2), argInt(c, 3), argPos(c, 4)
		dst := buf[off : off+n]
		return b.run(c.Argument(5), func() (any, *sysError) { return fsRead(fd, dst, pos) }, b.value)
	})
	// write(fd, u8, offset, length, position, req) → bytesWritten
	set("write", func(c goja.FunctionCall) goja.Value {
		fd, buf := argInt(c, 0), bytesOf(rt, c.Argument(1))
		off, n, pos := argInt(c, 2), argInt(c, 3), argPos(c, 4)
		src := buf[off : off+n]
		return b.run(c.Argument(5), func() (any, *sysError) { return fsWrite(fd, src, pos) }, b.value)
	})
	// writeString(fd, str, position, encoding, req) → bytesWritten
	set("writeString", func(c goja.FunctionCall) goja.Value {
		fd := argInt(c, 0)
		data := encodeString(c.Argument(1), parseEncoding(argStr(c, 3)))
		pos := argPos(c, 2)
		return b.run(c.Argument(4), func() (any, *sysError) { return fsWrite(fd, data, pos) }, b.value)
	})
	// readFile(pathOrFd, isFd, flags, encoding, req) → ArrayBuffer or string
	set("readFile", func(c goja.FunctionCall) goja.Value {
		isFd := argBool(c, 1)
		p, fd, fl := argStr(c, 0), argInt(c, 0), argInt(c, 2)
		enc := encBuffer
		if e := c.Argument(3); !goja.IsUndefined(e) && !goja.IsNull(e) {
			enc = parseEncoding(e.String())
		}
		conv := b.bufferValue
		if enc != encBuffer {
			conv = func(v any) goja.Value { return decodeBytes(rt, v.([]byte), enc) }
		}
		_, async := goja.AssertFunction(c.Argument(4))
		return b.run(c.Argument(4), func() (any, *sysError) {
			if isFd {
				return fsReadAll(fd)
			}
			data, err := fsReadFile(p, fl)
			if err != nil && async && !err.hasPath {
				// Node's asynchronous readFile names the path in read
				// errors; the synchronous one does not.
				err.path, err.hasPath = p, true
			}
			return data, err
		}, conv)
	})
	// writeFile(pathOrFd, isFd, data u8|string, encoding, flags, mode, req)
	set("writeFile", func(c goja.FunctionCall) goja.Value {
		isFd := argBool(c, 1)
		p, fd := argStr(c, 0), argInt(c, 0)
		var data []byte
		if s, ok := c.Argument(2).(goja.String); ok {
			data = encodeString(s, parseEncoding(argStr(c, 3)))
		} else {
			// Copied: the caller may change its buffer before the worker runs.
			data = append([]byte(nil), bytesOf(rt, c.Argument(2))...)
		}
		fl, m := argInt(c, 4), argU32(c, 5)
		return b.run(c.Argument(6), func() (any, *sysError) {
			if isFd {
				return nil, fsWriteAll(fd, data, -1)
			}
			return nil, fsWriteFile(p, data, fl, m)
		}, nil)
	})
	set("stat", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return fsStatPath(p, true) }, b.statArray)
	})
	set("lstat", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return fsStatPath(p, false) }, b.statArray)
	})
	set("fstat", func(c goja.FunctionCall) goja.Value {
		fd := argInt(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return fsFstat(fd) }, b.statArray)
	})
	// statNoThrow(path) → stats array, or undefined when missing (sync
	// stat/lstat with throwIfNoEntry: false).
	set("statNoEntry", func(c goja.FunctionCall) goja.Value {
		st, err := fsStatPath(argStr(c, 0), argBool(c, 1))
		if err != nil {
			if err.code() == "ENOENT" || err.code() == "ENOTDIR" {
				return goja.Undefined()
			}
			panic(err.toJS(rt))
		}
		return b.statArray(st)
	})
	// readdir(path, withTypes, req) → names, or [names, types]
	set("readdir", func(c goja.FunctionCall) goja.Value {
		p, withTypes := argStr(c, 0), argBool(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return fsReaddir(p) }, func(v any) goja.Value {
			ents := v.([]fsDirent)
			names := make([]any, len(ents))
			for i, e := range ents {
				names[i] = e.name
			}
			if !withTypes {
				return rt.NewArray(names...)
			}
			types := make([]any, len(ents))
			for i, e := range ents {
				types[i] = e.typ
			}
			return rt.NewArray(rt.NewArray(names...), rt.NewArray(types...))
		})
	})
	// readdirRecursive(path, req) → [parents, names, types, rels], the whole
	// tree walked on the worker.
	set("readdirRecursive", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		type tree struct {
			parents, rels []string
			ents          []fsDirent
		}
		return b.run(c.Argument(1), func() (any, *sysError) {
			parents, rels, ents, err := fsReaddirRecursive(p)
			return tree{parents, rels, ents}, err
		}, func(v any) goja.Value {
			t := v.(tree)
			n := len(t.ents)
			ps, ns, ts, rs := make([]any, n), make([]any, n), make([]any, n), make([]any, n)
			for i, e := range t.ents {
				ps[i], ns[i], ts[i], rs[i] = t.parents[i], e.name, e.typ, t.rels[i]
			}
			return rt.NewArray(rt.NewArray(ps...), rt.NewArray(ns...), rt.NewArray(ts...), rt.NewArray(rs...))
		})
	})
	// mkdir(path, mode, recursive, req) → first created (recursive) or undefined
	set("mkdir", func(c goja.FunctionCall) goja.Value {
		p, m, rec := argStr(c, 0), argU32(c, 1), argBool(c, 2)
		var conv func(any) goja.Value // plain mkdir calls back with no result
		if rec {
			conv = b.value
		}
		return b.run(c.Argument(3), func() (any, *sysError) {
			if rec {
				first, err := fsMkdirp(p, m)
				if first == "" {
					return nil, err
				}
				return first, err
			}
			return nil, fsMkdir(p, m)
		}, conv)
	})
	set("mkdtemp", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		_, async := goja.AssertFunction(c.Argument(1))
		return b.run(c.Argument(1), func() (any, *sysError) { return fsMkdtemp(p, async) }, b.value)
	})
	// rm(path, recursive, force, req)
	set("rm", func(c goja.FunctionCall) goja.Value {
		p, rec, force := argStr(c, 0), argBool(c, 1), argBool(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return nil, fsRm(p, rec, force) }, nil)
	})
	set("rmdir", func(c goja.FunctionCall) goja.Value {
		p, rec := argStr(c, 0), argBool(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsRmdir(p, rec) }, nil)
	})
	set("unlink", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return nil, fsUnlink(p) }, nil)
	})
	set("rename", func(c goja.FunctionCall) goja.Value {
		from, to := argStr(c, 0), argStr(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsRename(from, to) }, nil)
	})
	set("copyFile", func(c goja.FunctionCall) goja.Value {
		from, to, m := argStr(c, 0), argStr(c, 1), argInt(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return nil, fsCopyFile(from, to, m) }, nil)
	})
	set("access", func(c goja.FunctionCall) goja.Value {
		p, m := argStr(c, 0), argU32(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsAccess(p, m) }, nil)
	})
	// exists(path, req) → boolean; never fails.
	set("exists", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return fsExists(p), nil }, b.value)
	})
	// realpath(path, native, req): native is libuv's realpath(3) (used by
	// fs.promises and realpath.native), whose errors read "realpath 'p'";
	// otherwise errors read as Node's JavaScript walk, "lstat '/abs/p'".
	set("realpath", func(c goja.FunctionCall) goja.Value {
		p, native := argStr(c, 0), argBool(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) {
			r, err := fsRealpath(p)
			if err != nil && native {
				err.syscall, err.path = "realpath", p
			}
			return r, err
		}, b.value)
	})
	set("readlink", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return fsReadlink(p) }, b.value)
	})
	set("symlink", func(c goja.FunctionCall) goja.Value {
		target, p := argStr(c, 0), argStr(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsSymlink(target, p) }, nil)
	})
	set("chmod", func(c goja.FunctionCall) goja.Value {
		p, m := argStr(c, 0), argU32(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsChmod(p, m) }, nil)
	})
	set("fchmod", func(c goja.FunctionCall) goja.Value {
		fd, m := argInt(c, 0), argU32(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsFchmod(fd, m) }, nil)
	})
	set("truncate", func(c goja.FunctionCall) goja.Value {
		p, n := argStr(c, 0), argI64(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsTruncate(p, n) }, nil)
	})
	set("ftruncate", func(c goja.FunctionCall) goja.Value {
		fd, n := argInt(c, 0), argI64(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsFtruncate(fd, n) }, nil)
	})
	set("fsync", func(c goja.FunctionCall) goja.Value {
		fd := argInt(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return nil, fsFsync(fd) }, nil)
	})
	set("fdatasync", func(c goja.FunctionCall) goja.Value {
		fd := argInt(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return nil, fsFdatasync(fd) }, nil)
	})
	// cp(src, dest, recursive, force, errorOnExist, dereference,
	// preserveTimestamps, verbatimSymlinks, mode, req)
	set("cp", func(c goja.FunctionCall) goja.Value {
		src, dst := argStr(c, 0), argStr(c, 1)
		o := cpOptions{argBool(c, 2), argBool(c, 3), argBool(c, 4), argBool(c, 5), argBool(c, 6), argBool(c, 7), argInt(c, 8)}
		return b.run(c.Argument(9), func() (any, *sysError) { return nil, fsCp(src, dst, o) }, nil)
	})
	// readv/writev(fd, [u8...], position, req) → bytes
	bufList := func(v goja.Value) [][]byte {
		var out [][]byte
		for _, item := range v.ToObject(rt).Export().([]any) {
			b, ok := item.([]byte)
			if !ok {
				panic(rt.NewTypeError("runtime: readv/writev expects Uint8Arrays"))
			}
			out = append(out, b)
		}
		return out
	}
	set("readv", func(c goja.FunctionCall) goja.Value {
		fd, bufs, pos := argInt(c, 0), bufList(c.Argument(1)), argPos(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return fsReadv(fd, bufs, pos) }, b.value)
	})
	set("writev", func(c goja.FunctionCall) goja.Value {
		fd, bufs, pos := argInt(c, 0), bufList(c.Argument(1)), argPos(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return fsWritev(fd, bufs, pos) }, b.value)
	})
	set("statfs", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) { return fsStatfs(p) }, func(v any) goja.Value {
			vals := v.([]float64)
			items := make([]any, len(vals))
			for i, x := range vals {
				items[i] = x
			}
			return rt.NewArray(items...)
		})
	})
	// opendir(path, req) → [names, types]: the whole listing, read at open.
	set("opendir", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		return b.run(c.Argument(1), func() (any, *sysError) {
			ents, err := fsReaddir(p)
			if err != nil {
				err.syscall, err.hasPath = "opendir", false // Node's message names no path
			}
			return ents, err
		}, func(v any) goja.Value {
			ents := v.([]fsDirent)
			names, types := make([]any, len(ents)), make([]any, len(ents))
			for i, e := range ents {
				names[i], types[i] = e.name, e.typ
			}
			return rt.NewArray(rt.NewArray(names...), rt.NewArray(types...))
		})
	})
	set("link", func(c goja.FunctionCall) goja.Value {
		from, to := argStr(c, 0), argStr(c, 1)
		return b.run(c.Argument(2), func() (any, *sysError) { return nil, fsLink(from, to) }, nil)
	})
	// chown(path, uid, gid, follow, req)
	set("chown", func(c goja.FunctionCall) goja.Value {
		p, uid, gid, follow := argStr(c, 0), argInt(c, 1), argInt(c, 2), argBool(c, 3)
		return b.run(c.Argument(4), func() (any, *sysError) { return nil, fsChown(p, uid, gid, follow) }, nil)
	})
	set("fchown", func(c goja.FunctionCall) goja.Value {
		fd, uid, gid := argInt(c, 0), argInt(c, 1), argInt(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return nil, fsFchown(fd, uid, gid) }, nil)
	})
	set("lutimes", func(c goja.FunctionCall) goja.Value {
		p, at, mt := argStr(c, 0), argF64(c, 1), argF64(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return nil, fsLutimes(p, at, mt) }, nil)
	})
	set("futimes", func(c goja.FunctionCall) goja.Value {
		fd, at, mt := argInt(c, 0), argF64(c, 1), argF64(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return nil, fsFutimes(fd, at, mt) }, nil)
	})
	// utimes(path, atimeSeconds, mtimeSeconds, req)
	set("utimes", func(c goja.FunctionCall) goja.Value {
		p, at, mt := argStr(c, 0), argF64(c, 1), argF64(c, 2)
		return b.run(c.Argument(3), func() (any, *sysError) { return nil, fsUtimes(p, at, mt) }, nil)
	})

	consts := rt.NewObject()
	for _, k := range fsConstants {
		consts.Set(k.name, k.value)
	}
	o.Set("constants", consts)
	return o
}

// loadFs builds node:fs: js/fs.js gets the binding, the error helpers and
// loaders for the modules it stands on (buffer, stream), which are built
// only when a program needs them.
func loadFs(vm *VM) (*goja.Object, error) {
	rt := vm.RT
	in := rt.NewObject()
	installErrorHelpers(rt, in)
	in.Set("fs", newFsBinding(vm))
	in.Set("requireBuffer", func(goja.FunctionCall) goja.Value {
		buffer, err := vm.Require("buffer")
		if err != nil {
			panic(vm.toJSError(err))
		}
		return buffer
	})
	// stream is loaded on first use of createReadStream/createWriteStream:
	// most programs that read files never build a stream.
	in.Set("requireStream", func(goja.FunctionCall) goja.Value {
		s, err := vm.Require("stream")
		if err != nil {
			panic(vm.toJSError(err))
		}
		return s
	})
	in.Set("loadStreams", func(c goja.FunctionCall) goja.Value {
		v, err := vm.internalJS("fs_streams", append([]goja.Value{in}, c.Arguments...)...)
		if err != nil {
			panic(vm.toJSError(err))
		}
		return v
	})
	v, err := vm.internalJS("fs", in)
	if err != nil {
		return nil, err
	}
	return v.ToObject(rt), nil
}

func init() {
	registerBuiltin("fs", loadFs)
	registerBuiltin("fs/promises", func(vm *VM) (*goja.Object, error) {
		fs, err := vm.Require("fs")
		if err != nil {
			return nil, err
		}
		return fs.Get("promises").ToObject(vm.RT), nil
	})
}
