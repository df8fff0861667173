package runtime

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNodeStack(t *testing.T) {
	in := "Error: boom\n\tat f (file:///a.ts:2:9(5))\n\tat file:///a.ts:4:1(12)\n\tat __tsrun_cjs_module (file:///a.ts:5:1(3))\n\tat runCallback (node:internal/loop:33:5(20))\n\tat apply (native)\n\tat map (native)\n\tat parse (native)\n"
	want := "Error: boom\n    at f (file:///a.ts:2:9)\n    at file:///a.ts:4:1\n    at Object.<anonymous> (file:///a.ts:5:1)\n    at map (<anonymous>)\n    at JSON.parse (<anonymous>)\n"
	if diff := cmp.Diff(want, NodeStack(in)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := NodeStack("no frames here"); got != "no frames here" {
		t.Errorf("changed text without frames: %q", got)
	}
}

func TestUncaughtEvents(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
		code int
	}{
		{"monitor sees it, then the handler", `
			process.on('uncaughtExceptionMonitor', (e, o) => log('monitor', e.message, o));
			process.on('uncaughtException', (e, o) => log('handler', e.message, o));
			throw new Error('x');`,
			[]string{"monitor x uncaughtException", "handler x uncaughtException"}, 0},
		{"rejection goes to uncaughtException when no unhandledRejection listener", `
			process.on('uncaughtException', (e, o) => log(o, e.code));
			Promise.reject(1);`,
			[]string{"unhandledRejection ERR_UNHANDLED_REJECTION"}, 0},
		{"rejectionHandled after a late catch", `
			process.on('unhandledRejection', () => log('unhandled'));
			process.on('rejectionHandled', () => log('handled later'));
			const p = Promise.reject(new Error('late'));
			setTimeout(() => p.catch(() => log('caught')), 1);`,
			[]string{"unhandled", "caught", "handled later"}, 0},
		{"throw in a tick", `
			process.on('uncaughtException', (e) => log('caught', e.message));
			process.nextTick(() => { throw new Error('t1'); });
			process.nextTick(() => log('next tick still runs'));`,
			[]string{"caught t1", "next tick still runs"}, 0},
		{"throw in queueMicrotask is an uncaught exception", `
			process.on('uncaughtException', (e) => log('caught', e.message));
			queueMicrotask(() => { throw new Error('m'); });`,
			[]string{"caught m"}, 0},
		{"exit code 1 and the exit event after a fatal error", `
			process.on('exit', (c) => log('exit', c));
			throw new Error('fatal');`,
			[]string{"exit 1"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, stderr, code := runLoopJS(t, tt.src)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("logs (-want +got):\n%s\nstderr: %s", diff, stderr)
			}
			if code != tt.code {
				t.Errorf("exit code %d, want %d", code, tt.code)
			}
		})
	}
}

func TestRejectionReasonText(t *testing.T) {
	tests := map[string]string{
		"Promise.reject({ a: 1 });":               `reason "#<Object>".`,
		"Promise.reject(undefined);":              `reason "undefined".`,
		"class X {}; Promise.reject(new X());":    `reason "#<X>".`,
		"Promise.reject('text');":                 `reason "text".`,
		"Promise.reject(new Error('e')); void 0;": "Error: e\n",
	}
	for src, want := range tests {
		_, stderr, code := runLoopJS(t, src)
		if code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%s: code %d, stderr lacks %q:\n%s", src, code, want, stderr)
		}
	}
}

// Runaway recursion ends as Node's RangeError, promptly, never as a Go
// crash or an endless climb. (goja's overflow cannot be caught by try.)
func TestStackOverflow(t *testing.T) {
	_, stderr, code := runLoopJS(t, "function f(n) { return f(n + 1) + 1; }\nf(0);")
	if code != 1 || !strings.Contains(stderr, "RangeError: Maximum call stack size exceeded\n    at f (/t/main.js:1:") {
		t.Errorf("code %d, stderr:\n%s", code, stderr)
	}
}

// TestV8CallMessage: an uncaught call of a non-function is reported in
// V8's words, the callee as the source spells it (checked against Node
// 26); a callee V8 would print otherwise keeps goja's text.
func TestV8CallMessage(t *testing.T) {
	tests := []struct{ stmt, want string }{
		{"notFn()", "TypeError: notFn is not a function"},
		{"(undefined as any)()", "TypeError: undefined is not a function"},
		{"o.a.b()", "TypeError: o.a.b is not a function"},
		{"o?.a()", "TypeError: o?.a is not a function"},
		{"f()()", "TypeError: f(...) is not a function"},
		{"new notFn()", "TypeError: notFn is not a constructor"},
		{"o['a']()", "TypeError: Not a function: [object Object]"},
	}
	for _, tt := range tests {
		t.Run(tt.stmt, func(t *testing.T) {
			src := "const notFn: any = 5;\nconst o: any = { a: {} };\nconst f = () => 1;\n" + tt.stmt + ";\n"
			res, err := runFiles(t, map[string]string{"main.ts": src}, "main.ts")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.stderr, "\n"+tt.want+"\n") {
				t.Errorf("stderr:\n%s\nwant a line %q", res.stderr, tt.want)
			}
		})
	}
}

// TestCaughtCallMessage: a catch clause sees V8's message for a call of a
// non-function; other values pass through the hook untouched (a message
// getter is not run). A read of undefined has V8's text from the start
// (errors_typeerror.go), even where the catch hook does not run.
func TestCaughtCallMessage(t *testing.T) {
	src := `const notFn: any = 5;
let n = 0;
const odd = { get message() { n++; return "m"; } };
try { notFn(); } catch (e) { process.stdout.write((e as Error).message + "\n"); }
try { throw odd; } catch (e) { process.stdout.write(n + "\n"); }
try { ({} as any).x.y; } catch ({ message }) { process.stdout.write(message + "\n"); }
`
	res, err := runFiles(t, map[string]string{"main.ts": src}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	want := "notFn is not a function\n0\nCannot read properties of undefined (reading 'y')\n"
	if res.stdout != want || res.code != 0 {
		t.Errorf("got %q (stderr %q), want %q", res.stdout, res.stderr, want)
	}
}

func TestFirstFrame(t *testing.T) {
	vm, err := newVM(&processConfig{argv: []string{"node", "t.js"}, stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"TypeError: x\n\tat apply (native)\n\tat f (file:///a b/x.ts:3:14(7))\n\tat file:///y.ts:1:1(2)\n",
		"TypeError: x\n\tat file:///a b/x.ts:3:14(7)\n",
		"TypeError: x\n    at Array.map (<anonymous>)\n    at new Foo (file:///a b/x.ts:3:14)\n",
	} {
		want := framePositions(vm.RT.ToValue(s))
		got, ok := firstFrame(vm.RT.ToValue(s))
		if !ok || len(want) == 0 || got != want[0] {
			t.Errorf("firstFrame(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
}

// TestV8Texts: goja messages whose V8 wording follows from the message
// alone are reworded where a catch clause sees them (texts from Node 26).
func TestV8Texts(t *testing.T) {
	src := `const out: string[] = [];
for (const f of [() => decodeURIComponent('%'), () => (1).toFixed(200), () => BigInt(1.5), () => [].reduce((a: any) => a),
  () => { class A {} class B extends A { constructor() { return undefined as any; } } new B(); },
  () => { (() => early)(); let early = 1; },
  () => { class P { #x = 1; static w(o: any) { o.#x = 2; } } P.w({}); }]) {
  try { f(); } catch (e) { out.push((e as Error).message + ' / ' + (e as Error).stack!.split('\n')[0]); }
}
process.stdout.write(out.join('\n') + '\n');
`
	res, err := runFiles(t, map[string]string{"main.ts": src}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	want := `URI malformed / URIError: URI malformed
toFixed() digits argument must be between 0 and 100 / RangeError: toFixed() digits argument must be between 0 and 100
The number 1.5 cannot be converted to a BigInt because it is not an integer / RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer
Reduce of empty array with no initial value / TypeError: Reduce of empty array with no initial value
Must call super constructor in derived class before accessing 'this' or returning from derived constructor / ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
Cannot access 'early' before initialization / ReferenceError: Cannot access 'early' before initialization
Cannot write private member #x to an object whose class did not declare it / TypeError: Cannot write private member #x to an object whose class did not declare it
`
	if res.stdout != want {
		t.Errorf("got:\n%s\nwant:\n%s", res.stdout, want)
	}
}
