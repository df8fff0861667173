package runtime

import (
	"errors"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// The loop follows libuv's uv_run and Node's main loop around it:
//
//	timers → pending → poll (worker completions, enqueued callbacks) →
//	check (setImmediate) → close; when nothing keeps the loop alive,
//	'beforeExit', and loop again if its handlers scheduled work.
//
// After every callback Node runs processTicksAndRejections: the whole
// nextTick queue, then the promise jobs, then unhandled-rejection
// processing, repeated until all are empty. goja runs promise jobs only when
// control returns to Go from the outermost JS call, so each callback is
// called through a JS trampoline (js/loop.js runGo, runTimeout...) that runs
// the callback and then the tick queue in one call; the return to Go then
// drains the promise jobs, and drain() repeats while ticks or rejections
// remain. A throw is caught inside the trampoline and reported there, since
// goja runs the promise jobs on the way out of a throw too (see run1).

// Loop is the event loop: Node's phases (timers → pending → poll → check →
// close), the nextTick and microtask drains after every callback, and the
// worker pool.
type Loop struct {
	vm    *VM
	start time.Time
	now   int64 // loop time in ms since start, updated once per iteration, as uv_now

	// bareRun, bareGo: run1's trampoline before js/loop.js is loaded.
	bareRun goja.Callable
	bareGo  goja.Value

	// queue holds callbacks handed over by other goroutines (enqueue from
	// RegisterCallback, Submit completions); wake is signalled when it grows.
	mu    sync.Mutex
	queue []func() error
	wake  chan struct{}

	// pendingRefs counts RegisterCallback registrations whose enqueue has not
	// run yet (loop goroutine only): each keeps the loop alive like a
	// libuv request.
	pendingRefs int

	timers timerState
	imm    immediateState

	// js is the trampoline from js/loop.js, loaded on first use: a program
	// that schedules nothing never compiles it.
	js          *loopJS
	ticksQueued bool
	rejections  rejectionTracker
	loadDebt    time.Duration
	loadDepth   int
	stopped     bool // process.exit or a fatal error: run nothing more
	exitCode    int
	firstFloor  int64 // the first iteration's loop time is at least this

	next       loopCall // what the trampoline's goFn runs
	depth      int      // trampolines running (more than one: see threw)
	resume     func()   // continues the running phase after a throw
	phaseDepth int      // depth of the running timer's or immediate's trampoline
	reporting  int      // threw is reporting an exception
	goArg      [1]goja.Value
	args       [2]goja.Value
	callArgs   []goja.Value
}

type loopJS struct {
	runGo          goja.Callable // (goFn): the trampoline, see Loop.run1
	invoke         goja.Callable // (fn, this, ...args)
	runTimeout0    goja.Callable // (timer[, next]): the timers phase's trampoline, see runJS; a batch given next (see runTimerBatches)
	runTimeout     goja.Callable // (timer), for a timer with arguments
	runImmediate0  goja.Callable // (immediate): the check phase's
	runImmediate   goja.Callable
	rethrow        goja.Callable
	runTicks       goja.Callable
	nextTick       goja.Value
	queueMicrotask goja.Value
	goFn           goja.Value // the native function runGo calls: runs Loop.next
}

// loopCall is the callback the trampoline runs next: a Go function, or a
// JavaScript function with its arguments.
type loopCall struct {
	goFunc func() error
	fn     goja.Callable
	this   goja.Value // nil: undefined
	args   []goja.Value
}

func newLoop(vm *VM) *Loop {
	startGCTuner()
	return &Loop{vm: vm, start: time.Now(), wake: make(chan struct{}, 1)}
}

// hrNow is the time in ms since the loop started, as libuv's uv_now, less
// the time the runtime spent loading its own parts on first use (see
// VM.internalJS): Node has them ready at startup, so a program that makes
// two timers around its first use of, say, node:events must see them as
// close together as in Node, or equal-looking timers change order.
func (l *Loop) hrNow() int64 {
	return int64((time.Since(l.start) - l.loadDebt) / time.Millisecond)
}

// beginLoad and endLoad bracket lazy loading of runtime internals; only
// the outermost pair counts.
func (l *Loop) beginLoad() (end func()) {
	l.loadDepth++
	if l.loadDepth > 1 {
		return func() { l.loadDepth-- }
	}
	t0 := time.Now()
	return func() {
		l.loadDepth--
		l.loadDebt += time.Since(t0)
	}
}

func (l *Loop) updateTime() {
	l.now = l.hrNow()
	l.timers.lowerHint()
}

// RegisterCallback must be called on the loop goroutine. It holds the loop
// open (a ref, like a libuv handle) and returns enqueue, which any goroutine
// may call exactly once: f then runs on the loop in the poll phase, followed
// by the nextTick and microtask drains, and the ref is dropped. An error
// returned by f is treated as an uncaught exception. Calling enqueue twice
// panics: it is a bug in the caller, as in k6.
//
// Typical use, from a Go function bound to JavaScript:
//
//	enqueue := vm.Loop.RegisterCallback()
//	go func() {
//		data, err := os.ReadFile(name)
//		enqueue(func() error {
//			_, err := cb(goja.Undefined(), toJS(err), toJS(data))
//			return err
//		})
//	}()
func (l *Loop) RegisterCallback() (enqueue func(f func() error)) {
	l.pendingRefs++
	var once sync.Once
	return func(f func() error) {
		called := false
		once.Do(func() { called = true })
		if !called {
			panic("runtime: enqueue called twice")
		}
		l.mu.Lock()
		l.queue = append(l.queue, func() error {
			l.pendingRefs--
			return f()
		})
		l.mu.Unlock()
		select {
		case l.wake <- struct{}{}:
		default:
		}
	}
}

// Submit runs work on the worker pool (UV_THREADPOOL_SIZE workers, default
// 4), never on the loop, and then done(result) on the loop in the poll
// phase. The loop stays alive until done has run. work must not touch the
// goja Runtime. Submit must be called on the loop goroutine.
func (l *Loop) Submit(work func() any, done func(result any) error) {
	enqueue := l.RegisterCallback()
	sharedPool().submit(func() {
		r := work()
		enqueue(func() error { return done(r) })
	})
}

// poolSize reads UV_THREADPOOL_SIZE as libuv does: unset or unparsable
// means 4, and the value is clamped to 1…1024.
func poolSize(s string) int {
	n, err := strconv.Atoi(s)
	if s == "" || err != nil {
		return 4
	}
	return min(max(n, 1), 1024)
}

// workerPool is libuv's thread pool: one per process, as libuv's, with a
// fixed set of goroutines started on the first Submit, taking work in FIFO
// order.
type workerPool struct {
	mu    sync.Mutex
	cond  *sync.Cond
	work  []func()
	start sync.Once
	size  int
}

var (
	poolOnce sync.Once
	pool     *workerPool
)

func sharedPool() *workerPool {
	poolOnce.Do(func() { pool = newWorkerPool(poolSize(os.Getenv("UV_THREADPOOL_SIZE"))) })
	return pool
}

func newWorkerPool(size int) *workerPool {
	p := &workerPool{size: size}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *workerPool) submit(w func()) {
	p.start.Do(func() {
		for range p.size {
			go p.worker()
		}
	})
	p.mu.Lock()
	p.work = append(p.work, w)
	p.mu.Unlock()
	p.cond.Signal()
}

// worker goroutines live as long as the process, as libuv's threads do.
func (p *workerPool) worker() {
	for {
		p.mu.Lock()
		for len(p.work) == 0 {
			p.cond.Wait()
		}
		w := p.work[0]
		p.work[0] = nil
		p.work = p.work[1:]
		p.mu.Unlock()
		w()
	}
}

// alive is uv_loop_alive: ref'd handles or outstanding requests.
func (l *Loop) alive() bool {
	return l.pendingRefs > 0 || l.timers.refs > 0 || l.imm.refs > 0
}

// run is Node's SpinEventLoop: uv_run until the loop is dry, then
// 'beforeExit', and again while its handlers schedule work.
func (l *Loop) run() {
	defer l.timers.dropHint()
	for !l.stopped {
		l.runOnce()
		if l.stopped {
			return
		}
		l.vm.proc.emitBeforeExit()
		if l.stopped || !l.alive() {
			return
		}
	}
}

// runOnce is uv_run(UV_RUN_DEFAULT).
func (l *Loop) runOnce() {
	for l.alive() && !l.stopped {
		l.updateTime()
		l.runTimers()
		if l.stopped {
			return
		}
		l.poll(l.pollTimeout())
		if l.stopped {
			return
		}
		l.runImmediates()
	}
}

// pollTimeout is uv_backend_timeout: 0 when something is ready to run
// (queued completions, immediates), else until the next timer, else
// forever (-1).
func (l *Loop) pollTimeout() time.Duration {
	if (l.imm.refs > 0 && l.imm.idle) || !l.alive() {
		return 0
	}
	l.mu.Lock()
	ready := len(l.queue) > 0
	l.mu.Unlock()
	if ready {
		return 0
	}
	d, ok := l.timers.next()
	if !ok && l.imm.refs > 0 {
		return 0
	}
	if ok {
		wait := d - l.hrNow()
		if wait <= 0 {
			return 0
		}
		return time.Duration(wait) * time.Millisecond
	}
	return -1
}

// poll waits for completions (never longer than timeout; -1 waits until
// one arrives) and runs those queued by then.
func (l *Loop) poll(timeout time.Duration) {
	if timeout != 0 {
		l.mu.Lock()
		empty := len(l.queue) == 0
		l.mu.Unlock()
		if empty {
			if timeout < 0 {
				<-l.wake
			} else {
				t := time.NewTimer(timeout)
				select {
				case <-l.wake:
				case <-t.C:
				}
				t.Stop()
			}
		}
	}
	l.mu.Lock()
	batch := l.queue
	l.queue = nil
	l.mu.Unlock()
	// The wake token may be stale now that the batch is taken; drop it so the
	// next poll does not spin once for nothing.
	select {
	case <-l.wake:
	default:
	}
	for i, f := range batch {
		if l.stopped {
			// Keep the refs balanced for whoever inspects them afterwards.
			l.pendingRefs -= len(batch) - i
			return
		}
		l.callGo(f)
	}
}

// ensureJS loads the trampoline on first use.
func (l *Loop) ensureJS() *loopJS {
	if l.js != nil {
		return l.js
	}
	vm := l.vm
	must(vm.internal.Set("ticksQueued", func(goja.FunctionCall) goja.Value {
		l.ticksQueued = true
		return goja.Undefined()
	}))
	must(vm.internal.Set("reportTickThrow", func(c goja.FunctionCall) goja.Value {
		// Reported as thrown: the header names the program's throw
		// (errors_throw.go), so hand over a stack. (A queueMicrotask
		// callback's error is reported where it was made, as V8 does.)
		vm.triggerUncaught(c.Argument(0), vm.RT.CaptureCallStack(1, nil), false)
		if l.stopped {
			vm.RT.Interrupt(exitSignal{l.exitCode})
		}
		return goja.Undefined()
	}))
	must(vm.internal.Set("reportUncaught", func(c goja.FunctionCall) goja.Value {
		vm.triggerUncaught(c.Argument(0), nil, false)
		if l.stopped {
			vm.RT.Interrupt(exitSignal{l.exitCode})
		}
		return goja.Undefined()
	}))
	exports, err := vm.internalJS("loop")
	if err != nil {
		panic(err) // js/loop.js is ours and has no top-level effects that can fail
	}
	o := exports.ToObject(vm.RT)
	js := &loopJS{nextTick: o.Get("nextTick"), queueMicrotask: o.Get("queueMicrotask")}
	fn := func(name string) goja.Callable {
		f, _ := goja.AssertFunction(o.Get(name))
		return f
	}
	js.runGo = fn("runGo")
	js.invoke = fn("invoke")
	js.runTimeout0 = fn("runTimeout0")
	js.runTimeout = fn("runTimeout")
	js.runImmediate0 = fn("runImmediate0")
	js.runImmediate = fn("runImmediate")
	js.rethrow = fn("rethrow")
	must(vm.internal.Set("loopThrew", func(c goja.FunctionCall) goja.Value {
		_, err := js.rethrow(goja.Undefined(), c.Argument(0))
		if err != nil {
			l.threw(err)
		}
		return goja.Undefined()
	}))
	js.runTicks = fn("runTicks")
	js.goFn = vm.RT.ToValue(func(goja.FunctionCall) goja.Value {
		l.callNext()
		// While a throw is reported, its handlers' ticks wait (see threw).
		return vm.RT.ToValue(l.reporting > 0)
	})
	// Nameless, its frame stays out of stack traces (see NodeStack), as
	// Node has no frame of its own between the loop and a callback.
	must(js.goFn.(*goja.Object).DefineDataProperty("name", vm.RT.ToValue(""), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	l.js = js
	return js
}

// callNext runs l.next, the callback a trampoline is running, and reports
// its throw.
func (l *Loop) callNext() {
	c := l.next
	l.next = loopCall{}
	var err error
	if c.goFunc != nil {
		err = c.goFunc()
	} else {
		this := c.this
		if this == nil {
			this = goja.Undefined()
		}
		_, err = c.fn(this, c.args...)
	}
	if err != nil {
		l.threw(err)
	}
}

// bareTrampolinePrg is run1's trampoline while js/loop.js is not loaded (a
// program that has used no timer, tick or process yet: a hello world never
// compiles loop.js). No tick can be queued without loop.js, so the
// callback needs only a JavaScript frame around goFn, for goja to hold its
// promise jobs until the outermost call returns; if the callback loaded
// loop.js and queued ticks, goFn runs them before returning.
var bareTrampolinePrg = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/loop_bare", "(function (goFn) { goFn(); })", true)
})

// trampoline returns run1's outermost function and the native it calls.
func (l *Loop) trampoline() (goja.Callable, goja.Value) {
	if l.js != nil {
		return l.js.runGo, l.js.goFn
	}
	if l.bareRun == nil {
		rt := l.vm.RT
		v, err := rt.RunProgram(bareTrampolinePrg())
		must(err)
		l.bareRun, _ = goja.AssertFunction(v)
		l.bareGo = rt.ToValue(func(goja.FunctionCall) goja.Value {
			l.callNext()
			if l.js != nil && l.reporting == 0 && l.ticksQueued {
				l.ticksQueued = false
				if _, err := l.js.runTicks(goja.Undefined()); err != nil {
					// The queue may still hold ticks after the one that
					// threw: drain runs them.
					l.ticksQueued = true
					var ex *goja.Exception
					if errors.As(err, &ex) {
						panic(ex) // out of the trampoline, as from js/loop.js runGo
					}
					// process.exit: goja keeps unwinding to the outermost call.
				}
			}
			return goja.Undefined()
		})
		must(l.bareGo.(*goja.Object).DefineDataProperty("name", rt.ToValue(""), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	}
	return l.bareRun, l.bareGo
}

// run1 runs one loop callback the way Node runs any: the callback, then the
// nextTick queue, then promise jobs, repeated until both are empty (drain).
//
// goja runs promise jobs when the outermost call into it returns, also when
// it returns by a throw. So the outermost call is the trampoline (js/loop.js
// runGo), which calls goFn, a Go native, which calls the callback: the
// callback is not outermost, its throw comes back to goFn as an error with
// the throw's own stack, and goFn reports it as an uncaught exception right
// there, before any promise job of the callback runs (as in Node, where the
// process dies before them unless 'uncaughtException' is handled). Then the
// trampoline runs the tick queue, and goja the promise jobs.
func (l *Loop) run1(c loopCall) {
	if l.stopped {
		return
	}
	runGo, goFn := l.trampoline()
	l.next = c
	l.goArg[0] = goFn
	l.depth++
	_, err := runGo(goja.Undefined(), l.goArg[:]...)
	l.depth--
	l.next = loopCall{}
	if err != nil && !(l.depth > 0 && isExit(err)) {
		// process.exit, or a throw from the tick queue. Nested, an exit
		// keeps unwinding to the outermost trampoline: goja interrupts
		// every frame until then, and drops the promise jobs there.
		l.uncaught(err)
	}
	// Nested in another callback's trampoline (see threw), promise jobs
	// cannot run yet: rejections wait for the outer drain.
	if l.depth == 0 {
		l.drain()
	}
}

// threw reports the exception of a loop callback (see run1). An interrupt
// (process.exit) needs nothing: goja keeps unwinding while it is set.
func (l *Loop) threw(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return
	}
	var ex *goja.Exception
	var soe *goja.StackOverflowError
	l.reporting++
	if errors.As(err, &ex) || errors.As(err, &soe) {
		l.uncaught(err)
	} else {
		l.vm.triggerUncaught(l.vm.toJSError(err), nil, false)
	}
	l.reporting--
	if l.stopped {
		l.vm.RT.Interrupt(exitSignal{l.exitCode})
		return
	}
	// When a timer or an immediate throws, Node reports it and re-enters the
	// phase, whose next callback runs before the thrower's ticks and promise
	// jobs; so here, inside the trampoline, before goja may run those jobs.
	// The depth bound keeps a run of throwing callbacks off the stack.
	// Only for the phase's own callback, not for a handler the loop called
	// meanwhile (an 'unhandledRejection' listener in the drain).
	if l.resume != nil && l.depth == l.phaseDepth && l.depth < maxResumeDepth {
		l.resume()
	}
}

const maxResumeDepth = 32

// runJS runs a timer's or an immediate's callback through its phase's
// trampoline (js/loop.js runTimeout...), which catches a throw itself and
// hands it to threw: the callback is called from JavaScript, with no Go
// native in between as run1 has.
func (l *Loop) runJS(tramp goja.Callable, arg goja.Value) {
	l.runJS2(tramp, arg, nil)
}

// runJS2 is runJS with a second argument, unless arg2 is nil.
func (l *Loop) runJS2(tramp goja.Callable, arg, arg2 goja.Value) {
	if l.stopped {
		return
	}
	args := l.args[:1]
	l.args[0] = arg
	if arg2 != nil {
		args = l.args[:2]
		l.args[1] = arg2
	}
	l.depth++
	outer := l.phaseDepth
	l.phaseDepth = l.depth
	_, err := tramp(goja.Undefined(), args...)
	l.phaseDepth = outer
	l.depth--
	l.args = [2]goja.Value{}
	if err != nil && !(l.depth > 0 && isExit(err)) {
		l.uncaught(err)
	}
	if l.depth == 0 {
		l.drain()
	}
}

// Call runs a JavaScript callback the way Node runs any callback from the
// loop: fn(args...) with this, then the nextTick queue, then promise jobs,
// repeated until both are empty. A throw is an uncaught exception. Call must
// be used from Go code that is not itself called from JavaScript (loop
// phases, enqueued callbacks).
func (l *Loop) Call(fn goja.Value, this goja.Value, args ...goja.Value) {
	if l.stopped {
		return
	}
	if f, ok := goja.AssertFunction(fn); ok {
		l.run1(loopCall{fn: f, this: this, args: args})
		return
	}
	// Not callable: invoke throws the TypeError a call would.
	all := append(l.callArgs[:0], fn, this)
	all = append(all, args...)
	l.run1(loopCall{fn: l.ensureJS().invoke, args: all})
	clear(all)
	l.callArgs = all[:0]
}

// callGo runs a Go callback as a loop callback, so that the JavaScript it
// calls is not an outermost call: goja must not run promise jobs between
// that JavaScript and the tick queue.
func (l *Loop) callGo(f func() error) {
	l.run1(loopCall{goFunc: f})
}

// drain is the rest of processTicksAndRejections after a callback: ticks,
// promise jobs (run by goja on return), rejections, until quiet.
func (l *Loop) drain() {
	for !l.stopped {
		if l.ticksQueued {
			l.ticksQueued = false
			if _, err := l.js.runTicks(goja.Undefined()); err != nil {
				// The queue may still hold ticks after the one that threw.
				l.ticksQueued = true
				l.uncaught(err)
			}
			continue
		}
		if l.processRejections() {
			continue
		}
		return
	}
}

// exitSignal is the value process.exit interrupts the Runtime with: goja's
// Interrupt is uncatchable by JavaScript, so nothing after process.exit()
// runs, not even a finally block (as in Node).
type exitSignal struct{ code int }

// isExit reports whether err is process.exit unwinding the stack.
func isExit(err error) bool {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		_, ok := ie.Value().(exitSignal)
		return ok
	}
	return false
}

// stop ends the program with code: nothing more runs.
func (l *Loop) stop(code int) {
	l.stopped = true
	l.exitCode = code
}

func (vm *VM) queueMicrotaskFunc() goja.Value {
	vm.bindCommon()
	return vm.Loop.ensureJS().queueMicrotask
}
