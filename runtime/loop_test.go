package runtime

import (
	"bytes"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

// runLoopJS runs src as a CommonJS main script (plain JavaScript, no
// strip) on a fresh VM and returns the `log` lines, stderr and exit code.
func runLoopJS(t testing.TB, src string) (logs []string, stderr string, code int) {
	t.Helper()
	var errb bytes.Buffer
	vm, err := newVM(&processConfig{argv: []string{"tsrun", "/t/main.js"}, stdout: &bytes.Buffer{}, stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	must(vm.RT.Set("log", func(c goja.FunctionCall) goja.Value {
		parts := make([]string, len(c.Arguments))
		for i, a := range c.Arguments {
			parts[i] = a.String()
		}
		logs = append(logs, strings.Join(parts, " "))
		return goja.Undefined()
	}))
	prg, err := goja.Compile("/t/main.js", src, false)
	must(vm.RT.Set("require", func(c goja.FunctionCall) goja.Value {
		m, err := vm.Require(c.Argument(0).String())
		if err != nil {
			panic(vm.toJSError(err))
		}
		return m
	}))
	if err != nil {
		t.Fatal(err)
	}
	code = vm.runMain(func() error {
		_, err := vm.RT.RunProgram(prg)
		return err
	}, false)
	return logs, errb.String(), code
}

func expectLogs(t *testing.T, src string, want ...string) {
	t.Helper()
	got, stderr, code := runLoopJS(t, src)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("logs (-want +got):\n%s\nstderr: %s", diff, stderr)
	}
	if code != 0 {
		t.Errorf("exit code %d; stderr:\n%s", code, stderr)
	}
}

// The orders below were checked against Node 26 (node -e with the same
// program, CommonJS main).
func TestLoopOrder(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"ticks before promises in main", `
			Promise.resolve().then(() => log('promise'));
			process.nextTick(() => log('tick'));
			log('sync');`,
			[]string{"sync", "tick", "promise"}},
		{"ticks from promises run before the next promise", `
			Promise.resolve().then(() => { log('p1'); process.nextTick(() => log('t2')); })
				.then(() => log('p2'));
			process.nextTick(() => log('t1'));`,
			[]string{"t1", "p1", "p2", "t2"}},
		{"timeout, immediate, ticks inside callbacks", `
			setTimeout(() => {
				log('timeout');
				setImmediate(() => log('immediate'));
				process.nextTick(() => log('tick in timeout'));
				Promise.resolve().then(() => log('promise in timeout'));
			}, 0);`,
			[]string{"timeout", "tick in timeout", "promise in timeout", "immediate"}},
		{"equal deadlines keep creation order", `
			for (let i = 0; i < 5; i++) setTimeout(() => log('t' + i), 1);`,
			[]string{"t0", "t1", "t2", "t3", "t4"}},
		{"drain between timers", `
			setTimeout(() => { log('a'); process.nextTick(() => log('a tick')); }, 1);
			setTimeout(() => log('b'), 1);`,
			[]string{"a", "a tick", "b"}},
		{"immediate added in check phase waits", `
			setImmediate(() => { log('i1'); setImmediate(() => log('i3')); });
			setImmediate(() => log('i2'));`,
			[]string{"i1", "i2", "i3"}},
		{"clearTimeout and clearImmediate", `
			const t = setTimeout(() => log('no'), 1);
			clearTimeout(t);
			const i = setImmediate(() => log('no'));
			clearImmediate(i);
			setTimeout(() => log('yes'), 2);`,
			[]string{"yes"}},
		{"interval clears itself", `
			let n = 0;
			const h = setInterval(() => { log('n' + (++n)); if (n === 3) clearInterval(h); }, 1);`,
			[]string{"n1", "n2", "n3"}},
		{"args and this", `
			const t = setTimeout(function (a, b) { log(a, b, this === t); }, 50, 'x', 'y');
			setImmediate((a) => log(a), 'imm');`,
			[]string{"imm", "x y true"}},
		{"unref timer does not hold the loop", `
			setTimeout(() => log('never'), 50).unref();
			log('end');`,
			[]string{"end"}},
		{"queueMicrotask is a promise job", `
			queueMicrotask(() => log('micro'));
			process.nextTick(() => log('tick'));`,
			[]string{"tick", "micro"}},
		{"beforeExit fires again when it schedules work", `
			let n = 0;
			process.on('beforeExit', (c) => { log('beforeExit ' + c); if (n++ < 1) setTimeout(() => log('more'), 1); });
			process.on('exit', (c) => log('exit ' + c));`,
			[]string{"beforeExit 0", "more", "beforeExit 0", "exit 0"}},
		{"nested ticks run before promises", `
			process.nextTick(() => { log('t1'); process.nextTick(() => log('t3')); });
			process.nextTick(() => log('t2'));
			Promise.resolve().then(() => log('p'));`,
			[]string{"t1", "t2", "t3", "p"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectLogs(t, tt.src, tt.want...) })
	}
}

func TestExit(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
		code int
	}{
		{"exit stops everything", `
			process.on('exit', (c) => log('exit ' + c));
			setTimeout(() => log('no'), 1);
			try { process.exit(3); } finally { log('no finally'); }
			log('no');`,
			[]string{"exit 3"}, 3},
		{"exitCode", `process.exitCode = 4; process.on('exit', (c) => log('exit ' + c));`,
			[]string{"exit 4"}, 4},
		{"exit handler sets exitCode", `process.on('exit', () => { process.exitCode = 9; });`,
			nil, 9},
		{"exit inside a timer", `setTimeout(() => { process.exit(2); log('no'); }, 1); setTimeout(() => log('no'), 5);`,
			nil, 2},
		{"uncaughtException handler keeps running", `
			process.on('uncaughtException', (e, origin) => log('caught ' + e.message + ' ' + origin));
			setTimeout(() => log('after'), 1);
			throw new Error('boom');`,
			[]string{"caught boom uncaughtException", "after"}, 0},
		{"unhandledRejection handler", `
			process.on('unhandledRejection', (r) => log('unhandled ' + r));
			Promise.reject(7);`,
			[]string{"unhandled 7"}, 0},
		{"rejection handled in the same drain is fine", `
			const p = Promise.reject(new Error('x'));
			p.catch(() => log('caught'));`,
			[]string{"caught"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, stderr, code := runLoopJS(t, tt.src)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("logs (-want +got):\n%s\nstderr: %s", diff, stderr)
			}
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
		})
	}
}

func TestFatal(t *testing.T) {
	tests := []struct {
		name, src string
		stderrHas []string
	}{
		{"throw", "function f() { throw new Error('boom'); }\nf();",
			[]string{"Error: boom\n    at f (/t/main.js:1:22)\n", "\nNode.js " + NodeVersion + "\n"}},
		{"non-error rejection", "Promise.reject(42);",
			[]string{"UnhandledPromiseRejection: This error originated", `reason "42".`, "code: 'ERR_UNHANDLED_REJECTION'"}},
		{"throw primitive", "throw 42;",
			[]string{"42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runLoopJS(t, tt.src)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			for _, s := range tt.stderrHas {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
		})
	}
}

func TestRegisterCallbackFromGoroutine(t *testing.T) {
	var logs []string
	vm, err := newVM(&processConfig{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	code := vm.runMain(func() error {
		for i := range 3 {
			enqueue := vm.Loop.RegisterCallback()
			go func() {
				time.Sleep(time.Duration(3-i) * time.Millisecond)
				enqueue(func() error {
					logs = append(logs, "done")
					return nil
				})
			}()
		}
		return nil
	}, false)
	if code != 0 || len(logs) != 3 {
		t.Fatalf("code %d, logs %v", code, logs)
	}
}

// A slow work item on the pool must not hold back a due timer: the loop
// never blocks on work.
func TestSubmitDoesNotDelayTimers(t *testing.T) {
	var logs []string
	var slowDone atomic.Bool
	vm, err := newVM(&processConfig{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	must(vm.RT.Set("log", func(c goja.FunctionCall) goja.Value {
		logs = append(logs, c.Argument(0).String())
		return goja.Undefined()
	}))
	start := time.Now()
	var timerAt time.Duration
	must(vm.RT.Set("mark", func(goja.FunctionCall) goja.Value {
		timerAt = time.Since(start)
		return goja.Undefined()
	}))
	code := vm.runMain(func() error {
		vm.Loop.Submit(func() any {
			time.Sleep(300 * time.Millisecond)
			slowDone.Store(true)
			return "slow"
		}, func(r any) error {
			logs = append(logs, r.(string))
			return nil
		})
		_, err := vm.RT.RunString(`setTimeout(() => { mark(); log('timer'); }, 10);`)
		return err
	}, false)
	if code != 0 {
		t.Fatalf("exit code %d", code)
	}
	if diff := cmp.Diff([]string{"timer", "slow"}, logs); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if timerAt > 150*time.Millisecond {
		t.Errorf("timer ran after %v, behind the slow work", timerAt)
	}
}

func TestPoolSize(t *testing.T) {
	for in, want := range map[string]int{"": 4, "x": 4, "0": 1, "8": 8, "5000": 1024} {
		if got := poolSize(in); got != want {
			t.Errorf("poolSize(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestEnqueueTwicePanics(t *testing.T) {
	vm, err := newVM(&processConfig{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	enqueue := vm.Loop.RegisterCallback()
	enqueue(func() error { return nil })
	defer func() {
		if recover() == nil {
			t.Error("second enqueue did not panic")
		}
	}()
	enqueue(func() error { return nil })
}

func TestGCPercentFor(t *testing.T) {
	for _, tt := range []struct {
		live uint64
		want int
	}{
		{0, 1600},        // first collection at 64 MB, not 4 MB
		{16 << 20, 800},  // next one 128 MB later
		{128 << 20, 100}, // from the floor on, Go's default
		{1 << 30, 100},   // never below it
	} {
		if got := gcPercentFor(tt.live, 0); got != tt.want {
			t.Errorf("gcPercentFor(%d MB) = %d, want %d", tt.live>>20, got, tt.want)
		}
	}
}

func TestGCPercentForHint(t *testing.T) {
	for _, tt := range []struct {
		live, hint uint64
		want       int
	}{
		{16 << 20, 8 << 20, 800},   // a hint below the live heap changes nothing
		{0, 32 << 20, 4000},        // before any collection: goal 32+128 MB = 4 MB*40
		{64 << 20, 100 << 20, 256}, // after one: goal 100+128 MB = 64 MB*3.56
		{0, 1 << 30, 51200},        // past the floor, the hint's double: 2 GB
	} {
		if got := gcPercentFor(tt.live, tt.hint); got != tt.want {
			t.Errorf("gcPercentFor(%d MB, %d MB) = %d, want %d", tt.live>>20, tt.hint>>20, got, tt.want)
		}
	}
}

// The pending timers a loop reports to the GC policy rise as they are made,
// fall once they fire or are cleared, and are withdrawn when the loop ends.
func TestTimerGCHint(t *testing.T) {
	before := gcHintNow()
	vm, err := newVM(&processConfig{argv: []string{"tsrun", "/t/main.js"}, stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	var seen []int64
	must(vm.RT.Set("hint", func(goja.FunctionCall) goja.Value {
		seen = append(seen, gcHintNow()-before)
		return goja.Undefined()
	}))
	code := vm.runMain(func() error {
		_, err := vm.RT.RunString(`
			const ts = [];
			for (let i = 0; i < 20000; i++) ts.push(setTimeout(() => {}, 1 + i % 3));
			hint();
			for (let i = 0; i < 19000; i++) clearTimeout(ts[i]);
			setImmediate(() => setImmediate(hint));
			setTimeout(() => setImmediate(hint), 5);
		`)
		return err
	}, false)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	// 16384 timers reported at the crossing; 1000 once the next iteration
	// began, which is below the least reported (0); none after they fired.
	want := []int64{16384 * gcTimerBytes, 0, 0}
	if !slices.Equal(seen, want) {
		t.Errorf("hints %v, want %v", seen, want)
	}
	if got := gcHintNow(); got != before {
		t.Errorf("hint after the loop = %d, want %d", got, before)
	}
}

// After a timer or an immediate throws, Node reports it and goes on with the
// phase: the next callback runs before the thrower's ticks and promise
// jobs (its processTimers/processImmediate is re-entered). Wants are Node
// 26's output.
func TestThrowThenPhaseGoesOn(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"throws in timers, an interval and immediates with a handler", `
process.on('uncaughtException', (e) => log('caught', e.message));
setTimeout(() => { process.nextTick(() => log('tick after throw')); Promise.resolve().then(() => log('promise after throw')); throw new Error('boom'); }, 5);
setTimeout(() => log('next timer'), 5);
const iv = setInterval(() => { log('iv'); if (++n === 2) clearInterval(iv); throw new Error('iv boom'); }, 100);
let n = 0;
setImmediate(() => { throw new Error('imm boom'); });
setImmediate(() => log('next immediate'));
// All of the above are due by the first timers phase, however slow the machine.
const stall = Date.now() + 15; while (Date.now() < stall);
`,
			[]string{"caught boom", "next timer", "tick after throw", "promise after throw", "caught imm boom", "next immediate", "iv", "caught iv boom", "iv", "caught iv boom"}},
		{"consecutive throws: the phase goes on before the ticks and promise jobs", `
process.on('uncaughtException', (e) => { log('caught', e.message); process.nextTick(() => log('handler tick', e.message)); Promise.resolve().then(() => log('handler promise', e.message)); });
for (const name of ['t1', 't2', 't3']) {
  setTimeout(() => { process.nextTick(() => log('tick', name)); Promise.resolve().then(() => log('promise', name)); if (name !== 't3') throw new Error(name); log('ran', name); }, 5);
}
setTimeout(() => log('t4'), 5);
let n = 0;
const iv = setInterval(() => { n++; log('iv', n); if (n === 2) clearInterval(iv); throw new Error('iv' + n); }, 30);
setTimeout(() => {
  setImmediate(() => { process.nextTick(() => log('i1 tick')); throw new Error('i1'); });
  setImmediate(() => { process.nextTick(() => log('i2 tick')); throw new Error('i2'); });
  setImmediate(() => log('i3'));
}, 200);
// All of the above are due by the first timers phase, however slow the machine.
const stall = Date.now() + 15; while (Date.now() < stall);
`,
			[]string{"caught t1", "caught t2", "ran t3", "tick t1", "handler tick t1", "tick t2", "handler tick t2", "tick t3", "promise t1", "handler promise t1", "promise t2", "handler promise t2", "promise t3", "t4", "iv 1", "caught iv1", "handler tick iv1", "handler promise iv1", "iv 2", "caught iv2", "handler tick iv2", "handler promise iv2", "caught i1", "caught i2", "i3", "i1 tick", "handler tick i1", "i2 tick", "handler tick i2", "handler promise i1", "handler promise i2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectLogs(t, tt.src, tt.want...) })
	}
	// process.exit in the handler of the second throw: nothing more runs,
	// not even the first one's promise job.
	logs, _, code := runLoopJS(t, `
process.on('exit', (c) => log('exit', c));
process.on('uncaughtException', (e) => { log('caught', e.message); if (e.message === 'b') process.exit(3); });
setTimeout(() => { Promise.resolve().then(() => log('promise a')); throw new Error('a'); }, 5);
setTimeout(() => { Promise.resolve().then(() => log('promise b (never)')); throw new Error('b'); }, 5);
setTimeout(() => log('c (never)'), 5);
const stall = Date.now() + 15; while (Date.now() < stall);`)
	if diff := cmp.Diff([]string{"caught a", "caught b", "exit 3"}, logs); diff != "" || code != 3 {
		t.Errorf("exit %d, logs (-want +got):\n%s", code, diff)
	}
}

// A throw from an 'unhandledRejection' listener (run by the drain after a
// timer) is reported, and the timers phase goes on as usual, as in Node 26.
func TestThrowFromRejectionHandlerInTimersPhase(t *testing.T) {
	expectLogs(t, `
		process.on('uncaughtException', (e) => log('caught', e.message));
		process.on('unhandledRejection', (r) => { log('unhandled', r.message); throw new Error('from rejection handler'); });
		setTimeout(() => { Promise.reject(new Error('r1')); process.nextTick(() => log('tick 1')); }, 5);
		setTimeout(() => log('timer 2'), 5);
		const stall = Date.now() + 15; while (Date.now() < stall);`,
		"tick 1", "unhandled r1", "caught from rejection handler", "timer 2")
}

// Due timers run in batches inside one goja call (runTimerBatches); a
// batch must end whenever a callback leaves microtasks or a rejection
// behind, so that they run before the next timer as in Node.
func TestTimerBatchesKeepMicrotaskOrder(t *testing.T) {
	expectLogs(t, `
		process.on('unhandledRejection', (r) => log('unhandled', r));
		setTimeout(() => { log('t1'); Promise.resolve().then(() => log('m1')); }, 0);
		setTimeout(() => { log('t2'); process.nextTick(() => log('n2')); }, 0);
		setTimeout(() => { log('t3'); Promise.reject(3); }, 0);
		setTimeout(() => log('t4'), 0);
		setTimeout(() => { log('t5'); queueMicrotask(() => log('q5')); }, 0);
		setTimeout(() => { log('t6'); throw new Error('six'); }, 0);
		setTimeout(() => log('t7'), 0);
		process.on('uncaughtException', (e) => log('caught', e.message));`,
		"t1", "m1", "t2", "n2", "t3", "unhandled 3", "t4", "t5", "q5", "t6", "caught six", "t7")
}

// The batch reads goja's unexported job queue; a goja upgrade that moves it
// must be noticed (the loop would silently fall back to one call per timer).
func TestJobQueueLayout(t *testing.T) {
	if jobQueueField() < 0 {
		t.Fatal("goja.Runtime has no jobQueue []func() field any more: update loop_jobs.go")
	}
	vm, err := newVM(&processConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if p, known := vm.Loop.jobsPending(); !known || p {
		t.Fatalf("fresh runtime: pending %v known %v", p, known)
	}
	var inside bool
	must(vm.RT.Set("check", func(goja.FunctionCall) goja.Value {
		inside, _ = vm.Loop.jobsPending()
		return goja.Undefined()
	}))
	if _, err := vm.RT.RunString(`Promise.resolve().then(() => {}); check();`); err != nil {
		t.Fatal(err)
	}
	if !inside {
		t.Fatal("a queued reaction job was not seen inside the call")
	}
	if p, _ := vm.Loop.jobsPending(); p {
		t.Fatal("jobs still pending after the outermost call returned")
	}
}

// A program that uses no timer, tick or process never compiles js/loop.js;
// one that loads it during its top level still gets Node's order (ticks
// before promise jobs) from the bare trampoline.
func TestBareTrampoline(t *testing.T) {
	var out bytes.Buffer
	vm, err := newVM(&processConfig{stdout: &out, stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	if code := vm.runMain(func() error {
		_, err := vm.RT.RunString(`console.log('hi'); Promise.resolve().then(() => console.log('job'));`)
		return err
	}, false); code != 0 || vm.Loop.js != nil || out.String() != "hi\njob\n" {
		t.Fatalf("code %d, loop.js loaded %v, output %q", code, vm.Loop.js != nil, out.String())
	}
	expectLogs(t, `
		Promise.resolve().then(() => log('job'));
		process.nextTick(() => log('tick'));
		log('main');`,
		"main", "tick", "job")
	expectLogs(t, `
		Promise.resolve().then(() => log('job'));
		process.nextTick(() => { throw new Error('in tick'); });
		process.on('uncaughtException', (e) => log('caught', e.message));`,
		"caught in tick", "job")
}

// gcHintNow is the GC policy's hint (loop_gc.go).
func gcHintNow() int64 {
	gcState.mu.Lock()
	defer gcState.mu.Unlock()
	return gcState.hint
}
