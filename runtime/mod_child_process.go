package runtime

// node:child_process. The public API (ChildProcess, exec, execFile, the
// sync forms, their errors) is JavaScript in js/child_process.js, as Node's
// lib/child_process.js is; this file is its binding, the part of Node's
// process_wrap/spawn_sync over libuv.
//
// A running child is a set of goroutines (one per output pipe, one for
// wait, one for stdin writes) that never touch the Runtime: they append
// events to the child's queue and wake the loop through one outstanding
// RegisterCallback registration. That registration is the child's ref: it
// is renewed after each delivery until the JavaScript side has seen the
// exit and both pipes' ends, so the loop stays alive until 'close'.

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"
)

func init() {
	registerBuiltin("child_process", loadChildProcess)
}

func loadChildProcess(vm *VM) (*goja.Object, error) {
	rt := vm.RT
	events, err := vm.Require("events")
	if err != nil {
		return nil, err
	}
	stream, err := vm.Require("stream")
	if err != nil {
		return nil, err
	}
	buffer, err := vm.Require("buffer")
	if err != nil {
		return nil, err
	}
	util, err := vm.Require("util")
	if err != nil {
		return nil, err
	}
	b := rt.NewObject()
	installErrorHelpers(rt, b)
	must(b.Set("spawnSync", func(c goja.FunctionCall) goja.Value { return cpSpawnSync(vm, c) }))
	must(b.Set("spawn", func(c goja.FunctionCall) goja.Value { return cpSpawn(vm, c) }))
	must(b.Set("errname", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue((&sysError{errno: int(c.Argument(0).ToInteger())}).code())
	}))
	must(b.Set("signum", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		for _, s := range osSignals {
			if s.name == name {
				return rt.ToValue(s.num)
			}
		}
		return goja.Undefined()
	}))
	ee := events.Get("EventEmitter")
	if ee == nil || goja.IsUndefined(ee) {
		ee = events
	}
	v, err := vm.internalJS("child_process", b, ee, stream, buffer, util)
	if err != nil {
		return nil, err
	}
	return v.ToObject(rt), nil
}

// cpSpec is what js/child_process.js passes to spawn and spawnSync:
// file, args (argv without argv0), argv0, cwd, env ("K=V" list, or null for
// the parent's), stdio (three of "pipe", "inherit", "ignore").
type cpSpec struct {
	file  string
	args  []string
	argv0 string
	cwd   string
	env   []string
	stdio [3]string
	// detached: the child leads a new session, as libuv's UV_PROCESS_DETACHED.
	detached bool
}

func cpReadSpec(rt *goja.Runtime, o *goja.Object) cpSpec {
	var s cpSpec
	s.file = o.Get("file").String()
	s.argv0 = s.file
	if v := o.Get("argv0"); v != nil && !goja.IsUndefined(v) {
		s.argv0 = v.String()
	}
	_ = rt.ExportTo(o.Get("args"), &s.args)
	if v := o.Get("cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		s.cwd = v.String()
	}
	if v := o.Get("env"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		_ = rt.ExportTo(v, &s.env)
	} else {
		s.env = os.Environ()
	}
	if v := o.Get("detached"); v != nil {
		s.detached = v.ToBoolean()
	}
	var stdio []string
	_ = rt.ExportTo(o.Get("stdio"), &stdio)
	for i := range s.stdio {
		s.stdio[i] = "pipe"
		if i < len(stdio) {
			s.stdio[i] = stdio[i]
		}
	}
	return s
}

// command builds the exec.Cmd. Lookup follows execvp, as libuv's: a name
// without a slash is searched in PATH of the child's environment.
func (s *cpSpec) command() (*exec.Cmd, error) {
	path := s.file
	if !containsSlash(path) {
		p, err := lookPathIn(path, s.env)
		if err != nil {
			return nil, err
		}
		path = p
	}
	cmd := &exec.Cmd{Path: path, Args: append([]string{s.argv0}, s.args...), Env: s.env, Dir: s.cwd}
	if s.detached {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	}
	return cmd, nil
}

func containsSlash(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return true
		}
	}
	return false
}

// lookPathIn searches PATH from env (not the parent's: options.env may
// change it); an unset PATH uses execvp's default.
func lookPathIn(name string, env []string) (string, error) {
	pathVar := "/usr/local/bin:/usr/bin:/bin"
	for _, kv := range env {
		if len(kv) > 5 && kv[:5] == "PATH=" {
			pathVar = kv[5:]
		}
	}
	start := 0
	errno := syscall.ENOENT
	for i := 0; i <= len(pathVar); i++ {
		if i < len(pathVar) && pathVar[i] != ':' {
			continue
		}
		dir := pathVar[start:i]
		start = i + 1
		if dir == "" {
			dir = "."
		}
		p := dir + "/" + name
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			continue
		}
		if st.Mode()&0o111 == 0 {
			errno = syscall.EACCES
			continue
		}
		return p, nil
	}
	return "", errno
}

// startErrno is the libuv errno of a failed spawn.
func startErrno(err error) int {
	var en syscall.Errno
	if errors.As(err, &en) {
		return -int(en)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return uvErrno(pe.Err)
	}
	return uvErrno(err)
}

func signalName(st *os.ProcessState) (string, bool) {
	ws, ok := st.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() {
		return "", false
	}
	n := int(ws.Signal())
	for _, s := range osSignals {
		if s.num == n {
			return s.name, true
		}
	}
	return "", true
}

func (vm *VM) bytesValue(b []byte) goja.Value {
	rt := vm.RT
	u8, err := rt.New(rt.Get("Uint8Array"), rt.ToValue(rt.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	return u8
}

// cpSpawnSync(spec, input u8|null, timeout ms, killSignal number,
// maxBuffer) runs the child to its end on the loop, as Node's spawnSync
// blocks the loop, and returns {pid, status, signal, stdout, stderr} or
// {errno} when it could not start.
func cpSpawnSync(vm *VM, c goja.FunctionCall) goja.Value {
	rt := vm.RT
	spec := cpReadSpec(rt, c.Argument(0).ToObject(rt))
	var input []byte
	if in := c.Argument(1); !goja.IsNull(in) && !goja.IsUndefined(in) {
		input = append([]byte(nil), bytesOf(rt, in)...)
	}
	timeout := c.Argument(2).ToInteger()
	killSig := syscall.Signal(c.Argument(3).ToInteger())
	res := rt.NewObject()
	cmd, err := spec.command()
	if err != nil {
		must(res.Set("errno", startErrno(err)))
		return res
	}
	// Past maxBuffer bytes on either pipe the child is killed, and the
	// result carries ENOBUFS (after Start: the kill needs the process).
	maxBuffer := int(c.Argument(4).ToInteger())
	started := make(chan struct{})
	var overflowed atomic.Bool
	over := func() {
		if overflowed.CompareAndSwap(false, true) {
			<-started
			_ = cmd.Process.Signal(killSig)
		}
	}
	outBuf := cpCollect{limit: maxBuffer, over: over}
	errBuf := cpCollect{limit: maxBuffer, over: over}
	outs := [2]*cpCollect{&outBuf, &errBuf}
	var files, readEnds []*os.File
	var readers sync.WaitGroup
	for i, mode := range spec.stdio {
		var f *os.File
		switch mode {
		case "inherit":
			switch i {
			case 0:
				if vm.Stdin != nil {
					cmd.Stdin = vm.Stdin
				}
			case 1:
				cmd.Stdout = vm.Stdout
			case 2:
				cmd.Stderr = vm.Stderr
			}
			continue
		case "pipe":
			if i == 0 {
				if input != nil {
					cmd.Stdin = bytesReader(input)
				}
				continue
			}
			r, w, perr := os.Pipe()
			if perr != nil {
				must(res.Set("errno", startErrno(perr)))
				return res
			}
			f = w
			files = append(files, w)
			readEnds = append(readEnds, r)
			readers.Add(1)
			dst := outs[i-1]
			go func() {
				defer readers.Done()
				dst.readAll(r)
			}()
		}
		switch i {
		case 1:
			if f != nil {
				cmd.Stdout = f
			}
		case 2:
			if f != nil {
				cmd.Stderr = f
			}
		}
	}
	if err := cmd.Start(); err != nil {
		for _, f := range files {
			f.Close()
		}
		readers.Wait()
		must(res.Set("errno", startErrno(err)))
		return res
	}
	close(started)
	for _, f := range files {
		f.Close()
	}
	var timedOut bool
	var fired atomic.Bool
	if timeout > 0 {
		t := time.AfterFunc(time.Duration(timeout)*time.Millisecond, func() {
			fired.Store(true)
			_ = cmd.Process.Signal(killSig)
		})
		defer t.Stop()
	}
	_ = cmd.Wait()
	timedOut = fired.Load()
	if timedOut {
		// A killed shell may leave its children holding the pipes: like
		// libuv's spawn_sync after a kill, stop reading rather than wait.
		for _, r := range readEnds {
			r.Close()
		}
	}
	readers.Wait()
	must(res.Set("pid", cmd.Process.Pid))
	if name, sig := signalName(cmd.ProcessState); sig {
		must(res.Set("status", goja.Null()))
		must(res.Set("signal", name))
	} else {
		must(res.Set("status", cmd.ProcessState.ExitCode()))
		must(res.Set("signal", goja.Null()))
	}
	if timedOut {
		must(res.Set("timedOut", true))
	} else if overflowed.Load() {
		must(res.Set("noBufs", true))
	}
	if spec.stdio[1] == "pipe" {
		must(res.Set("stdout", vm.bytesValue(outBuf.b)))
	}
	if spec.stdio[2] == "pipe" {
		must(res.Set("stderr", vm.bytesValue(errBuf.b)))
	}
	return res
}

type cpCollect struct {
	b     []byte
	limit int    // maxBuffer; 0 or less: none
	over  func() // called once the limit is passed
}

func (c *cpCollect) readAll(r io.Reader) {
	buf := make([]byte, 32*1024)
	for {
		n, err := r.Read(buf)
		c.b = append(c.b, buf[:n]...)
		if c.limit > 0 && len(c.b) > c.limit && c.over != nil {
			c.over()
			c.over = nil
		}
		if err != nil {
			return
		}
	}
}

type byteReader struct {
	b []byte
}

func bytesReader(b []byte) io.Reader { return &byteReader{b} }

func (r *byteReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

// cpEvent is one thing a child's goroutines report to the loop.
type cpEvent struct {
	kind string // "data", "end", "exit", "written"
	fd   int
	data []byte
	id   int64
	err  error
	st   *os.ProcessState
}

// cpChild is one running child as the loop sees it.
type cpChild struct {
	vm  *VM
	cmd *exec.Cmd
	on  goja.Callable // the JavaScript side's event sink

	mu      sync.Mutex
	events  []cpEvent
	enqueue func(func() error) // the outstanding registration, nil while delivering
	pending bool               // events arrived while no registration was out

	open  int // pipes not at EOF, plus 1 until the exit is seen (loop only)
	stdin *cpStdin
	// passthrough: output inherited into a writer that is not a file,
	// copied there on the loop.
	passthrough [3]io.Writer
	// ptOpen counts passthrough pipes not at EOF; the exit waits for them
	// (held), since with a real inherited fd the output is written by then.
	ptOpen int
	held   *cpEvent
	exited chan struct{} // closed once the exit is queued
}

// eofExitGrace bounds how long a pipe's end waits for the exit (a
// grandchild may keep the pipe open long after; then the end goes first).
const eofExitGrace = 50 * time.Millisecond

// cpStdin is the queue of writes to the child's stdin: unbounded, so that
// the loop never blocks on a child that does not read.
type cpStdin struct {
	mu    sync.Mutex
	cond  *sync.Cond
	queue []cpWrite
}

type cpWrite struct {
	data []byte
	id   int64
	end  bool
}

// push hands an event to the loop (any goroutine).
func (ch *cpChild) push(ev cpEvent) {
	ch.mu.Lock()
	ch.events = append(ch.events, ev)
	enq := ch.enqueue
	ch.enqueue = nil
	if enq == nil {
		ch.pending = true
	}
	ch.mu.Unlock()
	if enq != nil {
		enq(ch.deliver)
	}
}

// deliver runs on the loop: it hands every queued event to JavaScript and
// renews the registration while the child still has something to report.
//
// One event per loop callback, as libuv reports each read and the exit
// separately: the nextTick queue and promise jobs run between them, so an
// async iterator over stdout has resumed before 'exit' and 'close' come.
func (ch *cpChild) deliver() error {
	ch.mu.Lock()
	if len(ch.events) == 0 {
		ch.pending = false
		ch.mu.Unlock()
		ch.rearm()
		return nil
	}
	evs := []cpEvent{ch.events[0]}
	ch.events = ch.events[1:]
	ch.pending = len(ch.events) > 0
	ch.mu.Unlock()
	rt := ch.vm.RT
	var firstErr error
	for i := 0; i < len(evs); i++ {
		ev := evs[i]
		if ev.kind == "exit" && ch.ptOpen > 0 {
			ch.held = &ev
			continue
		}
		var err error
		switch ev.kind {
		case "data":
			if w := ch.passthrough[ev.fd]; w != nil {
				_, _ = w.Write(ev.data)
				continue
			}
			_, err = ch.on(goja.Undefined(), rt.ToValue("data"), rt.ToValue(ev.fd), ch.vm.bytesValue(ev.data))
		case "end":
			ch.open--
			if ch.passthrough[ev.fd] != nil {
				ch.ptOpen--
				if ch.ptOpen == 0 && ch.held != nil {
					evs = append(evs[:i+1:i+1], append([]cpEvent{*ch.held}, evs[i+1:]...)...)
					ch.held = nil
				}
				continue
			}
			_, err = ch.on(goja.Undefined(), rt.ToValue("end"), rt.ToValue(ev.fd))
		case "written":
			var e goja.Value = goja.Null()
			if ev.err != nil {
				e = rt.ToValue(uvErrno(ev.err))
			}
			_, err = ch.on(goja.Undefined(), rt.ToValue("written"), rt.ToValue(ev.id), e)
		case "exit":
			ch.open--
			code, sig := goja.Value(goja.Null()), goja.Value(goja.Null())
			if name, ok := signalName(ev.st); ok {
				sig = rt.ToValue(name)
			} else {
				code = rt.ToValue(ev.st.ExitCode())
			}
			_, err = ch.on(goja.Undefined(), rt.ToValue("exit"), code, sig)
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	ch.rearm()
	return firstErr
}

// rearm takes a new registration while events may still come (loop only).
func (ch *cpChild) rearm() {
	ch.mu.Lock()
	done := ch.open <= 0 && ch.stdin == nil && !ch.pending
	ch.mu.Unlock()
	if done {
		return
	}
	enq := ch.vm.Loop.RegisterCallback()
	ch.mu.Lock()
	if ch.pending {
		ch.pending = false
		ch.mu.Unlock()
		enq(ch.deliver)
		return
	}
	ch.enqueue = enq
	ch.mu.Unlock()
}

// cpSpawn(spec, onEvent) starts the child and returns {pid, handle} or
// {errno}. onEvent(kind, ...) receives "data"(fd, u8), "end"(fd),
// "exit"(code, signal), "written"(id, err) on the loop.
func cpSpawn(vm *VM, c goja.FunctionCall) goja.Value {
	rt := vm.RT
	spec := cpReadSpec(rt, c.Argument(0).ToObject(rt))
	on, _ := goja.AssertFunction(c.Argument(1))
	res := rt.NewObject()
	cmd, err := spec.command()
	if err != nil {
		must(res.Set("errno", startErrno(err)))
		return res
	}
	ch := &cpChild{vm: vm, cmd: cmd, on: on, exited: make(chan struct{})}
	var parentEnds []*os.File // ours after Start: read ends, stdin's write end
	var childEnds []*os.File
	closeAll := func() {
		for _, f := range append(parentEnds, childEnds...) {
			f.Close()
		}
	}
	var readEnds [3]*os.File
	var stdinW *os.File
	for i, mode := range spec.stdio {
		var f *os.File
		switch mode {
		case "inherit":
			switch i {
			case 0:
				if vm.Stdin != nil {
					if fi, ok := vm.Stdin.(*os.File); ok {
						cmd.Stdin = fi
					}
				}
			case 1, 2:
				dst := vm.Stdout
				if i == 2 {
					dst = vm.Stderr
				}
				if f, ok := dst.(*os.File); ok {
					if i == 1 {
						cmd.Stdout = f
					} else {
						cmd.Stderr = f
					}
					continue
				}
				// Not a file (a test's buffer, a host's writer): os/exec
				// would copy into it from its own goroutine while the loop
				// writes too; the copy runs on the loop instead.
				ch.passthrough[i] = dst
			}
			if ch.passthrough[i] == nil {
				continue
			}
			fallthrough
		case "pipe":
			r, w, perr := os.Pipe()
			if perr != nil {
				closeAll()
				must(res.Set("errno", startErrno(perr)))
				return res
			}
			if i == 0 {
				f = r
				stdinW = w
				parentEnds = append(parentEnds, w)
				childEnds = append(childEnds, r)
			} else {
				f = w
				readEnds[i] = r
				parentEnds = append(parentEnds, r)
				childEnds = append(childEnds, w)
			}
		default:
			continue
		}
		switch i {
		case 0:
			cmd.Stdin = f
		case 1:
			cmd.Stdout = f
		case 2:
			cmd.Stderr = f
		}
	}
	if err := cmd.Start(); err != nil {
		closeAll()
		must(res.Set("errno", startErrno(err)))
		return res
	}
	for _, f := range childEnds {
		f.Close()
	}
	ch.open = 1
	for fd := 1; fd <= 2; fd++ {
		if r := readEnds[fd]; r != nil {
			ch.open++
			if ch.passthrough[fd] != nil {
				ch.ptOpen++
			}
			go ch.readPipe(fd, r)
		}
	}
	if stdinW != nil {
		ch.stdin = &cpStdin{}
		ch.stdin.cond = sync.NewCond(&ch.stdin.mu)
		go ch.writeStdin(ch.stdin, stdinW)
	}
	// Wait closes what os/exec copies for non-file stdio (inherit into a
	// buffer), after the child is gone; our pipes are ours to close.
	go func() {
		_ = cmd.Wait()
		ch.push(cpEvent{kind: "exit", st: cmd.ProcessState})
		close(ch.exited)
	}()
	ch.rearm()
	must(res.Set("pid", cmd.Process.Pid))
	h := rt.NewObject()
	must(h.Set("kill", func(c goja.FunctionCall) goja.Value {
		sig := syscall.Signal(c.Argument(0).ToInteger())
		if err := cmd.Process.Signal(sig); err != nil {
			if errors.Is(err, os.ErrProcessDone) {
				return rt.ToValue(-int(syscall.ESRCH))
			}
			return rt.ToValue(startErrno(err))
		}
		return rt.ToValue(0)
	}))
	// write(u8, id): the chunk is copied (the caller may reuse its buffer);
	// "written"(id, err) follows. end() closes the pipe after queued writes.
	must(h.Set("write", func(c goja.FunctionCall) goja.Value {
		if ch.stdin == nil {
			return goja.Undefined()
		}
		data := append([]byte(nil), bytesOf(rt, c.Argument(0))...)
		ch.sendStdin(cpWrite{data: data, id: c.Argument(1).ToInteger()})
		return goja.Undefined()
	}))
	// closeStream(fd): the JavaScript side destroyed the stream; reading
	// stops, so that a grandchild holding the pipe does not hold 'close'.
	must(h.Set("closeStream", func(c goja.FunctionCall) goja.Value {
		if fd := c.Argument(0).ToInteger(); fd == 1 || fd == 2 {
			if r := readEnds[fd]; r != nil {
				r.Close()
			}
		}
		return goja.Undefined()
	}))
	must(h.Set("end", func(c goja.FunctionCall) goja.Value {
		if ch.stdin != nil {
			ch.sendStdin(cpWrite{end: true})
			ch.stdin = nil
		}
		return goja.Undefined()
	}))
	must(res.Set("handle", h))
	return res
}

func (ch *cpChild) sendStdin(w cpWrite) {
	q := ch.stdin
	q.mu.Lock()
	q.queue = append(q.queue, w)
	q.mu.Unlock()
	q.cond.Signal()
}

func (ch *cpChild) readPipe(fd int, r *os.File) {
	defer r.Close()
	for {
		buf := make([]byte, 64*1024)
		n, err := r.Read(buf)
		if n > 0 {
			ch.push(cpEvent{kind: "data", fd: fd, data: buf[:n]})
		}
		if err != nil {
			// A pipe ends when the child exits, and Node sees the exit
			// first ('exit' before the streams' 'end'): give the wait a
			// moment to report it.
			t := time.NewTimer(eofExitGrace)
			select {
			case <-ch.exited:
			case <-t.C:
			}
			t.Stop()
			ch.push(cpEvent{kind: "end", fd: fd})
			return
		}
	}
}

func (ch *cpChild) writeStdin(q *cpStdin, w *os.File) {
	defer w.Close()
	var failed error
	for {
		q.mu.Lock()
		for len(q.queue) == 0 {
			q.cond.Wait()
		}
		req := q.queue[0]
		q.queue = q.queue[1:]
		q.mu.Unlock()
		if req.end {
			return
		}
		if failed == nil {
			_, failed = w.Write(req.data)
		}
		ch.push(cpEvent{kind: "written", id: req.id, err: failed})
	}
}
