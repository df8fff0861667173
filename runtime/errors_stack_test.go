package runtime

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestErrorStackText: err.stack as a program reads it is V8's text (the
// expected lines are Node 26's for the same program, without Node's own
// loader frames, which tsrun does not imitate).
func TestErrorStackText(t *testing.T) {
	src := `const show = (s: string | undefined) => console.log(s!.split(__dirname).join("D"));
class Service { run() { return new Error("in run").stack; } static st() { return new Error("st").stack; } }
class Sub extends Service {}
show(new Service().run());
show(new Sub().run());
show(Service.st());
const detached = new Service().run; show(detached.call(undefined));
const obj = { meth() { return new Error("o").stack; } };
show(obj.meth());
class Ctor { s: string; constructor() { this.s = new Error("c").stack!; } }
show(new Ctor().s);
class MyErr extends Error { constructor(m: string) { super(m); this.name = "MyErr"; } }
function mk() { return new MyErr("x"); }
show(mk().stack);
show([1].map(function cb() { return new Error("m").stack; })[0]);
function deep(n: number): string { return n === 0 ? new Error("deep").stack! : deep(n - 1); }
show(deep(15).split("\n").length + " lines");
const e = new Error("m");
e.message = "changed";
show(e.stack!.split("\n")[0]);
e.stack = "custom";
show(e.stack + " " + Object.getOwnPropertyNames(e).join());
const d = Object.getOwnPropertyDescriptor(e, "stack")!;
show([typeof d.get, typeof d.set, d.enumerable, d.configurable].join());
try { (null as any).x; } catch (err) { show((err as Error).stack); }
async function af() { await null; throw new Error("async"); }
async function caller() { await af(); }
// V8 places an awaiting caller at its await, goja at the awaited call.
caller().catch((err) => show(err.stack.replace(/:27:\d+\)$/, ":27:C)")));
`
	res, err := runFiles(t, map[string]string{"main.ts": src}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	want := `Error: in run
    at Service.run (file://D/main.ts:2:32)
    at Object.<anonymous> (file://D/main.ts:4:20)
Error: in run
    at Sub.run (file://D/main.ts:2:32)
    at Object.<anonymous> (file://D/main.ts:5:16)
Error: st
    at Service.st (file://D/main.ts:2:82)
    at Object.<anonymous> (file://D/main.ts:6:14)
Error: in run
    at run (file://D/main.ts:2:32)
    at Object.<anonymous> (file://D/main.ts:7:51)
Error: o
    at Object.meth (file://D/main.ts:8:31)
    at Object.<anonymous> (file://D/main.ts:9:10)
Error: c
    at new Ctor (file://D/main.ts:10:50)
    at Object.<anonymous> (file://D/main.ts:11:6)
MyErr: x
    at mk (file://D/main.ts:13:24)
    at Object.<anonymous> (file://D/main.ts:14:6)
Error: m
    at cb (file://D/main.ts:15:37)
    at Array.map (<anonymous>)
    at Object.<anonymous> (file://D/main.ts:15:10)
11 lines
Error: changed
custom stack,message
function,function,false,true
TypeError: Cannot read properties of null (reading 'x')
    at Object.<anonymous> (file://D/main.ts:25:21)
Error: async
    at af (file://D/main.ts:26:41)
    at async caller (file://D/main.ts:27:C)
`
	got := strings.ReplaceAll(res.stdout, "file:///", "file://D/")
	got = strings.ReplaceAll(got, "file://D/D/", "file://D/")
	if diff := cmp.Diff(want, got); diff != "" || res.code != 0 {
		t.Errorf("code %d, stderr %q, (-want +got):\n%s", res.code, res.stderr, diff)
	}
}

// TestCaptureStackTraceText: Error.captureStackTrace writes V8's frames,
// below the function given (Node 26's text).
func TestCaptureStackTraceText(t *testing.T) {
	src := `const show = (s: string | undefined) => console.log(s!.split(__dirname).join("D"));
class MyError extends Error {
  constructor(m: string) { super(m); this.name = "MyError"; Error.captureStackTrace(this, MyError); }
}
function make() { return new MyError("boom"); }
show(make().stack);
function f() { const x: any = {}; Error.captureStackTrace(x, f); return x.stack; }
function g() { return f(); }
show(g());
Error.stackTraceLimit = 1;
show(new Error("lim").stack);
`
	res, err := runFiles(t, map[string]string{"main.ts": src}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	want := `MyError: boom
    at make (file://D/main.ts:5:26)
    at Object.<anonymous> (file://D/main.ts:6:6)
Error
    at g (file://D/main.ts:8:23)
    at Object.<anonymous> (file://D/main.ts:9:6)
Error: lim
    at Object.<anonymous> (file://D/main.ts:11:6)
`
	got := strings.ReplaceAll(res.stdout, "file:///", "file://D/")
	got = strings.ReplaceAll(got, "file://D/D/", "file://D/")
	if diff := cmp.Diff(want, got); diff != "" || res.code != 0 {
		t.Errorf("code %d, stderr %q, (-want +got):\n%s", res.code, res.stderr, diff)
	}
}

// TestErrorStackEdges: Error() without new has no frame of its own, a
// stackTraceLimit that is not a number leaves no stack, and an object
// inheriting from an error reads the error's stack (Node 26).
func TestErrorStackEdges(t *testing.T) {
	logs, stderr, _ := runLoopJS(t, `
		function f() { return Error("no new"); }
		log(f().stack);
		Error.stackTraceLimit = "x";
		log(new Error("s").stack, Object.getOwnPropertyNames(new Error("s")).join());
		Error.stackTraceLimit = 10;
		const e = new Error("e");
		e.stack = "custom";
		log(Object.create(e).stack);`)
	want := []string{
		// (Plain JS, no source map: goja places a call at its "(".)
		"Error: no new\n    at f (/t/main.js:2:30)\n    at /t/main.js:3:8",
		"undefined message",
		"custom",
	}
	if diff := cmp.Diff(want, logs); diff != "" {
		t.Errorf("(-want +got):\n%s\nstderr: %s", diff, stderr)
	}
}
