package runtime

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/google/go-cmp/cmp"
)

// The rest of node:util is checked in the golden cases (cases.txt); the
// asynchronous helpers settle through the loop, so they run here.
func TestUtilPromisifyCallbackify(t *testing.T) {
	vm, stdout, stderr := newInspectVM(t)
	src := `
		const util = require('node:util');
		const ok = (x, cb) => cb(null, x * 2);
		const fail = (cb) => cb(new Error('bad'));
		const throws = () => { throw new Error('sync') };
		util.promisify(ok)(21).then((v) => console.log('ok', v));
		util.promisify(fail)().catch((e) => console.log('fail', e.message));
		util.promisify(throws)().catch((e) => console.log('throws', e.message));
		util.callbackify(async (x) => x + 1)(1, (err, v) => console.log('cb', err, v));
		util.callbackify(async () => { throw null })((err) => console.log('falsy', err.code, err.reason));
		const dep = util.deprecate(() => 'r', 'old api', 'DEP_T');
		console.log(dep(), dep());
	`
	if err := runScriptForTest(vm, src); err != nil {
		t.Fatalf("%v\nstderr: %s", err, stderr)
	}
	// The order is Node 26's: the synchronous line, then the promise
	// reactions, then the nextTick callbacks of callbackify.
	want := "r r\nok 42\nfail bad\nthrows sync\ncb null 2\nfalsy ERR_FALSY_VALUE_REJECTION null\n"
	if d := cmp.Diff(want, stdout.String()); d != "" {
		t.Errorf("stdout (-node +tsrun):\n%s", d)
	}
	if n := strings.Count(stderr.String(), "old api"); n != 1 {
		t.Errorf("deprecation warned %d times, want once: %q", n, stderr)
	}
}

// runScriptForTest runs src as the main script, with a require for
// builtins, through the loop until it is idle.
func runScriptForTest(vm *VM, src string) error {
	must(vm.RT.Set("require", func(c goja.FunctionCall) goja.Value {
		m, err := vm.Require(c.Argument(0).String())
		if err != nil {
			panic(vm.toJSError(err))
		}
		return m
	}))
	code := vm.runMain(func() error {
		_, err := vm.RT.RunScript("/app/main.js", src)
		return err
	}, false)
	if code != 0 {
		return fmt.Errorf("exit code %d", code)
	}
	return nil
}

// NODE_DEBUG selects debuglog sections (with * wildcards); Node prints
// "SECTION PID: message" to stderr.
func TestUtilDebuglog(t *testing.T) {
	var out, errOut bytes.Buffer
	vm, err := newVM(&processConfig{argv: []string{"tsrun", "t.js"}, env: []string{"NODE_DEBUG=foo,ba*"}, stdout: &out, stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	src := `const u = require('util'); const d = u.debuglog('foo'); d('hi %d', 1, { a: 1 });
		console.log(d.enabled, u.debuglog('bar').enabled, u.debuglog('other').enabled); u.debuglog('bar')('x')`
	if err := runScriptForTest(vm, src); err != nil {
		t.Fatal(err)
	}
	if want := "true true false\n"; out.String() != want {
		t.Errorf("stdout = %q, want %q", out.String(), want)
	}
	re := regexp.MustCompile(`^FOO \d+: hi 1 \{ a: 1 \}\nBAR \d+: x\n$`)
	if !re.MatchString(errOut.String()) {
		t.Errorf("stderr = %q, want it to match %s", errOut.String(), re)
	}
}

// getCallSites reports the caller's frames with Node's fields. The script
// prints what goja and V8 agree on (columns differ: goja points at the
// call's start, V8 at the property name).
func TestUtilGetCallSites(t *testing.T) {
	want := inspectGolden(t, "callsites.stdout")
	src, err := os.ReadFile(filepath.Join("testdata", "inspect", "callsites.js"))
	if err != nil {
		t.Fatal(err)
	}
	vm, stdout, stderr := newInspectVM(t)
	if err := runScriptForTest(vm, string(src)); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if d := cmp.Diff(want, stdout.String()); d != "" {
		t.Errorf("(-node +tsrun):\n%s", d)
	}
}
